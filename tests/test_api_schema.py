"""schemathesis against /api/v1/openapi.json: no server error and every response as documented.

Every operation, with a fixed seed and bounded examples, is called with a company's, a city's
and an admin's token (so none is only ever answered 401/403), on records created first; path
ids are drawn mostly from the records that exist, so operations on real records are reached.
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.config import SchemathesisConfig
from sqlalchemy import select, text

from matchmaker import matching, response_cache
from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import (
    CredentialKind,
    Match,
    MatchMessage,
    MatchOrigin,
    MatchStatus,
    User,
)
from matchmaker.services import credentials, needs, search, technologies

from .conftest import NEED, POSTGRES_URL, TECHNOLOGY, application_for_tests, create_user

EXAMPLES_PER_OPERATION = 25
SEED = 20261201
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
CALLS: Counter = Counter()

# The ids of the records `world` made for the running test, for the hook below.
EXISTING: dict[str, list[int]] = {}


def _document() -> dict:
    """The document as served (it does not depend on the data), from a throw-away app."""
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "schema"})
    return app.test_client().get("/api/v1/openapi.json").get_json()


# The coverage phase alone makes ~100 cases an operation: fuzzing with a fixed seed, in both
# positive and negative modes, bounded by EXAMPLES_PER_OPERATION, keeps the test near 30 s.
CONFIG = SchemathesisConfig.from_dict({"seed": SEED, "phases": {"coverage": {"enabled": False}}})
schema = schemathesis.openapi.from_dict(_document(), config=CONFIG)


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    """Three times in four ids that exist; else the generated ones (mostly 404)."""
    if not path_parameters:
        return st.just(path_parameters)
    existing = st.fixed_dictionaries(
        {
            name: st.sampled_from(EXISTING[name]) if name in EXISTING else st.just(value)
            for name, value in path_parameters.items()
        }
    )
    return st.one_of(st.just(path_parameters), existing, existing, existing)


def _match(need_id: int, technology_id: int, status: MatchStatus, requested_by: int | None = None) -> Match:
    return Match(
        need_id=need_id,
        technology_id=technology_id,
        status=status,
        origin=MatchOrigin.REQUEST,
        score=0.7,
        reasons=["budget fits"],
        reasons_zh=["预算合适"],
        signals={"category": 1.0},
        requested_by_id=requested_by,
    )




def _token(app, user: User) -> dict[str, str]:
    with app.app_context():
        token, _row = credentials.issue(
            db.session.get(User, user.id), CredentialKind.API_TOKEN, app.config["API_TOKEN_LIFETIME"]
        )
        db.session.commit()
    return {"Authorization": f"Bearer {token}"}


def _build_world(app) -> dict[str, dict[str, str]]:
    """Records in every state the API acts on, and a token per role."""
    admin, company = create_user(app, "admin", 1), create_user(app, "company", 2)
    city = create_user(app, "city", 3, country="CN", region="CN-GD")
    waiting = create_user(app, "company", 4, verified=False)
    with app.app_context():
        owner = db.session.get(User, company.id)
        technology_ids = []
        for n in range(3):
            technology_ids.append(technologies.create_technology(owner, {**TECHNOLOGY, "name": f"GridFlex {n}"}).id)
            db.session.commit()
        need_id = needs.create_need(db.session.get(User, city.id), NEED).id
        db.session.commit()
        states = (MatchStatus.REQUESTED, MatchStatus.APPROVED, MatchStatus.CONNECTED)
        rows = [_match(need_id, t, s, city.id) for t, s in zip(technology_ids, states, strict=True)]
        db.session.add_all(rows)
        db.session.flush()
        db.session.add(MatchMessage(match_id=rows[2].id, author_id=city.id, body="Shall we meet?"))
        db.session.commit()
        match_ids = [row.id for row in rows]
    event_ids = _event_world(app, admin, company, city)
    EXISTING.clear()
    EXISTING.update(
        {
            "technology_id": technology_ids,
            "need_id": [need_id],
            "match_id": match_ids,
            "organization_id": [company.organization_id, city.organization_id, waiting.organization_id],
            **event_ids,
        }
    )
    return {role: _token(app, user) for role, user in (("company", company), ("city", city), ("admin", admin))}


# ---------------------------------------------------------------- one world, restored per operation
#
# Building an app and its world per operation was half of this test's time. The world is built
# once; before each operation every table gets back the rows it had then (what the previous
# operation wrote, deleted or revoked is undone), so each operation starts from the same records
# and the same live tokens, as a fresh world would give it.


def _tables() -> list:
    return [*db.metadata.sorted_tables, search.documents]


def _snapshot(app) -> dict[str, list[dict]]:
    with app.app_context(), db.engine.connect() as connection:
        return {table.name: [dict(row._mapping) for row in connection.execute(select(table))] for table in _tables()}


def _restore(app, snapshot: dict[str, list[dict]]) -> None:
    """Every table back to the snapshot, in one transaction, outside the session (whose
    listeners would count this as a change of the catalogue)."""
    tables = _tables()
    with app.app_context(), db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("TRUNCATE " + ", ".join(f'"{table.name}"' for table in tables)))
        else:
            connection.execute(text("PRAGMA defer_foreign_keys = ON"))  # checked at the commit
            for table in reversed(tables):
                connection.execute(table.delete())
        for table in tables:
            if snapshot[table.name]:
                connection.execute(table.insert(), snapshot[table.name])
    response_cache.forget_answers(app)
    matching.forget_indexes()


@pytest.fixture(scope="module")
def schema_app(tmp_path_factory):
    """One application for the module, configured as conftest's ``app``."""
    folder = tmp_path_factory.mktemp("schema")
    with application_for_tests(POSTGRES_URL or f"sqlite:///{folder / 'test.db'}", folder) as app:
        yield app


