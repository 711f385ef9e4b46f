"""Matches end to end through the API: the state machine table, visibility, contacts, audit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStatus, Notification, User

from .helpers import table_count


@dataclass
class World:
    city: User
    company: User
    other_city: User
    other_company: User
    admin: User
    need_id: int
    technology_id: int


@pytest.fixture
def world(make_user, make_need, make_technology) -> World:
    city = make_user("city", country="CN", region="CN-GD")
    company = make_user("company")
    world = World(
        city,
        company,
        make_user("city"),
        make_user("company"),
        make_user("admin"),
        make_need(city),
        make_technology(company),
    )
    return world


def put_match(app, world: World, status: str, **fields) -> int:
    """A match for the world's pair, already in ``status``."""
    with app.app_context():
        match = Match(
            need_id=world.need_id,
            technology_id=world.technology_id,
            status=MatchStatus(status),
            origin=MatchOrigin.ENGINE,
            score=0.7,
            reasons=["category: smart-grid"],
            reasons_zh=["类别：智能电网"],
            **fields,
        )
        db.session.add(match)
        db.session.commit()
        return match.id


def match_state(app, match_id: int) -> str:
    with app.app_context():
        return db.session.get(Match, match_id).status.value


ROLES = ("city", "company", "other_city", "other_company", "admin")
STATES = ("suggested", "requested", "approved", "rejected", "connected", "declined")


def row(*cells: str) -> dict[str, tuple[int, str | None]]:
    """One (action, role) row: per state in STATES order, "201:requested" (status and the
    state it leads to) or a bare status (refused: the state stays as it was)."""
    outcome = {}
    for state, cell in zip(STATES, cells, strict=True):
        code, _, target = cell.partition(":")
        outcome[state] = (int(code), target or state)
    return outcome


# Every action x role x state, written out: the status code and the state afterwards. The
# company cannot see a match before approval that it did not ask for (404), and asking for
# such a pair tells it only that the pair is being considered (409), never its status.
EXPECTED = {
    ("approve", "admin"): row("200:approved", "200:approved", "409", "409", "409", "409"),
    ("reject", "admin"): row("200:rejected", "200:rejected", "409", "409", "409", "409"),
    # A rejected suggestion nobody asked for (put_match's rejected row) is gone from the city's
    # view (404) and cannot be asked for again (409).
    ("request", "city"): row("201:requested", "200", "200", "409", "200", "200"),
    ("request", "company"): row("201:requested", "409", "200", "409", "200", "200"),
    ("respond_yes", "city"): row("409", "409", "200:approved", "404", "409", "409"),
    ("respond_yes", "company"): row("404", "404", "200:approved", "404", "409", "409"),
    ("respond_no", "city"): row("409", "409", "200:declined", "404", "409", "409"),
    ("respond_no", "company"): row("404", "404", "200:declined", "404", "409", "409"),
    ("respond_yes", "admin"): row(*["403"] * 6),
    ("respond_no", "admin"): row(*["403"] * 6),
}
for _action in ("approve", "reject", "request"):
    for _role in ("city", "company", "other_city", "other_company", "admin"):
        EXPECTED.setdefault((_action, _role), row(*["403"] * 6))  # not an admin / not a party
for _action in ("respond_yes", "respond_no"):
    for _role in ("other_city", "other_company"):
        EXPECTED[(_action, _role)] = row(*["404"] * 6)  # not theirs to see


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ["approve", "reject", "request", "respond_yes", "respond_no"])
def test_state_machine(app, client, world, api_token, action, role, state):
    match_id = put_match(app, world, state)
    headers = api_token(getattr(world, role))
    if action == "approve":
        response = client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=headers)
    elif action == "reject":
        response = client.post(f"/api/v1/matches/{match_id}/reject", json={"note": "Not a fit"}, headers=headers)
    elif action == "request":
        response = client.post(
            "/api/v1/matches", json={"need_id": world.need_id, "technology_id": world.technology_id}, headers=headers
        )
    else:
        response = client.post(
            f"/api/v1/matches/{match_id}/respond", json={"interested": action == "respond_yes"}, headers=headers
        )
    code, after = EXPECTED[(action, role)][state]
    body = response.get_json()
    assert response.status_code == code, body
    assert match_state(app, match_id) == after
    if code >= 400:
        assert set(body) == {"error"} and "score" not in str(body), "a refusal reveals nothing of the match"
    else:
        assert body["id"] == match_id and body["status"] == after


def test_both_interested_connects(app, client, world, api_token):
    match_id = put_match(app, world, "approved")
    client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=api_token(world.city))
    response = client.post(
        f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=api_token(world.company)
    )
    assert response.get_json()["status"] == "connected"
    again = client.post(
        f"/api/v1/matches/{match_id}/respond", json={"interested": False}, headers=api_token(world.city)
    )
    assert again.status_code == 409 and match_state(app, match_id) == "connected"


def test_each_side_answers_once(app, client, world, api_token):
    match_id = put_match(app, world, "approved")
    headers = api_token(world.city)
    assert (
        client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=headers).status_code
        == 200
    )
    assert (
        client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": False}, headers=headers).status_code
        == 409
    )
    assert match_state(app, match_id) == "approved"


