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

# (action, role) -> {state: (HTTP status, resulting state)}; anything absent below is refused.
EXPECTED = {
    ("approve", "admin"): {"suggested": (200, "approved"), "requested": (200, "approved")},
    ("reject", "admin"): {"suggested": (200, "rejected"), "requested": (200, "rejected")},
    ("request", "city"): {"suggested": (201, "requested")},
    ("request", "company"): {"suggested": (201, "requested")},
    ("respond_yes", "city"): {"approved": (200, "approved")},
    ("respond_yes", "company"): {"approved": (200, "approved")},
    ("respond_no", "city"): {"approved": (200, "declined")},
    ("respond_no", "company"): {"approved": (200, "declined")},
}


def refusal(action: str, role: str, state: str) -> tuple[int, ...]:
    """The status codes that count as a refusal for this action, role and state."""
    if role == "admin" and action in ("approve", "reject"):
        return (409,)
    if action == "request":
        if role in ("city", "company"):
            return (200,)  # asked again: the same match, unchanged
        return (403,)
    if action.startswith("respond"):
        if role == "company" and state in ("suggested", "requested", "rejected"):
            return (404,)  # the company cannot see a match before approval it did not ask for
        if role in ("city", "company"):
            return (409,)
        return (403, 404)
    return (403,)


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
    allowed = EXPECTED.get((action, role), {}).get(state)
    if allowed:
        assert response.status_code == allowed[0], response.get_json()
        assert match_state(app, match_id) == allowed[1]
    else:
        assert response.status_code in refusal(action, role, state), response.get_json()
        assert match_state(app, match_id) == state, "a refused action changes nothing"
        assert response.is_json and "error" in response.get_json() or response.status_code == 200


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
    second = client.post("/api/v1/matches", json=body, headers=api_token(world.company))
    assert second.status_code == 200 and second.get_json()["id"] == first.get_json()["id"]
    assert table_count(app, Match) == 1


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
