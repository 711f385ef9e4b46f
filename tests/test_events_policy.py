"""Who may do what with events, participants and meetings: role × action × state, through the
services (which the pages and the API both call), each refusal leaving nothing changed."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, EventMeeting, EventParticipant, MeetingStatus, ParticipantStatus, User
from matchmaker.services import events, policy
from matchmaker.services.errors import Conflict, NotFound, PermissionDenied, ValidationError

EVENT = {
    "name": "Greater Bay Area mission",
    "kind": "trade_mission",
    "timezone": "Asia/Shanghai",
    "starts_at": "2027-04-12T09:00",
    "ends_at": "2027-04-14T18:00",
    "sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 3}],
    "published": True,
}
OK = "ok"


@pytest.fixture
def cast(app, make_user):
    """admin; requester (company) and invitee (city), both confirmed; a stranger (confirmed city);
    a registered-only company; an unverified company; an anonymous visitor (None)."""
    people = {
        "admin": make_user("admin"),
        "requester": make_user("company"),
        "invitee": make_user("city", country="CN", region="CN-GD"),
        "stranger": make_user("city", country="CN", region="CN-GD"),
        "registered": make_user("company"),
        "unverified": make_user("company", verified=False),
    }
    with app.app_context():
        admin = db.session.get(User, people["admin"].id)
        event = events.create_event(admin, EVENT)
        draft = events.create_event(admin, {**EVENT, "name": "Draft", "published": False})
        db.session.flush()
        for name in ("requester", "invitee", "stranger", "registered"):
            participant, _ = events.register(db.session.get(User, people[name].id), event.id, {})
            if name != "registered":
                events.decide_participant(admin, event.id, participant.id, True)
        db.session.commit()
        return {"ids": {k: u.id for k, u in people.items()}, "event": event.id, "draft": draft.id}


def _user(cast, role):
    return None if role == "anonymous" else db.session.get(User, cast["ids"][role])


def _meeting(app, cast, status: MeetingStatus) -> int:
    """A meeting from requester to invitee in ``status``."""
    with app.app_context():
        requester, invitee = _user(cast, "requester"), _user(cast, "invitee")
        meeting, _ = events.request_meeting(
            requester, cast["event"], {"with_organization_id": invitee.organization_id, "message": "Meet?"}
        )
        if status is MeetingStatus.ACCEPTED:
            events.answer_meeting(invitee, cast["event"], meeting.id, True)
        elif status is MeetingStatus.DECLINED:
            events.answer_meeting(invitee, cast["event"], meeting.id, False)
        elif status is MeetingStatus.CANCELLED:
            events.cancel_meeting(requester, cast["event"], meeting.id)
        db.session.commit()
        return meeting.id


def _outcome(call) -> str:
    try:
        call()
    except PermissionDenied:
        return "403"
    except NotFound:
        return "404"
    except Conflict:
        return "409"
    except ValidationError:
        return "422"
    return OK


def _audit_count() -> int:
    return db.session.execute(db.select(db.func.count()).select_from(AuditEvent)).scalar_one()


MEETING_TABLE = [
    # (role, action, state, expected)
    ("invitee", "accept", MeetingStatus.REQUESTED, OK),
    ("invitee", "decline", MeetingStatus.REQUESTED, OK),
    ("requester", "accept", MeetingStatus.REQUESTED, "403"),
    ("admin", "accept", MeetingStatus.REQUESTED, "403"),
    ("stranger", "accept", MeetingStatus.REQUESTED, "404"),
    ("anonymous", "accept", MeetingStatus.REQUESTED, "404"),
    ("invitee", "accept", MeetingStatus.ACCEPTED, "409"),
    ("invitee", "decline", MeetingStatus.ACCEPTED, "409"),
    ("invitee", "accept", MeetingStatus.DECLINED, "409"),
    ("invitee", "accept", MeetingStatus.CANCELLED, "409"),
    ("requester", "cancel", MeetingStatus.REQUESTED, OK),
    ("invitee", "cancel", MeetingStatus.ACCEPTED, OK),
    ("admin", "cancel", MeetingStatus.ACCEPTED, OK),
    ("stranger", "cancel", MeetingStatus.ACCEPTED, "404"),
    ("requester", "cancel", MeetingStatus.DECLINED, "409"),
    ("admin", "cancel", MeetingStatus.CANCELLED, "409"),
    ("admin", "attend", MeetingStatus.ACCEPTED, OK),
    ("admin", "attend", MeetingStatus.REQUESTED, "409"),
    ("invitee", "attend", MeetingStatus.ACCEPTED, "403"),
    ("requester", "read", MeetingStatus.DECLINED, OK),
    ("admin", "read", MeetingStatus.REQUESTED, OK),
    ("stranger", "read", MeetingStatus.ACCEPTED, "404"),
    ("anonymous", "read", MeetingStatus.ACCEPTED, "404"),
]


@pytest.mark.parametrize(("role", "action", "state", "expected"), MEETING_TABLE)
def test_meetings(app, cast, role, action, state, expected):
    meeting_id = _meeting(app, cast, state)
    with app.app_context():
        user, event_id = _user(cast, role), cast["event"]
        calls = {
            "accept": lambda: events.answer_meeting(user, event_id, meeting_id, True),
            "decline": lambda: events.answer_meeting(user, event_id, meeting_id, False),
            "cancel": lambda: events.cancel_meeting(user, event_id, meeting_id),
            "attend": lambda: events.record_attendance(user, event_id, meeting_id, True),
            "read": lambda: events.get_meeting(user, event_id, meeting_id),
        }
        before = (_audit_count(), db.session.get(EventMeeting, meeting_id).status)
        assert _outcome(calls[action]) == expected
        db.session.rollback()
        if expected != OK:  # a refusal changes nothing
            assert (_audit_count(), db.session.get(EventMeeting, meeting_id).status) == before


def test_the_button_rules_agree_with_the_services(app, cast):
    """meeting_actions (what the pages show) says yes exactly where the service lets the move through."""
    for state in MeetingStatus:
        meeting_id = _meeting(app, cast, state)
        with app.app_context():
            meeting = db.session.get(EventMeeting, meeting_id)
            for role in ("admin", "requester", "invitee", "stranger"):
                shown = policy.meeting_actions(_user(cast, role), meeting)
                assert ("answer" in shown) == (role == "invitee" and state is MeetingStatus.REQUESTED)
                assert ("cancel" in shown) == (
                    role in ("admin", "requester", "invitee") and state in policy.OPEN_MEETING
                )
                assert ("see_contact" in shown) == (
                    role == "admin" or (role in ("requester", "invitee") and state is MeetingStatus.ACCEPTED)
                )
        with app.app_context():  # free the pair for the next state
            meeting = db.session.get(EventMeeting, meeting_id)
            if meeting.status in policy.OPEN_MEETING:
                events.cancel_meeting(_user(cast, "admin"), cast["event"], meeting_id)
                db.session.commit()


EVENT_TABLE = [
    ("admin", "create", OK),
    ("requester", "create", "403"),
    ("invitee", "create", "403"),
    ("anonymous", "create", "403"),
    ("admin", "edit", OK),
    ("requester", "edit", "403"),
    ("admin", "publish", OK),
    ("invitee", "publish", "403"),
    ("admin", "read_draft", OK),
    ("requester", "read_draft", "404"),
    ("anonymous", "read_draft", "404"),
    ("anonymous", "read", OK),
    ("admin", "insights", OK),
    ("requester", "insights", "403"),
]


@pytest.mark.parametrize(("role", "action", "expected"), EVENT_TABLE)
def test_events(app, cast, role, action, expected):
    with app.app_context():
        user = _user(cast, role)
        calls = {
            "create": lambda: events.create_event(user, {**EVENT, "name": "Another"}),
            "edit": lambda: events.update_event(user, cast["event"], {"venue": "Hall 2"}),
            "publish": lambda: events.set_published(user, cast["draft"], True),
            "read_draft": lambda: events.get_event(user, cast["draft"]),
            "read": lambda: events.get_event(user, cast["event"]),
            "insights": lambda: events.insights(user, cast["event"]),
        }
        assert _outcome(calls[action]) == expected


PARTICIPANT_TABLE = [
    # (role, action, participant's state, expected)
    ("admin", "confirm", ParticipantStatus.REGISTERED, OK),
    ("admin", "decline", ParticipantStatus.REGISTERED, OK),
    ("admin", "confirm", ParticipantStatus.DECLINED, OK),
    ("admin", "decline", ParticipantStatus.CONFIRMED, OK),
    ("requester", "confirm", ParticipantStatus.REGISTERED, "403"),
    ("registered", "confirm", ParticipantStatus.REGISTERED, "403"),
    ("anonymous", "confirm", ParticipantStatus.REGISTERED, "403"),
    ("unverified", "register", None, "403"),
    ("admin", "register", None, "403"),
    ("anonymous", "register", None, "403"),
    ("registered", "register", ParticipantStatus.REGISTERED, OK),  # again: the same registration
    ("admin", "list", None, OK),
    ("requester", "list", ParticipantStatus.CONFIRMED, OK),
    ("registered", "list", ParticipantStatus.REGISTERED, "403"),
    ("unverified", "list", None, "403"),
    ("requester", "recommendations", ParticipantStatus.CONFIRMED, OK),
    ("registered", "recommendations", ParticipantStatus.REGISTERED, "403"),
    ("admin", "recommendations", None, "403"),
    ("requester", "request", ParticipantStatus.CONFIRMED, OK),
    ("registered", "request", ParticipantStatus.REGISTERED, "403"),
    ("admin", "request", None, "403"),
]


@pytest.mark.parametrize(("role", "action", "state", "expected"), PARTICIPANT_TABLE)
def test_participants(app, cast, role, action, state, expected):
    with app.app_context():
        user, event_id = _user(cast, role), cast["event"]
        target = db.session.execute(
            db.select(EventParticipant).where(
                EventParticipant.organization_id == _user(cast, "registered").organization_id
            )
        ).scalar_one()
        if state is not None and action in ("confirm", "decline"):
            target.status = state
            db.session.commit()
        invitee_org = _user(cast, "invitee").organization_id
        calls = {
            "confirm": lambda: events.decide_participant(user, event_id, target.id, True),
            "decline": lambda: events.decide_participant(user, event_id, target.id, False),
            "register": lambda: events.register(user, event_id, {}),
            "list": lambda: events.participants(user, event_id),
            "recommendations": lambda: events.recommendations(user, event_id),
            "request": lambda: events.request_meeting(user, event_id, {"with_organization_id": invitee_org}),
        }
        rows_before = db.session.execute(db.select(db.func.count()).select_from(EventParticipant)).scalar_one()
        audit_before = _audit_count()
        assert _outcome(calls[action]) == expected
        db.session.rollback()
        if expected != OK:
            assert (
                db.session.execute(db.select(db.func.count()).select_from(EventParticipant)).scalar_one() == rows_before
            )
            assert _audit_count() == audit_before
