"""Event times: local times in the event's zone, instants with offsets, DST gaps, slots."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from matchmaker.services import event_times as times
from matchmaker.services.errors import ValidationError

SHANGHAI = times.zone("Asia/Shanghai")
LOS_ANGELES = times.zone("America/Los_Angeles")


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("2027-04-12T14:00", SHANGHAI, datetime(2027, 4, 12, 6, 0, tzinfo=UTC)),
        ("2027-04-12T06:00:00Z", SHANGHAI, datetime(2027, 4, 12, 6, 0, tzinfo=UTC)),
        ("2027-04-12T14:00:00+08:00", LOS_ANGELES, datetime(2027, 4, 12, 6, 0, tzinfo=UTC)),
        # Los Angeles on either side of the US spring change (14 March 2027): PST then PDT.
        ("2027-03-13T09:00", LOS_ANGELES, datetime(2027, 3, 13, 17, 0, tzinfo=UTC)),
        ("2027-03-15T09:00", LOS_ANGELES, datetime(2027, 3, 15, 16, 0, tzinfo=UTC)),
        # The autumn fold (7 November 2027, 01:30 happens twice): the first one, PDT.
        ("2027-11-07T01:30", LOS_ANGELES, datetime(2027, 11, 7, 8, 30, tzinfo=UTC)),
    ],
)
def test_local_times_and_instants_are_both_understood(app_context, text, tz, expected):
    assert times.parse_instant(text, tz, "starts_at") == expected


def test_a_local_time_in_the_spring_forward_gap_is_refused_naming_the_field(app_context):
    with pytest.raises(ValidationError) as caught:
        times.parse_instant("2027-03-14T02:30", LOS_ANGELES, "sessions.0.starts_at")
    assert list(caught.value.fields) == ["sessions.0.starts_at"]
    assert "America/Los_Angeles" in caught.value.fields["sessions.0.starts_at"]


@pytest.mark.parametrize("bad", ["", "tomorrow", "2027-13-01T10:00", "2027-04-12T25:00", 12, None, "x" * 60])
def test_text_that_is_no_time_is_refused(app_context, bad):
    with pytest.raises(ValidationError) as caught:
        times.parse_instant(bad, SHANGHAI, "ends_at")
    assert "ends_at" in caught.value.fields


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "/etc/localtime", "Asia/Shanghai\x00"])
def test_unknown_zones_are_refused(app_context, name):
    assert times.zone(name) is None
    with pytest.raises(ValidationError) as caught:
        times.check_zone(name)
    assert "timezone" in caught.value.fields


def test_every_instant_is_given_in_the_event_zone_and_in_utc():
    instant = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
    assert times.both("starts_at", instant, "Asia/Shanghai") == {
        "starts_at": "2027-04-12T14:00:00+08:00",
        "starts_at_utc": "2027-04-12T06:00:00Z",
    }
    # Across the US change: the offset follows the date.
    march_13 = datetime(2027, 3, 13, 17, 0, tzinfo=UTC)
    march_15 = datetime(2027, 3, 15, 16, 0, tzinfo=UTC)
    assert times.iso_local(march_13, LOS_ANGELES) == "2027-03-13T09:00:00-08:00"
    assert times.iso_local(march_15, LOS_ANGELES) == "2027-03-15T09:00:00-07:00"
    assert times.both("ends_at", None, SHANGHAI) == {"ends_at": None, "ends_at_utc": None}


def test_a_session_from_14_to_17_with_20_minute_meetings_has_9_slots():
    start = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
    end = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)
    slots = list(times.slot_starts(start, end, 20))
    assert len(slots) == times.slot_count(start, end, 20) == 9
    assert slots[-1] == datetime(2027, 4, 12, 8, 40, tzinfo=UTC)
    # 25-minute meetings: 7 slots; the last 5 minutes hold no slot (none crosses the end).
    assert times.slot_count(start, end, 25) == 7
    assert times.is_slot_start(start, end, 20, datetime(2027, 4, 12, 8, 40, tzinfo=UTC))
    assert not times.is_slot_start(start, end, 25, datetime(2027, 4, 12, 8, 55, tzinfo=UTC))
    assert not times.is_slot_start(start, end, 20, datetime(2027, 4, 12, 6, 10, tzinfo=UTC))
    assert not times.is_slot_start(start, end, 20, datetime(2027, 4, 12, 5, 40, tzinfo=UTC))
