"""Events: trade missions, summits and forums, their registrations and one-to-one meetings.

Admins organise events (create, edit, publish) and confirm or decline registrations; a
verified company or city registers its organisation with its delegates; confirmed
participants ask each other for meetings, which only the invitee accepts or declines and
either party (or an admin) cancels. Every move of a registration or a meeting is a row of
PARTICIPANT_TRANSITIONS or MEETING_TRANSITIONS, made by ``state_machine.move`` as a match's
moves are: a conditional UPDATE naming the states it may leave, so two decisions at once give
exactly one winner (the other gets a Conflict), and the audit row; then the notices. Times
are read and written by :mod:`.event_times`. Scheduling (slots and tables) is
services/event_schedule's, not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from ..extensions import db
from ..models import (
    AuditEvent,
    Event,
    EventKind,
    EventMeeting,
    EventParticipant,
    EventSession,
    Match,
    MatchStatus,
    MeetingStatus,
    Need,
    NeedCategory,
    NeedStatus,
    Organization,
    OrganizationKind,
    ParticipantStatus,
    Role,
    Technology,
    TechnologyCategory,
    TechnologyStatus,
    User,
    utc_now,
)
from . import audit, notifications, policy, state_machine
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .event_times import MAX_MEETING_MINUTES, MIN_MEETING_MINUTES, check_zone, is_slot_start, parse_instant
from .state_machine import Move
from .validation import Field, clean

M = MeetingStatus
P = ParticipantStatus
TIME_HELP = _l(
    "A local time of the event's zone (2027-04-12T14:00) or an instant with an offset (2027-04-12T06:00:00Z)."
)


def _time_field(name: str, required: bool = True) -> Field:
    return Field(name, "text", required=required, max_length=40, description=TIME_HELP, example="2027-04-12T14:00")


SESSION_SCHEMA = {
    "properties": {
        "id": {"type": "integer", "description": "An existing session's id (PATCH keeps and changes it)"},
        "starts_at": {"type": "string", "maxLength": 40},
        "ends_at": {"type": "string", "maxLength": 40},
        "tables": {"type": "integer", "minimum": 1, "maximum": 1000},
        "location": {"type": "string", "maxLength": 300},
    },
    "required": ["starts_at", "ends_at", "tables"],
}
SESSION_FIELDS = (
    Field("id", "integer", required=False, minimum=1),
    _time_field("starts_at"),
    _time_field("ends_at"),
    Field("tables", "integer", minimum=1, maximum=1000),
    Field("location", "text", required=False, max_length=300, default=""),
)
EVENT_FIELDS = (
    Field("name", "text", min_length=3, max_length=200),
    Field("name_zh", "text", required=False, max_length=200, default=""),
    Field("kind", "choice", choices=tuple(k.value for k in EventKind)),
    Field("description", "text", required=False, max_length=10_000, multiline=True, default=""),
    Field("description_zh", "text", required=False, max_length=10_000, multiline=True, default=""),
    Field("city", "text", required=False, max_length=200, default=""),
    Field("venue", "text", required=False, max_length=300, default=""),
    Field("online_url", "url", required=False, max_length=300),
    Field("timezone", "text", max_length=64, example="Asia/Shanghai"),
    _time_field("starts_at"),
    _time_field("ends_at"),
    Field(
        "meeting_minutes",
        "integer",
        required=False,
        minimum=MIN_MEETING_MINUTES,
        maximum=MAX_MEETING_MINUTES,
        default=20,
    ),
    _time_field("registration_closes_at", required=False),
    Field(
        "sessions",
        "list",
        item=Field("session", "object", properties=SESSION_SCHEMA),
        max_items=50,
        description=_l("The meeting blocks: each within the event, none overlapping."),
    ),
    Field("published", "boolean", required=False, default=False),
)
DELEGATE_SCHEMA = {
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "title": {"type": "string", "maxLength": 200},
    },
    "required": ["name"],
}
REGISTRATION_FIELDS = (
    Field(
        "delegates",
        "list",
        required=False,
        item=Field("delegate", "object", properties=DELEGATE_SCHEMA),
        max_items=50,
        default=[],
    ),
    Field("note", "text", required=False, max_length=2000, multiline=True, default=""),
)
DELEGATE_FIELDS = (
    Field("name", "text", max_length=200),
    Field("title", "text", required=False, max_length=200, default=""),
)
MEETING_REQUEST_FIELDS = (
    Field("with_organization_id", "integer", minimum=1),
    Field("message", "text", required=False, max_length=2000, multiline=True, default=""),
)
LIST_FIELDS = (
    Field("page", "integer", required=False, minimum=1, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)
DIRECTORY_FIELDS = (
    Field("kind", "choice", required=False, choices=tuple(k.value for k in OrganizationKind)),
    Field("country", "text", required=False, max_length=2, min_length=2),
    Field("category", "text", required=False, max_length=40),
)


# --- the state moves (rows of the one state machine: services/state_machine.py) ------------

ALREADY_DECIDED = _l("This meeting request was already answered (it is %(status)s).")
PARTICIPANT_TRANSITIONS: dict[str, Move] = {
    "confirm": Move(
        frozenset({P.REGISTERED, P.DECLINED}),
        P.CONFIRMED,
        "event.participant.confirm",
        notice="event_participant_confirmed",
    ),
    "decline": Move(
        frozenset({P.REGISTERED, P.CONFIRMED}),
        P.DECLINED,
        "event.participant.decline",
        notice="event_participant_declined",
    ),
}
MEETING_TRANSITIONS: dict[str, Move] = {
    "accept": Move(
        frozenset({M.REQUESTED}),
        M.ACCEPTED,
        "event.meeting.accept",
        notice="event_meeting_accepted",
        refused=ALREADY_DECIDED,
    ),
    "decline": Move(
        frozenset({M.REQUESTED}),
        M.DECLINED,
        "event.meeting.decline",
        notice="event_meeting_declined",
        refused=ALREADY_DECIDED,
    ),
    "cancel": Move(policy.OPEN_MEETING, M.CANCELLED, "event.meeting.cancel", notice="event_meeting_cancelled"),
}
# A declined or cancelled meeting frees its pair (a new request may follow) and its slot and table.
FREED = {"pair_key": None, "session_id": None, "starts_at": None, "ends_at": None, "table_number": None}


# --- events ---------------------------------------------------------------------------------


def get_event(user: User | None, event_id: int) -> Event:
    event = db.session.get(Event, event_id)
    if event is None or not policy.can_view_event(user, event):
        raise NotFound(_("No such event."))
    return event


def events_statement(user: User | None):
    """The events ``user`` may see, soonest first."""
    return db.select(Event).where(policy.visible_events_clause(user)).order_by(Event.starts_at, Event.id)


def create_event(admin: User | None, data: Mapping[str, Any]) -> Event:
    """An admin creates an event with its sessions (see :func:`_clean_event`)."""
    if not policy.can_manage_events(admin):
        raise PermissionDenied(_("Only the organisers create events."))
    values, sessions = _clean_event(data, None)
    event = Event(**values, created_by_id=admin.id)
    event.sessions = [EventSession(**session) for session in sessions]
    db.session.add(event)
    audit.record(admin, "event.create", event, to_state="published" if event.published else "draft")
    return event


def update_event(admin: User | None, event_id: int, data: Mapping[str, Any]) -> Event:
    """An admin changes an event. Sessions, when sent, replace the event's sessions (one with
    an ``id`` keeps that session). A change that would leave a scheduled meeting outside every
    slot of every session is a Conflict, and nothing changes."""
    if not policy.can_manage_events(admin):
        raise PermissionDenied(_("Only the organisers change events."))
    event = get_event(admin, event_id)
    values, sessions = _clean_event(data, event)
    placements = _placements_after(event, sessions, values["meeting_minutes"])
    for name, value in values.items():
        setattr(event, name, value)
    if sessions is not None:
        _replace_sessions(event, sessions)
    db.session.flush()
    for meeting, index in placements:
        meeting.session_id = event.sessions[index].id
        meeting.ends_at = meeting.starts_at + timedelta(minutes=event.meeting_minutes)
    audit.record(admin, "event.update", event, fields=sorted(data) if isinstance(data, Mapping) else [])
    return event


def set_published(admin: User | None, event_id: int, published: bool) -> Event:
    """Publish an event (public list and page) or take it back to draft."""
    if not policy.can_manage_events(admin):
        raise PermissionDenied(_("Only the organisers publish events."))
    event = get_event(admin, event_id)
    if event.published != published:
        event.published = published
        audit.record(admin, "event.publish" if published else "event.unpublish", event)
    return event


def _clean_event(data: Mapping[str, Any], event: Event | None) -> tuple[dict[str, Any], list[dict] | None]:
    """The event's columns and its sessions, checked together; every wrong field named at once.

    On a PATCH (``event`` given) absent fields keep their stored values, and times are read in
    the zone the event will have.
    """
    cleaned = clean(EVENT_FIELDS, data, partial=event is not None)
    errors: dict[str, str] = {}
    zone_name = cleaned.get("timezone", event.timezone if event else None)
    tz = check_zone(zone_name)
    values = {name: value for name, value in cleaned.items() if name not in ("sessions",)}
    for name in ("starts_at", "ends_at", "registration_closes_at"):
        if values.get(name) is not None:
            try:
                values[name] = parse_instant(values[name], tz, name)
            except ValidationError as error:
                errors.update(error.fields)
    if errors:
        raise ValidationError(errors)
    merged = {
        name: values.get(name, getattr(event, name, None))
        for name in ("starts_at", "ends_at", "meeting_minutes", "registration_closes_at")
    }
    merged["meeting_minutes"] = merged["meeting_minutes"] or 20
    if merged["ends_at"] <= merged["starts_at"]:
        errors["ends_at"] = _("The end must be after the start.")
    if merged["registration_closes_at"] is not None and merged["registration_closes_at"] > merged["ends_at"]:
        errors["registration_closes_at"] = _("Registration must close before the event ends.")
    sessions = None
    if "sessions" in cleaned:
        sessions = _clean_sessions(cleaned["sessions"] or [], tz, merged, event, errors)
    elif event is not None and errors == {}:
        existing = [{"starts_at": s.starts_at, "ends_at": s.ends_at} for s in event.sessions]
        _check_sessions(existing, merged, errors)
    if errors:
        raise ValidationError(errors)
    values.update(merged)
    values["timezone"] = tz.key
    return values, sessions


def _clean_sessions(raw: list, tz: ZoneInfo, event: dict, stored: Event | None, errors: dict[str, str]) -> list[dict]:
    own_ids = {s.id for s in stored.sessions} if stored is not None else set()
    sessions = []
    for position, item in enumerate(raw):
        prefix = f"sessions.{position}."
        try:
            session = clean(SESSION_FIELDS, item if isinstance(item, Mapping) else {})
            session["starts_at"] = parse_instant(session["starts_at"], tz, prefix + "starts_at")
            session["ends_at"] = parse_instant(session["ends_at"], tz, prefix + "ends_at")
        except ValidationError as error:
            errors.update({(k if k.startswith("sessions.") else prefix + k): v for k, v in error.fields.items()})
            continue
        if session["id"] is not None and session["id"] not in own_ids:
            errors[prefix + "id"] = _("No such session of this event.")
        sessions.append(session)
    if not any(key.startswith("sessions.") for key in errors):
        _check_sessions(sessions, event, errors)
    return sessions


def _check_sessions(sessions: list[dict], event: dict, errors: dict[str, str]) -> None:
    """Each session inside the event, long enough for one meeting, none overlapping another."""
    length = timedelta(minutes=event["meeting_minutes"])
    order = sorted(range(len(sessions)), key=lambda i: sessions[i]["starts_at"])
    for i in order:
        session, prefix = sessions[i], f"sessions.{i}."
        if session["ends_at"] <= session["starts_at"]:
            errors[prefix + "ends_at"] = _("The end must be after the start.")
        elif session["starts_at"] < event["starts_at"] or session["ends_at"] > event["ends_at"]:
            errors[prefix + "starts_at"] = _("The session must lie within the event.")
        elif session["ends_at"] - session["starts_at"] < length:
            errors[prefix + "ends_at"] = _("The session is shorter than one meeting.")
    for earlier, later in zip(order, order[1:], strict=False):
        if sessions[later]["starts_at"] < sessions[earlier]["ends_at"]:
            errors[f"sessions.{later}.starts_at"] = _("This session overlaps session %(n)d.", n=earlier + 1)


def _placements_after(event: Event, sessions: list[dict] | None, minutes: int) -> list[tuple[EventMeeting, int]]:
    """(meeting, index of its session) for every scheduled meeting under the new sessions and
    meeting length; a Conflict if one of them would fit no slot any more."""
    blocks = (
        sessions if sessions is not None else [{"starts_at": s.starts_at, "ends_at": s.ends_at} for s in event.sessions]
    )
    scheduled = db.session.execute(
        db.select(EventMeeting).where(EventMeeting.event_id == event.id, EventMeeting.starts_at.is_not(None))
    ).scalars()
    placements = []
    for meeting in scheduled:
        index = next(
            (
                i
                for i, b in enumerate(blocks)
                if is_slot_start(b["starts_at"], b["ends_at"], minutes, meeting.starts_at)
            ),
            None,
        )
        if index is None:
            raise Conflict(
                _("Meeting %(id)d is scheduled at a time this change leaves outside every session slot.", id=meeting.id)
            )
        placements.append((meeting, index))
    return placements


def _replace_sessions(event: Event, sessions: list[dict]) -> None:
    kept = {s.id: s for s in event.sessions}
    rows = []
    for session in sessions:
        row = kept.get(session.pop("id", None)) or EventSession()
        for name, value in session.items():
            setattr(row, name, value)
        rows.append(row)
    event.sessions = rows


def registration_open(event: Event, now: datetime | None = None) -> bool:
    now = now or utc_now()
    closes = event.registration_closes_at or event.ends_at
    return now <= closes


# --- participants ---------------------------------------------------------------------------


def own_participant(user: User | None, event: Event) -> EventParticipant | None:
    """The registration of ``user``'s organisation for ``event``, if any."""
    if user is None or user.organization_id is None:
        return None
    return db.session.execute(
        db.select(EventParticipant).where(
            EventParticipant.event_id == event.id, EventParticipant.organization_id == user.organization_id
        )
    ).scalar_one_or_none()


