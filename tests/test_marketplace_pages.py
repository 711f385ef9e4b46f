"""The marketplace through the HTML pages: forms, directory, profiles, verification, exports."""

from __future__ import annotations

import json

import pytest

from matchmaker.extensions import db
from matchmaker.models import Need, Organization, Technology

from .helpers import table_count

TECHNOLOGY_FORM = {
    "name": "BerthLink shore power",
    "main_category": "electric-vehicles",
    "categories": ["green-transportation", "electric-vehicles"],
    "description": "Shore power for container berths: ships switch off diesel generators at berth.",
    "trl": "9",
    "cost_min": "2000000",
    "cost_max": "6000000",
    "regions": ["CN", "us-ca"],
    "co2e": "12000",
    "certifications": "IEC 80005-1, CCC",
    "reference_deployments": "Shanghai | 2022 | 40 berths electrified",
    "offers_financing": "y",
    "status": "published",
}
NEED_FORM = {
    "title": "Electrify bus depots",
    "main_category": "electric-vehicles",
    "categories": [],
    "description": "Charge 300 electric buses overnight in 4 depots without grid upgrades.",
    "goal": "both",
    "scale": "300 buses",
    "budget": "5000000",
    "funding": "funded",
    "min_trl": "7",
    "co2e_target": "20000",
    "deadline": "2031-01-01",
    "procurement_stage": "pilot",
    "open_to_foreign": "y",
    "region": "",
    "status": "open",
}


def test_company_registers_a_technology_through_the_form(app, client, make_user, login, form_post):
    company = make_user("company")
    login(company)
    response = form_post("/company/technologies/new", TECHNOLOGY_FORM)
    assert response.status_code == 302
    with app.app_context():
        technology = db.session.execute(db.select(Technology)).scalar_one()
        assert technology.categories == ["electric-vehicles", "green-transportation"]
        assert technology.regions == ["CN", "US-CA"]
        assert (technology.cost_min_usd, technology.cost_max_usd, technology.trl) == (2e6, 6e6, 9)
        assert technology.reference_deployments == [
            {"city": "Shanghai", "year": 2022, "result": "40 berths electrified"}
        ]
        assert technology.offers_financing is True and technology.offers_pilots is False
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "BerthLink shore power" in page and "IEC 80005-1" in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": ""}, "This field is required."),
        ({"main_category": "", "categories": []}, "Choose the main category."),
        ({"trl": "12"}, "Enter a value of at most 9."),
        ({"cost_min": "9", "cost_max": "1"}, "The minimum must not be above the maximum."),
        ({"cost_min": "cheap"}, "Enter a number."),
        ({"regions": ["Mars"]}, "is not"),
        ({"reference_deployments": "Shanghai | last year | ok"}, "Give the year of each reference deployment"),
    ],
)
def test_technology_form_names_the_wrong_field_and_keeps_the_input(
    app, client, make_user, login, form_post, change, message
):
    login(make_user("company"))
    response = form_post("/company/technologies/new", {**TECHNOLOGY_FORM, **change})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert "Shore power for container berths" in page  # what was typed is still there
    assert table_count(app, Technology) == 0


def test_city_posts_a_need_in_its_own_region_by_default(app, client, make_user, login, form_post):
    city = make_user("city", country="CN", region="CN-GD")
    login(city)
    response = form_post("/city/needs/new", NEED_FORM)
    assert response.status_code == 302
    with app.app_context():
        need = db.session.execute(db.select(Need)).scalar_one()
        assert need.region == "CN-GD" and need.goal.value == "both" and need.scale == "300 buses"
    assert "Electrify bus depots" in client.get("/needs").get_data(as_text=True)


def test_need_form_rejects_a_past_deadline(app, client, make_user, login, form_post):
    login(make_user("city"))
    response = form_post("/city/needs/new", {**NEED_FORM, "deadline": "2001-01-01"})
    assert response.status_code == 422
    assert "Choose a date in the future." in response.get_data(as_text=True)
    assert table_count(app, Need) == 0


def test_owner_edits_and_archives_a_technology(app, client, make_user, login, form_post, make_technology):
    company = make_user("company")
    technology_id = make_technology(company)
    login(company)
    edit = client.get(f"/company/technologies/{technology_id}/edit").get_data(as_text=True)
    assert 'value="GridFlex demand response"' in edit
    form_post(f"/company/technologies/{technology_id}/edit", {**TECHNOLOGY_FORM, "name": "GridFlex 2"})
    form_post(f"/company/technologies/{technology_id}/status", {"status": "archived"}, page="/company/")
    with app.app_context():
        technology = db.session.get(Technology, technology_id)
        assert technology.name == "GridFlex 2" and technology.status.value == "archived"
    assert client.get(f"/technologies/{technology_id}").status_code == 200  # the owner still sees it


