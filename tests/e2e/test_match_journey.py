"""Journey: a city asks for an introduction, an admin approves, both say yes, they write.

The people, the need and the technology are put in place through the services; everything
after that happens in the browser, the way the three users would do it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, MatchOrigin, MatchStatus, Organization

from ..conftest import NEED, TECHNOLOGY
from ..helpers import PASSWORD
from .conftest import screenshot
from .test_marketplace_journey import sign_in, sign_out

pytestmark = pytest.mark.browser

ADMIN = "staff@centre.example"
CITY = "climate@futian.example"
COMPANY = "bd@gridflex.example"
CITY_NAME, CITY_CONTACT, CITY_CONTACT_EMAIL = "Futian District", "Li Wei", "partnerships@futian.example"
COMPANY_NAME, COMPANY_CONTACT, COMPANY_CONTACT_EMAIL = "GridFlex Energy", "Dana Ortiz", "sales@gridflex.example"
REASONS = ["category: smart-grid", "serves region CN-GD", "readiness TRL 8 ≥ 7"]
MESSAGE = "Hello from Futian! Could we have a call on Tuesday at 9:00 CST?"


@dataclass(frozen=True)
class Market:
    need_id: int
    technology_id: int


# --- arrange (services, not the browser) ---------------------------------------------------


def set_contact(app, user, name: str, contact_name: str, contact_email: str) -> None:
    with app.app_context():
        organization = db.session.get(Organization, user.organization_id)
        organization.name, organization.contact_name, organization.contact_email = name, contact_name, contact_email
        db.session.commit()


def suggest(app, need_id: int, technology_id: int) -> None:
    """The engine's suggestion for the pair (stored as refresh_need stores it), with a score and reasons.

    Written directly so the journey does not depend on the engine's numbers.
    """
    with app.app_context():
        db.session.add(
            Match(
                need_id=need_id,
                technology_id=technology_id,
                status=MatchStatus.SUGGESTED,
                origin=MatchOrigin.ENGINE,
                score=0.82,
                reasons=REASONS,
                reasons_zh=["类别：智能电网", "服务地区：CN-GD", "技术成熟度 8 ≥ 7"],
            )
        )
        db.session.commit()


@pytest.fixture
def market(app, make_user, make_need, make_technology) -> Market:
    make_user("admin", email=ADMIN)
    city = make_user("city", email=CITY, country="CN", region="CN-GD")
    company = make_user("company", email=COMPANY)
    set_contact(app, city, CITY_NAME, CITY_CONTACT, CITY_CONTACT_EMAIL)
    set_contact(app, company, COMPANY_NAME, COMPANY_CONTACT, COMPANY_CONTACT_EMAIL)
    market = Market(need_id=make_need(city), technology_id=make_technology(company))
    suggest(app, market.need_id, market.technology_id)
    return market


# --- browser steps ---------------------------------------------------------------------


def signed_in_as(page, base: str, email: str, password: str = PASSWORD) -> None:
    """Sign in and wait until the navbar shows the account (the session cookie is set)."""
    from playwright.sync_api import expect

    sign_in(page, base, email, password)
    expect(page.locator("#account-menu")).to_have_text(email)


def signed_out(page) -> None:
    from playwright.sync_api import expect

    sign_out(page)
    expect(page.locator(".navbar").get_by_role("link", name="Sign in")).to_be_visible()


def flash(page):
    return page.locator("main .alert-success")


def status_badge(page):
    """The match's state, next to the page's heading."""
    return page.locator("main .fs-5 .badge")


def ask_for_introduction(page, base: str, technology_id: int) -> int:
    """The city asks from the technology's public page; returns the new match's id."""
    from playwright.sync_api import expect

    page.goto(f"{base}/technologies/{technology_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text(TECHNOLOGY["name"])
    page.get_by_label("Your need").select_option(label=NEED["title"])
    page.get_by_role("button", name="Ask for an introduction").click()
    expect(page).to_have_url(re.compile(r"/matches/\d+$"))
    expect(flash(page)).to_have_text("Introduction requested. Our staff will review it.")
    expect(status_badge(page)).to_have_text("Requested")
    return int(page.url.rsplit("/", 1)[1])


def assert_company_sees_nothing_yet(page, base: str, match_id: int) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base}/matches")
    expect(page.get_by_text("No match here yet.")).to_be_visible()
    expect(page.get_by_text(CITY_CONTACT_EMAIL)).to_have_count(0)
    # Through the context's request API (same cookies): a 404 page would log a console error.
    response = page.request.get(f"{base}/matches/{match_id}")
    assert response.status == 404
    assert CITY_CONTACT_EMAIL not in response.text()


def approve_in_queue(page, base: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base}/admin/matches")
    row = page.locator("tbody tr", has_text=NEED["title"])
    expect(row).to_have_count(1)
    for party in (CITY_NAME, TECHNOLOGY["name"], COMPANY_NAME):
        expect(row).to_contain_text(party)
    expect(row.get_by_text("Requested", exact=True)).to_be_visible()
    expect(row.get_by_role("progressbar", name="Score")).to_be_visible()
    expect(row.get_by_text("82%")).to_be_visible()
    expect(row.locator(".reasons li")).to_have_text(REASONS)
    screenshot(page, "admin-match-queue")
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(flash(page)).to_have_text("Approved: both parties are introduced and notified.")


def answer_interested(page) -> None:
    from playwright.sync_api import expect

    page.get_by_role("button", name="Yes, interested").click()
    expect(flash(page)).to_have_text("Thank you, your answer is recorded.")


def post_message(page, text: str) -> None:
    from playwright.sync_api import expect

    page.get_by_label("Message").fill(text)
    page.get_by_role("button", name="Send").click()
    expect(page).to_have_url(re.compile(r"#thread$"))


def thread(page):
    return page.locator("#thread")


# --- the journey -----------------------------------------------------------------------


def test_city_and_company_get_connected_and_talk(live_server, page, page_errors, market):
    from playwright.sync_api import expect

    # The city asks for an introduction from the technology's public page.
    signed_in_as(page, live_server, CITY)
    match_id = ask_for_introduction(page, live_server, market.technology_id)
    expect(page.get_by_text("Contact details are shared once our staff approve the introduction.")).to_have_count(2)
    signed_out(page)

    # Before approval the company sees neither the match nor the city's contact.
    signed_in_as(page, live_server, COMPANY)
    assert_company_sees_nothing_yet(page, live_server, match_id)
    signed_out(page)

    # The admin approves it from the queue.
    signed_in_as(page, live_server, ADMIN)
    approve_in_queue(page, live_server)
    page.goto(f"{live_server}/admin")
    expect(page.get_by_role("heading", level=1)).to_have_text("Admin dashboard")
    screenshot(page, "admin-dashboard")
    signed_out(page)

    # The company is told, sees the city's contact and says yes.
    signed_in_as(page, live_server, COMPANY)
    page.goto(f"{live_server}/notifications")
    page.get_by_role("link", name=re.compile(r"^A new introduction")).click()
    expect(page).to_have_url(re.compile(rf"/matches/{match_id}$"))
    expect(status_badge(page)).to_have_text("Approved")
    expect(page.get_by_role("link", name=CITY_CONTACT_EMAIL)).to_be_visible()
    expect(page.get_by_text(CITY_CONTACT, exact=True)).to_be_visible()
    answer_interested(page)
    expect(page.get_by_text("You answered. Waiting for the other side.")).to_be_visible()
    screenshot(page, "match-company-view")
    signed_out(page)

    # The city says yes too: connected; it writes first.
    signed_in_as(page, live_server, CITY)
    page.goto(f"{live_server}/matches/{match_id}")
    expect(page.get_by_role("link", name=COMPANY_CONTACT_EMAIL)).to_be_visible()
    answer_interested(page)
    expect(status_badge(page)).to_have_text("Connected")
    post_message(page, MESSAGE)
    expect(thread(page).get_by_text(MESSAGE)).to_be_visible()
    signed_out(page)

    # The company sees the connection and the city's message.
    signed_in_as(page, live_server, COMPANY)
    page.goto(f"{live_server}/matches/{match_id}")
    page.reload()
    expect(status_badge(page)).to_have_text("Connected")
    expect(thread(page).get_by_text(MESSAGE)).to_be_visible()
    expect(thread(page)).to_contain_text(CITY)  # the author

    assert page_errors == []