@pytest.fixture(scope="module")
def built_world(schema_app):
    tokens = _build_world(schema_app)
    return tokens, _snapshot(schema_app)


@pytest.fixture
def world(schema_app, built_world):
    """The module's world as it was built, and a token per role."""
    tokens, snapshot = built_world
    _restore(schema_app, snapshot)
    return tokens


def _event_world(app, admin, company, city) -> dict[str, list[int]]:
    """An event with a session, the company and the city confirmed, and a requested meeting."""
    from matchmaker.models import User
    from matchmaker.services import events

    with app.app_context():
        users = {u.id: u for u in db.session.execute(db.select(User)).scalars()}
        event = events.create_event(
            users[admin.id],
            {
                "name": "Mission",
                "kind": "trade_mission",
                "timezone": "Asia/Shanghai",
                "starts_at": "2027-04-12T09:00",
                "ends_at": "2027-04-12T18:00",
                "sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 2}],
                "published": True,
            },
        )
        db.session.flush()
        participants = [events.register(users[u.id], event.id, {})[0] for u in (company, city)]
        for participant in participants:
            events.decide_participant(users[admin.id], event.id, participant.id, True)
        meeting, _created = events.request_meeting(
            users[company.id], event.id, {"with_organization_id": city.organization_id}
        )
        db.session.commit()
        return {"event_id": [event.id], "participant_id": [p.id for p in participants], "meeting_id": [meeting.id]}


@pytest.fixture(scope="module", autouse=True)
def report_calls():
    yield
    print(f"\nschemathesis: {len(CALLS)} operations, {sum(CALLS.values())} calls")  # shown with -s


@schema.parametrize()
@seed(SEED)
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_documented(case, schema_app, world):
    for role in ("company", "city", "admin"):
        case.call_and_validate(app=schema_app, headers=world[role], checks=CHECKS)
        CALLS[case.operation.label] += 1


def test_each_operation_starts_from_the_world_as_built(schema_app, world, built_world):
    """What one operation deletes or revokes is back for the next: its records and its tokens."""
    client = schema_app.test_client()
    technology_id = EXISTING["technology_id"][0]
    assert client.delete(f"/api/v1/technologies/{technology_id}", headers=world["company"]).status_code == 204
    assert client.delete("/api/v1/auth/token", headers=world["company"]).status_code == 204
    assert client.get("/api/v1/notifications", headers=world["company"]).status_code == 401
    _restore(schema_app, built_world[1])
    assert client.get(f"/api/v1/technologies/{technology_id}", headers=world["company"]).status_code == 200
    assert client.get("/api/v1/notifications", headers=world["company"]).status_code == 200
    assert _snapshot(schema_app) == built_world[1]
