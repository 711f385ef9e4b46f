"""Scheduling an event's meetings (POST /events/ID/schedule), moving them by hand, availability,
and the concurrency guard: two organisers at once never double-book (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import (
    AuditEvent,
    Event,
    EventKind,
    EventMeeting,
    EventParticipant,
    EventSession,
    MeetingStatus,
    ParticipantStatus,
    User,
)
from matchmaker.services import event_schedule
from matchmaker.services.errors import ValidationError

from .live import post_json, serve

# 2027-04-12 14:00-15:00 in Shenzhen (UTC+8): three 20-minute slots.
SESSION_START = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
SLOTS = [SESSION_START + timedelta(minutes=20 * i) for i in range(3)]


def make_event(app, *, tables: int = 2, session_minutes: int = 60, timezone: str = "Asia/Shanghai",
               start: datetime = SESSION_START, venue: str = "Shenzhen Convention Centre") -> int:
    with app.app_context():
        event = Event(
            name="California clean-tech mission", kind=EventKind.TRADE_MISSION, timezone=timezone, venue=venue,
            starts_at=start - timedelta(hours=6), ends_at=start + timedelta(hours=10), meeting_minutes=20,
            published=True,
        )
        event.sessions.append(EventSession(starts_at=start, ends_at=start + timedelta(minutes=session_minutes),
                                           tables=tables, location=""))
        db.session.add(event)
        db.session.commit()
        return event.id


def join(app, event_id: int, *users: User, status: ParticipantStatus = ParticipantStatus.CONFIRMED) -> None:
    with app.app_context():
        for user in users:
            db.session.add(EventParticipant(event_id=event_id, organization_id=user.organization_id, status=status))
        db.session.commit()


def meet(app, event_id: int, first: User, second: User, *, score: float = 0.5,
         status: MeetingStatus = MeetingStatus.ACCEPTED) -> int:
    with app.app_context():
        low, high = sorted((first.organization_id, second.organization_id))
        meeting = EventMeeting(
            event_id=event_id, requester_organization_id=first.organization_id,
            invitee_organization_id=second.organization_id, status=status, score=score,
            pair_key=f"{low}-{high}" if status in (MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED) else None,
        )
        db.session.add(meeting)
        db.session.commit()
        return meeting.id


def placements(app, event_id: int) -> dict[int, tuple]:
    with app.app_context():
        rows = db.session.execute(db.select(EventMeeting).where(EventMeeting.event_id == event_id)).scalars()
        return {m.id: (m.starts_at, m.table_number) for m in rows}


def assert_no_double_booking(app, event_id: int) -> None:
    with app.app_context():
        rows = db.session.execute(
            db.select(EventMeeting).where(EventMeeting.event_id == event_id, EventMeeting.starts_at.is_not(None))
        ).scalars().all()
        tables = Counter((m.starts_at, m.table_number) for m in rows)
        parties = Counter((org, m.starts_at) for m in rows
                          for org in (m.requester_organization_id, m.invitee_organization_id))
        assert max(tables.values(), default=1) == 1
        assert max(parties.values(), default=1) == 1


@pytest.fixture
def mission(app, make_user):
    """An admin, two companies and two cities confirmed, four accepted company-city meetings."""
    admin = make_user("admin")
    companies = [make_user("company"), make_user("company")]
    cities = [make_user("city", country="CN", region="CN-GD") for _ in range(2)]
    event_id = make_event(app)
    join(app, event_id, *companies, *cities)
    meetings = [meet(app, event_id, company, city, score=0.3 + 0.1 * i)
                for i, (company, city) in enumerate((c, t) for c in companies for t in cities)]
    return {"admin": admin, "companies": companies, "cities": cities, "event": event_id, "meetings": meetings}


def test_schedule_places_every_accepted_meeting_without_double_booking(app, client, api_token, mission):
    response = client.post(f"/api/v1/events/{mission['event']}/schedule", headers=api_token(mission["admin"]))
    assert response.status_code == 200
    assert response.get_json() == {"scheduled": 4, "unscheduled": []}
    placed = placements(app, mission["event"])
    assert all(start in SLOTS and table in (1, 2) for start, table in placed.values())
    assert_no_double_booking(app, mission["event"])
    with app.app_context():
        meeting = db.session.get(EventMeeting, mission["meetings"][0])
        assert meeting.ends_at - meeting.starts_at == timedelta(minutes=20) and meeting.session_id is not None


def test_a_second_run_keeps_the_placed_meetings_and_places_only_new_ones(app, client, api_token, mission):
    headers = api_token(mission["admin"])
    client.post(f"/api/v1/events/{mission['event']}/schedule", headers=headers)
    before = placements(app, mission["event"])
    third = make_user_in(app, mission)
    late = meet(app, mission["event"], third, mission["cities"][0])
    response = client.post(f"/api/v1/events/{mission['event']}/schedule", headers=headers)
    assert response.get_json() == {"scheduled": 1, "unscheduled": []}
    after = placements(app, mission["event"])
    assert {k: after[k] for k in before} == before and after[late][0] is not None
    assert_no_double_booking(app, mission["event"])


def make_user_in(app, mission) -> User:
    with app.app_context():
        from matchmaker.models import Organization, OrganizationKind, Role

        organization = Organization(kind=OrganizationKind.COMPANY, name="Late Company", country="US",
                                    region="US-CA", contact_email="late@example.org", verified=True)
        user = User(email="late@example.org", password_hash="x", role=Role.COMPANY, organization=organization)
        db.session.add(user)
        db.session.commit()
        db.session.refresh(user)
        db.session.expunge(user)
    join(app, mission["event"], user)
    return user


def test_meetings_that_do_not_fit_are_listed_unscheduled(app, client, api_token, make_user):
    admin = make_user("admin")
    company, cities = make_user("company"), [make_user("city") for _ in range(4)]
    event_id = make_event(app, tables=1, session_minutes=40)  # 2 slots x 1 table
    join(app, event_id, company, *cities)
    ids = [meet(app, event_id, company, city, score=s) for city, s in zip(cities, (0.9, 0.1, 0.8, 0.2), strict=True)]
    meet(app, event_id, company, make_user("city"), status=MeetingStatus.REQUESTED)  # not accepted: ignored
    body = client.post(f"/api/v1/events/{event_id}/schedule", headers=api_token(admin)).get_json()
    assert body["scheduled"] == 2
    assert body["unscheduled"] == sorted([ids[1], ids[3]])  # the two weakest fits wait
    with app.app_context():
        [run] = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "event.schedule")).scalars()
        assert run.details["unscheduled"] == body["unscheduled"]


def test_unavailable_slots_are_respected(app, client, api_token, make_user, login, mission):
    city = mission["cities"][0]
    with app.app_context():
        participant = db.session.execute(
            db.select(EventParticipant).where(EventParticipant.organization_id == city.organization_id)
        ).scalar_one()
        event_schedule.set_unavailable_slots(
            db.session.get(User, city.id), mission["event"], ["2027-04-12T14:00", "2027-04-12T06:20:00Z"]
        )
        db.session.commit()
        assert db.session.get(EventParticipant, participant.id).unavailable_slots == [
            "2027-04-12T06:00:00Z", "2027-04-12T06:20:00Z"
        ]
    client.post(f"/api/v1/events/{mission['event']}/schedule", headers=api_token(mission["admin"]))
    with app.app_context():
        theirs = db.session.execute(
            db.select(EventMeeting).where(EventMeeting.invitee_organization_id == city.organization_id)
        ).scalars().all()
        assert [m.starts_at for m in theirs if m.starts_at] == [SLOTS[2]]  # one fits, in the last slot


@pytest.mark.parametrize(
    "values, message",
    [
        ("2027-04-12T14:00", "Send a list"),
        (["2027-04-12T14:10"], "is not a meeting slot"),
        (["tomorrow"], "Enter a date and time"),
    ],
)
def test_a_bad_unavailable_slot_is_refused_naming_the_field(app, mission, values, message):
    with app.app_context():
        with pytest.raises(ValidationError) as refused:
            event_schedule.set_unavailable_slots(db.session.get(User, mission["cities"][0].id), mission["event"],
                                                 values)
        assert message in refused.value.fields["unavailable_slots"]


@pytest.mark.parametrize(
    "role, status",
    [("anonymous", 401), ("company", 403), ("city", 403), ("admin", 200)],
)
def test_who_may_schedule(client, api_token, make_user, mission, role, status):
    headers = {} if role == "anonymous" else api_token(mission["admin"] if role == "admin" else make_user(role))
    response = client.post(f"/api/v1/events/{mission['event']}/schedule", headers=headers)
    assert response.status_code == status
    assert response.is_json


def test_scheduling_an_unknown_event_is_404(client, api_token, mission):
    response = client.post("/api/v1/events/999999/schedule", headers=api_token(mission["admin"]))
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


# --- moving by hand -----------------------------------------------------------------------------


def move(app, mission, meeting_id: int, **data):
    with app.app_context():
        admin = db.session.get(User, mission["admin"].id)
        try:
            event_schedule.move_meeting(admin, mission["event"], meeting_id, data)
            db.session.commit()
            return None
        except ValidationError as error:
            db.session.rollback()
            return error.fields


def test_moving_a_meeting_by_hand_with_the_solvers_checks(app, client, api_token, mission):
    client.post(f"/api/v1/events/{mission['event']}/schedule", headers=api_token(mission["admin"]))
    first, second, third, fourth = mission["meetings"]  # (c0,t0) (c0,t1) (c1,t0) (c1,t1)
    before = placements(app, mission["event"])
    start_of = {m: before[m][0] for m in mission["meetings"]}
    busy_slot = start_of[second]
    cases = [
        ({"starts_at": "2027-04-12T14:10", "table": 1}, "starts_at", "not the start of a meeting slot"),
        ({"starts_at": "2027-04-12T16:00", "table": 1}, "starts_at", "not the start of a meeting slot"),
        ({"starts_at": "soon", "table": 1}, "starts_at", "Enter a date and time"),
        ({"starts_at": SLOTS[0].isoformat(), "table": 3}, "table", "tables 1 to 2"),
        ({"starts_at": SLOTS[0].isoformat(), "table": "x"}, "table", None),
        ({"starts_at": busy_slot.isoformat(), "table": 2 if before[second][1] == 1 else 1}, "starts_at",
         "already has a meeting"),
    ]
    for data, field, text in cases:
        fields = move(app, mission, first, **data)
        assert fields is not None and field in fields, data
        if text:
            assert text in fields[field]
        assert placements(app, mission["event"]) == before  # nothing changed
    # a free slot and table: the meeting moves there
    free_slot = next(s for s in SLOTS if s not in {start_of[second], start_of[third]} and s != start_of[first])
    assert move(app, mission, first, starts_at=free_slot.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), table=2) \
        is None
    assert placements(app, mission["event"])[first] == (free_slot, 2)
    assert_no_double_booking(app, mission["event"])
    # the table taken by another meeting in that slot
    fields = move(app, mission, fourth, starts_at=free_slot.isoformat(), table=2)
    assert fields == {"table": "Table 2 is taken in that slot."} or "starts_at" in fields


def test_a_meeting_is_not_moved_into_a_slot_a_party_is_unavailable_for(app, mission):
    city = mission["cities"][0]
    with app.app_context():
        event_schedule.set_unavailable_slots(db.session.get(User, city.id), mission["event"], ["2027-04-12T14:40"])
        db.session.commit()
    fields = move(app, mission, mission["meetings"][0], starts_at="2027-04-12T14:40", table=1)
    assert fields == {"starts_at": f"{city_name(app, city)} is not available in that slot."}


def city_name(app, user: User) -> str:
    with app.app_context():
        return db.session.get(User, user.id).organization.name


# --- two organisers at once -----------------------------------------------------------------------


def test_two_organisers_scheduling_at_once_never_double_book(app, make_user, api_token):
    admins = [make_user("admin"), make_user("admin")]
    companies = [make_user("company") for _ in range(4)]
    cities = [make_user("city") for _ in range(4)]
    event_id = make_event(app, tables=3)
    join(app, event_id, *companies, *cities)
    for company in companies:
        for city in cities:
            meet(app, event_id, company, city)
    tokens = [api_token(admin)["Authorization"].split()[1] for admin in admins]
    results: list[tuple[int, dict]] = []
    start = threading.Barrier(len(tokens))

    def schedule(token: str) -> None:
        start.wait()
        results.append(post_json(f"{base}/api/v1/events/{event_id}/schedule", {}, token))

    with serve(app) as base:
        threads = [threading.Thread(target=schedule, args=(token,)) for token in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [status for status, _body in results] == [200, 200]
    placed = [body["scheduled"] for _status, body in results]
    assert sorted(placed) == [0, 9]  # 3 slots x 3 tables; the second organiser found them placed
    assert_no_double_booking(app, event_id)
    assert sum(1 for start_at, _t in placements(app, event_id).values() if start_at) == 9


def test_the_database_refuses_two_meetings_at_one_table_in_one_slot(app, mission):
    first, second = mission["meetings"][0], mission["meetings"][3]
    with app.app_context():
        for meeting_id in (first, second):
            meeting = db.session.get(EventMeeting, meeting_id)
            meeting.starts_at, meeting.table_number = SLOTS[0], 1
        from sqlalchemy.exc import IntegrityError

        with pytest.raises(IntegrityError):
            db.session.commit()
