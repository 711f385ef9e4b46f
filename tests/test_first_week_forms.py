"""A new user's first forms (issue 13): places picked from lists in the reader's language, a main
category of its own, errors in users' words, the need form's framing, bulk ticks that survive."""

from __future__ import annotations

import re

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, Need, Organization, Technology, User
from matchmaker.services.errors import ValidationError
from matchmaker.services.records import CATEGORIES_FIELD
from matchmaker.services.technologies import TECHNOLOGY_FIELDS
from matchmaker.services.validation import clean

from .helpers import table_count
from .test_auth_pages import GOOD_SIGNUP
from .test_marketplace_pages import NEED_FORM, TECHNOLOGY_FORM
from .test_matches import put_match, world  # noqa: F401  (the shared fixture)


def selected(page: str, field: str) -> list[str]:
    """The values selected in the <select> named ``field`` of ``page``."""
    select = re.search(rf'<select[^>]*name="{field}"[^>]*>(.*?)</select>', page, re.S)
    assert select, f"no <select> named {field}"
    tags = re.findall(r"<option\b[^>]*>", select.group(1))
    return [re.search(r'value="([^"]*)"', tag).group(1) for tag in tags if re.search(r"\sselected\b", tag)]


def options(page: str, field: str) -> dict[str, str]:
    select = re.search(rf'<select[^>]*name="{field}"[^>]*>(.*?)</select>', page, re.S)
    assert select, f"no <select> named {field}"
    return dict(re.findall(r'<option\b[^>]*?value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1)))


def ticked_categories(page: str) -> list[str]:
    return re.findall(r'<input checked id="categories-\d+" name="categories" type="checkbox" value="([^"]+)"', page)


# --- 1. Country and region pickers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "china", "guangdong", "california"),
    [("en", "China", "Guangdong Sheng", "California"), ("zh", "中国", "广东省", "加利福尼亚州")],
)
def test_signup_lists_countries_and_regions_in_the_readers_language(client, lang, china, guangdong, california):
    page = client.get(f"/signup?lang={lang}").get_data(as_text=True)
    countries, regions = options(page, "country"), options(page, "region")
    assert countries["CN"] == china and "DE" in countries and len(countries) > 200
    assert regions["CN-GD"] == guangdong and regions["US-CA"] == california
    assert 'data-country-from="country"' in page  # the script narrows the regions to the country


def test_signup_with_picked_places_stores_the_codes(app, form_post):
    response = form_post("/signup", {**GOOD_SIGNUP, "country": "US", "region": "US-CA"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Organization.country, Organization.region)).one() == ("US", "US-CA")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("country", "XQ", "Enter an ISO 3166-1 country code"), ("region", "CN-XX", "Enter an ISO 3166-2 region code")],
)
def test_signup_refuses_an_unknown_code_at_its_field_and_keeps_it_selected(app, form_post, field, value, message):
    response = form_post("/signup", {**GOOD_SIGNUP, field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and message in page
    assert re.search(rf'<select[^>]*class="[^"]*is-invalid[^"]*"[^>]*name="{field}"', page)
    assert selected(page, field) == [value]  # what was sent is still there to correct
    assert table_count(app, User) == 0 and table_count(app, Organization) == 0


def test_signup_lists_the_regions_of_another_country_once_it_is_sent(form_post):
    page = form_post("/signup", {**GOOD_SIGNUP, "country": "DE", "region": ""}).get_data(as_text=True)
    assert "DE-BY" in options(page, "region") and selected(page, "country") == ["DE"]


def test_profile_form_shows_the_stored_places_selected(client, make_user, login):
    login(make_user("city", country="CN", region="CN-GD"))
    page = client.get("/account/organization").get_data(as_text=True)
    assert selected(page, "country") == ["CN"] and selected(page, "region") == ["CN-GD"]


def test_technology_regions_are_picked_from_countries_and_regions(app, client, make_user, login, form_post):
    login(make_user("company"))
    page = client.get("/company/technologies/new?lang=zh").get_data(as_text=True)
    choices = options(page, "regions")
    assert choices["CN-GD"] == "广东省" and choices["US"] == "美国" and "*" in choices
    response = form_post("/company/technologies/new", {**TECHNOLOGY_FORM, "regions": ["CN-GD", "US"]})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Technology)).scalar_one().regions == ["CN-GD", "US"]


