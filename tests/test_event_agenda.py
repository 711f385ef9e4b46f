"""Agendas: GET /events/ID/agenda.ics (token or session), private subscription URLs, the pages
of the organiser (grid, CSV, tables) and participants (agenda, availability), reminders and
follow-ups whose yes enters the match flow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from matchmaker.extensions import db
from matchmaker.models import (
    EventCalendarToken,
    EventMeeting,
    EventMeetingNotice,
    Match,
    MatchStatus,
    Notification,
    OutgoingMail,
    ParticipantStatus,
    User,
)
from matchmaker.services import event_agenda

from . import test_event_schedule as scheduling_tests
from .test_event_schedule import SLOTS, join

mission = scheduling_tests.mission  # the same fixture: an admin, 2 companies, 2 cities, 4 accepted meetings


def schedule(client, api_token, mission):
    response = client.post(f"/api/v1/events/{mission['event']}/schedule", headers=api_token(mission["admin"]))
    assert response.status_code == 200


def vevents(body: bytes) -> list:
    return list(Calendar.from_ical(body).walk("VEVENT"))


def test_the_agenda_ics_by_token_and_by_session(app, client, api_token, login, mission):
    schedule(client, api_token, mission)
    company = mission["companies"][0]
    by_token = client.get(f"/api/v1/events/{mission['event']}/agenda.ics", headers=api_token(company))
    assert by_token.status_code == 200 and by_token.mimetype == "text/calendar"
    events = vevents(by_token.data)
    assert len(events) == 2  # company 0 meets both cities
    assert all(e["DTSTART"].params["TZID"] == "Asia/Shanghai" for e in events)
    assert {e.decoded("DTSTART").astimezone(UTC) for e in events} <= set(SLOTS)
    assert b"BEGIN:VTIMEZONE" in by_token.data and b"TZID:Asia/Shanghai" in by_token.data
    assert all(str(e["SUMMARY"]).startswith("Meeting with City Org") for e in events)
    assert all("Shenzhen Convention Centre, table " in str(e["LOCATION"]) for e in events)
    login(company)
    by_session = client.get(f"/api/v1/events/{mission['event']}/agenda.ics")
    assert by_session.status_code == 200
    assert sorted(str(e["UID"]) for e in vevents(by_session.data)) == sorted(str(e["UID"]) for e in events)


def test_a_cancelled_meeting_stays_in_the_ics_as_cancelled(app, client, api_token, mission):
    schedule(client, api_token, mission)
    company = mission["companies"][0]
    first = mission["meetings"][0]
    response = client.post(f"/api/v1/events/{mission['event']}/meetings/{first}/cancel", headers=api_token(company))
    assert response.status_code == 200
    events = {str(e["UID"]): e for e in vevents(
        client.get(f"/api/v1/events/{mission['event']}/agenda.ics", headers=api_token(company)).data)}
    cancelled = events[f"event-meeting-{first}@matchmaker"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled.decoded("DTSTART").astimezone(UTC) in SLOTS  # where it was, so calendars drop it


@pytest.mark.parametrize("who, status", [("anonymous", 401), ("outsider", 403), ("registered", 403), ("admin", 403)])
def test_only_confirmed_participants_download_the_agenda(app, client, api_token, make_user, mission, who, status):
    user = None
    if who == "outsider":
        user = make_user("company")
    elif who == "registered":
        user = make_user("city")
        join(app, mission["event"], user, status=ParticipantStatus.REGISTERED)
    elif who == "admin":
        user = mission["admin"]
    headers = api_token(user) if user else {}
    response = client.get(f"/api/v1/events/{mission['event']}/agenda.ics", headers=headers)
    assert response.status_code == status and response.is_json


def test_a_private_subscription_url_works_until_revoked(app, client, api_token, login, form_post, mission):
    schedule(client, api_token, mission)
    city = mission["cities"][0]
    login(city)
    page = f"/events/{mission['event']}/agenda"
    created = form_post(f"/events/{mission['event']}/calendar", {}, page=page)
    assert created.status_code == 302
    token = created.headers["Location"].split("token=")[1]
    assert len(token) >= 40
    with app.app_context():
        [row] = db.session.execute(db.select(EventCalendarToken)).scalars()
        assert row.token_hash != token and len(row.token_hash) == 64  # only the hash is kept
    shown = client.get(created.headers["Location"]).get_data(as_text=True)
    assert f"/events/{mission['event']}/calendar/{token}.ics" in shown
    anonymous = app.test_client()
    feed = anonymous.get(f"/events/{mission['event']}/calendar/{token}.ics")
    assert feed.status_code == 200 and len(vevents(feed.data)) == 2
    assert anonymous.get(f"/events/{mission['event']}/calendar/not-a-token.ics").status_code == 404
    assert anonymous.get(f"/events/{mission['event'] + 1}/calendar/{token}.ics").status_code == 404
    form_post(f"/events/{mission['event']}/calendar/revoke", {}, page=page)
    assert anonymous.get(f"/events/{mission['event']}/calendar/{token}.ics").status_code == 410


# --- pages ------------------------------------------------------------------------------------------


def test_the_organisers_grid_schedule_all_move_csv_and_tables(app, client, login, form_post, mission):
    login(mission["admin"])
    grid = f"/events/{mission['event']}/grid"
    page = client.get(grid)
    assert page.status_code == 200 and "Asia/Shanghai" in page.get_data(as_text=True)
    assert "Accepted meetings without a time (4)" in page.get_data(as_text=True)
    done = form_post(f"{grid}/schedule", {}, page=grid, follow_redirects=True)
    assert "4 meetings scheduled; 0 still without a time." in done.get_data(as_text=True)
    first = mission["meetings"][0]
    refused = form_post(f"{grid}/meetings/{first}/move", {"starts_at": "2027-04-12T14:10", "table": "1"}, page=grid,
                        follow_redirects=True)
    assert "Slot: That is not the start of a meeting slot of this event." in refused.get_data(as_text=True)
    table_refused = form_post(f"{grid}/meetings/{first}/move", {"starts_at": SLOTS[0].isoformat(), "table": "9"},
                              page=grid, follow_redirects=True)
    assert "Table: This session has tables 1 to 2." in table_refused.get_data(as_text=True)
    csv = client.get(f"/events/{mission['event']}/schedule.csv")
    assert csv.status_code == 200 and csv.mimetype == "text/csv"
    lines = csv.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert lines[0].startswith("meeting_id,session,starts_at,starts_at_utc") and len(lines) == 5
    assert "+08:00" in lines[1] and "Z" in lines[1]
    tables = client.get(f"/events/{mission['event']}/tables").get_data(as_text=True)
    assert "Table 1" in tables and "Table 2" in tables and "table-sheet" in tables


@pytest.mark.parametrize("path", ["grid", "schedule.csv", "tables"])
def test_participants_do_not_see_the_organisers_pages(client, login, mission, path):
    login(mission["companies"][0])
    assert client.get(f"/events/{mission['event']}/{path}").status_code == 403


def test_the_agenda_page_in_both_zones_and_the_time_zone_form(app, client, api_token, login, form_post, mission):
    schedule(client, api_token, mission)
    company = mission["companies"][0]
    login(company)
    agenda = f"/events/{mission['event']}/agenda"
    refused = form_post(f"{agenda}/timezone", {"timezone": "Mars/Olympus"}, page=agenda, follow_redirects=True)
    assert "Time zone: enter an IANA time zone" in refused.get_data(as_text=True)
    form_post(f"{agenda}/timezone", {"timezone": "America/Los_Angeles"}, page=agenda)
    with app.app_context():
        assert db.session.get(User, company.id).timezone == "America/Los_Angeles"
    html = client.get(agenda + "?lang=zh").get_data(as_text=True)
    assert "Asia/Shanghai" in html and "America/Los_Angeles" in html
    assert "2027-04-12 14:" in html and "2027-04-11 23:" in html  # 14:00 in Shenzhen is 23:00 the day before in LA
    assert "我的日程" in html


def test_the_availability_form(app, client, login, form_post, mission):
    city = mission["cities"][1]
    login(city)
    url = f"/events/{mission['event']}/availability"
    form_post(url, {"unavailable_slots": ["2027-04-12T06:20:00Z"]}, page=url)
    with app.app_context():
        participant = event_agenda.events.own_participant(db.session.get(User, city.id),
                                                                  db.session.get(EventMeeting, 1).event)
        assert participant.unavailable_slots == ["2027-04-12T06:20:00Z"]
    bad = form_post(url, {"unavailable_slots": ["2027-04-12T06:25:00Z"]}, page=url)
    assert bad.status_code == 200 and "is not a meeting slot" in bad.get_data(as_text=True)


# --- reminders and follow-ups -------------------------------------------------------------------------


def run(app, function, *args):
    """One service call in its own app context, committed: as the periodic job does it."""
    with app.app_context():
        result = function(*args)
        db.session.commit()
        return result


def test_reminders_go_to_both_parties_once_in_their_language(app, client, api_token, mission):
    schedule(client, api_token, mission)
    with app.app_context():
        db.session.get(User, mission["cities"][0].id).locale = "zh"
        db.session.commit()
    now = SLOTS[0] - timedelta(hours=20)
    assert run(app, event_agenda.send_reminders, SLOTS[0] - timedelta(days=3)) == 0  # not due yet
    assert run(app, event_agenda.send_reminders, now) == 8  # 4 meetings x 2 parties, all within a day
    assert run(app, event_agenda.send_reminders, now) == 0  # once
    with app.app_context():
        city_mails = db.session.execute(
            db.select(OutgoingMail).where(OutgoingMail.recipient == mission["cities"][0].email)
        ).scalars().all()
        assert len(city_mails) == 2 and all("明天" in mail.subject for mail in city_mails)
        assert all(mail.language == "zh" for mail in city_mails)
        company_mails = db.session.execute(
            db.select(OutgoingMail).where(OutgoingMail.recipient == mission["companies"][0].email)
        ).scalars().all()
        assert len(company_mails) == 2 and all(mail.subject.startswith("Tomorrow at") for mail in company_mails)
        company_notes = db.session.execute(
            db.select(Notification).where(Notification.user_id == mission["companies"][0].id,
                                          Notification.kind == "event_meeting_reminder")
        ).scalars().all()
        assert len(company_notes) == 2


def test_a_follow_up_yes_requests_the_best_match(app, client, api_token, mission, make_need, make_technology):
    schedule(client, api_token, mission)
    company, city = mission["companies"][0], mission["cities"][0]
    technology_id, need_id = make_technology(company), make_need(city)
    after = datetime(2027, 4, 13, tzinfo=UTC)
    with app.app_context():
        no_show = db.session.get(EventMeeting, mission["meetings"][3])
        no_show.attended = False
        db.session.commit()
    assert run(app, event_agenda.send_follow_ups, SLOTS[0]) == 0  # the event is not over
    assert run(app, event_agenda.send_follow_ups, after) == 6  # 3 meetings held x 2 parties
    assert run(app, event_agenda.send_follow_ups, after) == 0
    with app.app_context():
        meeting_id = mission["meetings"][0]  # company 0 x city 0
        notice = event_agenda.answer_follow_up(db.session.get(User, company.id), mission["event"], meeting_id,
                                               {"continue": True})
        db.session.commit()
        match = db.session.get(Match, notice.match_id)
        assert (match.need_id, match.technology_id, match.status) == (need_id, technology_id, MatchStatus.REQUESTED)
        with pytest.raises(Exception) as again:
            event_agenda.answer_follow_up(db.session.get(User, company.id), mission["event"], meeting_id,
                                          {"continue": False})
        assert again.value.status == 409
        db.session.rollback()
        assert db.session.execute(db.select(db.func.count()).select_from(EventMeetingNotice).where(
            EventMeetingNotice.meeting_id == mission["meetings"][3])).scalar() == 0


def test_the_follow_up_page(app, client, api_token, login, form_post, mission):
    schedule(client, api_token, mission)
    run(app, event_agenda.send_follow_ups, datetime(2027, 4, 13, tzinfo=UTC))
    city = mission["cities"][1]
    login(city)
    meeting_id = mission["meetings"][1]  # company 0 x city 1
    url = f"/events/{mission['event']}/meetings/{meeting_id}/follow-up"
    assert "Shall we continue?" in client.get(url).get_data(as_text=True)
    answered = form_post(url, {"continue": "false"}, follow_redirects=True)
    assert "You answered: no." in answered.get_data(as_text=True)
    outsider_meeting = mission["meetings"][2]  # company 1 x city 0: not city 1's
    assert client.get(f"/events/{mission['event']}/meetings/{outsider_meeting}/follow-up").status_code == 404


def test_the_reminder_job_is_scheduled_and_runs(app, client, api_token, mission, monkeypatch):
    from matchmaker import jobs, tasks

    assert "event_reminders" in tasks.SCHEDULE
    schedule(client, api_token, mission)
    monkeypatch.setattr(jobs, "utc_now", lambda: SLOTS[0] - timedelta(hours=1))
    with app.app_context():
        tasks.SCHEDULE["event_reminders"].run_if_due()
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(EventMeetingNotice)).scalar() == 8
