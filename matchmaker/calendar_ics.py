"""Agendas as iCalendar files (RFC 5545), built with the maintained ``icalendar`` package.

Pure: dataclasses in, bytes out; no Flask or database, so the tests parse what it writes.
Times are written in the event's own zone (``DTSTART;TZID=Asia/Shanghai:...``) with a
VTIMEZONE for that zone generated from ``zoneinfo`` (the pinned ``tzdata``), which is what
Outlook needs; Google and Apple read it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

PRODUCT_ID = "-//Matchmaker//Event agenda//EN"


@dataclass(frozen=True)
class AgendaItem:
    uid: str  # stays the same across downloads, so a calendar updates the meeting instead of adding one
    starts_at: datetime  # aware (UTC in the database)
    ends_at: datetime
    summary: str  # names the other organisation
    location: str  # the venue and the table
    cancelled: bool = False
    description: str = ""


def meeting_uid(meeting_id: int, host: str = "matchmaker") -> str:
    return f"event-meeting-{meeting_id}@{host}"


def build_agenda(name: str, timezone: str, items: Iterable[AgendaItem], *, stamp: datetime | None = None) -> bytes:
    """One VEVENT per item, its times in ``timezone`` with that zone's VTIMEZONE."""
    zone = ZoneInfo(timezone)
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone)
    items = list(items)
    calendar.add_component(_vtimezone(zone, timezone, items, stamp))
    for item in items:
        calendar.add_component(_vevent(item, zone, stamp))
    return calendar.to_ical()


def _vtimezone(zone: ZoneInfo, tzid: str, items: list[AgendaItem], stamp: datetime) -> Timezone:
    """The zone's rules for the years the meetings span (and the next), not 1970-2038: a short file."""
    instants = [item.starts_at for item in items] + [item.ends_at for item in items] or [stamp]
    first = date(min(instants).astimezone(zone).year - 1, 1, 1)
    last = date(max(instants).astimezone(zone).year + 2, 1, 1)
    return Timezone.from_tzinfo(zone, tzid=tzid, first_date=first, last_date=last)


def _vevent(item: AgendaItem, zone: ZoneInfo, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", item.starts_at.astimezone(zone))
    event.add("dtend", item.ends_at.astimezone(zone))
    event.add("summary", item.summary)
    event.add("location", item.location)
    if item.description:
        event.add("description", item.description)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("sequence", 1 if item.cancelled else 0)  # a cancellation must outrank the copy already imported
    return event