def register(user: User | None, event_id: int, data: Mapping[str, Any]) -> tuple[EventParticipant, bool]:
    """Register the user's organisation; (participant, whether it was created now).

    The same organisation again gets its registration back. Unverified organisations and
    admins may not register (PermissionDenied); after the window closes: Conflict.
    """
    event = get_event(user, event_id)
    if user is None:
        raise PermissionDenied(_("Sign in to register."))
    existing = own_participant(user, event)
    if existing is not None:
        return existing, False
    if not policy.can_register_for_event(user, event):
        raise PermissionDenied(_("Only a user of a verified company or city registers for an event."))
    values = clean(REGISTRATION_FIELDS, data)
    delegates = _clean_delegates(values["delegates"] or [])
    if not registration_open(event):
        raise Conflict(_("Registration for this event has closed."))
    participant = EventParticipant(
        event_id=event.id,
        organization_id=user.organization_id,
        status=P.REGISTERED,
        delegates=delegates,
        note=values["note"] or "",
        registered_by_id=user.id,
    )
    try:
        with db.session.begin_nested():  # added inside: a failed savepoint expunges it again
            db.session.add(participant)
            db.session.flush()
    except IntegrityError:  # the same organisation registered at this very moment
        return own_participant(user, event), False
    audit.record(user, "event.participant.register", participant, to_state=P.REGISTERED.value)
    _tell_admins(event, "event_registration", {"event": event.name, "organization": user.organization.name})
    return participant, True


