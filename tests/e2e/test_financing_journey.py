"""Journey (issue 11): an investor signs up, is verified, describes a fund, sees suggestions and
expresses interest; an admin approves in the one queue; the company sees the investor's contact.

Screenshots in English and Chinese: docs/screenshots/financing-*.png.
"""

from __future__ import annotations

import re

import pytest

from ..conftest import TECHNOLOGY
from ..helpers import PASSWORD
from .conftest import screenshot
from .test_marketplace_journey import verify_from_queue
from .test_match_journey import signed_in_as, signed_out
from .test_signup_journey import fill_signup

pytestmark = pytest.mark.browser

ADMIN = "staff@centre.example"
COMPANY = "bd@gridflex.example"
INVESTOR = "deals@pacificbridge.example"
INVESTOR_NAME = "Pacific Bridge Capital"
FUND_NAME = "Pacific Bridge Growth Fund I"


@pytest.fixture
def market(make_user, make_technology):
    make_user("admin", email=ADMIN)
    company = make_user("company", email=COMPANY)
    return make_technology(company, seeking_investment_usd=4_000_000)


def describe_fund(page, base: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base}/investor/funds/new")
    page.locator("#name").fill(FUND_NAME)
    page.locator("#description").fill("Equity for demand response and storage start-ups scaling across the Pacific.")
    page.locator("#ticket_min").fill("9000000")
    page.locator("#ticket_max").fill("1000000")
    page.get_by_label("Smart grid").check()
    page.get_by_label("Equity").check()
    page.get_by_label("Technologies", exact=True).check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The minimum must not be above the maximum.")).to_be_visible()
    page.locator("#ticket_min").fill("1000000")
    page.locator("#ticket_max").fill("10000000")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FUND_NAME)


def test_investor_to_company_introduction(page, live_server, market, page_errors):
    from playwright.sync_api import expect

    base = live_server
    page.goto(f"{base}/signup")
    fill_signup(
        page,
        role_label="An investor: a fund, green bank or development bank",
        email=INVESTOR,
        password=PASSWORD,
        name=INVESTOR_NAME,
        country="US",
        region="US-CA",
    )
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(r"/investor/$"))
    expect(page.get_by_text("Waiting for verification.")).to_be_visible()
    signed_out(page)

    signed_in_as(page, base, ADMIN)
    verify_from_queue(page, base, INVESTOR_NAME)
    signed_out(page)

    signed_in_as(page, base, INVESTOR)
    describe_fund(page, base)
    page.get_by_role("link", name="Suggestions").click()
    card = page.locator("li.card", has_text=TECHNOLOGY["name"])
    expect(card).to_contain_text("Seeks $4M, within the ticket $1M–$10M")
    screenshot(page, "financing-suggestions-en")
    page.goto(page.url + "?lang=zh")
    expect(page.locator("li.card", has_text=TECHNOLOGY["name"])).to_contain_text("寻求 $4M")
    screenshot(page, "financing-suggestions-zh")
    page.goto(page.url.split("?")[0] + "?lang=en")
    page.locator("li.card", has_text=TECHNOLOGY["name"]).get_by_role("button", name="Express interest").click()
    expect(page).to_have_url(re.compile(r"/financing/\d+$"))
    expect(page.get_by_text("Contacts are shown once our staff approve the introduction.")).to_be_visible()
    signed_out(page)

    signed_in_as(page, base, ADMIN)
    page.goto(f"{base}/admin/matches?kind=financing")
    row = page.locator("tbody tr", has_text=FUND_NAME)
    expect(row).to_contain_text(TECHNOLOGY["name"])
    screenshot(page, "financing-admin-queue-en")
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator("main .alert-success")).to_be_visible()
    signed_out(page)

    signed_in_as(page, base, COMPANY)
    page.goto(f"{base}/financing/1?lang=zh")
    expect(page.get_by_text(INVESTOR)).to_be_visible()
    screenshot(page, "financing-company-view-zh")
    page.goto(f"{base}/financing/1?lang=en")
    expect(page.get_by_text(INVESTOR)).to_be_visible()
    page.get_by_role("button", name="Yes, interested").click()
    expect(page.locator("main .badge", has_text="Connected")).to_be_visible()
    screenshot(page, "financing-company-view-en")
    # The one bad fund form answers 422 on purpose; nothing else may fail.
    assert [e for e in page_errors if "422" not in e] == []
