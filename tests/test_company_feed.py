"""Issue 13 section 1: a company's feed of the open city needs that fit its technologies.

Public needs ranked live by the engine for each published technology, with score and reasons
in the reader's language; no match row the admins' gate keeps private shows through; asking
for an introduction carries a short message to the admins and the city.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask import render_template
from jinja2 import TemplateNotFound, meta

from matchmaker import matching, scoring
from matchmaker.extensions import db
from matchmaker.models import Match, MatchOrigin, MatchStatus, Need, Notification, Technology, User
from matchmaker.services import policy

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
FAR = (date.today() + timedelta(days=200)).isoformat()
PEAK = {"title": "Cut summer peak load of offices", "description": "Demand response to shift peak load by 50 MW."}
SLUDGE = {
    "title": "Dry municipal sewage sludge",
    "categories": ["waste-treatment"],
    "description": "Sludge drying and incineration for 500 t/day of wastewater sludge.",
}


@pytest.fixture(autouse=True)
def fresh_indexes():
    matching.forget_indexes()
    yield
    matching.forget_indexes()


@pytest.fixture
def market(make_user, make_need, make_technology):
    """A company with a demand-response technology; cities with fitting and unfitting needs."""
    company = make_user("company")
    city = make_user("city", country="CN", region="CN-GD")
    unverified = make_user("city", verified=False, country="CN", region="CN-GD")
    technology = make_technology(company)
    return {
        "company": company,
        "city": city,
        "admin": make_user("admin"),
        "technology": technology,
        "good": make_need(city, **PEAK, deadline=FAR),
        "fair": make_need(
            city, title="Smart grid for Futian", description="Smart grid to balance peak electricity.", deadline=FAR
        ),
        "sludge": make_need(city, **SLUDGE),
        "draft": make_need(city, **PEAK, status="draft"),
        "unverified": make_need(unverified, **PEAK),
    }


def feed_html(client, login, user, url="/company/", lang="en") -> str:
    login(user)
    response = client.get(f"{url}?lang={lang}" if "?" not in url else f"{url}&lang={lang}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def feed_section(html: str) -> str:
    return html[html.index('id="feed"') :]


def test_the_dashboard_ranks_the_open_public_needs_that_fit_best_first(client, login, market):
    html = feed_section(feed_html(client, login, market["company"]))
    assert "Cut summer peak load of offices" in html and "Smart grid for Futian" in html
    assert html.index("Cut summer peak load") < html.index("Smart grid for Futian"), "best first"
    assert html.count("Cut summer peak load of offices") == 1, "not the draft, not the unverified city's"
    assert "Dry municipal sewage sludge" not in html, "a need the technology does not fit"
    scores = [int(s) for s in re.findall(r'aria-valuenow="(\d+)"', html)]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert "demand response" in html.lower(), "the engine's reasons are shown"


def test_the_reasons_are_in_the_readers_language(client, login, market):
    html = feed_section(feed_html(client, login, market["company"], lang="zh"))
    assert "符合您技术的城市需求" in html
    assert re.search(r"双方都涉及|同一类别", html), "reasons in Chinese"


def test_a_need_past_its_deadline_is_not_in_the_feed(app, client, login, market, make_need):
    with app.app_context():
        need = db.session.get(Need, market["fair"])
        need.deadline = date.today() - timedelta(days=1)
        db.session.commit()
    assert "Smart grid for Futian" not in feed_section(feed_html(client, login, market["company"]))


@pytest.mark.parametrize("status", ["suggested", "rejected", "requested_by_city"])
def test_a_match_the_company_may_not_see_does_not_show_through(app, client, login, market, status):
    """The stored suggestion (or a city's request, or a rejection) stays behind the admins' gate:
    the company sees the same "ask" form as for any other need, never the match's state."""
    with app.app_context():
        city = db.session.get(User, market["city"].id)
        match = Match(
            need_id=market["good"],
            technology_id=market["technology"],
            status=MatchStatus.REQUESTED if status == "requested_by_city" else MatchStatus(status),
            origin=MatchOrigin.ENGINE,
            score=0.42,
            reasons=["secret reason"],
            requested_by_id=city.id if status == "requested_by_city" else None,
        )
        db.session.add(match)
        db.session.commit()
        match_id = match.id
    html = feed_section(feed_html(client, login, market["company"]))
    item = html[html.index("Cut summer peak load") : html.index("Smart grid for Futian")]
    assert f"/matches/{match_id}" not in item and "secret reason" not in item
    assert not re.search(r"badge text-bg-\w+\">(Suggested|Rejected|Requested)", item)
    assert 'name="message"' in item, "the ask form, as for any need"


def test_a_match_the_company_asked_for_links_to_it(app, client, login, market, form_post):
    login(market["company"])
    form_post(
        "/matches/request",
        {"need_id": market["good"], "technology_id": market["technology"], "message": "We did this in Foshan."},
        page="/company/",
    )
    html = feed_section(feed_html(client, login, market["company"]))
    item = html[html.index("Cut summer peak load") : html.index("Smart grid for Futian")]
    assert re.search(r'href="/matches/\d+"', item) and "Requested" in item


def test_asking_from_the_feed_carries_the_message_to_the_admins_and_the_city(app, client, login, market, form_post):
    login(market["company"])
    response = form_post(
        "/matches/request",
        {"need_id": market["good"], "technology_id": market["technology"], "message": "We cut 40 MW in Foshan."},
        page="/company/",
    )
    assert response.status_code == 302
    with app.app_context():
        match = db.session.execute(db.select(Match)).scalar_one()
        assert match.status is MatchStatus.REQUESTED and match.request_message == "We cut 40 MW in Foshan."
        notices = {n.user_id: n for n in db.session.execute(db.select(Notification)).scalars()}
        assert notices[market["admin"].id].kind == "match_requested_with_message"
        assert notices[market["city"].id].kind == "introduction_asked"
        assert notices[market["city"].id].payload["message"] == "We cut 40 MW in Foshan."
        match_id = match.id
    for reader in ("city", "admin"):
        login(market[reader])
        page = client.get(f"/matches/{match_id}").get_data(as_text=True)
        assert "We cut 40 MW in Foshan." in page, reader
        if reader == "city":
            assert market["company"].email not in page, "no contact before approval"
    login(market["admin"])
    assert "We cut 40 MW in Foshan." in client.get("/admin/matches?status=requested").get_data(as_text=True)
    login(market["city"])
    notices = client.get("/notifications").get_data(as_text=True)
    assert "We cut 40 MW in Foshan." in notices


def test_a_too_long_message_is_refused_by_name_and_nothing_changes(app, client, login, market, form_post):
    login(market["company"])
    form_post(
        "/matches/request",
        {"need_id": market["good"], "technology_id": market["technology"], "message": "x" * 1001},
        page="/company/",
    )
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Match)).scalar_one() == 0
    follow = client.get("/company/").get_data(as_text=True)
    assert "1000" in follow, "the error names the limit"