@pytest.mark.parametrize("action", ["edit", "status", "delete"])
def test_another_company_cannot_touch_a_technology(app, client, make_user, login, form_post, make_technology, action):
    technology_id = make_technology(make_user("company"))
    login(make_user("company"))
    if action == "edit":
        response = client.get(f"/company/technologies/{technology_id}/edit")
    else:
        response = form_post(f"/company/technologies/{technology_id}/{action}", {"status": "draft"}, page="/company/")
    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Technology, technology_id).status.value == "published"


def test_another_city_cannot_edit_or_delete_a_need(app, client, make_user, login, form_post, make_need):
    need_id = make_need(make_user("city"))
    login(make_user("city"))
    assert client.get(f"/city/needs/{need_id}/edit").status_code == 403
    assert form_post(f"/city/needs/{need_id}/delete", {}, page="/city/").status_code == 403
    assert table_count(app, Need) == 1


def test_an_admin_moderates_a_need_and_a_technology_on_the_pages_as_in_the_api(
    app, client, make_user, login, form_post, make_need, make_technology
):
    """The rule book lets admins edit (contract: "owner or admin writes"): pages and API alike."""
    need_id, technology_id = make_need(make_user("city")), make_technology(make_user("company"))
    login(make_user("admin"))
    assert "Edit this need" in client.get(f"/needs/{need_id}").get_data(as_text=True)
    form_post(f"/city/needs/{need_id}/edit", {**NEED_FORM, "title": "Peak load, moderated title"})
    form_post(f"/company/technologies/{technology_id}/edit", {**TECHNOLOGY_FORM, "name": "GridFlex, moderated"})
    with app.app_context():
        assert db.session.get(Need, need_id).title == "Peak load, moderated title"
        assert db.session.get(Technology, technology_id).name == "GridFlex, moderated"
    assert client.get("/city/").status_code == 403  # moderation only: not the city's own pages
    assert client.get("/city/needs/new").status_code == 403


def test_drafts_are_hidden_from_the_directory_and_other_visitors(client, make_user, make_technology, make_need):
    technology_id = make_technology(make_user("company"), status="draft")
    need_id = make_need(make_user("city"), status="draft")
    assert client.get(f"/technologies/{technology_id}").status_code == 404
    assert client.get(f"/needs/{need_id}").status_code == 404
    assert "No technology matches these filters." in client.get("/technologies").get_data(as_text=True)


def test_directory_filters_search_and_paginates(client, make_user, make_technology):
    company = make_user("company")
    for number in range(25):
        make_technology(company, name=f"Retrofit kit {number:02d}", categories=["energy-retrofits"])
    make_technology(company, name="Landfill gas engine", categories=["waste-treatment"], description="填埋气发电")
    first = client.get("/technologies?category=energy-retrofits&sort=name").get_data(as_text=True)
    assert "Retrofit kit 00" in first and "Landfill gas engine" not in first
    assert "Page 1 of 2" in first
    assert "Retrofit kit 24" in client.get("/technologies?category=energy-retrofits&sort=name&page=2").get_data(
        as_text=True
    )
    assert "Landfill gas engine" in client.get("/technologies?q=填埋气").get_data(as_text=True)


def test_directory_pages_load_the_organisations_with_the_list(app, client, make_user, make_technology, make_need):
    """The cards show each record's organisation: it comes with the list, not one query per card."""
    from sqlalchemy import event

    for number in range(3):  # Company Org 1-3
        make_technology(make_user("company"), name=f"Heat pump {number}")
    for number in range(3):  # City Org 4-6
        make_need(make_user("city"), title=f"Heat the schools {number}")
    statements: list[str] = []

    def remember(_connection, _cursor, statement, _parameters, _context, _many):
        statements.append(statement)

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", remember)
    try:
        technology_page = client.get("/technologies").get_data(as_text=True)
        need_page = client.get("/needs").get_data(as_text=True)
    finally:
        with app.app_context():
            event.remove(db.engine, "before_cursor_execute", remember)
    assert all(f"Company Org {n}" in technology_page for n in (1, 2, 3))
    assert all(f"City Org {n}" in need_page for n in (4, 5, 6))
    assert not [statement for statement in statements if "WHERE organizations.id =" in statement]


