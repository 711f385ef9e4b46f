"""Each participant's agenda: on a page in two zones, as an ICS file, by a private subscription URL.

Also the day-before reminders and the after-event follow-up ("shall we continue?") whose yes
puts the best pair of the company's technologies and the city's needs into the ordinary
match flow (``services/matches.py``).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from .. import calendar_ics
from ..extensions import db
from ..models import (
    Event,
    EventCalendarToken,
    EventMeeting,
    EventMeetingNotice,
    EventParticipant,
    Match,
    MatchStatus,
    MeetingStatus,
    Need,
    NeedStatus,
    Organization,
    ParticipantStatus,
    Technology,
    TechnologyStatus,
    User,
    utc_now,
)
from . import audit, event_schedule, event_times, events, matches, notifications, policy
from .errors import Conflict, Gone, NotFound, PermissionDenied
from .validation import Field, clean

REMINDER = "reminder"
FOLLOW_UP = "follow_up"
REMIND_AHEAD = timedelta(hours=24)


@dataclass(frozen=True)
class AgendaEntry:
    meeting: EventMeeting
    other: Organization
    starts_at: datetime
    ends_at: datetime
    table: int | None
    location: str  # the session's place, else the event's venue
    cancelled: bool


@dataclass(frozen=True)
class Agenda:
    event: Event
    participant: EventParticipant
    entries: list[AgendaEntry]
    unscheduled: int  # accepted meetings still waiting for a time


# --- the agenda -------------------------------------------------------------------------------


def confirmed_participant(user: User | None, event: Event) -> EventParticipant:
    participant = events.own_participant(user, event)
    if participant is None or participant.status is not ParticipantStatus.CONFIRMED:
        raise PermissionDenied(_("Only confirmed participants have an agenda for this event."))
    return participant


def agenda(user: User | None, event_id: int) -> Agenda:
    event = db.session.get(Event, event_id)
    if event is None:
        raise NotFound(_("No such event."))
    return _agenda_of(event, confirmed_participant(user, event))


def _agenda_of(event: Event, participant: EventParticipant) -> Agenda:
    meetings = event_schedule.organization_meetings(event, participant.organization_id)
    cancelled_ids = [m.id for m in meetings if m.status is MeetingStatus.CANCELLED]
    earlier = event_schedule.last_placements(cancelled_ids)
    entries: list[AgendaEntry] = []
    for meeting in meetings:
        entry = _entry(event, meeting, participant.organization_id, earlier.get(meeting.id))
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda entry: (entry.starts_at, entry.meeting.id))
    waiting = sum(1 for m in meetings if m.status is MeetingStatus.ACCEPTED and m.starts_at is None)
    return Agenda(event, participant, entries, waiting)


def _entry(event: Event, meeting: EventMeeting, own_id: int, earlier: dict | None) -> AgendaEntry | None:
    other = meeting.invitee if meeting.requester_organization_id == own_id else meeting.requester
    location = (meeting.session.location if meeting.session else "") or event.venue
    if meeting.status is MeetingStatus.ACCEPTED and meeting.starts_at is not None:
        return AgendaEntry(meeting, other, meeting.starts_at, meeting.ends_at, meeting.table_number, location, False)
    if meeting.status is MeetingStatus.CANCELLED and earlier:  # it was on the agenda: calendars must drop it
        starts = event_schedule.utc_instant(earlier["starts_at"])
        ends = event_schedule.utc_instant(earlier["ends_at"])
        return AgendaEntry(meeting, other, starts, ends, earlier.get("table"), event.venue, True)
    return None


def user_zone(user: User | None, event: Event) -> str:
    """The zone the user reads times in: their preference, else the event's."""
    preferred = user.timezone if user is not None else None
    return preferred if preferred and event_times.zone(preferred) is not None else event.timezone


# --- ICS ------------------------------------------------------------------------------------------


def agenda_ics(user: User | None, event_id: int) -> bytes:
    """The caller's agenda as RFC 5545 text, times in the event's zone (TZID and VTIMEZONE)."""
    return _ics(agenda(user, event_id))


def _ics(agenda_: Agenda) -> bytes:
    event = agenda_.event
    items = [
        calendar_ics.AgendaItem(
            uid=calendar_ics.meeting_uid(entry.meeting.id),
            starts_at=entry.starts_at,
            ends_at=entry.ends_at,
            summary=_("Meeting with %(name)s", name=entry.other.name),
            location=_location(entry),
            cancelled=entry.cancelled,
            description=event.name,
        )
        for entry in agenda_.entries
    ]
    return calendar_ics.build_agenda(event.name, event.timezone, items)


