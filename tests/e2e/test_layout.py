"""Layout in a real browser: what the screenshot review found, at a laptop's and a phone's width.

* The admin's navbar stays on one line at 1280 px, in English and in Chinese (no link
  wrapped, no "中文" split into one character a line); on a phone it collapses.
* The match queue's selects show their whole choice, and the history's dates never wrap.
* The admin dashboard's cards in a row have the same height.
"""

from __future__ import annotations

import re

import pytest

from matchmaker.extensions import db
from matchmaker.models import Notification

from .test_match_journey import ADMIN, CITY, COMPANY, signed_in_as, suggest

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 900}
TABLET = {"width": 820, "height": 1180}
PHONE = {"width": 390, "height": 844}

# How many lines of text each element takes (its content box over its line height).
LINES = """elements => elements.filter(e => e.offsetParent !== null).map(e => {
  const style = getComputedStyle(e);
  const content = e.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
  return [e.textContent.trim(), Math.round(content / line * 10) / 10];
})"""

# For a select: the width its chosen option's text needs, and the width it has for it.
SELECT_FIT = """select => {
  const style = getComputedStyle(select);
  const context = document.createElement("canvas").getContext("2d");
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const text = select.options[select.selectedIndex].text;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [text, context.measureText(text).width, room];
}"""


@pytest.fixture
def admin_with_a_match(app, make_user, make_need, make_technology):
    """An admin with an unread notification (the badge widens the navbar) and one suggestion."""
    admin = make_user("admin", email=ADMIN)
    city = make_user("city", email=CITY, country="CN", region="CN-GD")
    company = make_user("company", email=COMPANY)
    suggest(app, make_need(city), make_technology(company))
    with app.app_context():
        db.session.add(Notification(user_id=admin.id, kind="match_requested", payload={}, link="/admin/matches"))
        db.session.commit()
    return admin


def one_line_each(page, selector: str) -> None:
    wrapped = [(text, lines) for text, lines in page.locator(selector).evaluate_all(LINES) if lines > 1.3]
    assert wrapped == [], f"wrapped onto several lines: {wrapped}"


def no_sideways_scroll(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("language", ["en", "zh"])
def test_admin_navbar_is_one_line_on_a_laptop(live_server, page, page_errors, admin_with_a_match, language):
    from playwright.sync_api import expect

    signed_in_as(page, live_server, ADMIN)
    page.goto(f"{live_server}/admin/matches?lang={language}")
    expect(page.locator(".navbar-toggler")).to_be_hidden()
    one_line_each(page, ".navbar .nav-link")
    tops = {round(box["y"]) for box in (link.bounding_box() for link in page.locator(".navbar .nav-link").all())}
    assert max(tops) - min(tops) <= 4, tops  # one row, not two
    language_switch = page.locator(".navbar a[lang]")
    expect(language_switch).to_have_text("English" if language == "zh" else "中文")
    no_sideways_scroll(page, LAPTOP["width"])
    # The admin's pages are one menu away.
    page.locator("#admin-menu").click()
    page.locator(".navbar .dropdown-menu.show").get_by_role(
        "link", name="匹配审批队列" if language == "zh" else "Match queue"
    ).click()
    expect(page).to_have_url(re.compile(r"/admin/matches$"))
    assert page_errors == []


@pytest.mark.parametrize("language", ["en", "zh"])
def test_admin_navbar_collapses_on_a_phone(live_server, page, page_errors, admin_with_a_match, language):
    from playwright.sync_api import expect

    signed_in_as(page, live_server, ADMIN)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server}/admin/matches?lang={language}")
    expect(page.locator("#nav")).to_be_hidden()
    page.locator(".navbar-toggler").click()
    expect(page.locator("#nav")).to_have_class(re.compile(r"\bshow\b"))
    one_line_each(page, ".navbar .nav-link")
    page.locator("#admin-menu").click()
    expect(page.locator("#nav .dropdown-menu.show a").first).to_be_visible()
    no_sideways_scroll(page, PHONE["width"])
    assert page_errors == []


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", LAPTOP), ("zh", LAPTOP), ("en", TABLET), ("en", PHONE), ("zh", PHONE)]
)
def test_queue_filters_show_whole_choices_and_dates_stay_whole(
    live_server, page, page_errors, admin_with_a_match, language, viewport
):
    signed_in_as(page, live_server, ADMIN)
    page.set_viewport_size(viewport)
    page.goto(f"{live_server}/admin/matches?lang={language}&category=nature-based")
    toggle = page.locator("[data-bs-target='#queue-filters']")
    if toggle.is_visible():  # folded on a phone: open them first
        toggle.click()
        page.locator("#queue-filters").wait_for(state="visible")
        page.wait_for_timeout(400)  # the collapse's animation
    for select in ("#status", "#category", "#sort"):
        text, needed, room = page.locator(select).evaluate(SELECT_FIT)
        assert needed <= room, f"{select} cuts “{text}”: needs {needed:.0f} px, has {room:.0f}"
    page.goto(f"{live_server}/admin/matches?lang={language}")
    one_line_each(page, "tbody .text-nowrap")
    assert page_errors == []


def test_admin_dashboard_cards_in_a_row_are_as_high_as_each_other(live_server, page, page_errors, admin_with_a_match):
    signed_in_as(page, live_server, ADMIN)
    page.goto(f"{live_server}/admin/")
    for row in page.locator("main .row:has(> div > .card), main .row:has(> li > .card)").all():
        heights = {round(card.bounding_box()["height"]) for card in row.locator(".card").all()}
        assert len(heights) == 1, heights
    assert page_errors == []
