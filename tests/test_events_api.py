"""The events API as contract events.md writes it: events, registrations, recommendations, meetings."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import (
    AuditEvent,
    Event,
    EventMeeting,
    EventParticipant,
    EventSession,
    Match,
    MatchOrigin,
    MatchStatus,
    Notification,
    OutgoingMail,
)

from .helpers import table_count

EVENT = {
    "name": "California clean-tech mission to the Greater Bay Area",
    "name_zh": "加州清洁技术代表团访问大湾区",
    "kind": "trade_mission",
    "city": "Shenzhen",
    "venue": "Futian Convention Centre",
    "timezone": "Asia/Shanghai",
    "starts_at": "2027-04-12T09:00",
    "ends_at": "2027-04-14T18:00",
    "meeting_minutes": 20,
    "sessions": [
        {"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 3, "location": "Shenzhen"},
        {"starts_at": "2027-04-13T06:00:00Z", "ends_at": "2027-04-13T09:00:00Z", "tables": 2},
    ],
    "published": True,
}


@pytest.fixture
def people(make_user, api_token):
    admin = make_user("admin")
    company = make_user("company")
    company_2 = make_user("company")
    city = make_user("city", country="CN", region="CN-GD")
    city_2 = make_user("city", country="CN", region="CN-GD")
    waiting = make_user("company", verified=False)
    users = {
        "admin": admin,
        "company": company,
        "company_2": company_2,
        "city": city,
        "city_2": city_2,
        "waiting": waiting,
    }
    return {name: (user, api_token(user)) for name, user in users.items()}


def _create(client, people, **changes):
    response = client.post("/api/v1/events", json={**EVENT, **changes}, headers=people["admin"][1])
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _confirmed(client, people, event_id, *names):
    ids = {}
    for name in names:
        registered = client.post(
            f"/api/v1/events/{event_id}/participants",
            json={"delegates": [{"name": "Ada Li", "title": "CEO"}]},
            headers=people[name][1],
        )
        assert registered.status_code == 201, registered.get_json()
        pid = registered.get_json()["id"]
        confirmed = client.post(f"/api/v1/events/{event_id}/participants/{pid}/confirm", headers=people["admin"][1])
        assert confirmed.status_code == 200 and confirmed.get_json()["status"] == "confirmed"
        ids[name] = pid
    return ids


@pytest.fixture
def event(client, people):
    return _create(client, people)


@pytest.fixture
def confirmed(client, people, event):
    return _confirmed(client, people, event["id"], "company", "company_2", "city", "city_2")


# --- events -----------------------------------------------------------------------------------


def test_an_event_gives_every_instant_in_its_zone_and_in_utc(client, people, event):
    shown = client.get(f"/api/v1/events/{event['id']}").get_json()
    assert shown["starts_at"] == "2027-04-12T09:00:00+08:00"
    assert shown["starts_at_utc"] == "2027-04-12T01:00:00Z"
    first, second = shown["sessions"]
    assert (first["starts_at"], first["starts_at_utc"]) == ("2027-04-12T14:00:00+08:00", "2027-04-12T06:00:00Z")
    assert first["slots"] == 9 and first["tables"] == 3
    # An instant with an offset is understood as well as a local time.
    assert second["starts_at"] == "2027-04-13T14:00:00+08:00" and second["slots"] == 9


def test_events_are_listed_soonest_first_and_drafts_only_for_admins(client, people):
    later = _create(
        client, people, name="Later summit", starts_at="2027-06-01T09:00", ends_at="2027-06-02T18:00", sessions=[]
    )
    sooner = _create(
        client, people, name="Sooner forum", starts_at="2027-03-01T09:00", ends_at="2027-03-01T18:00", sessions=[]
    )
    draft = _create(client, people, name="Draft visit", published=False, sessions=[])
    listed = client.get("/api/v1/events").get_json()
    assert [e["id"] for e in listed["items"]] == [sooner["id"], later["id"]]
    assert (listed["page"], listed["total"]) == (1, 2)
    assert client.get(f"/api/v1/events/{draft['id']}").status_code == 404
    as_admin = client.get("/api/v1/events", headers=people["admin"][1]).get_json()
    assert draft["id"] in [e["id"] for e in as_admin["items"]]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"ends_at": "2027-04-11T09:00"}, "ends_at"),
        ({"starts_at": "2027-04-12"}, None),  # a date alone is a local midnight: accepted
        ({"meeting_minutes": 5}, "meeting_minutes"),
        ({"meeting_minutes": 121}, "meeting_minutes"),
        ({"kind": "party"}, "kind"),
        (
            {"sessions": [{"starts_at": "2027-04-15T14:00", "ends_at": "2027-04-15T17:00", "tables": 1}]},
            "sessions.0.starts_at",
        ),
        (
            {"sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T13:00", "tables": 1}]},
            "sessions.0.ends_at",
        ),
        (
            {"sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 0}]},
            "sessions.0.tables",
        ),
        (
            {
                "sessions": [
                    {"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 1},
                    {"starts_at": "2027-04-12T16:00", "ends_at": "2027-04-12T18:00", "tables": 1},
                ]
            },
            "sessions.1.starts_at",
        ),
        (
            {"sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T14:10", "tables": 1}]},
            "sessions.0.ends_at",
        ),
        ({"sessions": "many"}, "sessions"),
        ({"sessions": [{"starts_at": "2027-04-12T14:00", "tables": 1}]}, "sessions.0.ends_at"),
    ],
)
def test_bad_events_are_refused_naming_the_field_and_nothing_is_stored(app, client, people, changes, field):
    response = client.post("/api/v1/events", json={**EVENT, **changes}, headers=people["admin"][1])
    if field is None:
        assert response.status_code == 201
        return
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert table_count(app, Event) == 0 and table_count(app, EventSession) == 0


def test_a_session_in_the_spring_forward_gap_is_refused(app, client, people):
    response = client.post(
        "/api/v1/events",
        json={
            **EVENT,
            "name": "Cities' climate summit",
            "kind": "summit",
            "timezone": "America/Los_Angeles",
            "starts_at": "2027-03-13T08:00",
            "ends_at": "2027-03-15T18:00",
            "sessions": [{"starts_at": "2027-03-14T02:30", "ends_at": "2027-03-14T05:00", "tables": 4}],
        },
        headers=people["admin"][1],
    )
    assert response.status_code == 422
    assert "sessions.0.starts_at" in response.get_json()["error"]["fields"]
    assert table_count(app, Event) == 0


def test_a_summit_across_the_us_clock_change_keeps_its_local_times(client, people):
    created = _create(
        client,
        people,
        name="Cities' climate summit",
        kind="summit",
        timezone="America/Los_Angeles",
        starts_at="2027-03-13T08:00",
        ends_at="2027-03-15T18:00",
        sessions=[
            {"starts_at": "2027-03-13T14:00", "ends_at": "2027-03-13T17:00", "tables": 4},
            {"starts_at": "2027-03-15T14:00", "ends_at": "2027-03-15T17:00", "tables": 4},
        ],
    )
    before, after = created["sessions"]
    assert (before["starts_at"], before["starts_at_utc"]) == ("2027-03-13T14:00:00-08:00", "2027-03-13T22:00:00Z")
    assert (after["starts_at"], after["starts_at_utc"]) == ("2027-03-15T14:00:00-07:00", "2027-03-15T21:00:00Z")


def test_only_admins_create_or_change_events(client, people, event):
    for name in ("company", "city"):
        assert client.post("/api/v1/events", json=EVENT, headers=people[name][1]).status_code == 403
        assert (
            client.patch(f"/api/v1/events/{event['id']}", json={"name": "Mine"}, headers=people[name][1]).status_code
            == 403
        )
    assert client.post("/api/v1/events", json=EVENT).status_code == 401


def test_patch_changes_fields_and_refuses_leaving_a_scheduled_meeting_outside_every_session(
    app, client, people, event, confirmed
):
    admin = people["admin"][1]
    changed = client.patch(f"/api/v1/events/{event['id']}", json={"venue": "Hall 2"}, headers=admin)
    assert changed.status_code == 200 and changed.get_json()["venue"] == "Hall 2"
    meeting = _accepted_meeting(client, people, event["id"])
    first_session = event["sessions"][0]
    with app.app_context():  # what the scheduler (part B) does: a slot and a table
        row = db.session.get(EventMeeting, meeting["id"])
        row.session_id = first_session["id"]
        row.starts_at = datetime(2027, 4, 12, 8, 40, tzinfo=UTC)  # the last slot, 16:40 local
        row.ends_at = row.starts_at + timedelta(minutes=20)
        row.table_number = 1
        db.session.commit()
    shorter = [
        {"id": first_session["id"], "starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T16:30", "tables": 3},
        {"starts_at": "2027-04-13T14:00", "ends_at": "2027-04-13T17:00", "tables": 2},
    ]
    refused = client.patch(f"/api/v1/events/{event['id']}", json={"sessions": shorter}, headers=admin)
    assert refused.status_code == 409
    longer_meetings = client.patch(f"/api/v1/events/{event['id']}", json={"meeting_minutes": 30}, headers=admin)
    assert longer_meetings.status_code == 409
    shown = client.get(f"/api/v1/events/{event['id']}").get_json()
    assert shown["sessions"][0]["ends_at"] == "2027-04-12T17:00:00+08:00" and shown["meeting_minutes"] == 20
    # Moving the other session keeps the first, and the meeting in it.
    kept = [shorter[1] | {"starts_at": "2027-04-13T15:00"}, {**shorter[0], "ends_at": "2027-04-12T17:00"}]
    assert client.patch(f"/api/v1/events/{event['id']}", json={"sessions": kept}, headers=admin).status_code == 200
    with app.app_context():
        assert db.session.get(EventMeeting, meeting["id"]).session_id == first_session["id"]


# --- participants -----------------------------------------------------------------------------


def test_registration_once_then_the_same_participant(app, client, people, event):
    url = f"/api/v1/events/{event['id']}/participants"
    first = client.post(
        url, json={"delegates": [{"name": "Ada Li", "title": "CEO"}], "note": "2 people"}, headers=people["company"][1]
    )
    assert first.status_code == 201
    body = first.get_json()
    assert body["status"] == "registered" and body["organization_id"] == people["company"][0].organization_id
    again = client.post(url, json={}, headers=people["company"][1])
    assert again.status_code == 200 and again.get_json()["id"] == body["id"]
    assert table_count(app, EventParticipant) == 1
    with app.app_context():  # the organisers hear of it
        admin_id = people["admin"][0].id
        assert db.session.execute(
            db.select(Notification).where(Notification.user_id == admin_id, Notification.kind == "event_registration")
        ).scalar_one()


def test_unverified_organisations_and_admins_cannot_register(app, client, people, event):
    url = f"/api/v1/events/{event['id']}/participants"
    assert client.post(url, json={}, headers=people["waiting"][1]).status_code == 403
    assert client.post(url, json={}, headers=people["admin"][1]).status_code == 403
    assert client.post(url, json={}).status_code == 401
    assert table_count(app, EventParticipant) == 0


def test_registration_after_the_window_is_a_conflict(app, client, people):
    closed = _create(client, people, registration_closes_at="2026-01-01T00:00:00Z")
    response = client.post(f"/api/v1/events/{closed['id']}/participants", json={}, headers=people["company"][1])
    assert response.status_code == 409
    assert table_count(app, EventParticipant) == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"delegates": [{"title": "CEO"}]}, "delegates.0.name"),
        ({"delegates": "Ada"}, "delegates"),
        ({"delegates": [{"name": "x" * 201}]}, "delegates.0.name"),
        ({"note": "\x00"}, "note"),
    ],
)
def test_bad_registrations_name_the_field(app, client, people, event, body, field):
    response = client.post(f"/api/v1/events/{event['id']}/participants", json=body, headers=people["company"][1])
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    assert table_count(app, EventParticipant) == 0


def test_participants_admins_see_all_confirmed_participants_the_confirmed(client, people, event):
    _confirmed(client, people, event["id"], "company", "city")
    client.post(f"/api/v1/events/{event['id']}/participants", json={}, headers=people["company_2"][1])
    url = f"/api/v1/events/{event['id']}/participants"
    assert len(client.get(url, headers=people["admin"][1]).get_json()["items"]) == 3
    seen = client.get(url, headers=people["company"][1]).get_json()["items"]
    assert {p["status"] for p in seen} == {"confirmed"} and len(seen) == 2
    assert set(seen[0]) >= {"id", "organization_id", "name", "kind", "country", "status", "delegates"}
    assert client.get(url, headers=people["company_2"][1]).status_code == 403  # registered, not confirmed
    assert client.get(url, headers=people["city_2"][1]).status_code == 403
    filtered = client.get(url + "?kind=city&country=cn", headers=people["company"][1]).get_json()["items"]
    assert [p["kind"] for p in filtered] == ["city"]
    assert client.get(url + "?kind=robot", headers=people["company"][1]).status_code == 422


# --- recommendations --------------------------------------------------------------------------


def _stored_suggestion(app, need_id: int, technology_id: int, score: float) -> None:
    with app.app_context():
        db.session.add(
            Match(
                need_id=need_id,
                technology_id=technology_id,
                status=MatchStatus.SUGGESTED,
                origin=MatchOrigin.ENGINE,
                score=score,
                reasons=["battery storage fits the peak-load need"],
                reasons_zh=["电池储能符合削峰需求"],
                signals={},
            )
        )
        db.session.commit()


def test_recommendations_rank_the_other_kind_by_the_best_engine_score(
    app, client, people, event, confirmed, make_need, make_technology
):
    company, city, city_2 = people["company"][0], people["city"][0], people["city_2"][0]
    battery, grid = make_technology(company, name="Battery storage"), make_technology(company, name="Grid")
    peak, buses = make_need(city, title="Peak load"), make_need(city_2, title="Electric buses")
    _stored_suggestion(app, peak, battery, 0.81)
    _stored_suggestion(app, peak, grid, 0.6)
    _stored_suggestion(app, buses, grid, 0.55)
    items = client.get(f"/api/v1/events/{event['id']}/recommendations", headers=people["company"][1]).get_json()[
        "items"
    ]
    assert [(i["organization_id"], i["score"]) for i in items] == [
        (city.organization_id, 0.81),
        (city_2.organization_id, 0.55),
    ]
    assert "Battery storage" in items[0]["reasons"][0] and "0.81" in items[0]["reasons"][0]
    assert "battery storage fits the peak-load need" in items[0]["reasons"]
    # No company is recommended to a company; the reasons follow the reader's language.
    zh = client.get(
        f"/api/v1/events/{event['id']}/recommendations",
        headers={**people["city"][1], "Accept-Language": "zh-CN"},
    ).get_json()["items"]
    assert [i["organization_id"] for i in zh] == [company.organization_id]
    assert "电池储能符合削峰需求" in zh[0]["reasons"]


def test_recommendations_are_for_confirmed_participants(client, people, event):
    url = f"/api/v1/events/{event['id']}/recommendations"
    client.post(f"/api/v1/events/{event['id']}/participants", json={}, headers=people["company"][1])
    assert client.get(url, headers=people["company"][1]).status_code == 403
    assert client.get(url, headers=people["admin"][1]).status_code == 403
    assert client.get(url).status_code == 401


# --- meetings ---------------------------------------------------------------------------------


def _request(client, people, event_id, who="company", with_whom="city", message="Your peak-load need fits us."):
    return client.post(
        f"/api/v1/events/{event_id}/meetings",
        json={"with_organization_id": people[with_whom][0].organization_id, "message": message},
        headers=people[who][1],
    )


def _accepted_meeting(client, people, event_id):
    requested = _request(client, people, event_id)
    assert requested.status_code == 201
    meeting = requested.get_json()
    accepted = client.post(f"/api/v1/events/{event_id}/meetings/{meeting['id']}/accept", headers=people["city"][1])
    assert accepted.status_code == 200
    return accepted.get_json()


def test_a_meeting_is_requested_once_for_a_pair_in_either_direction(app, client, people, event, confirmed):
    first = _request(client, people, event["id"])
    assert first.status_code == 201 and first.get_json()["status"] == "requested"
    assert first.get_json()["starts_at"] is None and first.get_json()["table"] is None
    again = _request(client, people, event["id"])
    reverse = _request(client, people, event["id"], who="city", with_whom="company")
    assert again.status_code == reverse.status_code == 200
    assert again.get_json()["id"] == reverse.get_json()["id"] == first.get_json()["id"]
    assert table_count(app, EventMeeting) == 1
    with app.app_context():  # the invitee hears of it, by mail too
        city_user = people["city"][0]
        assert db.session.execute(
            db.select(Notification).where(
                Notification.user_id == city_user.id, Notification.kind == "event_meeting_requested"
            )
        ).scalar_one()
        assert db.session.execute(db.select(OutgoingMail).where(OutgoingMail.recipient == city_user.email)).scalar()
    # Once declined, the pair may ask again: a new meeting.
    declined = client.post(
        f"/api/v1/events/{event['id']}/meetings/{first.get_json()['id']}/decline", headers=people["city"][1]
    )
    assert declined.status_code == 200 and declined.get_json()["status"] == "declined"
    assert _request(client, people, event["id"]).status_code == 201


@pytest.mark.parametrize(
    ("with_whom", "status"),
    [("company", 422), ("waiting", 422), ("admin", 422), (None, 422)],
)
def test_meeting_requests_to_oneself_or_a_non_participant_are_refused(
    app, client, people, event, confirmed, with_whom, status
):
    target = people[with_whom][0].organization_id if with_whom else "x"
    response = client.post(
        f"/api/v1/events/{event['id']}/meetings", json={"with_organization_id": target}, headers=people["company"][1]
    )
    assert response.status_code == status
    assert "with_organization_id" in response.get_json()["error"]["fields"]
    assert table_count(app, EventMeeting) == 0


def test_only_confirmed_participants_request_meetings(app, client, people, event):
    client.post(f"/api/v1/events/{event['id']}/participants", json={}, headers=people["company"][1])
    _confirmed(client, people, event["id"], "city")
    assert _request(client, people, event["id"]).status_code == 403
    assert _request(client, people, event["id"], who="admin").status_code == 403
    assert table_count(app, EventMeeting) == 0


def test_accept_only_by_the_invitee_and_only_once(client, people, event, confirmed):
    meeting = _request(client, people, event["id"]).get_json()
    url = f"/api/v1/events/{event['id']}/meetings/{meeting['id']}"
    assert client.post(url + "/accept", headers=people["company"][1]).status_code == 403  # the requester
    assert client.post(url + "/accept", headers=people["admin"][1]).status_code == 403
    assert client.post(url + "/accept", headers=people["city_2"][1]).status_code == 404  # a stranger
    accepted = client.post(url + "/accept", headers=people["city"][1])
    assert accepted.status_code == 200 and accepted.get_json()["status"] == "accepted"
    assert client.post(url + "/decline", headers=people["city"][1]).status_code == 409
    assert client.post(url + "/accept", headers=people["city"][1]).status_code == 409


def test_the_other_partys_contact_only_after_acceptance_and_nobody_else_reads_a_meeting(
    client, people, event, confirmed
):
    meeting = _request(client, people, event["id"]).get_json()
    assert "contacts" not in meeting
    listed = client.get(f"/api/v1/events/{event['id']}/meetings", headers=people["city"][1]).get_json()["items"]
    assert [m["id"] for m in listed] == [meeting["id"]] and "contacts" not in listed[0]
    assert client.get(f"/api/v1/events/{event['id']}/meetings", headers=people["city_2"][1]).get_json()["items"] == []
    client.post(f"/api/v1/events/{event['id']}/meetings/{meeting['id']}/accept", headers=people["city"][1])
    mine = client.get(f"/api/v1/events/{event['id']}/meetings", headers=people["company"][1]).get_json()["items"][0]
    assert [c["email"] for c in mine["contacts"]] == [people["city"][0].email]
    assert set(mine) >= {
        "id",
        "status",
        "requester_organization_id",
        "invitee_organization_id",
        "message",
        "starts_at",
        "starts_at_utc",
        "ends_at",
        "ends_at_utc",
        "table",
    }
    everyone = client.get(f"/api/v1/events/{event['id']}/meetings", headers=people["admin"][1]).get_json()["items"]
    assert len(everyone) == 1


def test_cancel_by_either_party_or_admin_frees_the_slot_and_table(app, client, people, event, confirmed):
    meeting = _accepted_meeting(client, people, event["id"])
    with app.app_context():
        row = db.session.get(EventMeeting, meeting["id"])
        row.session_id = event["sessions"][0]["id"]
        row.starts_at = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
        row.ends_at = datetime(2027, 4, 12, 6, 20, tzinfo=UTC)
        row.table_number = 2
        db.session.commit()
    url = f"/api/v1/events/{event['id']}/meetings/{meeting['id']}/cancel"
    assert client.post(url, headers=people["city_2"][1]).status_code == 404
    cancelled = client.post(url, headers=people["company"][1])
    assert cancelled.status_code == 200
    body = cancelled.get_json()
    assert body["status"] == "cancelled" and body["starts_at"] is None and body["table"] is None
    assert client.post(url, headers=people["admin"][1]).status_code == 409
    with app.app_context():
        assert (
            db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "event.meeting.cancel"))
            .scalar_one()
            .target_id
            == meeting["id"]
        )
    other = _request(client, people, event["id"], who="company_2").get_json()
    admin_cancel = client.post(
        f"/api/v1/events/{event['id']}/meetings/{other['id']}/cancel", headers=people["admin"][1]
    )
    assert admin_cancel.status_code == 200


def test_two_answers_at_once_give_exactly_one_winner(app, people, event, confirmed):
    client = app.test_client()
    meeting = _request(client, people, event["id"]).get_json()
    base = f"/api/v1/events/{event['id']}/meetings/{meeting['id']}"

    def answer(action: str) -> int:
        return app.test_client().post(f"{base}/{action}", headers=people["city"][1]).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(answer, ["accept", "decline", "accept", "decline"]))
    assert sorted(codes) == [200, 409, 409, 409]
    with app.app_context():
        decisions = db.session.execute(
            db.select(db.func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action.in_(("event.meeting.accept", "event.meeting.decline")))
        ).scalar_one()
        assert decisions == 1


def test_two_crossing_requests_make_one_meeting(app, people, event, confirmed):
    def ask(pair) -> int:
        who, whom = pair
        return _request(app.test_client(), people, event["id"], who=who, with_whom=whom).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(ask, [("company", "city"), ("city", "company")] * 2))
    assert sorted(codes) == [200, 200, 200, 201]
    assert table_count(app, EventMeeting) == 1


def test_declining_a_participant_cancels_its_open_meetings(app, client, people, event, confirmed):
    meeting = _accepted_meeting(client, people, event["id"])
    pid = confirmed["city"]
    declined = client.post(f"/api/v1/events/{event['id']}/participants/{pid}/decline", headers=people["admin"][1])
    assert declined.status_code == 200 and declined.get_json()["status"] == "declined"
    with app.app_context():
        assert db.session.get(EventMeeting, meeting["id"]).status.value == "cancelled"
