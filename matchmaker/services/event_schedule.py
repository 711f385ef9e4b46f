"""Scheduling an event's accepted meetings into slots and at tables, and moving them by hand.

The solver is the pure ``matchmaker.scheduling`` package; this module turns rows into its
inputs and its placements back into rows. Two organisers scheduling at once never double-book:
every write first locks the event row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's
writers already queue at ``BEGIN IMMEDIATE``), so the second one reads what the first placed;
and the database refuses two meetings at one table in one slot (``uq_event_meetings_slot_table``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import or_, update

from .. import scheduling
from ..extensions import db
from ..models import (
    AuditEvent,
    Event,
    EventMeeting,
    EventParticipant,
    EventSession,
    MeetingStatus,
    ParticipantStatus,
    User,
    utc_now,
)
from . import audit, event_times, events, policy
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

PLACED_ACTIONS = ("event.meeting.schedule", "event.meeting.move")
MOVE_FIELDS = (Field("table", "integer", minimum=1, maximum=10_000),)


@dataclass(frozen=True)
class SlotTime:
    """One slot of a session: ``meeting_minutes`` long, wholly inside the session."""

    session: EventSession
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ScheduleOutcome:
    scheduled: int  # placed by this run
    unscheduled: list[int]  # accepted meetings still without a time, by id
    schedule: scheduling.Schedule


# --- reading ----------------------------------------------------------------------------------


def event_slots(event: Event) -> list[SlotTime]:
    """Every slot of the event, in time order."""
    length = timedelta(minutes=event.meeting_minutes)
    return [
        SlotTime(session, start, start + length)
        for session in sorted(event.sessions, key=lambda s: s.starts_at)
        for start in event_times.slot_starts(session.starts_at, session.ends_at, event.meeting_minutes)
    ]


def accepted_meetings(event: Event) -> list[EventMeeting]:
    return list(
        db.session.execute(
            db.select(EventMeeting)
            .where(EventMeeting.event_id == event.id, EventMeeting.status == MeetingStatus.ACCEPTED)
            .order_by(EventMeeting.starts_at.is_(None), EventMeeting.starts_at, EventMeeting.table_number,
                      EventMeeting.id)
        ).scalars()
    )


def unavailable_by_organization(event: Event) -> dict[int, set[datetime]]:
    """Organisation id -> the slot starts (UTC) it cannot meet in."""
    rows = db.session.execute(
        db.select(EventParticipant.organization_id, EventParticipant.unavailable_slots).where(
            EventParticipant.event_id == event.id
        )
    )
    found: dict[int, set[datetime]] = {}
    for organization_id, slots in rows:
        found[organization_id] = {utc_instant(value) for value in slots or () if utc_instant(value) is not None}
    return found


def utc_instant(value: str) -> datetime | None:
    try:
        return event_times.parse_instant(value, event_times.zone("UTC"), "slot")
    except ValidationError:
        return None


def get_event_for_organiser(admin: User | None, event_id: int, *, lock: bool = False) -> Event:
    """The event, for the organisers only; ``lock`` takes its row lock first (every schedule write)."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only the organisers schedule meetings."))
    statement = db.select(Event).where(Event.id == event_id)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    event = db.session.execute(statement).scalar_one_or_none()
    if event is None:
        raise NotFound(_("No such event."))
    return event


# --- schedule all ----------------------------------------------------------------------------


def schedule_event(admin: User | None, event_id: int) -> ScheduleOutcome:
    """Give every accepted meeting without a time a slot and a table; the placed ones stay put."""
    event = get_event_for_organiser(admin, event_id, lock=True)
    meetings = accepted_meetings(event)
    slots = event_slots(event)
    problem = _problem(event, meetings, slots)
    schedule = scheduling.solve(problem)
    by_id = {meeting.id: meeting for meeting in meetings}
    slot_at = {slot.starts_at: slot for slot in slots}
    placed = 0
    for meeting_id, place in schedule.placements.items():
        meeting = by_id[meeting_id]
        if meeting.starts_at is None:
            _place(admin, meeting, slot_at[place.slot], place.table, "event.meeting.schedule")
            placed += 1
    unscheduled = sorted(meeting_id for meeting_id in schedule.unplaced)
    audit.record(
        admin, "event.schedule", event, scheduled=placed, unscheduled=unscheduled,
        objective=round(schedule.objective, 4), bound=round(schedule.bound, 4), method=schedule.method,
    )
    return ScheduleOutcome(placed, unscheduled, schedule)