def test_the_api_takes_the_message_and_shows_it(client, market, api_token):
    response = client.post(
        "/api/v1/matches",
        json={"need_id": market["good"], "technology_id": market["technology"], "message": "Pilot in 3 months."},
        headers=api_token(market["company"]),
    )
    assert response.status_code == 201 and response.get_json()["request_message"] == "Pilot in 3 months."
    too_long = client.post(
        "/api/v1/matches",
        json={"need_id": market["fair"], "technology_id": market["technology"], "message": "x" * 1001},
        headers=api_token(market["company"]),
    )
    assert too_long.status_code == 422 and "message" in too_long.get_json()["error"]["fields"]


def test_the_feed_page_paginates(app, client, login, market, make_need):
    for number in range(11):
        make_need(market["city"], title=f"Peak load cut number {number}", description=PEAK["description"])
    first = feed_html(client, login, market["company"], url=f"/company/technologies/{market['technology']}/feed")
    assert first.count("feed-item") == 10 and "Page 1 of 2" in first
    second = client.get(f"/company/technologies/{market['technology']}/feed?page=2").get_data(as_text=True)
    assert second.count("feed-item") == 3
    beyond = client.get(f"/company/technologies/{market['technology']}/feed?page=9").get_data(as_text=True)
    assert "beyond the last page" in beyond and "feed-item" not in beyond
    dashboard = client.get("/company/").get_data(as_text=True)
    assert dashboard.count("feed-item") == 3 and "See all 13 fitting needs" in dashboard


