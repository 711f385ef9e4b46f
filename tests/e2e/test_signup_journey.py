"""Journey: an organisation signs up through the real form in a real browser."""

from __future__ import annotations

import re

import pytest

from .conftest import screenshot

pytestmark = pytest.mark.browser

STRONG_PASSWORD = "tidal-solar-lantern-42"


def fill_signup(page, *, role_label: str, email: str, password: str, name: str, country: str, region: str) -> None:
    page.get_by_label(role_label).check()
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    page.locator("#name").fill(name)
    page.locator("#country").select_option(country)  # lists in the reader's language (issue 13)
    if region:
        page.locator("#region").select_option(region)


def expect_field_error(page, field_id: str, text: str | re.Pattern) -> None:
    """The field is marked invalid and the error sits right under it, in the same group."""
    from playwright.sync_api import expect

    expect(page.locator(f"#{field_id}")).to_have_class(re.compile(r"\bis-invalid\b"))
    feedback = page.locator(f".mb-3:has(> #{field_id}) > .invalid-feedback")
    expect(feedback).to_have_count(1)
    expect(feedback).to_contain_text(text)


def test_home_page_in_english_and_chinese(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Connect clean technology")
    screenshot(page, "home-en")

    page.get_by_role("link", name="中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.get_by_role("link", name="注册", exact=True)).to_be_visible()
    screenshot(page, "home-zh")
    assert page_errors == []


def test_company_signs_up_and_lands_on_its_dashboard(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    page.get_by_role("link", name="I represent a company").click()
    expect(page).to_have_url(re.compile(r"/signup\?role=company$"))
    expect(page.get_by_role("heading", name="Sign up", level=1)).to_be_visible()
    expect(page.get_by_label("A company with clean technology")).to_be_checked()

    fill_signup(
        page,
        role_label="A company with clean technology",
        email="founder@pearlgrid.example",
        password=STRONG_PASSWORD,
        name="Pearl Grid Ltd",
        country="US",
        region="US-CA",
    )
    page.get_by_role("button", name="Create account").click()

    expect(page).to_have_url(re.compile(r"/company/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pearl Grid Ltd")
    expect(page.get_by_text("Company dashboard")).to_be_visible()
    expect(page.get_by_text("Waiting for verification.")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("Welcome!")
    expect(page.get_by_role("button", name="founder@pearlgrid.example")).to_be_visible()  # the account menu
    screenshot(page, "dashboard-company-en")
    assert page_errors == []


def test_bad_signup_shows_errors_next_to_the_fields(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/signup")
    fill_signup(
        page,
        role_label="A company with clean technology",
        email="founder@pearlgrid.example",
        password="short",
        name="Pearl Grid Ltd",
        country="US",
        region="",
    )
    with page.expect_response(re.compile(r"/signup$")) as answer:
        page.get_by_role("button", name="Create account").click()
    assert answer.value.status == 422
    page.wait_for_load_state()

    expect(page).to_have_url(re.compile(r"/signup$"))
    expect_field_error(page, "password", "12")
    expect_field_error(page, "region", "This field is required.")
    expect(page.locator("#name")).to_have_value("Pearl Grid Ltd")
    expect(page.locator("#email")).to_have_value("founder@pearlgrid.example")
    expect(page.locator("#password")).to_have_value("")  # never sent back
    expect(page.locator("#name")).not_to_have_class(re.compile(r"\bis-invalid\b"))
    screenshot(page, "signup-errors-en")
    # Chromium reports the 422 document itself as a failed load; anything else is a fault.
    assert [error for error in page_errors if "status of 422" not in error] == []


def test_city_signs_up_in_chinese(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/signup?lang=zh")
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.get_by_role("heading", name="注册", level=1)).to_be_visible()
    expect(page).to_have_title(re.compile("注册"))
    screenshot(page, "signup-zh")

    city_label = page.locator("label[for=role-1]").inner_text()
    assert re.search(r"[\u4e00-\u9fff]", city_label), city_label  # the choices are translated too
    fill_signup(
        page,
        role_label=city_label,
        email="climate@futian.example",
        password=STRONG_PASSWORD,
        name="深圳市福田区",
        country="CN",
        region="CN-GD",
    )
    page.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/city/$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.get_by_role("heading", level=1)).to_have_text("深圳市福田区")
    expect(page.get_by_text("城市工作台")).to_be_visible()
    expect(page.get_by_text("等待审核。")).to_be_visible()
    screenshot(page, "dashboard-city-zh")
    assert page_errors == []
