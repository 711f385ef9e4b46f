"""Journey after connection: the parties move a connected match to pilot, contract and
operating on its page, an admin verifies the reported reduction, both consent, the admin
publishes; the showcase and the city's progress page show it, in English and Chinese."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, MatchOrigin, MatchStage, MatchStatus, StageEntry

from ..helpers import PASSWORD
from .conftest import screenshot
from .test_marketplace_journey import sign_in, sign_out
from .test_match_journey import ADMIN, CITY, CITY_NAME, COMPANY, COMPANY_NAME, set_contact

pytestmark = pytest.mark.browser
TODAY = date.today()


@pytest.fixture
def connected(app, make_user, make_need, make_technology) -> int:
    make_user("admin", email=ADMIN)
    city = make_user("city", email=CITY, country="CN", region="CN-GD")
    company = make_user("company", email=COMPANY)
    set_contact(app, city, CITY_NAME, "Li Wei", "partnerships@futian.example")
    set_contact(app, company, COMPANY_NAME, "Dana Ortiz", "sales@gridflex.example")
    need_id, technology_id = make_need(city), make_technology(company)
    with app.app_context():
        match = Match(need_id=need_id, technology_id=technology_id, status=MatchStatus.CONNECTED,
                      origin=MatchOrigin.REQUEST, stage=MatchStage.CONNECTED, city_interested=True,
                      company_interested=True)
        db.session.add(match)
        db.session.flush()
        db.session.add(StageEntry(match_id=match.id, stage=MatchStage.CONNECTED, date=TODAY - timedelta(days=200)))
        db.session.commit()
        return match.id


def move(page, base, match_id, stage, when, **fields):
    from playwright.sync_api import expect

    page.goto(f"{base}/matches/{match_id}")
    form = page.locator("#stage-form")
    form.locator("#f-stage").select_option(stage)
    form.locator("#f-date").fill(when.isoformat())
    for name, value in fields.items():
        form.locator(f"[name='{name}']").fill(value)
    form.locator("button[type=submit]").click()
    expect(page.locator(f"#stage [data-stage='{stage}']").first).to_be_visible()


def test_from_connection_to_a_published_story(live_server, page, page_errors, connected):
    from playwright.sync_api import expect

    base, match_id = live_server, connected
    sign_in(page, base, CITY, PASSWORD)
    move(page, base, match_id, "pilot", TODAY - timedelta(days=150), pilot_scope="20 office buildings")
    # A bad contract value: named, in place, the input kept; nothing changed.
    page.locator("#f-stage").select_option("contract")
    page.locator("#f-date").fill(TODAY.isoformat())
    page.locator("[name='contract_value.amount']").fill("-5")
    page.locator("[name='contract_value.currency']").fill("ZZZ")
    page.locator("#stage-form button[type=submit]").click()
    expect(page.locator("#f-contract_value\\.amount-error")).to_have_text("Enter an amount greater than zero.")
    expect(page.locator("[name='contract_value.currency']")).to_have_value("ZZZ")
    sign_out(page)

    sign_in(page, base, COMPANY, PASSWORD)
    move(page, base, match_id, "contract", TODAY - timedelta(days=90),
         **{"contract_value.amount": "8,500,000", "contract_value.currency": "CNY"})
    expect(page.locator("#contract-value")).to_contain_text("≈ US$")
    move(page, base, match_id, "operating", TODAY - timedelta(days=10), co2e_t_per_year="2400",
         pm25_kg_per_year="420")
    page.locator("#c-story").fill("Our first deployment in Shenzhen.")
    page.locator("#consent-form button[value=true]").click()
    sign_out(page)

    sign_in(page, base, CITY, PASSWORD)
    page.goto(f"{base}/matches/{match_id}")
    page.locator("#c-story").fill("Peak load down 14 MW in the first summer.")
    page.locator("#c-story-zh").fill("第一个夏天高峰负荷降低了14兆瓦。")
    page.locator("#consent-form button[value=true]").click()
    sign_out(page)

    sign_in(page, base, ADMIN, PASSWORD)
    page.goto(f"{base}/matches/{match_id}")
    page.locator("#v-note").fill("Twelve months of metered data checked.")
    page.locator("#verify-form button").click()
    expect(page.locator("#co2e-verified")).to_contain_text("2,400 t")
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "outcome-match-1280")
    page.locator("#showcase form button").last.click()  # publish
    expect(page.locator("#story")).to_contain_text("Peak load down 14 MW")
    sign_out(page)

    page.goto(f"{base}/showcase")
    expect(page.locator(f"[data-story='{match_id}']")).to_contain_text(CITY_NAME)
    expect(page.locator("[data-total='verified']").first).to_have_text("2,400")
    screenshot(page, "showcase-1280")
    page.goto(f"{base}/showcase?lang=zh")
    expect(page.locator("h1")).to_have_text("成功案例")
    expect(page.locator(f"[data-story='{match_id}']")).to_contain_text("第一个夏天高峰负荷降低了14兆瓦。")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "showcase-zh-390")
    page.set_viewport_size({"width": 1280, "height": 900})

    sign_in(page, base, CITY, PASSWORD)
    page.goto(f"{base}/progress")
    expect(page.locator("[data-figure='verified_t_per_year']")).to_have_text("2,400")
    expect(page.locator("#deployments")).to_contain_text("2,400")
    screenshot(page, "progress-1280")
    page.goto(f"{base}/progress?lang=zh")
    page.goto(page.url.split("?")[0] + "?lang=zh")
    expect(page.locator("h1")).to_contain_text("减排目标进展")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()  # laid out at phone width from the start, as a phone would
    wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert wide <= 0, f"the progress page scrolls sideways by {wide} px on a phone"
    screenshot(page, "progress-zh-390")
    # The one refused form answers 422 (the browser logs it); nothing else went wrong.
    assert [error for error in page_errors if "422" not in error] == []


def test_the_outcome_insights_on_a_laptop_and_a_phone(app, live_server, page, page_errors, connected):
    """The admin's outcome insights: the funnel drawn, the figures in the tables, the rate date
    said; at 390 px nothing scrolls sideways (the wide tables scroll inside their box)."""
    from playwright.sync_api import expect

    with app.app_context():  # the connected match went on to pilot and a contract of 8.5M yuan
        match = db.session.get(Match, connected)
        match.stage, match.contract_amount, match.contract_currency = MatchStage.CONTRACT, 8_500_000, "CNY"
        for days, stage in ((150, MatchStage.PILOT), (90, MatchStage.CONTRACT)):
            db.session.add(StageEntry(match_id=match.id, stage=stage, date=TODAY - timedelta(days=days)))
        db.session.commit()
    sign_in(page, live_server, ADMIN, PASSWORD)
    page.emulate_media(reduced_motion="reduce")  # charts drawn at once: the screenshot shows their end
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/admin/insights/outcomes")
    expect(page.locator("[data-total='contract']")).to_have_text("1")
    expect(page.locator("#days-table [data-key='pilot→contract'] [data-figure='median_days']")).to_have_text("60")
    expect(page.locator("#rates-note")).to_contain_text("2024-12-31")
    expect(page.locator("canvas[data-chart='funnel']")).to_have_attribute("width", re.compile(r"\d+"))
    screenshot(page, "outcome-insights-en-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server}/admin/insights/outcomes?lang=zh")
    expect(page.locator("h1")).to_have_text("成果洞察")
    wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert wide <= 0, f"the page scrolls sideways by {wide} px"
    screenshot(page, "outcome-insights-zh-390")
    assert page_errors == []