def _clean_delegates(raw: list) -> list[dict[str, str]]:
    delegates = []
    for position, item in enumerate(raw):
        try:
            delegate = clean(DELEGATE_FIELDS, item if isinstance(item, Mapping) else {})
        except ValidationError as error:
            raise ValidationError({f"delegates.{position}.{k}": v for k, v in error.fields.items()}) from None
        delegates.append({"name": delegate["name"], "title": delegate["title"] or ""})
    return delegates


def get_participant(event: Event, participant_id: int) -> EventParticipant:
    participant = db.session.get(EventParticipant, participant_id)
    if participant is None or participant.event_id != event.id:
        raise NotFound(_("No such participant."))
    return participant


def decide_participant(admin: User | None, event_id: int, participant_id: int, confirm: bool) -> EventParticipant:
    """The organiser confirms or declines a registration; confirming twice changes nothing.

    Declining a participant cancels its open meetings (their slots and tables are free again).
    """
    if not policy.can_manage_events(admin):
        raise PermissionDenied(_("Only the organisers confirm or decline registrations."))
    event = get_event(admin, event_id)
    participant = get_participant(event, participant_id)
    rule = PARTICIPANT_TRANSITIONS["confirm" if confirm else "decline"]
    if participant.status is rule.target:
        return participant
    state_machine.move(admin, participant, rule, {"decided_by_id": admin.id, "decided_at": utc_now()})
    if not confirm:
        for meeting in _open_meetings_of(event, participant.organization_id):
            state_machine.move(admin, meeting, MEETING_TRANSITIONS["cancel"], {**FREED, "decided_at": utc_now()})
    data = {"event": event.name, "organization": participant.organization.name}
    notifications.notify_organization(participant.organization, rule.notice, data, link=f"/events/{event.id}")
    return participant


