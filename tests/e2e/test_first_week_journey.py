"""A new user's first forms and lists in a real browser (issue 13): places picked from lists,
the main category, the admin queue's select-all, and the directory's filters folded on a phone
behind "Filters", which opens without JavaScript. Screenshots at 1280 and 390 px, en and zh.
"""

from __future__ import annotations

import re

import pytest

from .conftest import TIMEOUT_MS, screenshot
from .test_company_feed_journey import pictures
from .test_match_journey import ADMIN, CITY, COMPANY, signed_in_as, suggest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 900}


def test_signup_narrows_the_regions_to_the_country_picked(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/signup?lang=zh")
    page.locator("#country").select_option("US")
    shown = "select => [...select.querySelectorAll('optgroup')].filter(g => !g.hidden && !g.disabled).map(g => g.label)"
    assert page.locator("#region").evaluate(shown) == ["美国"]
    page.locator("#region").select_option("US-CA")
    expect(page.locator("#region option:checked")).to_have_text("加利福尼亚州")
    page.locator("#country").select_option("CN")  # another country: the region no longer fits, so it is cleared
    expect(page.locator("#region")).to_have_value("")
    page.locator("#region").select_option("CN-GD")
    expect(page.locator("#region option:checked")).to_have_text("广东省")
    for label, size in (("1280", LAPTOP), ("390", PHONE)):
        page.set_viewport_size(size)
        screenshot(page, f"signup-places-zh-{label}")
    assert page_errors == []


def test_forms_pick_places_and_a_main_category(app, live_server, page, page_errors, make_user):
    from playwright.sync_api import expect

    make_user("company", email=COMPANY)
    signed_in_as(page, live_server, COMPANY)
    page.goto(f"{live_server}/company/technologies/new")
    page.locator("#name").fill("Berth shore power")
    page.locator("#main_category").select_option("green-transportation")
    page.get_by_label("Electric vehicles").check()
    page.locator("#description").fill("Shore power for container berths: ships switch off their diesel engines.")
    page.locator("#regions").select_option(["CN-GD", "US-CA"])
    page.locator("main form button[type=submit]").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Berth shore power")
    badges = page.locator(".badge-category").all_inner_texts()
    assert badges[:2] == ["Green transportation", "Electric vehicles"], badges  # the main one first
    page.goto(f"{live_server}/company/technologies/new")
    pictures(page, "technology-form")
    assert page_errors == []


def test_the_need_form_frames_the_problem(app, live_server, page, page_errors, make_user):
    make_user("city", email=CITY, country="CN", region="CN-GD")
    signed_in_as(page, live_server, CITY)
    page.goto(f"{live_server}/city/needs/new")
    assert page.locator("input[name=funding]:checked").count() == 0
    assert not page.locator("#outcome").is_visible()  # folded until the need closes
    pictures(page, "need-form")
    assert page_errors == []


def test_select_all_ticks_every_match_of_the_page(app, live_server, page, page_errors, make_user, make_need,
                                                  make_technology):
    from playwright.sync_api import expect

    make_user("admin", email=ADMIN)
    city = make_user("city", email=CITY, country="CN", region="CN-GD")
    company = make_user("company", email=COMPANY)
    need_id = make_need(city)
    for name in ("Grid one", "Grid two"):
        suggest(app, need_id, make_technology(company, name=name))
    signed_in_as(page, live_server, ADMIN)
    page.goto(f"{live_server}/admin/matches")
    page.get_by_label("Select all on this page").check()
    boxes = page.locator("input[name=match_id]")
    assert boxes.count() == 2 and all(boxes.nth(i).is_checked() for i in range(2))
    page.get_by_role("button", name="Reject all ticked").click()  # no note: refused, the ticks stay
    expect(page.locator(".alert-danger")).to_contain_text("needs a note")
    assert all(boxes.nth(i).is_checked() for i in range(2))
    expect(page.get_by_label("Select all on this page")).to_be_checked()
    pictures(page, "admin-bulk")
    assert page_errors == []


@pytest.fixture
def phone_without_script(browser):
    context = browser.new_context(locale="en-US", viewport=PHONE, java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_directory_filters_fold_on_a_phone_and_open_without_script(
    live_server, phone_without_script, make_user, make_technology, language
):
    from playwright.sync_api import expect

    page = phone_without_script
    make_technology(make_user("company"), name="Peak-load shifting")
    page.goto(f"{live_server}/technologies?lang={language}")
    expect(page.locator("#q")).to_be_visible()
    expect(page.locator("#category")).to_be_hidden()
    card = page.get_by_role("link", name="Peak-load shifting")
    assert card.bounding_box()["y"] + card.bounding_box()["height"] < PHONE["height"]  # results on the first screen
    screenshot(page, f"directory-filters-{language}-390")
    page.locator("details.filters-fold > summary").click()
    expect(page.locator("#category")).to_be_visible()
    expect(page.locator("#budget")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, f"directory-filters-open-{language}-390")
    page.goto(f"{live_server}/technologies?lang={language}&category=smart-grid")
    expect(page.locator("#category")).to_be_visible()  # a filter in use stays in sight
    expect(page.locator("#category")).to_have_value("smart-grid")


def test_directory_filters_are_open_on_a_laptop(live_server, page, page_errors):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/needs")
    expect(page.locator("#category")).to_be_visible()
    expect(page.locator("#sort")).to_be_visible()
    box = page.locator("form[role=search] .card-body").bounding_box()
    assert box["height"] < 200, box  # one row of filters, as before the fold
    screenshot(page, "directory-filters-en-1280")
    assert page_errors == [] and re.search("/needs", page.url)
