"""Insights beyond connection (issue 10): the funnel, median days between stages, contract value
and reductions by technology category and by country pair, on a small hand-built data set; the
page (both languages, empty state, who may see it), its CSV; and the home page's meetings held."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import EventMeeting, Match, MatchOrigin, MatchStage, MatchStatus, StageEntry, User
from matchmaker.services import currency, events, outcome_insights

from .test_event_schedule import mission  # noqa: F401 (fixture: 4 accepted meetings)

DAY0 = date(2026, 1, 5)

# name: (technology, need, status, [(stage, day), ...], stage now, contract (amount, currency), reported t, verified)
MATCHES = {
    "m1": ("grid_cn", "us_1", "connected", [("connected", 0), ("pilot", 10), ("contract", 40), ("operating", 100)],
           "operating", (100_000, "USD"), 1000, True),
    "m2": ("air_us", "cn_1", "connected", [("connected", 0), ("pilot", 20), ("contract", 80)],
           "contract", (7_000_000, "CNY"), None, False),
    "m3": ("water_us", "cn_1", "connected", [("connected", 0), ("contract", 30), ("operating", 110)],  # no pilot
           "operating", (1_000_000, "EUR"), 400, False),
    "m4": ("grid_cn", "cn_1", "connected", [("connected", 0), ("pilot", 5), ("stopped", 50)],
           "stopped", None, None, False),
    "m5": ("air_us", "us_1", "connected", [("connected", 0)], "connected", None, None, False),
    "m6": ("water_us", "us_1", "connected", [], None, None, None, False),  # connected before stages existed
    "m7": ("grid_cn", "us_2", "approved", [], None, None, None, False),  # not connected: not counted
    "m8": ("water_us", "cn_2", "connected", [("connected", 0), ("contract", 60)],
           "contract", (2_000_000_000, "VND"), None, False),  # no rate for VND in the table
}


@pytest.fixture
def people(make_user):
    return {
        "admin": make_user("admin"),
        "city_cn": make_user("city", country="CN", region="CN-GD"),
        "city_us": make_user("city", country="US", region="US-CA"),
        "company_cn": make_user("company", country="CN", region="CN-GD"),
        "company_us": make_user("company", country="US", region="US-CA"),
        "investor": make_user("investor"),
    }


@pytest.fixture
def outcomes_world(app, people, make_need, make_technology):
    """Eight matches between four needs and three technologies, with their stage histories."""
    records = {
        "grid_cn": make_technology(people["company_cn"], categories=["smart-grid"], co2e_reduction_t_per_year=3000),
        "air_us": make_technology(people["company_us"], name="Port air", categories=["clean-air", "smart-grid"],
                                  co2e_reduction_t_per_year=2000),
        "water_us": make_technology(people["company_us"], name="Grey water", categories=["clean-water"],
                                    co2e_reduction_t_per_year=500),
        "us_1": make_need(people["city_us"], region="US-CA"),
        "us_2": make_need(people["city_us"], title="Second need", region="US-CA"),
        "cn_1": make_need(people["city_cn"]),
        "cn_2": make_need(people["city_cn"], title="Another need"),
    }
    with app.app_context():
        for technology, need, status, history, stage, contract, reported, verified in MATCHES.values():
            amount, code = contract or (None, None)
            match = Match(
                need_id=records[need], technology_id=records[technology], status=MatchStatus(status),
                origin=MatchOrigin.REQUEST, stage=MatchStage(stage) if stage else None,
                contract_amount=amount, contract_currency=code, co2e_t_per_year=reported, co2e_verified=verified,
            )
            db.session.add(match)
            db.session.flush()
            for step, day in history:
                db.session.add(StageEntry(match_id=match.id, stage=MatchStage(step), date=DAY0 + timedelta(day)))
        db.session.commit()
    return records


def usd(amount: float, code: str) -> float:
    return currency.to_usd(amount, code)


def by_key(rows: list[dict]) -> dict[str, dict]:
    return {row["key"]: row for row in rows}


def test_the_funnel_counts_what_each_match_reached_and_where_the_stopped_one_stopped(app, outcomes_world):
    with app.app_context():
        figures = outcome_insights.figures()
    assert figures["connected"] == 7
    # m3 skipped the pilot and still passed it; m4 reached the pilot, then stopped
    assert {row["stage"]: row["count"] for row in figures["funnel"]} == {
        "connected": 7, "pilot": 5, "contract": 4, "operating": 2
    }
    assert figures["funnel"][2]["share"] == round(4 / 7, 3)
    assert figures["stopped"] == {"total": 1, "after": {"connected": 0, "pilot": 1, "contract": 0, "operating": 0}}


def test_median_days_between_stages(app, outcomes_world):
    with app.app_context():
        durations = outcome_insights.figures()["durations"]
    assert {(row["from"], row["to"]): (row["matches"], row["median_days"]) for row in durations} == {
        ("connected", "pilot"): (3, 10),  # 10, 20, 5
        ("pilot", "contract"): (2, 45),  # 30, 60
        ("contract", "operating"): (2, 70),  # 60, 80
        ("connected", "operating"): (2, 105),  # 100, 110
    }


def test_contract_value_and_reductions_by_category_kinds_apart(app, outcomes_world):
    with app.app_context():
        figures = outcome_insights.figures()
        cny, eur = usd(7_000_000, "CNY"), usd(1_000_000, "EUR")
    rows = by_key(figures["categories"])
    assert set(rows) == {"smart-grid", "clean-air", "clean-water"}  # m4 stopped before contract: not counted
    grid = rows["smart-grid"]  # m1, and m2 (its technology is in two categories)
    assert (grid["contracts"], grid["verified_t"], grid["reported_t"], grid["estimated_t"]) == (2, 1000, 0, 2000)
    assert grid["contract_value_usd"] == pytest.approx(100_000 + cny)
    assert rows["clean-air"]["contract_value_usd"] == pytest.approx(cny) and rows["clean-air"]["estimated_t"] == 2000
    water = rows["clean-water"]  # m3 reported 400; m8's value has no rate, its reduction is the estimate
    assert (water["contracts"], water["verified_t"], water["reported_t"], water["estimated_t"]) == (2, 0, 400, 500)
    assert water["contract_value_usd"] == pytest.approx(eur)
    assert figures["unconverted"] == 1
    most_value_first = ["smart-grid", "clean-water", "clean-air"]
    assert [row["key"] for row in figures["categories"]] == most_value_first


def test_contract_value_and_reductions_by_country_pair_company_first(app, outcomes_world):
    with app.app_context():
        figures = outcome_insights.figures()
        cny, eur = usd(7_000_000, "CNY"), usd(1_000_000, "EUR")
    rows = by_key(figures["country_pairs"])
    assert set(rows) == {"CN→US", "US→CN"}
    assert rows["CN→US"] == {"key": "CN→US", "contracts": 1, "contract_value_usd": 100_000,
                             "verified_t": 1000, "reported_t": 0, "estimated_t": 0}  # dollars stay exact
    us_cn = rows["US→CN"]
    assert (us_cn["contracts"], us_cn["reported_t"], us_cn["estimated_t"]) == (3, 400, 2500)
    assert us_cn["contract_value_usd"] == pytest.approx(cny + eur)


def test_the_csv_has_a_row_for_each_figure(app, client, login, people, outcomes_world):
    login(people["admin"])
    response = client.get("/admin/insights/outcomes.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "outcomes.csv" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["section", "key", "value"]
    values = {(section, key): value for section, key, value in rows[1:]}
    assert len(values) == len(rows) - 1  # no (section, key) twice
    assert values[("total", "connected")] == "7"
    assert [values[("funnel", stage)] for stage in ("connected", "pilot", "contract", "operating")] == [
        "7", "5", "4", "2"
    ]
    assert values[("stopped", "total")] == "1" and values[("stopped.after", "pilot")] == "1"
    assert float(values[("days.median", "pilot→contract")]) == 45 and values[("days.matches", "connected→pilot")] == "3"
    assert float(values[("days.median", "contract→operating")]) == 70
    assert values[("category.contracts", "smart-grid")] == "2"
    assert float(values[("category.verified_t", "smart-grid")]) == 1000
    assert float(values[("category.estimated_t", "clean-water")]) == 500
    assert float(values[("country_pair.contract_value_usd", "CN→US")]) == 100_000
    assert float(values[("country_pair.reported_t", "US→CN")]) == 400
    assert values[("contracts", "without_rate")] == "1"
    assert values[("rates", "date")] == currency.rates().date and values[("rates", "source")]
    sections = {section for section, _key in values}
    assert not any("total_t" in section for section in sections)  # the kinds are never added up


def test_the_page_shows_the_figures_charts_and_rates_in_both_languages(app, client, login, people, outcomes_world):
    login(people["admin"])
    html = client.get("/admin/insights/outcomes").get_data(as_text=True)
    assert 'data-total="connected">7' in html and 'data-total="stopped">1' in html
    row = re.search(r'<tr data-key="smart-grid">(.*?)</tr>', html, re.S).group(1)
    assert 'data-figure="verified_t">1,000' in row and 'data-figure="estimated_t">2,000' in row
    assert 'data-key="CN→US"' in html and "China → United States" in html
    assert currency.rates().date in html and 'id="no-outcomes"' not in html
    charts = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
                        .group(1))
    assert charts["funnel"]["values"] == [7, 5, 4, 2]
    assert [series["values"] for series in charts["reductions"]["series"]] == [[1000, 0, 0], [0, 400, 0],
                                                                                 [2000, 500, 2000]]
    zh = client.get("/admin/insights/outcomes?lang=zh").get_data(as_text=True)
    assert "成果洞察" in zh and "中国 → 美国" in zh and "按技术类别的合同" in zh


def test_the_empty_page_says_so(app, client, login, people):
    login(people["admin"])
    html = client.get("/admin/insights/outcomes").get_data(as_text=True)
    assert 'id="no-outcomes"' in html and 'id="chart-data"' not in html and 'data-total="connected">0' in html
    rows = list(csv.reader(io.StringIO(client.get("/admin/insights/outcomes.csv").get_data(as_text=True)
                                       .lstrip("\ufeff"))))
    values = {(section, key): value for section, key, value in rows[1:]}
    assert values[("total", "connected")] == "0" and values[("days.median", "connected→pilot")] == ""
    assert not any(section.startswith("category.") for section, _key in values)


@pytest.mark.parametrize("path", ["/admin/insights/outcomes", "/admin/insights/outcomes.csv"])
@pytest.mark.parametrize(
    ("role", "code"),
    [(None, 302), ("city_cn", 403), ("company_us", 403), ("investor", 403), ("admin", 200)],
)
def test_only_admins_see_the_outcome_insights(client, login, people, path, role, code):
    if role:
        login(people[role])
    response = client.get(path)
    assert response.status_code == code
    if code == 302:
        assert response.headers["Location"].startswith("/login")


# --- the home page's meetings held --------------------------------------------------------------


def test_the_home_page_counts_the_meetings_held(app, client, mission):  # noqa: F811
    before = client.get("/").get_data(as_text=True)
    assert 'data-total="meetings_held">0' in before  # accepted, not yet checked in
    held, no_show = mission["meetings"][:2], mission["meetings"][2]
    with app.app_context():
        admin = db.session.get(User, mission["admin"].id)
        for meeting_id in held:
            events.record_attendance(admin, mission["event"], meeting_id, True)
        events.record_attendance(admin, mission["event"], no_show, False)
        db.session.commit()
        assert events.meetings_held() == 2
        cancelled = db.session.get(EventMeeting, held[1])
        cancelled.status = events.M.CANCELLED  # checked in, then cancelled: not held
        db.session.commit()
    home = client.get("/").get_data(as_text=True)
    assert 'data-total="meetings_held">1' in home and "Meetings held at events" in home
    assert "已举行的活动会面" in client.get("/?lang=zh").get_data(as_text=True)


# --- converted figures name their rates ---------------------------------------------------------


def test_a_matchs_converted_value_names_its_rates_and_none_without_a_value(client, api_token, people,
                                                                             outcomes_world, app):
    with app.app_context():
        ids = {stage: db.session.execute(db.select(Match.id).where(Match.stage == MatchStage(stage))).scalars().first()
               for stage in ("contract", "connected")}
    headers = api_token(people["admin"])
    contract = client.get(f"/api/v1/matches/{ids['contract']}", headers=headers).get_json()
    table = currency.rates()
    assert contract["contract_value_usd"] is not None
    assert contract["contract_value_usd_rates"] == {"date": table.date, "source": table.source}
    connected = client.get(f"/api/v1/matches/{ids['connected']}", headers=headers).get_json()
    assert connected["contract_value_usd"] is None and connected["contract_value_usd_rates"] is None


def test_the_rate_table_states_its_source_and_date_and_is_plausible():
    table = currency.rates()
    assert table.date == "2024-12-31" and table.source.startswith("European Central Bank")
    per_usd = {code: currency.to_usd(1, "USD") / currency.to_usd(1, code) for code in ("CNY", "EUR", "JPY", "HKD")}
    assert 7.1 <= per_usd["CNY"] <= 7.35  # the yuan stayed near 7.1-7.3 a dollar through 2024
    assert 0.90 <= per_usd["EUR"] <= 0.97  # 0.92 on average over 2024, 0.96 at its end
    assert 7.75 <= per_usd["HKD"] <= 7.85  # the Hong Kong dollar's band
    assert 140 <= per_usd["JPY"] <= 162


def test_the_home_pages_reported_total_leaves_the_estimates_out(app, outcomes_world):
    from matchmaker.services import outcomes

    with app.app_context():
        assert outcomes.platform_totals()["operating_t_per_year"] == 1000 + 400  # m1 and m3, both reported
        grey_water = db.session.execute(
            db.select(Match).where(Match.technology_id == outcomes_world["water_us"], Match.co2e_t_per_year == 400)
        ).scalar_one()
        grey_water.co2e_t_per_year = None  # nothing reported: only the technology's estimate (500) is left
        db.session.commit()
        assert outcomes.platform_totals()["operating_t_per_year"] == 1000
        assert outcomes.totals([grey_water])["operating_t_per_year"] == 500  # the impact contract's fallback stays
