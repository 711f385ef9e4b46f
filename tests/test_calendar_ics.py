"""The agenda ICS: parsed back with icalendar, every meeting at the right UTC instant, in its zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from matchmaker.calendar_ics import AgendaItem, build_agenda, meeting_uid


def item(meeting_id: int, starts_at: datetime, **extra) -> AgendaItem:
    values = {"summary": f"Meeting with Org {meeting_id}", "location": "Convention Centre, table 4"} | extra
    return AgendaItem(meeting_uid(meeting_id), starts_at, starts_at + timedelta(minutes=20), **values)


def parse(ics: bytes) -> Calendar:
    return Calendar.from_ical(ics)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_a_shanghai_meeting_is_written_in_china_standard_time_and_means_the_same_instant():
    starts = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)  # 14:00 in Shenzhen
    ics = build_agenda("Shenzhen mission", "Asia/Shanghai", [item(7, starts)])
    assert b"DTSTART;TZID=Asia/Shanghai:20270412T140000" in ics
    assert b"DTEND;TZID=Asia/Shanghai:20270412T142000" in ics
    [event] = events(parse(ics)).values()
    assert event.decoded("DTSTART").astimezone(UTC) == starts
    assert event.decoded("DTEND").astimezone(UTC) == starts + timedelta(minutes=20)
    [zone] = parse(ics).walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Shanghai"


def test_los_angeles_meetings_on_both_sides_of_the_spring_forward_change():
    """US daylight saving starts 2027-03-14: 10:00 is 18:00Z on the 12th (PST) and 17:00Z on the 15th (PDT)."""
    before = datetime(2027, 3, 12, 18, 0, tzinfo=UTC)
    after = datetime(2027, 3, 15, 17, 0, tzinfo=UTC)
    ics = build_agenda("LA summit", "America/Los_Angeles", [item(1, before), item(2, after)])
    assert b"DTSTART;TZID=America/Los_Angeles:20270312T100000" in ics
    assert b"DTSTART;TZID=America/Los_Angeles:20270315T100000" in ics
    parsed = events(parse(ics))
    assert parsed[meeting_uid(1)].decoded("DTSTART").astimezone(UTC) == before
    assert parsed[meeting_uid(2)].decoded("DTSTART").astimezone(UTC) == after


def test_the_vtimezone_alone_gives_the_right_offsets():
    """A client without the zone database (Outlook) reads only the VTIMEZONE: its rules must be right."""
    ics = build_agenda("LA summit", "America/Los_Angeles", [item(1, datetime(2027, 3, 12, 18, tzinfo=UTC))])
    [zone] = parse(ics).walk("VTIMEZONE")
    rules = zone.to_tz()
    assert datetime(2027, 3, 12, 10, 0, tzinfo=rules).utcoffset() == timedelta(hours=-8)
    assert datetime(2027, 3, 15, 10, 0, tzinfo=rules).utcoffset() == timedelta(hours=-7)
    assert datetime(2027, 11, 8, 10, 0, tzinfo=rules).utcoffset() == timedelta(hours=-8)
    [shanghai] = parse(build_agenda("x", "Asia/Shanghai", [])).walk("VTIMEZONE")
    assert datetime(2027, 7, 1, 9, 0, tzinfo=shanghai.to_tz()).utcoffset() == timedelta(hours=8)


def test_uid_summary_location_and_a_cancelled_meeting():
    starts = datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
    first = build_agenda("m", "Asia/Shanghai", [item(7, starts), item(8, starts + timedelta(hours=1), cancelled=True)])
    again = build_agenda("m", "Asia/Shanghai", [item(7, starts)], stamp=datetime(2027, 1, 1, tzinfo=UTC))
    parsed = events(parse(first))
    assert set(parsed) == {"event-meeting-7@matchmaker", "event-meeting-8@matchmaker"}
    assert set(events(parse(again))) == {"event-meeting-7@matchmaker"}  # same UID on the next download
    assert str(parsed[meeting_uid(7)]["SUMMARY"]) == "Meeting with Org 7"
    assert str(parsed[meeting_uid(7)]["LOCATION"]) == "Convention Centre, table 4"
    assert str(parsed[meeting_uid(7)]["STATUS"]) == "CONFIRMED"
    assert str(parsed[meeting_uid(8)]["STATUS"]) == "CANCELLED"
    assert b"STATUS:CANCELLED" in first