def test_another_companys_feed_is_refused(client, login, market, make_user):
    login(make_user("company"))
    assert client.get(f"/company/technologies/{market['technology']}/feed").status_code == 403


@pytest.mark.parametrize(
    ("role", "own", "allowed"),
    [("company", True, True), ("company", False, False), ("city", False, False), ("admin", False, True)],
)
def test_who_sees_a_technologys_feed(app, market, make_user, role, own, allowed):
    user = market["company"] if own else make_user(role)
    with app.app_context():
        technology = db.session.get(Technology, market["technology"])
        assert policy.can_see_feed(db.session.get(User, user.id), technology) is allowed
        feed = matching.technology_feed(db.session.get(User, user.id), technology)
        assert bool(feed.items) is allowed


def test_empty_states(client, login, make_user, make_technology):
    unverified = make_user("company", verified=False)
    make_technology(unverified)
    assert "Once our staff verify your organisation" in feed_section(feed_html(client, login, unverified))
    nothing_published = make_user("company")
    assert "Publish a technology to see" in feed_section(feed_html(client, login, nothing_published))
    lonely = make_user("company")
    make_technology(lonely)
    assert "No open need fits this technology yet" in feed_section(feed_html(client, login, lonely))


def test_the_engine_says_of_one_technology_what_rank_says():
    """suggestions_of (the feed's view) agrees with rank (the need's view): score and reasons."""
    technologies = [
        scoring.Technology(id="dr", company="A", name="Demand response", categories=("smart-grid",),
                           description="Demand response platform shifting peak load.", trl=8,
                           cost_usd=(1e5, 5e5), regions=("CN",), co2e_reduction_t_per_year=2000),
        scoring.Technology(id="pv", company="B", name="Rooftop solar", categories=("renewable-energy",),
                           description="Rooftop photovoltaic panels for schools.", trl=9),
    ]  # fmt: skip
    engine = scoring.Engine(technologies)
    need_list = [
        scoring.Need(id="1", city="Shenzhen", title="Peak load", categories=("smart-grid",),
                     description="Shift summer peak load with demand response.", budget_usd=1e6, min_trl=7,
                     region="CN-GD", co2e_target_t_per_year=5000),
        scoring.Need(id="2", city="Oakland", title="Urban trees", categories=("nature-based",),
                     description="Plant street trees for shade.", region="US-CA"),
    ]  # fmt: skip
    ours = engine.suggestions_of("dr", need_list)
    ranked = {s.technology_id: s for s in engine.rank(need_list[0], top=5)}
    assert ours[0] is not None and ours[0].score == ranked["dr"].score and ours[0].reasons == ranked["dr"].reasons
    assert ours[1] is None or ours[1].score == engine.scores_of("dr", need_list)[1]
    assert engine.suggestions_of("missing", need_list) == [None, None]


# --- no required partial goes missing ----------------------------------------------------------


def test_no_template_skips_a_missing_include():
    """`ignore missing` hid the company feed's partial that was never written: required
    partials are included plainly, so a missing one fails at once."""
    offenders = [str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html") if "ignore missing" in p.read_text()]
    assert offenders == []


def test_every_template_it_includes_or_extends_exists(app):
    env = app.jinja_env
    names = set(env.list_templates())
    missing = []
    for name in names:
        source = env.loader.get_source(env, name)[0]
        for referenced in meta.find_referenced_templates(env.parse(source)):
            if referenced is not None and referenced not in names:
                missing.append((name, referenced))
    assert missing == []


def test_the_dashboard_fails_loudly_without_its_feed_partial(app, monkeypatch):
    """Rendering the dashboard with the partial gone is an error, not a silently empty page."""
    loader = app.jinja_env.loader
    original = loader.get_source

    def without_feed(environment, template):
        if template == "company/_matches.html":
            raise TemplateNotFound(template)
        return original(environment, template)

    monkeypatch.setattr(loader, "get_source", without_feed)
    app.jinja_env.cache = {}
    with app.test_request_context():
        with pytest.raises(TemplateNotFound):
            render_template("company/dashboard.html", organization=None, technologies=[], feeds=[])
