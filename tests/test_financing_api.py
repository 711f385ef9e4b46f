"""Funds and financing matches through the JSON API (contract financing.md), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, FinancingMatch, Fund, Need, Technology

from .conftest import NEED, TECHNOLOGY
from .helpers import PASSWORD, table_count

FUND = {
    "name": "Pacific Bridge Clean-Tech Fund",
    "description": "Equity for grid and storage start-ups scaling across the Pacific.",
    "categories": ["smart-grid", "energy-storage"],
    "regions": ["US-CA", "CN"],
    "ticket_usd": [1_000_000, 10_000_000],
    "instruments": ["equity"],
    "targets": ["technologies", "needs"],
    "min_trl": 6,
}


@pytest.fixture
def investor(make_user):
    return make_user("investor")


@pytest.fixture
def company(make_user):
    return make_user("company")


@pytest.fixture
def city(make_user):
    return make_user("city", country="CN", region="CN-GD")


@pytest.fixture
def admin(make_user):
    return make_user("admin")


@pytest.fixture
def fund_id(client, investor, api_token):
    response = client.post("/api/v1/funds", json=FUND, headers=api_token(investor))
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


@pytest.fixture
def raising(make_technology, company):
    """A published technology of a verified company raising $4M."""
    return make_technology(company, seeking_investment_usd=4_000_000)


@pytest.fixture
def seeking(make_need, city):
    """An open need of a verified city seeking $5M of finance, 4 of 5 checklist items done."""
    checklist = {"feasibility_study": True, "revenue_model": True, "permits": True, "co_financing": False}
    return make_need(
        city,
        funding="seeking_finance",
        finance_sought_usd=5_000_000,
        bankability={**checklist, "procurement_route": True},
    )


def test_investor_signs_up_unverified(client):
    body = {
        "email": "fund@pacific.example",
        "password": PASSWORD,
        "role": "investor",
        "organization": {"name": "Pacific Bridge Capital", "country": "US", "region": "US-CA"},
    }
    response = client.post("/api/v1/auth/signup", json=body)
    assert response.status_code == 201, response.get_json()
    answer = response.get_json()
    assert answer["user"]["role"] == "investor"
    assert answer["organization"]["kind"] == "investor" and answer["organization"]["verified"] is False


def test_investor_creates_a_fund_public_once_verified(client, fund_id, investor, api_token):
    fund = client.get(f"/api/v1/funds/{fund_id}").get_json()
    assert fund["ticket_usd"] == [1_000_000, 10_000_000] and fund["targets"] == ["technologies", "needs"]
    assert fund["public"] is True
    listing = client.get("/api/v1/funds").get_json()
    assert [f["id"] for f in listing["items"]] == [fund_id] and listing["total"] == 1
    assert client.get("/api/v1/funds?category=clean-water").get_json()["total"] == 0


def test_an_unverified_investors_fund_is_seen_by_it_and_admins_only(client, make_user, api_token, admin, investor):
    newcomer = make_user("investor", verified=False)
    fund_id = client.post("/api/v1/funds", json=FUND, headers=api_token(newcomer)).get_json()["id"]
    assert client.get(f"/api/v1/funds/{fund_id}").status_code == 404
    assert client.get(f"/api/v1/funds/{fund_id}", headers=api_token(investor)).status_code == 404
    assert client.get("/api/v1/funds", headers=api_token(investor)).get_json()["total"] == 0
    assert client.get(f"/api/v1/funds/{fund_id}", headers=api_token(newcomer)).status_code == 200
    assert client.get("/api/v1/funds", headers=api_token(admin)).get_json()["total"] == 1
    # Not matched either: no suggestions and no interest until verified.
    assert client.get(f"/api/v1/funds/{fund_id}/suggestions", headers=api_token(newcomer)).get_json()["items"] == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ticket_usd": [5_000_000, 1_000_000]}, "ticket_usd"),
        ({"ticket_usd": [0, 1_000_000]}, "ticket_usd"),
        ({"ticket_usd": [-5, 10]}, "ticket_usd"),
        ({"instruments": ["shares"]}, "instruments"),
        ({"instruments": []}, "instruments"),
        ({"categories": []}, "categories"),
        ({"categories": ["rockets"]}, "categories"),
        ({"targets": ["cities"]}, "targets"),
        ({"min_trl": 12}, "min_trl"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_fund_input_names_the_field_and_stores_nothing(app, client, investor, api_token, change, field):
    response = client.post("/api/v1/funds", json={**FUND, **change}, headers=api_token(investor))
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert table_count(app, Fund) == 0


def test_bad_fund_input_in_chinese(client, investor, api_token):
    response = client.post("/api/v1/funds?lang=zh", json={**FUND, "ticket_usd": [9, 1]}, headers=api_token(investor))
    assert response.status_code == 422
    message = response.get_json()["error"]["fields"]["ticket_usd"]
    assert any("\u4e00" <= char <= "\u9fff" for char in message), message


def test_a_bad_patch_changes_nothing(app, client, fund_id, investor, api_token):
    response = client.patch(
        f"/api/v1/funds/{fund_id}", json={"name": "Renamed", "ticket_usd": [3, 2]}, headers=api_token(investor)
    )
    assert response.status_code == 422 and "ticket_usd" in response.get_json()["error"]["fields"]
    with app.app_context():
        assert db.session.get(Fund, fund_id).name == FUND["name"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"seeking_investment_usd": 0}, "seeking_investment_usd"),
        ({"seeking_investment_usd": -1}, "seeking_investment_usd"),
    ],
)
def test_non_positive_amount_sought_is_refused(app, client, company, api_token, body, field):
    response = client.post("/api/v1/technologies", json={**TECHNOLOGY, **body}, headers=api_token(company))
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    assert table_count(app, Technology) == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"finance_sought_usd": 0}, "finance_sought_usd"),
        ({"funding": "begging"}, "funding"),
        ({"bankability": {"permits": "yes"}}, "bankability"),
        ({"bankability": {"luck": True}}, "bankability"),
    ],
)
def test_bad_finance_fields_of_a_need_are_refused(app, client, city, api_token, body, field):
    response = client.post("/api/v1/needs", json={**NEED, **body}, headers=api_token(city))
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    assert table_count(app, Need) == 0


def test_owner_and_admin_change_and_delete_others_cannot(client, fund_id, investor, make_user, admin, api_token):
    other = make_user("investor")
    assert client.patch(f"/api/v1/funds/{fund_id}", json={"name": "X Fund"}, headers=api_token(other)).status_code in (
        403,
        404,
    )
    assert client.delete(f"/api/v1/funds/{fund_id}", headers=api_token(other)).status_code in (403, 404)
    changed = client.patch(f"/api/v1/funds/{fund_id}", json={"min_trl": 7}, headers=api_token(investor))
    assert changed.status_code == 200 and changed.get_json()["min_trl"] == 7
    renamed = client.patch(f"/api/v1/funds/{fund_id}", json={"name": "Moderated Fund"}, headers=api_token(admin))
    assert renamed.status_code == 200
    assert client.delete(f"/api/v1/funds/{fund_id}", headers=api_token(admin)).status_code == 204
    assert client.get(f"/api/v1/funds/{fund_id}").status_code == 404


def test_only_investors_create_funds(client, company, api_token):
    assert client.post("/api/v1/funds", json=FUND, headers=api_token(company)).status_code == 403
    assert client.post("/api/v1/funds", json=FUND).status_code == 401


def test_suggestions_rank_what_fits_and_rule_out_the_rest(
    client, fund_id, investor, company, city, make_technology, make_need, raising, seeking, api_token
):
    too_big = make_technology(company, name="Giant grid", seeking_investment_usd=50_000_000)
    too_early = make_technology(company, name="Lab grid", trl=3, seeking_investment_usd=2_000_000)
    not_raising = make_technology(company, name="Quiet grid")
    funded = make_need(city, title="Funded peak cut", funding="funded", finance_sought_usd=2_000_000)
    response = client.get(f"/api/v1/funds/{fund_id}/suggestions?top=10", headers=api_token(investor))
    assert response.status_code == 200
    items = response.get_json()["items"]
    found = {(item["kind"], item["id"]) for item in items}
    assert ("technology", raising) in found and ("need", seeking) in found
    for ruled_out in (too_big, too_early, not_raising):
        assert ("technology", ruled_out) not in found
    assert ("need", funded) not in found
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)
    assert items[0]["reasons"][0].startswith("Seeks $")
    chinese = client.get(f"/api/v1/funds/{fund_id}/suggestions?lang=zh", headers=api_token(investor)).get_json()
    assert chinese["items"][0]["reasons"][0].startswith("寻求")


def test_suggestions_leave_out_unverified_organisations(
    client, fund_id, investor, make_user, make_technology, api_token
):
    newcomer = make_user("company", verified=False)
    hidden = make_technology(newcomer, seeking_investment_usd=3_000_000)
    items = client.get(f"/api/v1/funds/{fund_id}/suggestions", headers=api_token(investor)).get_json()["items"]
    assert ("technology", hidden) not in {(i["kind"], i["id"]) for i in items}


def test_suggestions_are_for_the_owner_and_admins(client, fund_id, make_user, admin, company, api_token):
    assert client.get(f"/api/v1/funds/{fund_id}/suggestions", headers=api_token(admin)).status_code == 200
    assert client.get(f"/api/v1/funds/{fund_id}/suggestions", headers=api_token(company)).status_code == 403
    assert (
        client.get(f"/api/v1/funds/{fund_id}/suggestions", headers=api_token(make_user("investor"))).status_code == 403
    )


def test_interest_approval_and_answer_the_whole_way(app, client, fund_id, investor, company, admin, raising, api_token):
    first = client.post(
        f"/api/v1/funds/{fund_id}/interest", json={"technology_id": raising}, headers=api_token(investor)
    )
    assert first.status_code == 201 and first.get_json()["status"] == "requested"
    again = client.post(
        f"/api/v1/funds/{fund_id}/interest", json={"technology_id": raising}, headers=api_token(investor)
    )
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]
    financing_id = first.get_json()["id"]
    assert "contacts" not in first.get_json()
    # The company sees nothing before approval.
    assert client.get("/api/v1/financing", headers=api_token(company)).get_json()["items"] == []
    assert (
        client.post(
            f"/api/v1/financing/{financing_id}/respond", json={"interested": True}, headers=api_token(company)
        ).status_code
        == 404
    )
    # Only admins decide; a rejection needs a note.
    assert client.post(f"/api/v1/financing/{financing_id}/approve", headers=api_token(investor)).status_code == 403
    assert client.post(f"/api/v1/financing/{financing_id}/reject", json={}, headers=api_token(admin)).status_code == 422
    approved = client.post(
        f"/api/v1/financing/{financing_id}/approve", json={"note": "Good fit"}, headers=api_token(admin)
    )
    assert approved.status_code == 200 and approved.get_json()["status"] == "approved"
    assert (
        client.post(
            f"/api/v1/financing/{financing_id}/reject", json={"note": "Too late"}, headers=api_token(admin)
        ).status_code
        == 409
    )
    seen = client.get("/api/v1/financing", headers=api_token(company)).get_json()["items"]
    assert [f["id"] for f in seen] == [financing_id]
    assert seen[0]["contacts"]["investor"]["email"].startswith("investor")
    answered = client.post(
        f"/api/v1/financing/{financing_id}/respond", json={"interested": True}, headers=api_token(company)
    )
    assert answered.status_code == 200 and answered.get_json()["status"] == "connected"
    again = client.post(
        f"/api/v1/financing/{financing_id}/respond", json={"interested": False}, headers=api_token(company)
    )
    assert again.status_code == 409
    with app.app_context():
        actions = (
            db.session.execute(
                db.select(AuditEvent.action)
                .where(AuditEvent.target_type == "financing_matches")
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()
        )
    assert actions == ["financing.request", "financing.approve", "financing.respond"]


def test_a_city_declines_a_financing_offer(client, fund_id, investor, city, admin, seeking, api_token):
    financing_id = client.post(
        f"/api/v1/funds/{fund_id}/interest", json={"need_id": seeking}, headers=api_token(investor)
    ).get_json()["id"]
    client.post(f"/api/v1/financing/{financing_id}/approve", headers=api_token(admin))
    declined = client.post(
        f"/api/v1/financing/{financing_id}/respond", json={"interested": False}, headers=api_token(city)
    )
    assert declined.status_code == 200 and declined.get_json()["status"] == "declined"


def test_interest_in_what_the_mandate_rules_out_is_refused(
    app, client, fund_id, investor, company, make_technology, api_token
):
    too_big = make_technology(company, seeking_investment_usd=90_000_000)
    response = client.post(
        f"/api/v1/funds/{fund_id}/interest", json={"technology_id": too_big}, headers=api_token(investor)
    )
    assert response.status_code == 422 and "technology_id" in response.get_json()["error"]["fields"]
    neither = client.post(f"/api/v1/funds/{fund_id}/interest", json={}, headers=api_token(investor))
    assert neither.status_code == 422
    assert table_count(app, FinancingMatch) == 0


def test_another_investor_never_sees_a_financing_match_nor_asks_for_someone_elses_fund(
    client, fund_id, investor, make_user, raising, api_token
):
    client.post(f"/api/v1/funds/{fund_id}/interest", json={"technology_id": raising}, headers=api_token(investor))
    other = make_user("investor")
    assert client.get("/api/v1/financing", headers=api_token(other)).get_json()["items"] == []
    refused = client.post(
        f"/api/v1/funds/{fund_id}/interest", json={"technology_id": raising}, headers=api_token(other)
    )
    assert refused.status_code == 403
    assert len(client.get("/api/v1/financing", headers=api_token(investor)).get_json()["items"]) == 1
