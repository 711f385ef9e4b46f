"""Technologies, needs and organisations through the JSON API (contract api.md)."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Need, Organization, Technology

from .conftest import NEED, TECHNOLOGY
from .helpers import table_count


@pytest.fixture
def company(make_user):
    return make_user("company")


@pytest.fixture
def city(make_user):
    return make_user("city", country="CN", region="CN-GD")


def test_company_registers_a_technology_published_by_default(app, client, company, api_token):
    response = client.post("/api/v1/technologies", json=TECHNOLOGY, headers=api_token(company))
    assert response.status_code == 201
    body = response.get_json()
    assert isinstance(body["id"], int)
    assert body["status"] == "published" and body["public"] is True
    assert body["cost_usd"] == [200000.0, 900000.0] and body["regions"] == ["CN", "US-CA"]
    public = client.get("/api/v1/technologies").get_json()
    assert [item["id"] for item in public["items"]] == [body["id"]]
    assert {"items", "page", "per_page", "total"} <= set(public)


def test_city_posts_a_need_open_by_default(client, city, api_token):
    response = client.post("/api/v1/needs", json=NEED, headers=api_token(city))
    assert response.status_code == 201
    body = response.get_json()
    assert body["status"] == "open" and body["deadline"] == NEED["deadline"] and body["region"] == "CN-GD"
    assert client.get(f"/api/v1/needs/{body['id']}").status_code == 200


def test_records_of_unverified_organisations_are_not_public(client, make_user, api_token):
    company = make_user("company", verified=False)
    created = client.post("/api/v1/technologies", json=TECHNOLOGY, headers=api_token(company)).get_json()
    assert created["public"] is False
    assert client.get("/api/v1/technologies").get_json()["total"] == 0
    assert client.get(f"/api/v1/technologies/{created['id']}").status_code == 404
    assert client.get(f"/api/v1/technologies/{created['id']}", headers=api_token(company)).status_code == 200


@pytest.mark.parametrize(
    ("role", "path", "body", "status"),
    [
        ("city", "/api/v1/technologies", TECHNOLOGY, 403),
        ("admin", "/api/v1/technologies", TECHNOLOGY, 403),
        ("company", "/api/v1/needs", NEED, 403),
        ("admin", "/api/v1/needs", NEED, 403),
        (None, "/api/v1/technologies", TECHNOLOGY, 401),
        (None, "/api/v1/needs", NEED, 401),
    ],
)
def test_only_the_right_role_creates(app, client, make_user, api_token, role, path, body, status):
    headers = api_token(make_user(role)) if role else {}
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == status
    assert table_count(app, Technology) == 0 and table_count(app, Need) == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"categories": []}, "categories"),
        ({"categories": ["flying-cars"]}, "categories"),
        ({"categories": "smart-grid"}, "categories"),
        ({"description": ""}, "description"),
        ({"trl": 0}, "trl"),
        ({"trl": 10}, "trl"),
        ({"trl": "high"}, "trl"),
        ({"trl": True}, "trl"),
        ({"cost_usd": [900, 100]}, "cost_usd"),
        ({"cost_usd": [-1, 100]}, "cost_usd"),
        ({"cost_usd": [1]}, "cost_usd"),
        ({"regions": ["Mars"]}, "regions"),
        ({"regions": []}, "regions"),
        ({"co2e_reduction_t_per_year": -5}, "co2e_reduction_t_per_year"),
        ({"co2e_reduction_t_per_year": "lots"}, "co2e_reduction_t_per_year"),
        ({"reference_deployments": [{"city": "LA"}]}, "reference_deployments"),
        ({"status": "deleted"}, "status"),
        ({"offers_pilots": "maybe"}, "offers_pilots"),
    ],
)
def test_every_technology_field_rejects_bad_input(app, client, company, api_token, change, field):
    response = client.post("/api/v1/technologies", json={**TECHNOLOGY, **change}, headers=api_token(company))
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert table_count(app, Technology) == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "x"}, "title"),
        ({"categories": ["nope"]}, "categories"),
        ({"budget_usd": -1}, "budget_usd"),
        ({"min_trl": 12}, "min_trl"),
        ({"region": "XX-YY"}, "region"),
        ({"deadline": "2020-01-01"}, "deadline"),
        ({"deadline": "next week"}, "deadline"),
        ({"goal": "fame"}, "goal"),
        ({"procurement_stage": "done"}, "procurement_stage"),
        ({"funding": "rich"}, "funding"),
        ({"status": "archived"}, "status"),
    ],
)
def test_every_need_field_rejects_bad_input(app, client, city, api_token, change, field):
    response = client.post("/api/v1/needs", json={**NEED, **change}, headers=api_token(city))
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert table_count(app, Need) == 0


def test_owner_patches_and_others_cannot(app, client, make_user, api_token, make_technology):
    owner, intruder = make_user("company"), make_user("company")
    technology_id = make_technology(owner)
    path = f"/api/v1/technologies/{technology_id}"
    assert client.patch(path, json={"trl": 9}, headers=api_token(owner)).get_json()["trl"] == 9
    assert client.patch(path, json={"trl": 1}, headers=api_token(intruder)).status_code == 403
    assert client.delete(path, headers=api_token(intruder)).status_code == 403
    assert client.get(path).get_json()["trl"] == 9


def test_nobody_reads_another_organisations_draft(client, make_user, api_token, make_technology, make_need):
    company, other = make_user("company"), make_user("company")
    city = make_user("city", country="CN", region="CN-GD")
    draft_technology = make_technology(company, status="draft")
    draft_need = make_need(city, status="draft")
    for headers in ({}, api_token(other), api_token(make_user("city"))):
        assert client.get(f"/api/v1/technologies/{draft_technology}", headers=headers).status_code == 404
        assert client.get(f"/api/v1/needs/{draft_need}", headers=headers).status_code == 404
        assert client.patch(
            f"/api/v1/needs/{draft_need}", json={"title": "Taken over"}, headers=headers
        ).status_code in (401, 404)
    admin = api_token(make_user("admin"))
    assert client.get(f"/api/v1/needs/{draft_need}", headers=admin).status_code == 200


def test_patch_can_change_the_status_and_is_audited(app, client, city, api_token, make_need):
    need_id = make_need(city)
    response = client.patch(
        f"/api/v1/needs/{need_id}",
        json={"status": "closed", "outcome": "Pilot contract signed"},
        headers=api_token(city),
    )
    assert response.status_code == 200 and response.get_json()["status"] == "closed"
    assert client.get(f"/api/v1/needs/{need_id}").status_code == 404  # closed needs are not public
    with app.app_context():
        event = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "need.status")).scalar_one()
        assert (event.from_state, event.to_state, event.note) == ("open", "closed", "Pilot contract signed")


def test_closing_a_need_asks_for_its_outcome(client, city, api_token, make_need):
    need_id = make_need(city)
    response = client.patch(f"/api/v1/needs/{need_id}", json={"status": "closed"}, headers=api_token(city))
    assert response.status_code == 422 and "outcome" in response.get_json()["error"]["fields"]


def test_delete_removes_the_record(app, client, company, api_token, make_technology):
    technology_id = make_technology(company)
    assert client.delete(f"/api/v1/technologies/{technology_id}", headers=api_token(company)).status_code == 204
    assert table_count(app, Technology) == 0
    assert client.get("/api/v1/technologies?q=demand").get_json()["total"] == 0


def test_list_filters_and_pages(client, make_user, make_technology):
    company = make_user("company", country="US", region="US-CA")
    make_technology(company, name="Shore power for berths", categories=["green-transportation"], regions=["*"])
    make_technology(
        company,
        name="Sludge dryer",
        categories=["clean-water"],
        trl=5,
        regions=["CN-GD"],
        description="Solar sludge drying for wastewater plants 污泥干化",
    )
    make_technology(company, name="Battery park", categories=["energy-storage"], cost_usd=[5e6, 9e6], regions=["US"])

    def names(query: str) -> set[str]:
        return {item["name"] for item in client.get(f"/api/v1/technologies?{query}").get_json()["items"]}

    assert names("category=clean-water") == {"Sludge dryer"}
    assert names("q=sludge") == {"Sludge dryer"}
    assert names("q=污泥") == {"Sludge dryer"}
    assert names("q=SHORE+berths") == {"Shore power for berths"}
    assert names("q=100%25") == set()
    assert names("region=CN-GD") == {"Shore power for berths", "Sludge dryer"}
    assert names("region=US-NY") == {"Shore power for berths", "Battery park"}
    assert names("trl=6") == {"Shore power for berths", "Battery park"}
    assert names("budget=1000000") == {"Shore power for berths", "Sludge dryer"}
    assert names("country=US") == {"Shore power for berths", "Sludge dryer", "Battery park"}
    first = client.get("/api/v1/technologies?per_page=2&sort=name").get_json()
    second = client.get("/api/v1/technologies?per_page=2&sort=name&page=2").get_json()
    assert [i["name"] for i in first["items"]] == ["Battery park", "Shore power for berths"]
    assert [i["name"] for i in second["items"]] == ["Sludge dryer"]
    assert first["total"] == 3 and first["per_page"] == 2


@pytest.mark.parametrize("query", ["page=0", "per_page=1000", "trl=11", "category=nope", "sort=random", "budget=-3"])
def test_bad_list_parameters_are_422(client, query):
    response = client.get(f"/api/v1/technologies?{query}")
    assert response.status_code == 422 and response.get_json()["error"]["fields"]


def test_search_query_is_text_never_sql(client, company, make_technology):
    make_technology(company)
    for query in ("' OR 1=1 --", "%", "_", "\\", '"quoted"', "demand) OR (1"):
        response = client.get("/api/v1/technologies", query_string={"q": query})
        assert response.status_code == 200
        assert response.get_json()["total"] == 0


def test_search_wildcards_and_backslashes_match_literally(client, company, make_technology):
    """% and _ in a query are those characters, not LIKE wildcards; a backslash escapes nothing."""
    make_technology(company, name="Chiller cutting 100% of peak", categories=["energy-retrofits"])
    make_technology(company, name="Chiller of 1000 kW", categories=["energy-retrofits"])
    make_technology(company, name="Meter gateway smart_grid edition")  # the others say "smart-grid"
    make_technology(company, name="Tunnel fan C:\\ventilation", categories=["energy-retrofits"])

    def names(query: str) -> set[str]:
        response = client.get("/api/v1/technologies", query_string={"q": query})
        return {item["name"] for item in response.get_json()["items"]}

    assert names("chiller") == {"Chiller cutting 100% of peak", "Chiller of 1000 kW"}
    assert names("100%") == {"Chiller cutting 100% of peak"}
    assert names("100% chiller") == {"Chiller cutting 100% of peak"}
    assert names("0%_") == names("1_0") == names("%of%") == set()
    assert names("smart_grid") == {"Meter gateway smart_grid edition"}
    assert names("SMART_GRID meter") == {"Meter gateway smart_grid edition"}
    assert names("c:\\ventilation") == {"Tunnel fan C:\\ventilation"}
    assert names("c:ventilation") == names("c:\\\\ventilation") == set()


def test_search_mixes_short_and_long_terms_in_any_order(client, company, make_technology):
    """Terms under three characters (no trigram) next to longer ones, in English and Chinese."""
    make_technology(company, name="Sludge dryer", description="Solar sludge drying 污泥干化 for wastewater plants")
    make_technology(company, name="Sludge pump", description="Pumps for wastewater plants")

    def names(query: str) -> set[str]:
        response = client.get("/api/v1/technologies", query_string={"q": query})
        return {item["name"] for item in response.get_json()["items"]}

    assert names("泥 污泥干化 dryer") == names("dryer 泥 污泥干化") == {"Sludge dryer"}
    assert names("pl wastewater") == names("wastewater pl") == {"Sludge dryer", "Sludge pump"}
    # 污泥 is sludge in either language (issue 13): the English pump matches it too
    assert names("污泥 sludge") == names("sludge 污泥") == {"Sludge dryer", "Sludge pump"}
    assert names("污泥 pump") == {"Sludge pump"}
    assert names("x sludge") == names("污泥 fan") == set()


def test_only_search_terms_that_need_it_get_an_escape_clause():
    """SQLite's FTS5 trigram index serves LIKE only without ESCAPE: terms of 3+ plain characters get none."""
    from matchmaker.services import search

    assert "ESCAPE" not in str(search.matching_ids("technology", "Demand response 需求响应 c:/x"))
    for query in ("100%", "smart_grid", "c:\\ventilation", "demand 100%", "污泥 sludge", "ab demand"):
        assert str(search.matching_ids("technology", query)).count("ESCAPE") == 1, query


