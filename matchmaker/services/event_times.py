"""Times of an event: local times in the event's IANA zone, instants in UTC, meeting slots.

A client may send a local time of the event's zone without an offset ("2027-04-12T14:00") or
an instant with one ("2027-04-12T06:00:00Z"). A local time that does not exist in the zone
(the spring-forward gap) is refused; an ambiguous one (the autumn fold) takes its first
occurrence. Every instant goes out twice: in the event's zone with its offset and in UTC.
zoneinfo reads the pinned ``tzdata`` package when the system has no zone database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import gettext as _

from .errors import ValidationError

MIN_MEETING_MINUTES = 10
MAX_MEETING_MINUTES = 120


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone(name: str) -> ZoneInfo | None:
    """The zone called ``name``, or None when there is no such IANA zone."""
    if not isinstance(name, str) or not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return _zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def check_zone(name: str, field: str = "timezone") -> ZoneInfo:
    """The zone called ``name``; a ValidationError naming ``field`` when it is unknown."""
    found = zone(name)
    if found is None:
        raise ValidationError({field: _("Enter an IANA time zone such as Asia/Shanghai or America/Los_Angeles.")})
    return found


def local_exists(local: datetime, tz: ZoneInfo) -> bool:
    """Whether the naive wall-clock time ``local`` exists in ``tz`` (not in a spring-forward gap)."""
    aware = local.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return round_trip == local


def parse_instant(value: object, tz: ZoneInfo, field: str) -> datetime:
    """``value`` (ISO 8601 text) as an aware UTC instant; local times are read in ``tz``.

    Raises a ValidationError naming ``field`` for text that is no time, or for a local time
    in the zone's daylight-saving gap.
    """
    if isinstance(value, datetime):
        parsed = value
    else:
        text = value.strip() if isinstance(value, str) else None
        try:
            if not text or len(text) > 40:
                raise ValueError
            parsed = datetime.fromisoformat(text.replace("z", "Z"))
        except ValueError:
            raise ValidationError(
                {field: _("Enter a date and time such as 2027-04-12T14:00 (local) or 2027-04-12T06:00:00Z.")}
            ) from None
    if parsed.tzinfo is None:
        if not local_exists(parsed, tz):
            raise ValidationError(
                {field: _("This local time does not exist in %(zone)s (the clocks go forward).", zone=tz.key)}
            )
        parsed = parsed.replace(tzinfo=tz, fold=0)
    if not (1900 <= parsed.year <= 2999):
        raise ValidationError({field: _("Enter a year between 1900 and 2999.")})
    return parsed.astimezone(UTC)


def in_zone(instant: datetime | None, tz: ZoneInfo | str) -> datetime | None:
    if instant is None:
        return None
    return instant.astimezone((zone(tz) or UTC) if isinstance(tz, str) else tz)


def iso_local(instant: datetime | None, tz: ZoneInfo | str) -> str | None:
    """The instant in the zone, with its offset: "2027-04-12T14:00:00+08:00"."""
    local = in_zone(instant, tz)
    return local.isoformat(timespec="seconds") if local is not None else None


def iso_utc(instant: datetime | None) -> str | None:
    """The instant in UTC with a "Z": "2027-04-12T06:00:00Z"."""
    if instant is None:
        return None
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def both(name: str, instant: datetime | None, tz: ZoneInfo | str) -> dict[str, str | None]:
    """``{name: local with offset, name_utc: UTC}``: how every instant leaves the API."""
    return {name: iso_local(instant, tz), f"{name}_utc": iso_utc(instant)}


def slot_starts(starts_at: datetime, ends_at: datetime, minutes: int) -> Iterator[datetime]:
    """The start of every slot of a session: ``minutes`` long, each wholly inside the session."""
    length = timedelta(minutes=minutes)
    start = starts_at
    while start + length <= ends_at:
        yield start
        start += length


def slot_count(starts_at: datetime, ends_at: datetime, minutes: int) -> int:
    """How many slots fit: a session from 14:00 to 17:00 with 20-minute meetings has 9."""
    if minutes <= 0 or ends_at <= starts_at:
        return 0
    return int((ends_at - starts_at) // timedelta(minutes=minutes))


def is_slot_start(starts_at: datetime, ends_at: datetime, minutes: int, instant: datetime) -> bool:
    """Whether a meeting starting at ``instant`` fills one whole slot of the session."""
    offset = instant - starts_at
    length = timedelta(minutes=minutes)
    return offset >= timedelta(0) and offset % length == timedelta(0) and instant + length <= ends_at