def _location(entry: AgendaEntry) -> str:
    table = _("table %(number)d", number=entry.table) if entry.table else ""
    return ", ".join(part for part in (entry.location, table) if part)


def ics_filename(event: Event) -> str:
    return f"agenda-event-{event.id}.ics"


# --- private subscription URLs ----------------------------------------------------------------


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def subscription(user: User | None, event: Event) -> EventCalendarToken | None:
    """The user's active subscription for the event (its token itself is not kept)."""
    if user is None:
        return None
    return db.session.execute(
        db.select(EventCalendarToken).where(
            EventCalendarToken.event_id == event.id,
            EventCalendarToken.user_id == user.id,
            EventCalendarToken.revoked_at.is_(None),
        )
    ).scalar_one_or_none()


def create_subscription(user: User | None, event_id: int) -> str:
    """A new private URL token for the confirmed participant (the old one stops working)."""
    event = db.session.get(Event, event_id)
    if event is None:
        raise NotFound(_("No such event."))
    confirmed_participant(user, event)
    revoke_subscription(user, event_id)
    token = secrets.token_urlsafe(32)
    row = EventCalendarToken(event_id=event.id, user_id=user.id, token_hash=_digest(token))
    db.session.add(row)
    audit.record(user, "event.calendar.create", row)
    return token


def revoke_subscription(user: User | None, event_id: int) -> int:
    if user is None:
        raise PermissionDenied(_("Sign in first."))
    rows = db.session.execute(
        db.select(EventCalendarToken).where(
            EventCalendarToken.event_id == event_id,
            EventCalendarToken.user_id == user.id,
            EventCalendarToken.revoked_at.is_(None),
        )
    ).scalars().all()
    for row in rows:
        row.revoked_at = utc_now()
        audit.record(user, "event.calendar.revoke", row)
    return len(rows)


def subscribed_ics(event_id: int, token: str) -> tuple[bytes, Event]:
    """The agenda behind a subscription token: unknown → 404, revoked (or no longer confirmed) → 410."""
    row = db.session.execute(
        db.select(EventCalendarToken).where(EventCalendarToken.token_hash == _digest(token or ""))
    ).scalar_one_or_none()
    if row is None or row.event_id != event_id:
        raise NotFound(_("No such calendar."))
    if row.revoked_at is not None or not row.user.active:
        raise Gone(_("This calendar link was revoked. Copy the new link from your agenda."))
    participant = events.own_participant(row.user, row.event)
    if participant is None or participant.status is not ParticipantStatus.CONFIRMED:
        raise Gone(_("This calendar link was revoked. Copy the new link from your agenda."))
    with force_locale(row.user.locale or "en"):
        return _ics(_agenda_of(row.event, participant)), row.event


# --- reminders and follow-ups (the periodic job) -----------------------------------------------


def send_reminders(now: datetime | None = None) -> int:
    """Tell both parties of each meeting starting within a day, once (mail and in-app)."""
    now = now or utc_now()
    due = db.session.execute(
        db.select(EventMeeting).where(
            EventMeeting.status == MeetingStatus.ACCEPTED,
            EventMeeting.starts_at > now,
            EventMeeting.starts_at <= now + REMIND_AHEAD,
        )
    ).scalars()
    return sum(_notice_once(meeting, REMINDER, "event_meeting_reminder") for meeting in list(due))


def send_follow_ups(now: datetime | None = None) -> int:
    """After the event: ask both parties of each meeting held (not a no-show) whether to continue."""
    now = now or utc_now()
    due = db.session.execute(
        db.select(EventMeeting)
        .join(Event, Event.id == EventMeeting.event_id)
        .where(
            EventMeeting.status == MeetingStatus.ACCEPTED,
            EventMeeting.starts_at.is_not(None),
            Event.ends_at <= now,
            EventMeeting.attended.is_not(False),
        )
    ).scalars()
    return sum(_notice_once(meeting, FOLLOW_UP, "event_follow_up") for meeting in list(due))


def _notice_once(meeting: EventMeeting, kind: str, notice_kind: str) -> int:
    """One notice row per party: the unique key makes a second run (or a parallel one) skip it."""
    sent = 0
    for organization, other in ((meeting.requester, meeting.invitee), (meeting.invitee, meeting.requester)):
        try:
            with db.session.begin_nested():
                db.session.add(EventMeetingNotice(meeting_id=meeting.id, organization_id=organization.id, kind=kind))
                db.session.flush()
        except IntegrityError:
            continue
        for member in organization.members:
            if member.active:
                notifications.notify_user(member, notice_kind, _notice_data(meeting, other, member),
                                          link=_notice_link(meeting, kind))
        sent += 1
    return sent