def test_a_bad_directory_filter_is_reported_not_a_crash(client, make_user, make_technology):
    make_technology(make_user("company"))
    response = client.get("/technologies?trl=99&category=smart-grid")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "this filter was ignored" in page and "GridFlex demand response" in page


def test_directory_shows_category_labels_in_chinese(client, make_user, make_technology):
    make_technology(make_user("company"))
    page = client.get("/technologies?lang=zh").get_data(as_text=True)
    assert "智能电网" in page


def test_public_profile_lists_only_public_records(client, make_user, make_technology):
    company = make_user("company")
    make_technology(company, name="Visible one")
    make_technology(company, name="Hidden draft", status="draft")
    page = client.get(f"/organizations/{company.organization_id}").get_data(as_text=True)
    assert "Visible one" in page and "Hidden draft" not in page


def test_unverified_organisation_profile_is_private(client, make_user, login):
    pending = make_user("company", verified=False)
    assert client.get(f"/organizations/{pending.organization_id}").status_code == 404
    login(pending)
    assert client.get(f"/organizations/{pending.organization_id}").status_code == 200


def test_city_edits_its_profile_with_climate_goals(app, client, make_user, login, form_post):
    city = make_user("city", country="US", region="US-CA")
    login(city)
    response = form_post(
        "/account/organization",
        {
            "name": "City of Oakland",
            "country": "US",
            "region": "US-CA",
            "contact_name": "Dana Ruiz",
            "contact_email": "climate@oakland.example",
            "languages": ["en"],
            "climate_goals": "emissions | 2030 | 56% below 2005\nair_quality | 2028 | PM2.5 under 10 µg/m3",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        organization = db.session.get(Organization, city.organization_id)
        assert organization.climate_goals[1] == {"kind": "air_quality", "year": 2028, "text": "PM2.5 under 10 µg/m3"}
    assert "56% below 2005" in client.get(f"/organizations/{city.organization_id}").get_data(as_text=True)


def test_profile_form_reports_a_region_outside_the_country(client, make_user, login, form_post):
    login(make_user("company"))
    response = form_post("/account/organization", {"name": "X Corp", "country": "US", "region": "CN-GD"})
    assert response.status_code == 422
    assert "This region is not in the country given." in response.get_data(as_text=True)


def test_admin_verifies_and_rejects_from_the_queue(app, client, make_user, login, form_post):
    admin = make_user("admin")
    waiting, fake = make_user("city", verified=False), make_user("city", verified=False)
    login(admin)
    queue = client.get("/admin/organizations").get_data(as_text=True)
    assert "City Org" in queue
    form_post(f"/admin/organizations/{waiting.organization_id}/verify", {}, page="/admin/organizations")
    empty_reason = form_post(
        f"/admin/organizations/{fake.organization_id}/reject", {"reason": ""}, page="/admin/organizations"
    )
    assert "Give a reason" in client.get(empty_reason.headers["Location"]).get_data(as_text=True)
    form_post(
        f"/admin/organizations/{fake.organization_id}/reject",
        {"reason": "Not a city government"},
        page="/admin/organizations",
    )
    with app.app_context():
        assert db.session.get(Organization, waiting.organization_id).verified is True
        rejected = db.session.get(Organization, fake.organization_id)
        assert rejected.verified is False and rejected.rejection_reason == "Not a city government"


@pytest.mark.parametrize("role", ["company", "city"])
def test_only_admins_reach_the_queue_and_exports(client, make_user, login, role):
    login(make_user(role))
    assert client.get("/admin/organizations").status_code == 403
    assert client.get("/admin/export/technologies.csv").status_code == 403


def test_admin_exports_csv_and_jsonl(client, make_user, login, make_technology):
    make_technology(make_user("company"), name="=HYPERLINK(evil)")
    login(make_user("admin"))
    response = client.get("/admin/export/technologies.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"  # one charset
    csv_text = response.get_data(as_text=True)
    assert csv_text.splitlines()[0].startswith("\ufeffid,company,name,categories")  # BOM: Excel reads UTF-8
    assert "'=HYPERLINK(evil)" in csv_text  # a formula is neutralised
    line = client.get("/admin/export/technologies.jsonl").get_data(as_text=True).splitlines()[0]
    record = json.loads(line)
    assert record["categories"] == ["smart-grid"] and record["cost_usd"] == [200000.0, 900000.0]