def test_a_new_request_creates_one_match_and_asking_again_returns_it(app, client, world, api_token):
    body = {"need_id": world.need_id, "technology_id": world.technology_id}
    first = client.post("/api/v1/matches", json=body, headers=api_token(world.city))
    assert first.status_code == 201 and first.get_json()["status"] == "requested"
    again = client.post("/api/v1/matches", json=body, headers=api_token(world.city))
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]
    assert table_count(app, Match) == 1


def test_asking_for_a_pair_the_other_side_asked_for_reveals_no_more_than_get(app, client, world, api_token):
    body = {"need_id": world.need_id, "technology_id": world.technology_id}
    first = client.post("/api/v1/matches", json=body, headers=api_token(world.city)).get_json()
    company = api_token(world.company)
    assert client.get(f"/api/v1/matches/{first['id']}", headers=company).status_code == 404
    second = client.post("/api/v1/matches", json=body, headers=company)
    assert second.status_code == 409
    assert set(second.get_json()["error"]) == {"code", "message"}  # no id, status, score or note
    assert table_count(app, Match) == 1 and match_state(app, first["id"]) == "requested"


@pytest.mark.parametrize(
    ("body", "status"),
    [({"need_id": "x", "technology_id": 1}, 422), ({"need_id": 999, "technology_id": 1}, 422), ({}, 422)],
)
def test_bad_requests_for_introductions(app, client, world, api_token, body, status):
    assert client.post("/api/v1/matches", json=body, headers=api_token(world.city)).status_code == status
    assert table_count(app, Match) == 0


def test_reject_needs_a_note(app, client, world, api_token):
    match_id = put_match(app, world, "requested")
    response = client.post(f"/api/v1/matches/{match_id}/reject", json={}, headers=api_token(world.admin))
    assert response.status_code == 422 and "note" in response.get_json()["error"]["fields"]
    assert match_state(app, match_id) == "requested"


def test_decisions_keep_who_and_when_and_are_audited(app, client, world, api_token):
    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={"note": "Good fit"}, headers=api_token(world.admin))
    with app.app_context():
        match = db.session.get(Match, match_id)
        assert match.decided_by_id == world.admin.id and match.decided_at is not None
        assert match.decision_note == "Good fit"
        event = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "match.approve")).scalar_one()
        assert (event.from_state, event.to_state, event.actor_id) == ("requested", "approved", world.admin.id)


def test_company_sees_a_match_only_once_approved_unless_it_asked(app, client, world, api_token):
    match_id = put_match(app, world, "suggested")
    company = api_token(world.company)
    assert client.get(f"/api/v1/matches/{match_id}", headers=company).status_code == 404
    assert client.get("/api/v1/matches", headers=company).get_json()["total"] == 0
    assert client.get(f"/api/v1/matches/{match_id}", headers=api_token(world.city)).status_code == 200
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    assert client.get(f"/api/v1/matches/{match_id}", headers=company).status_code == 200


def test_company_that_asked_sees_its_request(client, world, api_token):
    body = {"need_id": world.need_id, "technology_id": world.technology_id}
    client.post("/api/v1/matches", json=body, headers=api_token(world.company))
    listing = client.get("/api/v1/matches?status=requested", headers=api_token(world.company)).get_json()
    assert listing["total"] == 1


@pytest.mark.parametrize("outsider", ["other_city", "other_company"])
def test_outsiders_never_see_a_match(app, client, world, api_token, outsider):
    match_id = put_match(app, world, "approved")
    headers = api_token(getattr(world, outsider))
    assert client.get(f"/api/v1/matches/{match_id}", headers=headers).status_code == 404
    assert client.get("/api/v1/matches", headers=headers).get_json()["total"] == 0


def test_contacts_are_hidden_before_approval_and_shown_after(app, client, world, api_token):
    match_id = put_match(app, world, "requested")
    city = api_token(world.city)
    assert "contacts" not in client.get(f"/api/v1/matches/{match_id}", headers=city).get_json()
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    contacts = client.get(f"/api/v1/matches/{match_id}", headers=city).get_json()["contacts"]
    assert contacts["company"]["email"] == world.company.email
    assert contacts["city"]["email"] == world.city.email


def test_approval_notifies_both_parties_in_the_app(app, client, world, api_token):
    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    with app.app_context():
        kinds = db.session.execute(db.select(Notification.user_id, Notification.kind)).all()
        assert set(kinds) == {(world.city.id, "match_approved"), (world.company.id, "match_approved")}


def test_messages_only_in_connected_matches_and_only_for_parties(app, client, world, api_token):
    match_id = put_match(app, world, "approved")
    city = api_token(world.city)
    assert client.post(f"/api/v1/matches/{match_id}/messages", json={"body": "Hi"}, headers=city).status_code == 409
    with app.app_context():
        db.session.get(Match, match_id).status = MatchStatus.CONNECTED
        db.session.commit()
    assert client.post(f"/api/v1/matches/{match_id}/messages", json={"body": "Hello"}, headers=city).status_code == 201
    thread = client.get(f"/api/v1/matches/{match_id}/messages", headers=api_token(world.company)).get_json()
    assert [m["body"] for m in thread["items"]] == ["Hello"]
    assert client.get(f"/api/v1/matches/{match_id}/messages", headers=api_token(world.other_city)).status_code == 404
    assert client.post(f"/api/v1/matches/{match_id}/messages", json={"body": ""}, headers=city).status_code == 422


def test_list_matches_rejects_an_unknown_status(client, world, api_token):
    response = client.get("/api/v1/matches?status=maybe", headers=api_token(world.admin))
    assert response.status_code == 422