def _notice_data(meeting: EventMeeting, other: Organization, member: User) -> dict[str, Any]:
    event = meeting.event
    zone = user_zone(member, event)
    local = event_times.in_zone(meeting.starts_at, zone)
    return {
        "event": event.name,
        "organization": other.name,
        "time": local.strftime("%Y-%m-%d %H:%M"),
        "zone": zone,
        "table": meeting.table_number or "",
    }


def _notice_link(meeting: EventMeeting, kind: str) -> str:
    if kind == FOLLOW_UP:
        return f"/events/{meeting.event_id}/meetings/{meeting.id}/follow-up"
    return f"/events/{meeting.event_id}/agenda"


FOLLOW_UP_FIELDS = (Field("continue", "boolean"),)


def _is_party(user: User, meeting: EventMeeting) -> bool:
    return policy.belongs_to(user, meeting.requester_organization_id) or policy.belongs_to(
        user, meeting.invitee_organization_id
    )


def follow_up(user: User | None, event_id: int, meeting_id: int) -> EventMeetingNotice:
    """The user's organisation's follow-up question about the meeting (404 when there is none)."""
    meeting = db.session.get(EventMeeting, meeting_id)
    if meeting is None or meeting.event_id != event_id or user is None or not _is_party(user, meeting):
        raise NotFound(_("No such meeting."))
    notice = db.session.execute(
        db.select(EventMeetingNotice).where(
            EventMeetingNotice.meeting_id == meeting.id,
            EventMeetingNotice.organization_id == user.organization_id,
            EventMeetingNotice.kind == FOLLOW_UP,
        )
    ).scalar_one_or_none()
    if notice is None:
        raise NotFound(_("This meeting has no follow-up question yet."))
    return notice


def answer_follow_up(user: User | None, event_id: int, meeting_id: int, data: dict[str, Any]) -> EventMeetingNotice:
    """Yes: request (or advance) the match of the company's best technology for the city's need."""
    answer = clean(FOLLOW_UP_FIELDS, data)["continue"]
    notice = follow_up(user, event_id, meeting_id)
    if notice.answer is not None:
        raise Conflict(_("You already answered this question."))
    notice.answer, notice.answered_at = answer, utc_now()
    if answer:
        match = _continue_as_match(user, notice.meeting)
        notice.match_id = match.id if match is not None else None
    audit.record(user, "event.meeting.follow_up", notice.meeting, answer=answer, match_id=notice.match_id)
    return notice


def _continue_as_match(user: User, meeting: EventMeeting) -> Match | None:
    """The best stored pair of the two organisations enters the ordinary approval → introduction flow."""
    pair = best_pair(meeting.requester, meeting.invitee)
    if pair is None:
        return None
    need, technology, match = pair
    if match is not None and match.status is MatchStatus.APPROVED:
        return matches.respond(user, match.id, True)  # already introduced: this side says it is interested
    if match is None or match.status is MatchStatus.SUGGESTED:
        match, _created = matches.request_introduction(user, need.id, technology.id)
    return match


def best_pair(first: Organization, second: Organization) -> tuple[Need, Technology, Match | None] | None:
    """The company's published technology and the city's open need that fit best.

    Scored by the engine's stored suggestion when there is one, else the newest pair; None for
    two organisations of one kind or when either has nothing public.
    """
    if first.is_company == second.is_company:
        return None
    company, city = (first, second) if first.is_company else (second, first)
    open_needs = (Need.organization_id == city.id, Need.status == NeedStatus.OPEN)
    published = (Technology.organization_id == company.id, Technology.status == TechnologyStatus.PUBLISHED)
    scored = db.session.execute(
        db.select(Match, Need, Technology)
        .join(Need, Need.id == Match.need_id)
        .join(Technology, Technology.id == Match.technology_id)
        .where(*open_needs, *published, Match.status.not_in((MatchStatus.REJECTED, MatchStatus.DECLINED)))
        .order_by(db.func.coalesce(Match.score, -1.0).desc(), Match.id)
        .limit(1)
    ).first()
    if scored is not None:
        match, need, technology = scored
        return need, technology, match
    need = db.session.execute(db.select(Need).where(*open_needs).order_by(Need.id.desc()).limit(1)).scalar()
    technology = db.session.execute(
        db.select(Technology).where(*published).order_by(Technology.id.desc()).limit(1)
    ).scalar()
    if need is None or technology is None:
        return None
    return need, technology, None
