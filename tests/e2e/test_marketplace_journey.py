"""Journey: an organisation signs up, an admin verifies it, it publishes, the public sees it."""

from __future__ import annotations

import re

import pytest

from ..helpers import PASSWORD
from .conftest import screenshot
from .test_signup_journey import STRONG_PASSWORD, fill_signup

pytestmark = pytest.mark.browser


def sign_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    page.locator("main form button[type=submit]").last.click()


def sign_out(page) -> None:
    page.locator("#account-menu").click()
    page.locator("form[action='/logout'] button").click()


def verify_from_queue(page, base: str, organisation: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base}/admin/organizations")
    row = page.locator("tr", has_text=organisation)
    row.locator("form[action$='/verify'] button").click()
    expect(page.locator(".alert-success")).to_be_visible()


def test_city_need_goes_public_after_verification(live_server, page, page_errors, make_user):
    from playwright.sync_api import expect

    make_user("admin", email="staff@centre.example")
    page.goto(f"{live_server}/signup?role=city")
    fill_signup(
        page,
        role_label="A city with climate goals",
        email="climate@oakland.example",
        password=STRONG_PASSWORD,
        name="City of Oakland",
        country="US",
        region="US-CA",
    )
    page.locator("main form button[type=submit]").last.click()
    expect(page).to_have_url(re.compile(r"/city/$"))

    page.get_by_role("link", name="Post a need").first.click()
    page.locator("#title").fill("Electrify the port's drayage trucks")
    page.locator("#main_category").select_option("electric-vehicles")
    page.get_by_label("Funded", exact=True).check()
    page.locator("#description").fill(
        "1,200 diesel drayage trucks serve the port; we want zero-emission haulage "
        "by 2030 without overloading the local grid."
    )
    page.locator("#budget").fill("8000000")
    page.locator("#deadline").fill("2031-03-01")
    page.locator("main form button[type=submit]").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Electrify the port's drayage trucks")
    expect(page.locator(".alert-secondary")).to_be_visible()  # not public yet
    sign_out(page)

    page.goto(f"{live_server}/needs")
    expect(page.get_by_text("No open need matches these filters.")).to_be_visible()

    sign_in(page, live_server, "staff@centre.example", PASSWORD)
    verify_from_queue(page, live_server, "City of Oakland")
    sign_out(page)

    page.goto(f"{live_server}/needs?q=drayage")
    expect(page.get_by_role("link", name="Electrify the port's drayage trucks")).to_be_visible()
    screenshot(page, "directory-needs-en")
    assert page_errors == []


def test_company_technology_goes_public_in_chinese(live_server, page, page_errors, make_user):
    from playwright.sync_api import expect

    make_user("admin", email="staff@centre.example")
    page.goto(f"{live_server}/signup?role=company&lang=zh")
    fill_signup(
        page,
        role_label="拥有清洁技术的企业",
        email="bd@pearlgrid.example",
        password=STRONG_PASSWORD,
        name="珠江电网科技",
        country="CN",
        region="CN-GD",
    )
    page.locator("main form button[type=submit]").last.click()
    expect(page).to_have_url(re.compile(r"/company/$"))

    page.get_by_role("link", name="登记技术").first.click()
    page.locator("#name").fill("需求响应聚合平台")
    page.locator("#main_category").select_option("smart-grid")
    page.locator("#description").fill("聚合商业楼宇空调负荷参与需求响应，夏季削减高峰负荷 15%。")
    page.locator("#trl").select_option("8")
    page.locator("#regions").select_option(["CN", "US-CA"])
    page.locator("main form button[type=submit]").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("需求响应聚合平台")
    screenshot(page, "technology-owner-zh")
    sign_out(page)

    sign_in(page, live_server, "staff@centre.example", PASSWORD)
    verify_from_queue(page, live_server, "珠江电网科技")
    sign_out(page)

    page.goto(f"{live_server}/technologies?q=需求响应&lang=zh")
    expect(page.get_by_role("link", name="需求响应聚合平台")).to_be_visible()
    expect(page.locator(".badge-category").first).to_have_text("智能电网")
    screenshot(page, "directory-technologies-zh")
    assert page_errors == []