def test_technology_form_refuses_an_unknown_region_and_keeps_the_picks(app, make_user, login, form_post):
    login(make_user("company"))
    response = form_post("/company/technologies/new", {**TECHNOLOGY_FORM, "regions": ["CN-GD", "XX-99"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "XX-99" in page and "is not" in page
    assert selected(page, "regions") == ["CN-GD", "XX-99"]
    assert table_count(app, Technology) == 0


def test_need_form_picks_a_region_of_the_city_and_refuses_an_unknown_one(app, client, make_user, login, form_post):
    login(make_user("city", country="CN", region="CN-GD"))
    page = client.get("/city/needs/new").get_data(as_text=True)
    assert selected(page, "region") == ["CN-GD"] and "CN-GD" in options(page, "region")
    refused = form_post("/city/needs/new", {**NEED_FORM, "region": "CN-XX"})
    assert refused.status_code == 422 and selected(refused.get_data(as_text=True), "region") == ["CN-XX"]
    assert "Enter an ISO 3166-2 region code" in refused.get_data(as_text=True)
    assert table_count(app, Need) == 0
    assert form_post("/city/needs/new", {**NEED_FORM, "region": "CN-SH"}).status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Need.region)).scalar_one() == "CN-SH"


# --- 2. A main category of its own -------------------------------------------------------------


def test_the_main_category_goes_first_whatever_the_ticks(app, client, make_user, login, form_post):
    login(make_user("company"))
    form = {**TECHNOLOGY_FORM, "main_category": "smart-grid", "categories": ["energy-storage", "smart-grid"]}
    response = form_post("/company/technologies/new", form)
    assert response.status_code == 302
    with app.app_context():
        technology = db.session.execute(db.select(Technology)).scalar_one()
        assert technology.categories == ["smart-grid", "energy-storage"]
    page = client.get(f"/company/technologies/{technology.id}/edit").get_data(as_text=True)
    assert selected(page, "main_category") == ["smart-grid"]
    assert ticked_categories(page) == ["energy-storage"]  # the others, without the main one


@pytest.mark.parametrize(
    ("url", "form"), [("/company/technologies/new", TECHNOLOGY_FORM), ("/city/needs/new", NEED_FORM)]
)
def test_a_form_without_a_main_category_says_so_and_saves_nothing(app, make_user, login, form_post, url, form):
    login(make_user("company" if "company" in url else "city"))
    response = form_post(url, {**form, "main_category": "", "categories": ["energy-storage"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "Choose the main category." in page
    assert ticked_categories(page) == ["energy-storage"]  # the ticks are kept
    assert table_count(app, Technology) == 0 and table_count(app, Need) == 0


# --- 3. Errors in users' words, cost boxes, the need form's framing ---------------------------


SIX_CATEGORIES = ["smart-grid", "energy-storage", "clean-air", "nature-based", "clean-water", "waste-treatment"]


def clean_errors(schema, data) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        clean(schema, data)
    return refused.value.fields


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"categories": []}, "categories", "Choose at least one category."),
        ({"categories": SIX_CATEGORIES}, "categories", "Choose at most five categories in all."),
        ({"regions": []}, "regions", "Choose where you deliver: anywhere, or countries and regions."),
        ({"regions": ["California"]}, "regions", "“California”: Enter at most 6 characters."),
    ],
)
def test_list_errors_are_in_users_words(app_context, data, field, message):
    schema = (CATEGORIES_FIELD, *(f for f in TECHNOLOGY_FIELDS if f.name == "regions"))
    errors = clean_errors(schema, {"categories": ["smart-grid"], "regions": ["*"], **data})
    assert errors[field] == message
    assert "item(s)" not in errors[field] and "Item 1" not in errors[field]


