"""The company feed in a real browser, over the demo data (issue 13 sections 1 and 4).

A company signs in and sees, for its demand-response platform, Guangzhou's peak-load need at
the top with its reasons; it asks for an introduction with a message, which the admins read in
their queue. Screenshots of the feed, a need's suggestions and the admins' queue at 1280 px
and 390 px, in English and Chinese; on the phone every action button is within the screen.
"""

from __future__ import annotations

import pytest

from matchmaker import demo

from .conftest import screenshot
from .test_demo_pages import load_demo, signed_in

pytestmark = pytest.mark.browser

COMPANY = "bd@pengcheng-grid.example"
GUANGZHOU = "climate@guangzhou.example"
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Buttons (and button-like links) a reader may use, that lie outside the screen's width.
OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main .btn, main button, main summary.btn')]
    .filter(e => e.offsetParent !== null)
    .map(e => { const box = e.getBoundingClientRect(); return [e.textContent.trim(), box.left, box.right]; })
    .filter(([, left, right]) => left < 0 || right > width + 0.5);
}"""


# The elements reaching beyond a 390 px screen, named, so a failure says what widens the page.
WIDER_THAN_THE_PHONE = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > 391)
    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 15)"""


def pictures(page, name: str) -> None:
    """Screenshots of the current page at 1280 px and 390 px, in English and Chinese; on the
    phone, no action button lies beyond the screen and nothing scrolls sideways."""
    url = page.url.split("&lang=")[0].split("?lang=")[0]
    joiner = "&" if "?" in url else "?"
    for language in ("en", "zh"):
        for label, size in (("1280", LAPTOP), ("390", PHONE)):
            page.set_viewport_size(size)
            page.goto(f"{url}{joiner}lang={language}")
            if size is PHONE:
                assert page.evaluate(OFF_SCREEN) == [], f"{name} {language}: buttons off-screen"
                wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                wider = page.evaluate(WIDER_THAN_THE_PHONE)
                assert wide <= 0, f"{name} {language}: the page scrolls sideways by {wide} px {wider}"
            screenshot(page, f"{name}-{language}-{label}")
    page.set_viewport_size(LAPTOP)
    page.goto(f"{url}{joiner}lang=en")


def test_a_company_sees_the_needs_that_fit_and_asks_with_a_message(app, live_server, page, page_errors):
    load_demo(app)
    signed_in(page, live_server, COMPANY)
    page.goto(f"{live_server}/company/?lang=en")
    feed = page.locator("#feed ~ section").first
    first = feed.locator(".feed-item").first
    assert "Guangzhou" in first.inner_text() and "90%" in first.inner_text()
    assert "demand response" in first.locator(".reasons").inner_text()
    pictures(page, "company-feed")

    # The first fitting need the company has not asked about yet (the demo connects some pairs).
    first = page.locator("#feed ~ section").first.locator(".feed-item:has(summary)").first
    first.locator("summary").click()
    first.locator("textarea[name=message]").fill("We shifted 40 MW of office peak load in Foshan in 2025.")
    first.get_by_role("button", name="Send the request").click()
    assert "Introduction requested" in page.locator(".alert").first.inner_text()
    assert "40 MW of office peak load" in page.locator(".request-message").inner_text()

    page.context.clear_cookies()
    signed_in(page, live_server, demo.ADMIN_EMAIL)
    page.goto(f"{live_server}/admin/matches?status=requested&lang=en")
    assert page.locator(".request-message", has_text="40 MW of office peak load").count() == 1
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server}/admin/matches?status=requested&lang=en")
    assert not page.locator("#queue-filters").is_visible(), "filters folded on a phone"
    assert page.get_by_role("button", name="Approve", exact=True).first.bounding_box()["y"] < 844 * 2
    page.get_by_role("button", name="Filters").click()
    page.locator("#queue-filters").wait_for(state="visible")
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_server}/admin/matches?status=requested")  # a short queue: the pictures stay readable
    pictures(page, "admin-queue")
    assert page_errors == []


def test_a_city_reads_a_needs_suggestions_on_a_phone_with_its_key_facts_first(app, live_server, page, page_errors):
    load_demo(app)
    signed_in(page, live_server, GUANGZHOU)
    page.goto(f"{live_server}/city/?lang=en")
    page.locator("main a[href^='/needs/']").first.click()
    assert page.locator("#suggestions").count() == 1
    page.set_viewport_size(PHONE)
    page.reload()
    facts = page.locator(".need-facts").bounding_box()
    suggestions = page.locator("#suggestions").bounding_box()
    assert facts["y"] < suggestions["y"], "budget, stage and deadline come before the suggestions on a phone"
    page.set_viewport_size(LAPTOP)
    pictures(page, "need-suggestions")
    assert page_errors == []


def test_a_chinese_search_finds_the_english_records_on_a_laptop_and_a_phone(app, live_server, page, page_errors):
    load_demo(app)
    page.goto(f"{live_server}/technologies?q=需求响应&lang=zh")
    names = page.locator("main h2, main h3, main .card-title").all_inner_texts()
    assert any("Demand Response Aggregation Platform" in name for name in names), names
    pictures(page, "cross-lingual-search")
    assert page_errors == []