def test_verification_queue_and_verify(app, client, make_user, api_token):
    admin = make_user("admin")
    pending = make_user("city", verified=False)
    headers = api_token(admin)
    queue = client.get("/api/v1/organizations?verified=false", headers=headers).get_json()
    assert [item["id"] for item in queue["items"]] == [pending.organization_id]
    response = client.post(f"/api/v1/organizations/{pending.organization_id}/verify", headers=headers)
    assert response.status_code == 200 and response.get_json()["verified"] is True
    assert client.post(f"/api/v1/organizations/{pending.organization_id}/verify", headers=headers).status_code == 409
    assert client.get("/api/v1/organizations?verified=false", headers=headers).get_json()["total"] == 0
    with app.app_context():
        actions = db.session.execute(db.select(AuditEvent.action)).scalars().all()
        assert "organization.verify" in actions


def test_reject_needs_a_reason(client, make_user, api_token):
    headers = api_token(make_user("admin"))
    pending = make_user("company", verified=False)
    path = f"/api/v1/organizations/{pending.organization_id}/reject"
    assert client.post(path, json={}, headers=headers).status_code == 422
    response = client.post(path, json={"reason": "No company registration found"}, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["rejection_reason"] == "No company registration found"


@pytest.mark.parametrize("role", ["company", "city", None])
def test_only_admins_use_the_verification_queue(client, make_user, api_token, role):
    pending = make_user("city", verified=False)
    headers = api_token(make_user(role)) if role else {}
    expected = 403 if role else 401
    assert client.get("/api/v1/organizations?verified=false", headers=headers).status_code == expected
    assert (
        client.post(f"/api/v1/organizations/{pending.organization_id}/verify", headers=headers).status_code == expected
    )


def test_members_edit_their_profile_and_goals(client, city, api_token):
    response = client.patch(
        f"/api/v1/organizations/{city.organization_id}",
        json={"contact_name": "Li Wei", "climate_goals": [{"kind": "emissions", "year": 2030, "text": "Peak carbon"}]},
        headers=api_token(city),
    )
    assert response.status_code == 200
    assert response.get_json()["climate_goals"][0]["text"] == "Peak carbon"
    bad = client.patch(
        f"/api/v1/organizations/{city.organization_id}",
        json={"climate_goals": [{"kind": "fame"}]},
        headers=api_token(city),
    )
    assert bad.status_code == 422


def test_nobody_edits_another_organisation(client, make_user, api_token, city):
    other = make_user("city")
    response = client.patch(
        f"/api/v1/organizations/{city.organization_id}", json={"name": "Taken"}, headers=api_token(other)
    )
    assert response.status_code == 403


def test_a_bad_token_is_401_even_on_public_reads(client):
    response = client.get("/api/v1/technologies/1", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401


def test_openapi_lists_the_marketplace_paths(client):
    document = client.get("/api/v1/openapi.json").get_json()
    paths = document["paths"]
    assert {
        "/technologies",
        "/technologies/{technology_id}",
        "/needs",
        "/needs/{need_id}",
        "/organizations",
        "/organizations/{organization_id}/verify",
    } <= set(paths)
    assert set(paths["/technologies/{technology_id}"]) == {"get", "patch", "delete"}
    reference = paths["/technologies"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = document["components"]["schemas"][reference.rsplit("/", 1)[1]]
    assert schema["properties"]["trl"]["maximum"] == 9


def test_organisation_table_unchanged_by_bad_requests(app, client, company, api_token):
    before = table_count(app, Organization)
    client.post("/api/v1/technologies", data=b"{broken", content_type="application/json", headers=api_token(company))
    assert table_count(app, Organization) == before
