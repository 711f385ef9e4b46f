"""Insight pages: the figures for each scope, their CSV, the audit log browser, matching settings."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from matchmaker import scoring
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStatus, User
from matchmaker.services import audit, policy, settings, stats

from .helpers import table_count

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@dataclass
class World:
    admin: User
    city_a: User  # CN, needs n1 [smart-grid] and n2 [clean-air, smart-grid]
    city_b: User  # US, need n3 [clean-water]
    company_x: User  # US, technologies t1 and t2
    company_y: User  # CN, technology t3
    match_ids: dict[str, int] = field(default_factory=dict)


# (name, need, technology, status, requested by, hours from creation to the decision)
MATCHES = [
    ("m1", "n1", "t1", "suggested", None, None),
    ("m2", "n1", "t2", "requested", "city_a", None),  # the company did not ask: it cannot see it
    ("m3", "n2", "t1", "requested", "company_x", None),
    ("m4", "n2", "t2", "approved", None, 10),
    ("m5", "n3", "t1", "connected", "company_x", 20),
    ("m6", "n3", "t2", "declined", None, 30),
    ("m7", "n1", "t3", "rejected", "city_a", 4),
    ("m8", "n3", "t3", "rejected", None, 2),
]


@pytest.fixture
def world(app, make_user, make_need, make_technology) -> World:
    """Eight hand-built matches between three needs and three technologies."""
    world = World(
        admin=make_user("admin"),
        city_a=make_user("city", country="CN", region="CN-GD"),
        city_b=make_user("city", country="US", region="US-CA"),
        company_x=make_user("company", country="US", region="US-CA"),
        company_y=make_user("company", country="CN", region="CN-GD"),
    )
    records = {
        "n1": make_need(world.city_a, categories=["smart-grid"]),
        "n2": make_need(world.city_a, title="Cleaner air at the port", categories=["clean-air", "smart-grid"]),
        "n3": make_need(world.city_b, title="Reuse grey water", categories=["clean-water"], region="US-CA"),
        "t1": make_technology(world.company_x),
        "t2": make_technology(world.company_x, name="Second technology"),
        "t3": make_technology(world.company_y, name="Third technology"),
    }
    with app.app_context():
        for number, (name, need, technology, status, requester, hours) in enumerate(MATCHES):
            created = START + timedelta(days=number)
            match = Match(
                need_id=records[need],
                technology_id=records[technology],
                status=MatchStatus(status),
                origin=MatchOrigin.REQUEST if requester else MatchOrigin.ENGINE,
                score=0.6,
                created_at=created,
                requested_by_id=getattr(world, requester).id if requester else None,
                requested_at=created + timedelta(minutes=30) if requester else None,
                decided_by_id=world.admin.id if hours else None,
                decided_at=created + timedelta(hours=hours) if hours else None,
            )
            db.session.add(match)
            db.session.flush()
            world.match_ids[name] = match.id
        db.session.commit()
    return world


ADMIN_FIGURES = {
    "total": 8,
    "statuses": {"suggested": 1, "requested": 2, "approved": 1, "rejected": 2, "connected": 1, "declined": 1},
    "funnel": [
        {"stage": "suggested", "count": 8, "share": 1.0},
        {"stage": "requested", "count": 6, "share": 0.75},  # m2–m7: asked for, or introduced
        {"stage": "approved", "count": 3, "share": 0.375},
        {"stage": "connected", "count": 1, "share": 0.125},
    ],
    "categories": [
        {"category": "smart-grid", "matches": 5, "introduced": 1},
        {"category": "clean-water", "matches": 3, "introduced": 2},
        {"category": "clean-air", "matches": 2, "introduced": 1},
    ],
    "country_pairs": [
        {"pair": "US→CN", "matches": 4},
        {"pair": "US→US", "matches": 2},
        {"pair": "CN→CN", "matches": 1},
        {"pair": "CN→US", "matches": 1},
    ],
    "decision_times": {"decided": 5, "median_hours": 10.0, "mean_hours": 13.2},
}
# Company X sees m3 (it asked), m4, m5, m6 (introduced); not m1 (a bare suggestion) nor m2.
COMPANY_X_FIGURES = {
    "total": 4,
    "statuses": {"suggested": 0, "requested": 1, "approved": 1, "rejected": 0, "connected": 1, "declined": 1},
    "funnel": [
        {"stage": "suggested", "count": 4, "share": 1.0},
        {"stage": "requested", "count": 4, "share": 1.0},
        {"stage": "approved", "count": 3, "share": 0.75},
        {"stage": "connected", "count": 1, "share": 0.25},
    ],
    "categories": [
        {"category": "clean-air", "matches": 2, "introduced": 1},
        {"category": "clean-water", "matches": 2, "introduced": 2},
        {"category": "smart-grid", "matches": 2, "introduced": 1},
    ],
    "country_pairs": [{"pair": "US→CN", "matches": 2}, {"pair": "US→US", "matches": 2}],
    "decision_times": {"decided": 3, "median_hours": 20.0, "mean_hours": 20.0},
}


def figures_for(app, user: User) -> dict:
    with app.app_context():
        return stats.overview(stats.scope_for(db.session.get(User, user.id)))


def without_cities(figures: dict) -> dict:
    return {key: value for key, value in figures.items() if key != "cities"}


def test_admin_figures_count_everything(app, world):
    figures = figures_for(app, world.admin)
    assert without_cities(figures) == ADMIN_FIGURES
    assert [(row["country"], row["matches"], row["introduced"]) for row in figures["cities"]] == [
        ("CN", 5, 1),
        ("US", 3, 2),
    ]


def test_company_counts_only_the_matches_it_may_see(app, world):
    figures = figures_for(app, world.company_x)
    assert without_cities(figures) == COMPANY_X_FIGURES
    with app.app_context():
        company = db.session.get(User, world.company_x.id)
        visible = [m for m in db.session.execute(db.select(Match)).scalars() if policy.can_view_match(company, m)]
    assert figures["total"] == len(visible) == 4  # the same rule as the match pages
    assert figures_for(app, world.company_y)["total"] == 0  # both its matches were rejected unasked


def test_city_counts_the_matches_of_its_own_needs(app, world):
    figures = figures_for(app, world.city_a)
    assert figures["total"] == 5
    assert figures["statuses"] == {
        "suggested": 1,
        "requested": 2,
        "approved": 1,
        "rejected": 1,
        "connected": 0,
        "declined": 0,
    }
    assert [row["pair"] for row in figures["country_pairs"]] == ["US→CN", "CN→CN"]
    assert figures["decision_times"] == {"decided": 2, "median_hours": 7.0, "mean_hours": 7.0}


def test_no_matches_gives_zeros_not_errors(app, make_user):
    admin = make_user("admin")
    figures = figures_for(app, admin)
    assert figures["total"] == 0 and figures["categories"] == [] and figures["country_pairs"] == []
    assert figures["funnel"][0] == {"stage": "suggested", "count": 0, "share": 0.0}
    assert figures["decision_times"] == {"decided": 0, "median_hours": None, "mean_hours": None}


def read_csv(response) -> list[list[str]]:
    """The rows of a CSV download, which must open in Excel: UTF-8 with a BOM, one charset."""
    assert response.status_code == 200 and response.headers["Content-Type"] == "text/csv; charset=utf-8"
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.mark.parametrize(
    ("who", "url", "expected"),
    [("admin", "/admin/insights.csv", ADMIN_FIGURES), ("company_x", "/company/insights.csv", COMPANY_X_FIGURES)],
)
def test_csv_has_the_same_numbers(app, client, world, login, who, url, expected):
    login(getattr(world, who))
    rows = read_csv(client.get(url))
    assert rows[0] == ["section", "key", "value"]
    with app.app_context():
        figures = stats.overview(stats.scope_for(db.session.get(User, getattr(world, who).id)))
        assert rows[1:] == [[s, k, "" if v is None else str(v)] for s, k, v in stats.rows_for_csv(figures)]
    cells = {(section, key): value for section, key, value in rows[1:]}
    assert cells["total", "matches"] == str(expected["total"])
    assert cells["funnel", "approved"] == str(expected["funnel"][2]["count"])
    assert cells["decision_time", "median_hours"] == str(expected["decision_times"]["median_hours"])
    for row in expected["country_pairs"]:
        assert cells["country_pair", row["pair"]] == str(row["matches"])


def table_rows(page: str, table_id: str) -> dict[str, list[str]]:
    """{data-key: [cell texts]} of the rows of the table with ``table_id``."""
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', page, re.S).group(0)
    rows = {}
    for key, row in re.findall(r'<tr data-key="([^"]+)">(.*?)</tr>', table, re.S):
        rows[key] = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)]
    return rows


def test_admin_insights_page_shows_tables_and_chart_data(client, world, login):
    login(world.admin)
    response = client.get("/admin/insights")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert {key: cells[1:] for key, cells in table_rows(page, "funnel-table").items()} == {
        "suggested": ["8", "100%"],
        "requested": ["6", "75%"],
        "approved": ["3", "38%"],
        "connected": ["1", "12%"],
    }
    assert table_rows(page, "category-table")["smart-grid"] == ["Smart grid", "5", "1"]
    assert table_rows(page, "pair-table")["US→CN"] == ["United States → China", "4"]
    assert table_rows(page, "time-table")["median_hours"][1] == "10.0"
    data = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.S)[1])
    assert data["funnel"]["values"] == [8, 6, 3, 1]
    assert data["categories"]["labels"][0] == "Smart grid" and data["categories"]["horizontal"]
    assert data["country_pairs"] == {
        "type": "doughnut",
        "label": "Matches",
        "labels": ["United States → China", "United States → United States", "China → China", "China → United States"],
        "values": [4, 2, 1, 1],
    }
    # No inline script runs: every <script> is a file or a JSON data block.
    for tag in re.findall(r"<script[^>]*>", page):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert "/static/vendor/chartjs/chart.umd.min.js" in page and "/static/js/charts.js" in page
    assert 'href="/admin/insights.csv"' in page


def test_company_insights_page_uses_its_scope(client, world, login):
    login(world.company_x)
    page = client.get("/company/insights").get_data(as_text=True)
    assert table_rows(page, "status-table")["suggested"][1] == "0"
    assert table_rows(page, "funnel-table")["suggested"][1] == "4"
    assert "Only the matches you can see are counted" in page


def test_empty_insights_page_draws_no_chart(client, world, login):
    login(world.company_y)
    page = client.get("/company/insights").get_data(as_text=True)
    assert "No matches yet" in page and "chart.umd.min.js" not in page


ADMIN_PAGES = ("/admin/insights", "/admin/insights.csv", "/admin/audit", "/admin/audit.csv", "/admin/settings")
AREA_PAGES = {
    "city": ("/city/insights", "/city/insights.csv"),
    "company": ("/company/insights", "/company/insights.csv"),
}
PAGE_TABLE = [(url, "admin") for url in ADMIN_PAGES] + [
    (url, area) for area, urls in AREA_PAGES.items() for url in urls
]


@pytest.mark.parametrize(("url", "owner"), PAGE_TABLE)
@pytest.mark.parametrize("role", ["anonymous", "city", "company", "admin"])
def test_role_guards(client, make_user, login, url, owner, role):
    if role != "anonymous":
        login(make_user(role))
    response = client.get(url)
    if role == "anonymous":
        assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    elif role == owner:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


def test_admin_dashboard_links_the_insight_pages(client, make_user, login):
    login(make_user("admin"))
    page = client.get("/admin/").get_data(as_text=True)
    for url in ("/admin/insights", "/admin/audit", "/admin/settings", "/admin/export/technologies.csv"):
        assert f'href="{url}"' in page


# --- the audit log --------------------------------------------------------------------------


@pytest.fixture
def events(app, make_user) -> dict[str, User]:
    """Five audit events by two people (and the system) over three days."""
    people = {"admin": make_user("admin", email="chief@example.org"), "city": make_user("city")}
    with app.app_context():
        admin, city = (db.session.get(User, people[key].id) for key in ("admin", "city"))
        for day, actor, action, target in [
            (1, admin, "organization.verify", ("organizations", 1)),
            (2, admin, "match.approve", ("matches", 7)),
            (2, city, "match.request", ("matches", 7)),
            (3, city, "need.create", ("needs", 3)),
            (3, None, "match.resuggest", ("matches", 8)),
        ]:
            event = audit.record(actor, action, target, note=f"=HYPERLINK(day {day})")
            event.at = START + timedelta(days=day)
        db.session.commit()
    return people


def listed_actions(page: str) -> list[str]:
    table = re.search(r'<table[^>]*id="audit-table".*?</table>', page, re.S)
    return re.findall(r'<td title="([^"]+)">', table.group(0)) if table else []


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("", ["match.resuggest", "need.create", "match.request", "match.approve", "organization.verify"]),
        ("action=match.", ["match.resuggest", "match.request", "match.approve"]),
        ("actor=CHIEF@example.org", ["match.approve", "organization.verify"]),
        ("target_type=matches&action=match.ap", ["match.approve"]),
        ("date_from=2026-01-07&date_to=2026-01-07", ["match.request", "match.approve"]),
        ("date_from=2026-01-08", ["match.resuggest", "need.create"]),
        ("action=match%25", []),  # a % is a character, not a wildcard
    ],
)
def test_audit_filters(client, events, login, query, shown):
    login(events["admin"])
    response = client.get(f"/admin/audit?{query}")
    assert response.status_code == 200
    assert listed_actions(response.get_data(as_text=True)) == shown


def test_audit_bad_filter_is_ignored_and_said(client, events, login):
    login(events["admin"])
    page = client.get("/admin/audit?date_from=yesterday&action=need.").get_data(as_text=True)
    assert listed_actions(page) == ["need.create"]
    assert "date_from" in page and "(this filter was ignored)" in page


def test_audit_is_paginated(app, client, events, login):
    with app.app_context():
        for number in range(60):
            audit.record(None, "user.signup", ("users", number))
        db.session.commit()
    login(events["admin"])
    first = client.get("/admin/audit").get_data(as_text=True)
    second = client.get("/admin/audit?page=2").get_data(as_text=True)
    assert len(listed_actions(first)) == 50 and len(listed_actions(second)) == 15
    assert "65 entries" in first and "page=2" in first


def test_audit_csv_exports_the_filtered_rows_safely(client, events, login):
    login(events["admin"])
    rows = read_csv(client.get("/admin/audit.csv?action=match.&page=2"))
    assert rows[0] == list(stats.AUDIT_COLUMNS)
    assert [row[2] for row in rows[1:]] == ["match.resuggest", "match.request", "match.approve"]
    assert rows[3][1] == "chief@example.org" and rows[1][1] == ""
    assert all(row[7].startswith("'=HYPERLINK") for row in rows[1:])  # no formula runs in a spreadsheet


def test_the_audit_pages_change_nothing(app, client, events, login):
    login(events["admin"])
    before = table_count(app, AuditEvent)
    client.get("/admin/audit")
    client.get("/admin/audit.csv")
    assert table_count(app, AuditEvent) == before


# --- matching settings ----------------------------------------------------------------------


def stored(app, key: str):
    with app.app_context():
        return settings.get(key)


def catalog_token(app):
    with app.app_context():
        return settings.catalog_token()


def test_settings_form_shows_the_current_values(client, make_user, login):
    login(make_user("admin"))
    page = client.get("/admin/settings").get_data(as_text=True)
    assert re.search(r'<input[^>]*name="suggestions_per_need" type="text" value="10">', page)
    assert re.search(r'<input[^>]*name="min_score" type="text" value="0.25">', page)


def test_settings_saves_valid_values_and_audits(app, client, make_user, login, form_post):
    login(make_user("admin"))
    token = catalog_token(app)
    response = form_post("/admin/settings", {"suggestions_per_need": "12", "min_score": "0.4"})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/settings"
    assert stored(app, "suggestions_per_need") == 12 and stored(app, "min_score") == 0.4
    assert catalog_token(app) != token  # matching.technology_changed(): suggestions are recomputed
    with app.app_context():
        changes = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "setting.change")).scalars()
        assert sorted((event.details["key"], event.details["new"]) for event in changes) == [
            ("min_score", 0.4),
            ("suggestions_per_need", 12),
        ]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"suggestions_per_need": "0", "min_score": "0.3"}, "suggestions_per_need"),
        ({"suggestions_per_need": "51", "min_score": "0.3"}, "suggestions_per_need"),
        ({"suggestions_per_need": "2.5", "min_score": "0.3"}, "suggestions_per_need"),
        ({"suggestions_per_need": "", "min_score": "0.3"}, "suggestions_per_need"),
        ({"suggestions_per_need": "5", "min_score": "1.5"}, "min_score"),
        ({"suggestions_per_need": "5", "min_score": "lots"}, "min_score"),
        ({"suggestions_per_need": "5", "min_score": "nan"}, "min_score"),
    ],
)
def test_settings_refuses_bad_values_on_their_field(app, client, make_user, login, form_post, values, field):
    login(make_user("admin"))
    before = table_count(app, AuditEvent)
    response = form_post("/admin/settings", values)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    message = "Enter a whole number from 1 to 50." if field == "suggestions_per_need" else "Enter a number from 0 to 1."
    after_field = page.split(f'name="{field}"', 1)[1].split("<input", 1)[0]  # up to the next field
    assert f'<div class="invalid-feedback d-block">{message}</div>' in after_field
    assert stored(app, "suggestions_per_need") == 10 and stored(app, "min_score") == 0.25
    assert table_count(app, AuditEvent) == before


WEIGHTS = {"category": 3.0, "text": 2.0, "region": 1.0}


def test_settings_has_a_weight_per_scoring_signal(app, client, make_user, login, form_post, monkeypatch):
    monkeypatch.setattr(scoring, "DEFAULT_WEIGHTS", WEIGHTS, raising=False)
    login(make_user("admin"))
    page = client.get("/admin/settings").get_data(as_text=True)
    assert all(f'name="weight_{name}"' in page for name in WEIGHTS)
    base = {"suggestions_per_need": "10", "min_score": "0.25"}
    refused = form_post("/admin/settings", {**base, "weight_category": "11", "weight_text": "2", "weight_region": "1"})
    assert refused.status_code == 422 and "Give a weight from 0 to 10" in refused.get_data(as_text=True)
    all_zero = form_post("/admin/settings", {**base, "weight_category": "0", "weight_text": "0", "weight_region": "0"})
    assert all_zero.status_code == 422 and "At least one weight must be above 0." in all_zero.get_data(as_text=True)
    assert stored(app, "scoring_weights") == {}
    saved = form_post("/admin/settings", {**base, "weight_category": "5", "weight_text": "0.5", "weight_region": "1"})
    assert saved.status_code == 302
    assert stored(app, "scoring_weights") == {"category": 5, "text": 0.5, "region": 1}


def test_unchanged_settings_record_nothing(app, client, make_user, login, form_post, monkeypatch):
    monkeypatch.setattr(scoring, "DEFAULT_WEIGHTS", WEIGHTS, raising=False)
    login(make_user("admin"))
    before = table_count(app, AuditEvent)
    response = form_post(
        "/admin/settings",
        {
            "suggestions_per_need": "10",
            "min_score": "0.25",
            "weight_category": "3",
            "weight_text": "2",
            "weight_region": "1",
        },
        follow_redirects=True,
    )
    assert "Nothing changed." in response.get_data(as_text=True)
    assert table_count(app, AuditEvent) == before and stored(app, "scoring_weights") == {}


# --- Chinese ----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/admin/insights", "/admin/audit", "/admin/settings", "/admin/"])
def test_admin_pages_render_in_chinese(client, world, login, url):
    login(world.admin)
    response = client.get(f"{url}?lang=zh")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and '<html lang="zh-CN">' in page and "工作台" in page


def test_insights_figures_are_labelled_in_chinese(client, world, login):
    login(world.city_a)
    page = client.get("/city/insights?lang=zh").get_data(as_text=True)
    assert table_rows(page, "funnel-table")["approved"][0] == "已批准"
    assert table_rows(page, "category-table")["smart-grid"][0] == "智能电网"
    data = json.loads(re.search(r'id="chart-data">(.*?)</script>', page, re.S)[1])
    assert data["funnel"]["labels"][0] == "系统推荐" and data["funnel"]["label"] == "匹配"


def test_audit_log_speaks_chinese(client, events, login):
    """Action codes, record types and a first answer are labels in the reader's language."""
    login(events["admin"])
    page = client.get("/admin/audit?lang=zh").get_data(as_text=True)
    table = re.search(r'<table[^>]*id="audit-table".*?</table>', page, re.S).group(0)
    assert "已创建需求" in table and "需求 #" in table
    assert ">needs #" not in table and ">need.create<" not in table
    options = re.search(r'<select[^>]*id="target_type".*?</select>', page, re.S).group(0)
    assert ">需求</option>" in options and ">needs</option>" not in options


def test_audit_log_shows_a_first_answer_as_an_answer(app, client, events, login):
    with app.app_context():
        answer = {"from_state": "approved", "to_state": "approved", "interested": True, "side": "city"}
        audit.record(None, "match.respond", ("matches", 1), **answer)
        db.session.commit()
    login(events["admin"])
    page = client.get("/admin/audit?action=match.respond").get_data(as_text=True)
    assert "City answered: interested" in page and "Approved → Approved" not in page


def test_settings_name_the_signals_in_chinese(client, events, login):
    login(events["admin"])
    page = client.get("/admin/settings?lang=zh").get_data(as_text=True)
    assert "文本匹配度" in page and "技术成熟度" in page and ">readiness<" not in page
