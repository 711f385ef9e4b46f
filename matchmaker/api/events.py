"""API for events (contract events.md): events, registrations, recommendations, meetings.

Scheduling (POST /events/ID/schedule) and the agenda's ICS are services/event_schedule's and
api/event_schedule's. Every instant leaves twice: in the event's zone with its offset and in UTC.
"""

from __future__ import annotations

from typing import Any

from flask import jsonify, request

from ..extensions import db
from ..models import Event, EventMeeting, EventParticipant, EventSession, User
from ..services import events, policy
from ..services.event_times import both, slot_count
from ..services.validation import clean, query_parameters
from . import bp
from .serializers import timestamp
from .support import current_api_user, describe, json_body, optional_user

FORBIDDEN = {403: "Not allowed for this role"}
ADMIN_ONLY = {403: "Only the organisers (admins)"}


# --- serializers --------------------------------------------------------------------------


def session_json(event: Event, session: EventSession) -> dict[str, Any]:
    return {
        "id": session.id,
        **both("starts_at", session.starts_at, event.timezone),
        **both("ends_at", session.ends_at, event.timezone),
        "tables": session.tables,
        "location": session.location,
        "slots": slot_count(session.starts_at, session.ends_at, event.meeting_minutes),
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "name_zh": event.name_zh,
        "kind": event.kind.value,
        "description": event.description,
        "description_zh": event.description_zh,
        "city": event.city,
        "venue": event.venue,
        "online_url": event.online_url,
        "timezone": event.timezone,
        **both("starts_at", event.starts_at, event.timezone),
        **both("ends_at", event.ends_at, event.timezone),
        "meeting_minutes": event.meeting_minutes,
        **both("registration_closes_at", event.registration_closes_at, event.timezone),
        "registration_open": events.registration_open(event),
        "published": event.published,
        "sessions": [session_json(event, s) for s in event.sessions],
        "created_at": timestamp(event.created_at),
    }


def participant_json(participant: EventParticipant) -> dict[str, Any]:
    organization = participant.organization
    return {
        "id": participant.id,
        "event_id": participant.event_id,
        "organization_id": participant.organization_id,
        "name": organization.name,
        "kind": organization.kind.value,
        "country": organization.country,
        "status": participant.status.value,
        "delegates": participant.delegates,
        "note": participant.note,
        "created_at": timestamp(participant.created_at),
    }


def meeting_json(meeting: EventMeeting, user: User | None) -> dict[str, Any]:
    zone = meeting.event.timezone
    result = {
        "id": meeting.id,
        "event_id": meeting.event_id,
        "status": meeting.status.value,
        "requester_organization_id": meeting.requester_organization_id,
        "requester_name": meeting.requester.name,
        "invitee_organization_id": meeting.invitee_organization_id,
        "invitee_name": meeting.invitee.name,
        "message": meeting.message,
        "score": meeting.score,
        "session_id": meeting.session_id,
        **both("starts_at", meeting.starts_at, zone),
        **both("ends_at", meeting.ends_at, zone),
        "table": meeting.table_number,
        "attended": meeting.attended,
        "created_at": timestamp(meeting.created_at),
        "decided_at": timestamp(meeting.decided_at),
    }
    if policy.can_see_meeting_contact(user, meeting):
        others = [meeting.requester, meeting.invitee]
        if not policy.is_admin(user):
            others = [o for o in others if o.id != user.organization_id]
        result["contacts"] = [
            {"organization_id": o.id, "organization": o.name, "name": o.contact_name, "email": o.contact_email}
            for o in others
        ]
    return result


# --- events -------------------------------------------------------------------------------


@bp.post("/events")
@describe(
    "Create an event with its meeting sessions (admins)",
    auth=True,
    body="EventCreate",
    responses={201: ("The event", "Event"), **ADMIN_ONLY},
)
def create_event():
    user = current_api_user()
    event = events.create_event(user, json_body())
    db.session.commit()
    return jsonify(event_json(event)), 201


@bp.get("/events")
@describe(
    "Events, soonest first (drafts only for admins)",
    auth="optional",
    parameters=query_parameters(events.LIST_FIELDS),
    responses={200: ("A page of events", "EventPage")},
)
def list_events():
    user = optional_user()
    args = clean(events.LIST_FIELDS, request.args.to_dict())
    page = db.paginate(events.events_statement(user), page=args["page"], per_page=args["per_page"], error_out=False)
    return jsonify(items=[event_json(e) for e in page.items], page=page.page, per_page=page.per_page, total=page.total)


@bp.get("/events/<int:event_id>")
@describe("An event with its sessions and their slots", auth="optional", responses={200: ("The event", "Event")})
def get_event(event_id: int):
    return jsonify(event_json(events.get_event(optional_user(), event_id)))


@bp.patch("/events/<int:event_id>")
@describe(
    "Change an event (admins); sessions, when sent, replace the event's",
    auth=True,
    body="EventUpdate",
    responses={
        200: ("The event", "Event"),
        **ADMIN_ONLY,
        409: "A scheduled meeting would lie outside every session",
    },
)
def update_event(event_id: int):
    user = current_api_user()
    event = events.update_event(user, event_id, json_body())
    db.session.commit()
    return jsonify(event_json(event))


# --- participants -------------------------------------------------------------------------