def _open_meetings_of(event: Event, organization_id: int) -> list[EventMeeting]:
    return list(
        db.session.execute(
            db.select(EventMeeting).where(
                EventMeeting.event_id == event.id,
                EventMeeting.status.in_(policy.OPEN_MEETING),
                (EventMeeting.requester_organization_id == organization_id)
                | (EventMeeting.invitee_organization_id == organization_id),
            )
        ).scalars()
    )


def participants(user: User | None, event_id: int, filters: Mapping[str, Any] | None = None) -> list[EventParticipant]:
    """Admins: every registration; a confirmed participant: the confirmed ones. Filtered by
    the organisation's kind, country, or a category of its published technologies or open needs."""
    return list(db.session.execute(participants_statement(user, event_id, filters)).scalars())


def participant_countries(user: User | None, event_id: int) -> list[str]:
    """The countries of the participants ``user`` sees: the directory's country filter offers these."""
    listed = participants_statement(user, event_id).order_by(None).subquery()
    countries = db.select(Organization.country).join(listed, listed.c.organization_id == Organization.id).distinct()
    return sorted(db.session.execute(countries).scalars())


def participants_statement(user: User | None, event_id: int, filters: Mapping[str, Any] | None = None):
    """The query behind ``participants``, for a page of it (the directory shows 50 at a time)."""
    event = get_event(user, event_id)
    if not policy.can_see_participants(user, own_participant(user, event)):
        raise PermissionDenied(_("Only confirmed participants see the other participants."))
    wanted = clean(DIRECTORY_FIELDS, dict(filters or {}))
    statement = (
        db.select(EventParticipant)
        .join(Organization, Organization.id == EventParticipant.organization_id)
        .where(EventParticipant.event_id == event.id, policy.visible_participants_clause(user))
        .options(contains_eager(EventParticipant.organization))  # one query, not one per row
        .order_by(Organization.name, EventParticipant.id)
    )
    if wanted["kind"]:
        statement = statement.where(Organization.kind == OrganizationKind(wanted["kind"]))
    if wanted["country"]:
        statement = statement.where(Organization.country == wanted["country"].upper())
    if wanted["category"]:
        statement = statement.where(Organization.id.in_(_organizations_in_category(wanted["category"])))
    return statement


