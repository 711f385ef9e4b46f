"""Journey: an organiser creates an event with a session, a company and a city register and are
confirmed, the company asks for a meeting, the city accepts, the organiser schedules, and both
see the meeting on their agenda in their own time zones and download the ICS.

Only the three accounts are put in place through the services; everything else is the browser.
Screenshots (in Chinese): the event page, the grid and an agenda, at 1280 and 390 px.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from matchmaker.extensions import db
from matchmaker.models import Organization, User

from ..helpers import PASSWORD
from .conftest import screenshot
from .test_marketplace_journey import sign_in, sign_out

pytestmark = pytest.mark.browser

# 2027-04-12 14:00-15:00 in Shenzhen is 06:00Z, 2027-04-11 23:00 in Los Angeles (PDT).
SESSION = ("2027-04-12T14:00", "2027-04-12T15:00")


def arrange(app, make_user):
    admin = make_user("admin", email="organiser@centre.example")
    company = make_user("company", email="bd@bayvolt.example")
    city = make_user("city", email="climate@shenzhen.example", country="CN", region="CN-GD")
    with app.app_context():
        for user, name, zone, locale in ((company, "BayVolt Storage", "America/Los_Angeles", "en"),
                                         (city, "Shenzhen Futian District", "Asia/Shanghai", "zh")):
            row = db.session.get(User, user.id)
            row.timezone, row.locale = zone, locale
            db.session.get(Organization, user.organization_id).name = name
        db.session.commit()
    return admin, company, city


def create_event(page, base: str) -> int:
    page.goto(f"{base}/events/new")
    page.locator("#name").fill("California clean-tech mission to Shenzhen")
    page.locator("#name_zh").fill("加州清洁技术代表团深圳行")
    page.locator("#kind").select_option("trade_mission")
    page.locator("#city").fill("Shenzhen")
    page.locator("#venue").fill("Shenzhen Convention Centre")
    page.locator("#timezone").fill("Asia/Shanghai")
    page.locator("#starts_at").fill("2027-04-12T09:00")
    page.locator("#ends_at").fill("2027-04-12T18:00")
    page.locator("#meeting_minutes").fill("20")
    page.locator("#sessions-0-starts_at").fill(SESSION[0])
    page.locator("#sessions-0-ends_at").fill(SESSION[1])
    page.locator("#sessions-0-tables").fill("4")
    page.locator("#published").check()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/events/\d+"))
    return int(re.search(r"/events/(\d+)", page.url).group(1))


def register(page, base: str, event_id: int, email: str) -> None:
    sign_in(page, base, email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/register")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(rf"/events/{event_id}$"))
    sign_out(page)


def agenda_ics(page, base: str, event_id: int) -> Calendar:
    with page.expect_download() as download:
        page.locator("#download-ics").click()
    return Calendar.from_ical(open(download.value.path(), "rb").read())


def test_from_a_new_event_to_both_agendas_and_their_ics(app, live_server, page, page_errors, make_user, browser):
    from playwright.sync_api import expect

    base = live_server
    admin, company, city = arrange(app, make_user)

    sign_in(page, base, admin.email, PASSWORD)
    event_id = create_event(page, base)
    sign_out(page)

    register(page, base, event_id, company.email)
    register(page, base, event_id, city.email)

    sign_in(page, base, admin.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/organiser")
    for _ in range(2):
        page.locator("form[action$='/confirm'] button").first.click()
        expect(page.locator(".alert-success")).to_be_visible()
    sign_out(page)

    sign_in(page, base, company.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/participants")
    request_form = page.locator(f"form:has(input[name=with_organization_id][value='{city.organization_id}'])")
    request_form.locator("textarea").fill("Our storage fits your peak-load need.")
    request_form.locator("button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    sign_out(page)

    sign_in(page, base, city.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/meetings")
    page.locator("form[action$='/accept'] button").click()
    expect(page.locator(".alert-success")).to_be_visible()
    sign_out(page)

    sign_in(page, base, admin.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/organiser")
    page.locator("#schedule-grid-link").click()
    page.locator("form[action$='/grid/schedule'] button").click()
    expect(page.locator(".alert-success")).to_contain_text("1 meetings scheduled; 0 still without a time.")
    expect(page.locator(".schedule-grid")).to_contain_text("BayVolt Storage")
    page.goto(f"{base}/events/{event_id}/grid?lang=zh")
    expect(page.locator("h1")).to_contain_text("排程")
    screenshot(page, "schedule-grid-zh-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "schedule-grid-zh-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/events/{event_id}?lang=zh")
    screenshot(page, "schedule-event-page-zh-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "schedule-event-page-zh-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/events/{event_id}?lang=en")
    sign_out(page)

    # The company reads its agenda in Los Angeles time, beside the event's.
    sign_in(page, base, company.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/meetings")
    page.locator("#agenda-link").click()
    row = page.locator("#agenda-table tbody tr")
    expect(row).to_contain_text("2027-04-12 14:00–14:20")  # Asia/Shanghai
    expect(row).to_contain_text("2027-04-11 23:00–23:20")  # America/Los_Angeles
    expect(row).to_contain_text("Shenzhen Futian District")
    calendar = agenda_ics(page, base, event_id)
    [meeting] = calendar.walk("VEVENT")
    assert meeting["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert meeting.decoded("DTSTART").astimezone(UTC) == datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
    assert "Shenzhen Futian District" in str(meeting["SUMMARY"])
    sign_out(page)

    # The city, in Chinese, in China Standard Time.
    sign_in(page, base, city.email, PASSWORD)
    page.goto(f"{base}/events/{event_id}/agenda?lang=zh")
    expect(page.locator("h1")).to_contain_text("我的日程")
    expect(page.locator("#agenda-table tbody tr")).to_contain_text("2027-04-12 14:00–14:20")
    expect(page.locator("#agenda-table tbody tr")).to_contain_text("BayVolt Storage")
    screenshot(page, "schedule-agenda-zh-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "schedule-agenda-zh-390")
    [city_meeting] = agenda_ics(page, base, event_id).walk("VEVENT")
    assert str(city_meeting["UID"]) == str(meeting["UID"])  # one meeting, one UID for both parties
    assert city_meeting.decoded("DTSTART").astimezone(UTC) == datetime(2027, 4, 12, 6, 0, tzinfo=UTC)
    assert "BayVolt Storage" in str(city_meeting["SUMMARY"])
    assert page_errors == []
