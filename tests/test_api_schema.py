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

from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import Match, MatchMessage, MatchOrigin, MatchStatus

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


@pytest.fixture
def world(app, make_user, make_need, make_technology, api_token):
    """Records in every state the API acts on, and a token per role."""
    admin, company, city = make_user("admin"), make_user("company"), make_user("city", country="CN", region="CN-GD")
    waiting = make_user("company", verified=False)
    technology_ids = [make_technology(company, name=f"GridFlex {n}") for n in range(3)]
    need_id = make_need(city)
    with app.app_context():
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
    return {role: api_token(user) for role, user in (("company", company), ("city", city), ("admin", admin))}


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
def test_every_operation_answers_as_documented(case, app, world):
    for role in ("company", "city", "admin"):
        case.call_and_validate(app=app, headers=world[role], checks=CHECKS)
        CALLS[case.operation.label] += 1