def _organizations_in_category(slug: str):
    technologies = (
        db.select(Technology.organization_id)
        .join(TechnologyCategory, TechnologyCategory.technology_id == Technology.id)
        .where(TechnologyCategory.slug == slug, Technology.status == TechnologyStatus.PUBLISHED)
    )
    needs = (
        db.select(Need.organization_id)
        .join(NeedCategory, NeedCategory.need_id == Need.id)
        .where(NeedCategory.slug == slug, Need.status == NeedStatus.OPEN)
    )
    return technologies.union(needs)


# --- recommendations ------------------------------------------------------------------------


@dataclass(frozen=True)
class Recommendation:
    participant: EventParticipant
    score: float
    reasons: list[str]
    need_id: int
    technology_id: int


def recommendations(user: User | None, event_id: int, organization_id: int | None = None) -> list[Recommendation]:
    """The other confirmed participants that fit ``organization_id`` (the reader's own by
    default; admins may ask for any participant's), best first.

    A company and a city fit by the best stored engine score between the company's published
    technologies and the city's open needs (the suggestions matching keeps up to date; a pair
    an admin rejected does not count). Two organisations of the same kind are not recommended
    to each other. Two indexed queries (the best pairs, then only the participants that fit):
    well under 100 ms for a 300-participant event (benchmarks/bench_event_directory.py).
    """
    event = get_event(user, event_id)
    own = own_participant(user, event)
    if organization_id is None or not policy.is_admin(user):
        if not policy.is_confirmed(own):
            raise PermissionDenied(_("Only confirmed participants see recommendations."))
        organization_id = own.organization_id
    subject = _confirmed(event, organization_id)
    if subject is None:
        raise NotFound(_("No such participant."))
    # The best pairs first (one query over the confirmed of the other kind), then only the
    # participants that fit are loaded: a 300-participant event loads tens of rows, not 300.
    other_kind = (
        db.select(EventParticipant.organization_id)
        .join(Organization, Organization.id == EventParticipant.organization_id)
        .where(
            EventParticipant.event_id == event.id,
            EventParticipant.status == P.CONFIRMED,
            Organization.kind != subject.organization.kind,
        )
    )
    best = _best_pairs(subject.organization, other_kind)
    others = {p.organization_id: p for p in _confirmed_participants(event, list(best))}
    chinese = str(get_locale() or "en").startswith("zh")
    result = []
    for other_id, (score, reasons, reasons_zh, need_id, technology_id, need_title, technology_name) in best.items():
        participant = others[other_id]
        city, company = (
            (participant.organization, subject.organization)
            if subject.organization.is_company
            else (subject.organization, participant.organization)
        )
        lead = _("%(technology)s of %(company)s fits %(city)s's need “%(need)s”: %(score).2f") % {
            "technology": technology_name,
            "company": company.name,
            "city": city.name,
            "need": need_title,
            "score": score,
        }
        result.append(
            Recommendation(
                participant, round(score, 4), [lead, *(reasons_zh if chinese else reasons)], need_id, technology_id
            )
        )
    return sorted(result, key=lambda r: (-r.score, r.participant.organization.name))