def test_list_errors_in_chinese(app):
    with app.test_request_context("/?lang=zh"):
        errors = clean_errors((CATEGORIES_FIELD,), {"categories": []})
    assert errors["categories"] == "请至少选择一个类别。"


def test_cost_boxes_share_one_legend_so_they_line_up(client, make_user, login):
    login(make_user("company"))
    page = client.get("/company/technologies/new").get_data(as_text=True)
    fieldset = re.search(r'<fieldset class="cost-range">(.*?)</fieldset>', page, re.S).group(1)
    assert "Cost per deployment (USD)" in fieldset
    assert re.findall(r'<label class="form-label" for="cost_m(?:in|ax)">([^<]*)</label>', fieldset) == ["From", "To"]


def test_need_form_frames_the_problem(client, make_user, login, form_post, app):
    login(make_user("city"))
    page = client.get("/city/needs/new").get_data(as_text=True)
    funding = re.findall(r'<input[^>]*name="funding"[^>]*>', page)
    assert len(funding) == 2 and not any("checked" in radio for radio in funding)  # nothing hides "seeking finance"
    assert re.search(r"<details[^>]*>\s*<summary>Closing the need\?", page)  # outcome folded while not closing
    refused = form_post("/city/needs/new", {**NEED_FORM, "funding": ""})
    assert refused.status_code == 422 and "Say whether the need is funded or seeking finance." in refused.get_data(
        as_text=True
    )
    assert table_count(app, Need) == 0
    closing = form_post("/city/needs/new", {**NEED_FORM, "status": "closed", "title": ""}).get_data(as_text=True)
    assert "<summary>Closing the need?" not in closing and 'name="outcome"' in closing


def test_need_pages_use_one_word_for_the_date(client, make_user, make_need):
    need_id = make_need(make_user("city"), deadline="2031-05-01")
    page = client.get(f"/needs/{need_id}").get_data(as_text=True)
    assert "Start by" in page and "Deadline" not in page


def test_need_form_takes_the_baselines_and_the_procurement_route(app, client, make_user, login, form_post):
    login(make_user("city"))
    page = client.get("/city/needs/new").get_data(as_text=True)
    routes = options(page, "procurement_route")
    assert routes[""] == "Not decided yet" and routes["tender"] == "Public tender"
    framed = {**NEED_FORM, "co2e_baseline": "50,000", "air_quality_baseline": "PM2.5 38 µg/m³",
              "procurement_route": "pilot_to_contract"}
    response = form_post("/city/needs/new", framed)
    assert response.status_code == 302
    with app.app_context():
        need = db.session.execute(db.select(Need)).scalar_one()
        assert (need.co2e_baseline_t_per_year, need.air_quality_baseline, need.procurement_route) == (
            50_000, "PM2.5 38 µg/m³", "pilot_to_contract"
        )
    shown = client.get(f"/needs/{need.id}?lang=zh").get_data(as_text=True)
    assert "目前排放量" in shown and "PM2.5 38 µg/m³" in shown and "由试点转为合同" in shown


def test_a_cut_beyond_todays_emissions_is_refused_at_the_target_and_the_input_kept(app, make_user, login, form_post):
    login(make_user("city"))
    refused = form_post("/city/needs/new", {**NEED_FORM, "co2e_baseline": "10000", "co2e_target": "20000"})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "cannot be more than today&#39;s emissions" in page
    assert 'value="10000"' in page and 'value="20000"' in page
    assert table_count(app, Need) == 0