def _problem(event: Event, meetings: list[EventMeeting], slots: list[SlotTime]) -> scheduling.Problem:
    return scheduling.Problem(
        slots=[scheduling.Slot(slot.starts_at, slot.session.id, slot.session.tables) for slot in slots],
        meetings=[
            scheduling.Meeting(
                meeting.id,
                meeting.requester_organization_id,
                meeting.invitee_organization_id,
                weight=1.0 + (meeting.score or 0.0),  # each meeting counts, a better fit counts more
                fixed=(
                    scheduling.Placement(meeting.starts_at, meeting.table_number)
                    if meeting.starts_at is not None
                    else None
                ),
            )
            for meeting in meetings
        ],
        unavailable=unavailable_by_organization(event),
    )


def _place(actor: User | None, meeting: EventMeeting, slot: SlotTime, table: int, action: str) -> None:
    """Write the placement, only while the meeting is still accepted (a cancel at this moment wins)."""
    result = db.session.execute(
        update(EventMeeting)
        .where(EventMeeting.id == meeting.id, EventMeeting.status == MeetingStatus.ACCEPTED)
        .values(
            session_id=slot.session.id,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            table_number=table,
            updated_at=utc_now(),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(meeting)
    if result.rowcount != 1:
        raise Conflict(_("Only an accepted meeting is scheduled."))
    audit.record(
        actor, action, meeting, starts_at=event_times.iso_utc(slot.starts_at),
        ends_at=event_times.iso_utc(slot.ends_at), table=table,
    )


# --- by hand -----------------------------------------------------------------------------------


def move_meeting(admin: User | None, event_id: int, meeting_id: int, data: Mapping[str, Any]) -> EventMeeting:
    """Put one accepted meeting at ``starts_at`` (a slot start) and ``table``, with the solver's checks."""
    event = get_event_for_organiser(admin, event_id, lock=True)
    meeting = _accepted_meeting(event, meeting_id)
    tz = event_times.check_zone(event.timezone)
    errors: dict[str, str] = {}
    slot = None
    try:
        starts_at = event_times.parse_instant(data.get("starts_at"), tz, "starts_at")
        slot = next((s for s in event_slots(event) if s.starts_at == starts_at), None)
        if slot is None:
            errors["starts_at"] = _("That is not the start of a meeting slot of this event.")
    except ValidationError as error:
        errors.update(error.fields)
    try:
        table = clean(MOVE_FIELDS, {"table": data.get("table")})["table"]
    except ValidationError as error:
        errors.update(error.fields)
        table = None
    if slot is not None and table is not None:
        errors.update(_conflicts(event, meeting, slot, table))
    if errors:
        raise ValidationError(errors)
    _place(admin, meeting, slot, table, "event.meeting.move")
    return meeting


def _conflicts(event: Event, meeting: EventMeeting, slot: SlotTime, table: int) -> dict[str, str]:
    """The field-named reasons a meeting cannot go there (empty when it can)."""
    if table > slot.session.tables:
        return {"table": _("This session has tables 1 to %(count)d.", count=slot.session.tables)}
    others = db.session.execute(
        db.select(EventMeeting).where(
            EventMeeting.event_id == event.id,
            EventMeeting.status == MeetingStatus.ACCEPTED,
            EventMeeting.starts_at == slot.starts_at,
            EventMeeting.id != meeting.id,
        )
    ).scalars()
    parties = {meeting.requester_organization_id: meeting.requester, meeting.invitee_organization_id: meeting.invitee}
    errors: dict[str, str] = {}
    for other in others:
        if other.table_number == table:
            errors["table"] = _("Table %(table)d is taken in that slot.", table=table)
        for organization_id in (other.requester_organization_id, other.invitee_organization_id):
            if organization_id in parties:
                name = parties[organization_id].name
                errors["starts_at"] = _("%(name)s already has a meeting in that slot.", name=name)
    unavailable = unavailable_by_organization(event)
    for organization_id, organization in parties.items():
        if "starts_at" not in errors and slot.starts_at in unavailable.get(organization_id, ()):
            errors["starts_at"] = _("%(name)s is not available in that slot.", name=organization.name)
    return errors


def unschedule_meeting(admin: User | None, event_id: int, meeting_id: int) -> EventMeeting:
    """Take a meeting off the grid (back to the unscheduled list)."""
    event = get_event_for_organiser(admin, event_id, lock=True)
    meeting = _accepted_meeting(event, meeting_id)
    meeting.session_id = meeting.starts_at = meeting.ends_at = meeting.table_number = None
    audit.record(admin, "event.meeting.unschedule", meeting)
    return meeting


def _accepted_meeting(event: Event, meeting_id: int) -> EventMeeting:
    meeting = db.session.get(EventMeeting, meeting_id)
    if meeting is None or meeting.event_id != event.id:
        raise NotFound(_("No such meeting."))
    if meeting.status is not MeetingStatus.ACCEPTED:
        raise Conflict(_("Only an accepted meeting is scheduled."))
    return meeting


# --- availability ------------------------------------------------------------------------------


def set_unavailable_slots(user: User | None, event_id: int, values: Any) -> EventParticipant:
    """A registered or confirmed participant marks the slots its delegates cannot meet in."""
    event = db.session.get(Event, event_id)
    participant = events.own_participant(user, event) if event is not None else None
    if participant is None or participant.status is ParticipantStatus.DECLINED:
        raise PermissionDenied(_("Only participants of the event mark when they are unavailable."))
    if not isinstance(values, list | tuple) or not all(isinstance(value, str) for value in values):
        raise ValidationError({"unavailable_slots": _("Send a list of slot start times.")})
    tz = event_times.check_zone(event.timezone)
    starts = {slot.starts_at for slot in event_slots(event)}
    chosen: set[datetime] = set()
    for value in values:
        try:
            instant = event_times.parse_instant(value, tz, "unavailable_slots")
        except ValidationError as error:
            raise ValidationError(error.fields) from None
        if instant not in starts:
            raise ValidationError({"unavailable_slots": _("%(value)s is not a meeting slot of this event.",
                                                          value=value)})
        chosen.add(instant)
    participant.unavailable_slots = [event_times.iso_utc(instant) for instant in sorted(chosen)]
    audit.record(user, "event.participant.unavailable", participant, slots=participant.unavailable_slots)
    return participant


# --- what the grid and the agendas show -------------------------------------------------------


def last_placements(meeting_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Where each meeting was last placed (from the audit log): a cancelled meeting keeps no time."""
    if not meeting_ids:
        return {}
    rows = db.session.execute(
        db.select(AuditEvent.target_id, AuditEvent.details)
        .where(
            AuditEvent.target_type == EventMeeting.__tablename__,
            AuditEvent.target_id.in_(meeting_ids),
            AuditEvent.action.in_(PLACED_ACTIONS),
        )
        .order_by(AuditEvent.id)
    )
    return {target_id: details for target_id, details in rows}


def organization_meetings(event: Event, organization_id: int) -> list[EventMeeting]:
    """The organisation's accepted and cancelled meetings of the event (the agenda's rows)."""
    return list(
        db.session.execute(
            db.select(EventMeeting)
            .where(
                EventMeeting.event_id == event.id,
                EventMeeting.status.in_((MeetingStatus.ACCEPTED, MeetingStatus.CANCELLED)),
                or_(
                    EventMeeting.requester_organization_id == organization_id,
                    EventMeeting.invitee_organization_id == organization_id,
                ),
            )
            .order_by(EventMeeting.starts_at, EventMeeting.id)
        ).scalars()
    )