def _confirmed(event: Event, organization_id: int) -> EventParticipant | None:
    return db.session.execute(
        db.select(EventParticipant).where(
            EventParticipant.event_id == event.id,
            EventParticipant.organization_id == organization_id,
            EventParticipant.status == P.CONFIRMED,
        )
    ).scalar_one_or_none()


def _confirmed_participants(event: Event, organization_ids: list[int] | None = None) -> list[EventParticipant]:
    """The confirmed participants, with their organisations (only those of ``organization_ids`` if given)."""
    statement = (
        db.select(EventParticipant)
        .join(EventParticipant.organization)
        .where(EventParticipant.event_id == event.id, EventParticipant.status == P.CONFIRMED)
        .options(contains_eager(EventParticipant.organization))
    )
    if organization_ids is not None:
        statement = statement.where(EventParticipant.organization_id.in_(organization_ids))
    return list(db.session.execute(statement).scalars())


def _best_pairs(subject: Organization, other_ids) -> dict[int, tuple]:
    """For each other organisation (``other_ids``: a list of ids or a select of them): the best
    stored (score, reasons, reasons_zh, need id, technology id, need title, technology name)
    between it and ``subject``."""
    if isinstance(other_ids, list) and not other_ids:
        return {}
    mine, theirs = (
        (Technology.organization_id, Need.organization_id)
        if subject.is_company
        else (Need.organization_id, Technology.organization_id)
    )
    rows = db.session.execute(
        db.select(
            theirs, Match.score, Match.reasons, Match.reasons_zh, Need.id, Technology.id, Need.title, Technology.name
        )
        .join(Need, Need.id == Match.need_id)
        .join(Technology, Technology.id == Match.technology_id)
        .where(
            mine == subject.id,
            theirs.in_(other_ids),
            Match.score.is_not(None),
            Match.status != MatchStatus.REJECTED,
            Need.status == NeedStatus.OPEN,
            Technology.status == TechnologyStatus.PUBLISHED,
        )
        .order_by(Match.score.desc(), Match.id)
    )
    best: dict[int, tuple] = {}
    for other_id, *rest in rows:
        best.setdefault(other_id, tuple(rest))
    return best


def pair_score(event: Event, first_id: int, second_id: int) -> float | None:
    """The engine's best stored fit of two organisations (None for two of a kind)."""
    first = db.session.get(Organization, first_id)
    second = db.session.get(Organization, second_id)
    if first is None or second is None or first.kind is second.kind:
        return None
    found = _best_pairs(first, [second_id]).get(second_id)
    return round(found[0], 4) if found else None


# --- meetings -------------------------------------------------------------------------------


def _pair_key(first: int, second: int) -> str:
    low, high = sorted((first, second))
    return f"{low}-{high}"


def request_meeting(user: User | None, event_id: int, data: Mapping[str, Any]) -> tuple[EventMeeting, bool]:
    """A confirmed participant asks another for a meeting; (meeting, whether created now).

    The same two organisations again, in either direction, while their meeting is requested
    or accepted, get that meeting back (a unique open pair key makes this hold when two
    requests cross).
    """
    event = get_event(user, event_id)
    own = own_participant(user, event)
    if not policy.is_confirmed(own):
        raise PermissionDenied(_("Only confirmed participants ask for meetings."))
    values = clean(MEETING_REQUEST_FIELDS, data)
    other_id = values["with_organization_id"]
    if other_id == own.organization_id:
        raise ValidationError({"with_organization_id": _("You cannot ask your own organisation for a meeting.")})
    other = _confirmed(event, other_id)
    if other is None:
        raise ValidationError(
            {"with_organization_id": _("This organisation is not a confirmed participant of the event.")}
        )
    key = _pair_key(own.organization_id, other_id)
    existing = _open_meeting(event, key)
    if existing is not None:
        return existing, False
    meeting = EventMeeting(
        event_id=event.id,
        requester_organization_id=own.organization_id,
        invitee_organization_id=other_id,
        requested_by_id=user.id,
        message=values["message"] or "",
        pair_key=key,
        status=M.REQUESTED,
        score=pair_score(event, own.organization_id, other_id),
    )
    try:
        with db.session.begin_nested():  # added inside: a failed savepoint expunges it again
            db.session.add(meeting)
            db.session.flush()
    except IntegrityError:  # the other side asked at this very moment
        return _open_meeting(event, key), False
    audit.record(user, "event.meeting.request", meeting, to_state=M.REQUESTED.value)
    _tell(other.organization, "event_meeting_requested", event, meeting, own.organization)
    return meeting, True