def test_the_api_reads_and_checks_the_framing(app, client, make_user, api_token):
    headers = api_token(make_user("city"))
    body = {"title": "Cut peak load", "categories": ["smart-grid"], "description": "Peak load in summer.",
            "co2e_baseline_t_per_year": 8000, "co2e_target_t_per_year": 2000, "procurement_route": "tender"}
    created = client.post("/api/v1/needs", json=body, headers=headers)
    assert created.status_code == 201, created.get_json()
    record = client.get(f"/api/v1/needs/{created.get_json()['id']}", headers=headers).get_json()
    assert (record["co2e_baseline_t_per_year"], record["procurement_route"], record["air_quality_baseline"]) == (
        8000, "tender", ""
    )
    for bad, field in (({"procurement_route": "bribe"}, "procurement_route"),
                       ({"co2e_target_t_per_year": 9000}, "co2e_target_t_per_year")):
        answer = client.patch(f"/api/v1/needs/{record['id']}", json=bad, headers=headers)
        assert answer.status_code == 422 and field in answer.get_json()["error"]["fields"], answer.get_json()
    again = client.get(f"/api/v1/needs/{record['id']}", headers=headers).get_json()
    assert (again["procurement_route"], again["co2e_target_t_per_year"]) == ("tender", 2000)  # nothing changed


# --- 4. Bulk decisions: select all, ticks kept --------------------------------------------------


def test_the_queue_has_a_select_all_box(app, client, world, login):  # noqa: F811
    put_match(app, world, "requested")
    login(world.admin)
    page = client.get("/admin/matches").get_data(as_text=True)
    assert re.search(r'<span[^>]*data-select-all-box hidden><input[^>]*data-select-all="match_id"', page)


def test_a_refused_bulk_decision_keeps_the_ticks(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "requested")
    login(world.admin)
    response = form_post(
        "/admin/matches/bulk",
        {"match_id": [str(match_id)], "decision": "reject", "note": ""},
        page="/admin/matches?status=requested",
        headers={"Referer": "http://localhost/admin/matches?status=requested&ticked=999"},
    )
    assert response.status_code == 302
    location = response.headers["Location"]
    assert "status=requested" in location and f"ticked={match_id}" in location and "ticked=999" not in location
    page = client.get(location).get_data(as_text=True)
    assert "needs a note" in page
    assert re.search(rf'name="match_id" value="{match_id}" form="bulk" checked', page)
    with app.app_context():
        assert db.session.get(Match, match_id).status.value == "requested"


def test_a_budget_in_yuan_is_stored_in_dollars_at_the_rate_table(app, client, make_user, login, form_post):
    from matchmaker.services import currency

    login(make_user("city", country="CN", region="CN-GD"))
    page = client.get("/city/needs/new").get_data(as_text=True)
    assert options(page, "budget_currency") == {"USD": "USD", "CNY": "CNY"} and "1 USD = " in page
    response = form_post("/city/needs/new", {**NEED_FORM, "budget": "7,000,000", "budget_currency": "CNY"})
    assert response.status_code == 302
    with app.app_context():
        budget = db.session.execute(db.select(Need.budget_usd)).scalar_one()
    assert budget == pytest.approx(currency.to_usd(7_000_000, "CNY"), abs=0.01) and budget < 7_000_000 / 6
    refused = form_post("/city/needs/new", {**NEED_FORM, "budget": "lots", "budget_currency": "CNY"})
    assert refused.status_code == 422 and "Enter a number." in refused.get_data(as_text=True)


def test_directory_filters_pick_a_country_and_region_by_name(client, make_user, make_technology):
    make_technology(make_user("company", country="CN", region="CN-GD"), name="Guangdong grid kit", regions=["CN-GD"])
    make_technology(make_user("company"), name="Texas grid kit", regions=["US-TX"])
    page = client.get("/technologies?country=CN&region=CN-GD&lang=zh").get_data(as_text=True)
    assert selected(page, "country") == ["CN"] and selected(page, "region") == ["CN-GD"]
    assert options(page, "region")["CN-GD"] == "广东省" and options(page, "country")["US"] == "美国"
    assert "Guangdong grid kit" in page and "Texas grid kit" not in page
