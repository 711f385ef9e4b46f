"""Directory search across English and Chinese (issue 13 section 2), pages and API."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import User
from matchmaker.services import technologies


@pytest.fixture
def demo(app, runner):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output


def _names(client, path: str) -> list[str]:
    return [item.get("name") or item.get("title") for item in client.get(path).get_json()["items"]]


def test_searches_cross_languages_on_the_demo_data(demo, client, monkeypatch):
    """One seeded demo (seeding takes most of the time) for every cross-lingual search of it."""
    # An English query finds Guangzhou's Chinese demand-response need.
    assert "夏季用电高峰需求响应聚合平台" in _names(client, "/api/v1/needs?q=demand+response")
    assert "夏季用电高峰需求响应聚合平台" in client.get("/needs?q=demand+response").get_data(as_text=True)
    # A Chinese query finds the English demand-response records.
    found = _names(client, "/api/v1/technologies?q=需求响应&per_page=50")
    assert "C&I Demand Response Aggregation Platform" in found
    assert "Residential Demand Response Aggregation Platform" in found
    assert "Residential Demand Response Aggregation Platform" in client.get("/technologies?q=需求响应").get_data(
        as_text=True
    )
    # Two Chinese characters find the English sludge records.
    assert "Low-Temperature Heat Pump Sludge Drying" in _names(client, "/api/v1/technologies?q=污泥")
    assert "Low-Temperature Heat Pump Sludge Drying" in client.get("/technologies?q=污泥").get_data(as_text=True)
    # Without the bridge the Chinese query would miss them: the English records hold no 需求响应.
    from matchmaker.services import records, search

    monkeypatch.setattr(search, "expand_query", lambda query: [(term,) for term in query.split()])
    monkeypatch.setitem(client.application.config, "RESPONSE_CACHE", "off")
    monkeypatch.setattr(records, "_MATCHED", {})  # the ids kept for this search came through the bridge
    found = _names(client, "/api/v1/technologies?q=需求响应&per_page=50")
    assert "Residential Demand Response Aggregation Platform" not in found


@pytest.fixture
def three(make_user, make_technology):
    company = make_user("company")
    make_technology(company, name="Battery storage", description="Stores solar power; also offers demand response.")
    make_technology(company, name="需求响应聚合平台", description="面向工业园区的负荷聚合。")
    make_technology(company, name="Demand response for schools", description="Demand response in 300 schools.")
    make_technology(company, name="Heat pumps", description="Air-source heat pumps for homes.")
    return company


def test_with_a_query_the_best_match_comes_first(three, client):
    ranked = _names(client, "/api/v1/technologies?q=demand+response")
    assert ranked == ["Demand response for schools", "需求响应聚合平台", "Battery storage"]
    page = client.get("/technologies?q=demand+response").get_data(as_text=True)
    assert page.index("Demand response for schools") < page.index("需求响应聚合平台") < page.index("Battery storage")
    assert '<option value="relevance" selected' in page


def test_an_explicit_sort_still_wins_over_relevance(three, client):
    assert _names(client, "/api/v1/technologies?q=demand+response&sort=name") == [
        "Battery storage",
        "Demand response for schools",
        "需求响应聚合平台",
    ]


def test_without_a_query_the_list_stays_newest_first(three, client):
    assert _names(client, "/api/v1/technologies")[0] == "Heat pumps"
    assert 'value="relevance"' not in client.get("/technologies").get_data(as_text=True)


def test_every_phrase_must_match_in_some_language(three, client):
    assert _names(client, "/api/v1/technologies?q=需求响应+schools") == ["Demand response for schools"]


def test_a_renamed_record_is_found_by_its_new_words_at_once(app, three, client):
    assert client.get("/api/v1/technologies?q=污泥").get_json()["total"] == 0
    with app.app_context():
        user = db.session.get(User, three.id)
        heat_pumps = technologies.get_technology(user, 4)
        technologies.update_technology(user, heat_pumps, {"name": "Heat pump sludge dryer"})
        db.session.commit()
    assert _names(client, "/api/v1/technologies?q=污泥") == ["Heat pump sludge dryer"]


def test_wildcards_in_a_query_are_literal_text(three, client):
    assert client.get("/api/v1/technologies?q=%25").get_json()["total"] == 0
    assert client.get("/api/v1/technologies?q=demand_response").get_json()["total"] == 0