def _open_meeting(event: Event, key: str) -> EventMeeting | None:
    return db.session.execute(
        db.select(EventMeeting).where(EventMeeting.event_id == event.id, EventMeeting.pair_key == key)
    ).scalar_one_or_none()


def get_meeting(user: User | None, event_id: int, meeting_id: int) -> EventMeeting:
    """A meeting, for its two parties and the admins only (404 for anyone else)."""
    event = get_event(user, event_id)
    meeting = db.session.get(EventMeeting, meeting_id)
    if meeting is None or meeting.event_id != event.id or not policy.can_view_meeting(user, meeting):
        raise NotFound(_("No such meeting."))
    return meeting


def answer_meeting(user: User | None, event_id: int, meeting_id: int, accept: bool) -> EventMeeting:
    """The invited organisation accepts or declines; exactly one answer wins."""
    meeting = get_meeting(user, event_id, meeting_id)
    if not policy.belongs_to(user, meeting.invitee_organization_id):
        raise PermissionDenied(_("Only the invited organisation accepts or declines a meeting."))
    rule = MEETING_TRANSITIONS["accept" if accept else "decline"]
    values = {"decided_by_id": user.id, "decided_at": utc_now(), "updated_at": utc_now()}
    state_machine.move(user, meeting, rule, values if accept else {**values, **FREED})
    _tell(meeting.requester, rule.notice, meeting.event, meeting, meeting.invitee)
    return meeting


def cancel_meeting(user: User | None, event_id: int, meeting_id: int) -> EventMeeting:
    """Either party or an admin cancels; the meeting's slot and table are free again."""
    meeting = get_meeting(user, event_id, meeting_id)
    if not (policy.is_admin(user) or policy.is_meeting_party(user, meeting)):
        raise PermissionDenied(_("Only the two parties or the organisers cancel a meeting."))
    freed = {**FREED, "decided_at": utc_now(), "updated_at": utc_now()}
    state_machine.move(user, meeting, MEETING_TRANSITIONS["cancel"], freed)
    own = user.organization_id if user is not None else None
    for organization in (meeting.requester, meeting.invitee):
        if organization.id != own:
            other = meeting.invitee if organization.id == meeting.requester_organization_id else meeting.requester
            _tell(organization, "event_meeting_cancelled", meeting.event, meeting, other)
    return meeting


def record_attendance(admin: User | None, event_id: int, meeting_id: int, attended: Any) -> EventMeeting:
    """The organiser checks an accepted meeting in (kept) or marks it a no-show."""
    kept = clean((Field("attended", "boolean"),), {"attended": attended})["attended"]
    meeting = get_meeting(admin, event_id, meeting_id)
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only the organisers record attendance."))
    if not policy.can_record_attendance(admin, meeting):
        raise Conflict(_("Only an accepted meeting is checked in."))
    meeting.attended = kept
    audit.record(admin, "event.meeting.attendance", meeting, attended=kept)
    return meeting


def meetings_statement(user: User | None, event: Event):
    """The meetings of ``event`` that ``user`` may read: the admins all, a participant its own."""
    return (
        db.select(EventMeeting)
        .where(EventMeeting.event_id == event.id, policy.visible_meetings_clause(user))
        .order_by(EventMeeting.starts_at.is_(None), EventMeeting.starts_at, EventMeeting.id)
    )


def meetings(user: User | None, event_id: int) -> list[EventMeeting]:
    event = get_event(user, event_id)
    if not policy.is_admin(user) and own_participant(user, event) is None:
        raise PermissionDenied(_("Only participants see their meetings."))
    return list(db.session.execute(meetings_statement(user, event)).scalars())


# --- notices --------------------------------------------------------------------------------


def _tell(organization: Organization, kind: str, event: Event, meeting: EventMeeting, other: Organization) -> None:
    data = {"event": event.name, "organization": other.name, "message": meeting.message or ""}
    notifications.notify_organization(organization, kind, data, link=f"/events/{event.id}/meetings")