@bp.post("/events/<int:event_id>/participants")
@describe(
    "Register the caller's organisation with its delegates (a verified company or city)",
    auth=True,
    body="RegistrationRequest",
    body_required=False,
    responses={
        201: ("Registered now", "Participant"),
        200: ("Registered before: the same participant", "Participant"),
        403: "Not a user of a verified company or city",
        409: "Registration has closed",
    },
)
def register(event_id: int):
    user = current_api_user()
    body = json_body() if request.get_data() else {}
    participant, created = events.register(user, event_id, body)
    db.session.commit()
    return jsonify(participant_json(participant)), 201 if created else 200


@bp.get("/events/<int:event_id>/participants")
@describe(
    "Participants: admins all, a confirmed participant the confirmed ones",
    auth=True,
    parameters=query_parameters(events.DIRECTORY_FIELDS),
    responses={200: ("The participants", "Participants"), **FORBIDDEN},
)
def list_participants(event_id: int):
    items = events.participants(current_api_user(), event_id, request.args.to_dict())
    return jsonify(items=[participant_json(p) for p in items])


@bp.post("/events/<int:event_id>/participants/<int:participant_id>/confirm")
@describe(
    "Confirm a registration (admins)", auth=True, responses={200: ("The participant", "Participant"), **ADMIN_ONLY}
)
def confirm_participant(event_id: int, participant_id: int):
    return _decide_participant(event_id, participant_id, confirm=True)


@bp.post("/events/<int:event_id>/participants/<int:participant_id>/decline")
@describe(
    "Decline a registration (admins); its open meetings are cancelled",
    auth=True,
    responses={200: ("The participant", "Participant"), **ADMIN_ONLY},
)
def decline_participant(event_id: int, participant_id: int):
    return _decide_participant(event_id, participant_id, confirm=False)


def _decide_participant(event_id: int, participant_id: int, confirm: bool):
    participant = events.decide_participant(current_api_user(), event_id, participant_id, confirm)
    db.session.commit()
    return jsonify(participant_json(participant))


@bp.get("/events/<int:event_id>/recommendations")
@describe(
    "The other confirmed participants ranked by the engine's fit, best first (a confirmed participant)",
    auth=True,
    responses={200: ("Recommended counterparts", "Recommendations"), **FORBIDDEN},
)
def recommendations(event_id: int):
    items = events.recommendations(current_api_user(), event_id)
    return jsonify(
        items=[
            {
                "organization_id": r.participant.organization_id,
                "participant_id": r.participant.id,
                "name": r.participant.organization.name,
                "kind": r.participant.organization.kind.value,
                "score": r.score,
                "reasons": r.reasons,
                "need_id": r.need_id,
                "technology_id": r.technology_id,
            }
            for r in items
        ]
    )


# --- meetings -----------------------------------------------------------------------------


@bp.post("/events/<int:event_id>/meetings")
@describe(
    "Ask another confirmed participant for a meeting (a confirmed participant)",
    auth=True,
    body="MeetingRequest",
    responses={
        201: ("Requested now", "Meeting"),
        200: ("The two organisations' open meeting", "Meeting"),
        **FORBIDDEN,
    },
)
def request_meeting(event_id: int):
    user = current_api_user()
    meeting, created = events.request_meeting(user, event_id, json_body())
    db.session.commit()
    return jsonify(meeting_json(meeting, user)), 201 if created else 200


@bp.get("/events/<int:event_id>/meetings")
@describe(
    "Meetings: a participant its own, admins all",
    auth=True,
    responses={200: ("The meetings, scheduled ones first by time", "Meetings"), **FORBIDDEN},
)
def list_meetings(event_id: int):
    user = current_api_user()
    return jsonify(items=[meeting_json(m, user) for m in events.meetings(user, event_id)])


def _answer(event_id: int, meeting_id: int, accept: bool):
    user = current_api_user()
    meeting = events.answer_meeting(user, event_id, meeting_id, accept)
    db.session.commit()
    return jsonify(meeting_json(meeting, user))


ANSWER_RESPONSES = {403: "Not the invited organisation", 409: "Already answered"}


@bp.post("/events/<int:event_id>/meetings/<int:meeting_id>/accept")
@describe(
    "Accept a meeting request (the invited organisation)",
    auth=True,
    responses={200: ("The meeting", "Meeting"), **ANSWER_RESPONSES},
)
def accept_meeting(event_id: int, meeting_id: int):
    return _answer(event_id, meeting_id, accept=True)


@bp.post("/events/<int:event_id>/meetings/<int:meeting_id>/decline")
@describe(
    "Decline a meeting request (the invited organisation)",
    auth=True,
    responses={200: ("The meeting", "Meeting"), **ANSWER_RESPONSES},
)
def decline_meeting(event_id: int, meeting_id: int):
    return _answer(event_id, meeting_id, accept=False)


@bp.post("/events/<int:event_id>/meetings/<int:meeting_id>/cancel")
@describe(
    "Cancel a meeting (either party, admins); its slot and table are free again",
    auth=True,
    responses={200: ("The meeting", "Meeting"), **FORBIDDEN, 409: "Already declined or cancelled"},
)
def cancel_meeting(event_id: int, meeting_id: int):
    user = current_api_user()
    meeting = events.cancel_meeting(user, event_id, meeting_id)
    db.session.commit()
    return jsonify(meeting_json(meeting, user))