def _tell_admins(event: Event, kind: str, data: dict[str, Any]) -> None:
    admins = db.session.execute(db.select(User).where(User.role == Role.ADMIN, User.active.is_(True))).scalars()
    for admin in admins:
        notifications.notify_user(admin, kind, data, link=f"/events/{event.id}/organiser")


# --- the organiser's figures ----------------------------------------------------------------


def insights(admin: User | None, event_id: int) -> dict[str, Any]:
    """Registrations, requests, acceptance rate, meetings per participant, kept vs no-shows.

    The acceptance rate is accepted / answered (accepted or declined, whatever happened after:
    a meeting cancelled after its acceptance was accepted); per participant, every accepted
    meeting counts for both sides.
    """
    if not policy.can_manage_events(admin):
        raise PermissionDenied(_("Only the organisers see an event's figures."))
    event = get_event(admin, event_id)
    registrations = {status.value: 0 for status in P}
    for status, count in db.session.execute(
        db.select(EventParticipant.status, db.func.count())
        .where(EventParticipant.event_id == event.id)
        .group_by(EventParticipant.status)
    ):
        registrations[status.value] = count
    rows = list(db.session.execute(db.select(EventMeeting).where(EventMeeting.event_id == event.id)).scalars())
    statuses = {status.value: sum(1 for m in rows if m.status is status) for status in M}
    ever_accepted = _ever_accepted(event)
    was_accepted = [m for m in rows if m.status is M.ACCEPTED or m.id in ever_accepted]
    answered = len(was_accepted) + statuses["declined"]
    accepted = [m for m in rows if m.status is M.ACCEPTED]
    confirmed = registrations["confirmed"]
    per_participant = _meetings_per_participant(event, rows)
    return {
        "registrations": registrations,
        "requests": len(rows),
        "statuses": statuses,
        "acceptance_rate": round(len(was_accepted) / answered, 3) if answered else None,
        "meetings_per_participant": round(2 * len(accepted) / confirmed, 2) if confirmed else None,
        "scheduled": sum(1 for m in accepted if m.starts_at is not None),
        "attendance": {
            "kept": sum(1 for m in accepted if m.attended is True),
            "no_show": sum(1 for m in accepted if m.attended is False),
            "not_recorded": sum(1 for m in accepted if m.attended is None),
        },
        "participants": per_participant,
    }


def meetings_held() -> int:
    """Event meetings held, on every event: accepted and checked in by the organisers ("kept" in
    :func:`insights`); a no-show or a meeting with no attendance recorded is not counted."""
    return db.session.execute(
        db.select(db.func.count())
        .select_from(EventMeeting)
        .where(EventMeeting.status == M.ACCEPTED, EventMeeting.attended.is_(True))
    ).scalar_one()


def _ever_accepted(event: Event) -> set[int]:
    """The ids of the event's meetings that were accepted at some point (the audit trail says so)."""
    return set(
        db.session.execute(
            db.select(AuditEvent.target_id)
            .join(EventMeeting, EventMeeting.id == AuditEvent.target_id)
            .where(
                AuditEvent.target_type == "event_meetings",
                AuditEvent.action == "event.meeting.accept",
                EventMeeting.event_id == event.id,
            )
        ).scalars()
    )


def _meetings_per_participant(event: Event, rows: list[EventMeeting]) -> list[dict[str, Any]]:
    table = []
    for participant in _confirmed_participants(event):
        org = participant.organization_id
        table.append(
            {
                "organization": participant.organization.name,
                "kind": participant.organization.kind.value,
                "sent": sum(1 for m in rows if m.requester_organization_id == org),
                "received": sum(1 for m in rows if m.invitee_organization_id == org),
                "accepted": sum(
                    1
                    for m in rows
                    if m.status is M.ACCEPTED and org in (m.requester_organization_id, m.invitee_organization_id)
                ),
            }
        )
    return sorted(table, key=lambda row: (-row["accepted"], row["organization"]))


def insight_rows(figures: dict[str, Any]):
    """The figures as (section, key, value) rows for the CSV."""
    for status, count in figures["registrations"].items():
        yield ("registrations", status, count)
    yield ("requests", "total", figures["requests"])
    for status, count in figures["statuses"].items():
        yield ("meetings", status, count)
    yield ("rates", "acceptance_rate", "" if figures["acceptance_rate"] is None else figures["acceptance_rate"])
    per = figures["meetings_per_participant"]
    yield ("rates", "meetings_per_participant", "" if per is None else per)
    yield ("meetings", "scheduled", figures["scheduled"])
    for key, count in figures["attendance"].items():
        yield ("attendance", key, count)
    for row in figures["participants"]:
        yield ("participant", row["organization"], row["accepted"])
