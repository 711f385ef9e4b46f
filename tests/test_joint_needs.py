"""Joint needs of a city cluster (issue 12 item 7, contracts/accounts.md): a city invites other
verified cities as partners; once a partner accepts it reads and takes part in the need's
suggestions and matches, and a technology's region fits where any accepted partner is (the
acceptance reaches matching through the one path, changes.need_changed)."""

from __future__ import annotations

import pytest

from matchmaker import matching
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStatus, NeedPartner, Notification

from .helpers import csrf_token_from


@pytest.fixture(autouse=True)
def fresh_indexes():
    matching.forget_indexes()
    yield
    matching.forget_indexes()


@pytest.fixture
def cluster(make_user, make_need, make_technology):
    """Oakland posts a need; Shenzhen could share it; a company serves Guangdong only."""
    oakland = make_user("city", country="US", region="US-CA")
    shenzhen = make_user("city", country="CN", region="CN-GD")
    company = make_user("company", country="CN", region="CN-GD")
    need_id = make_need(oakland, region="US-CA")
    technology_id = make_technology(company, regions=["CN-GD"])
    return oakland, shenzhen, company, need_id, technology_id


def invite(client, headers, need_id, organization_id):
    return client.post(f"/api/v1/needs/{need_id}/partners", json={"organization_id": organization_id}, headers=headers)


def region_signal(app, need_id, technology_id):
    with app.app_context():
        match = db.session.execute(
            db.select(Match).where(Match.need_id == need_id, Match.technology_id == technology_id)
        ).scalar_one_or_none()
        return None if match is None else match.signals.get("region")


def test_invite_accept_and_the_partners_region_fits(app, client, cluster, api_token):
    oakland, shenzhen, _company, need_id, technology_id = cluster
    app.config["MATCHING_REFRESH"] = "queue"  # the tests' queue runs each refresh as it is queued
    with app.app_context():
        matching.refresh_need(db.session.get(matching.Need, need_id))
        db.session.commit()
    assert region_signal(app, need_id, technology_id) in (None, 0.0)  # Guangdong only: abroad for Oakland

    response = invite(client, api_token(oakland), need_id, shenzhen.organization_id)
    assert (response.status_code, response.get_json()) == (
        201,
        {"organization_id": shenzhen.organization_id, "status": "invited"},
    )
    need = client.get(f"/api/v1/needs/{need_id}").get_json()
    assert need["partners"] == [
        {"organization_id": shenzhen.organization_id, "name": "City Org 2", "region": "CN-GD", "status": "invited"}
    ]
    shenzhen_headers = api_token(shenzhen)
    assert client.get(f"/api/v1/needs/{need_id}/suggestions", headers=shenzhen_headers).status_code == 403

    accepted = client.post(
        f"/api/v1/needs/{need_id}/partners/{shenzhen.organization_id}/accept", headers=shenzhen_headers
    )
    assert (accepted.status_code, accepted.get_json()) == (200, {"status": "accepted"})
    assert client.get(f"/api/v1/needs/{need_id}").get_json()["partners"][0]["status"] == "accepted"
    assert region_signal(app, need_id, technology_id) == 1.0  # refreshed: Guangdong fits the joint need
    suggestions = client.get(f"/api/v1/needs/{need_id}/suggestions", headers=shenzhen_headers)
    assert suggestions.status_code == 200
    assert technology_id in [item["technology_id"] for item in suggestions.get_json()["items"]]
    with app.app_context():
        actions = db.session.execute(db.select(AuditEvent.action)).scalars().all()
    assert {"need.invite_partner", "need.answer_partnership"} <= set(actions)


def test_an_accepted_partner_takes_part_in_the_needs_matches(app, client, cluster, api_token):
    oakland, shenzhen, company, need_id, technology_id = cluster
    invite(client, api_token(oakland), need_id, shenzhen.organization_id)
    headers = api_token(shenzhen)
    with app.app_context():
        match = Match(
            need_id=need_id, technology_id=technology_id, status=MatchStatus.SUGGESTED, origin=MatchOrigin.ENGINE
        )
        db.session.add(match)
        db.session.commit()
        match_id = match.id
    assert client.get(f"/api/v1/matches/{match_id}", headers=headers).status_code == 404  # invited is not enough
    client.post(f"/api/v1/needs/{need_id}/partners/{shenzhen.organization_id}/accept", headers=headers)
    assert client.get(f"/api/v1/matches/{match_id}", headers=headers).status_code == 200
    assert match_id in [m["id"] for m in client.get("/api/v1/matches", headers=headers).get_json()["items"]]
    asked = client.post("/api/v1/matches", json={"need_id": need_id, "technology_id": technology_id}, headers=headers)
    assert asked.status_code == 201 and asked.get_json()["status"] == "requested"
    with app.app_context():
        db.session.execute(db.update(Match).values(status=MatchStatus.APPROVED))
        db.session.commit()
    answer = client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=headers)
    assert answer.status_code == 200 and answer.get_json()["city_interested"] is True
    assert "contacts" in answer.get_json()


@pytest.mark.parametrize(
    ("target", "status", "field"),
    [
        ("unverified_city", 422, "organization_id"),
        ("company", 422, "organization_id"),
        ("itself", 422, "organization_id"),
    ],
)
def test_only_another_verified_city_can_be_invited(client, cluster, make_user, api_token, target, status, field):
    oakland, _shenzhen, company, need_id, _technology_id = cluster
    organization_id = {
        "unverified_city": make_user("city", verified=False).organization_id,
        "company": company.organization_id,
        "itself": oakland.organization_id,
    }[target]
    response = invite(client, api_token(oakland), need_id, organization_id)
    assert response.status_code == status and field in response.get_json()["error"]["fields"]


def test_who_invites_and_who_accepts(app, client, cluster, make_user, api_token):
    """Role × action: only the need's city invites; only the invited city accepts; twice is 409."""
    oakland, shenzhen, company, need_id, _technology_id = cluster
    other_city = make_user("city")
    assert invite(client, api_token(company), need_id, shenzhen.organization_id).status_code == 403
    assert invite(client, api_token(other_city), need_id, shenzhen.organization_id).status_code == 403
    assert invite(client, api_token(make_user("admin")), need_id, shenzhen.organization_id).status_code == 403
    assert invite(client, {}, need_id, shenzhen.organization_id).status_code == 401
    assert invite(client, api_token(oakland), need_id, shenzhen.organization_id).status_code == 201
    assert invite(client, api_token(oakland), need_id, shenzhen.organization_id).status_code == 409
    accept_path = f"/api/v1/needs/{need_id}/partners/{shenzhen.organization_id}/accept"
    assert client.post(accept_path, headers=api_token(other_city)).status_code == 404
    assert client.post(accept_path, headers=api_token(oakland)).status_code == 404
    declined = f"/api/v1/needs/{need_id}/partners/{shenzhen.organization_id}/decline"
    assert client.post(declined, headers=api_token(shenzhen)).get_json() == {"status": "declined"}
    assert client.post(accept_path, headers=api_token(shenzhen)).status_code == 409
    with app.app_context():
        assert db.session.execute(db.select(NeedPartner.status)).scalar_one().value == "declined"


def test_pages_invite_from_the_verified_cities_accept_on_the_dashboard_and_show_partners(
    app, client, cluster, make_user, login
):
    oakland, shenzhen, _company, need_id, _technology_id = cluster
    waiting = make_user("city", verified=False)
    login(oakland)
    page = client.get(f"/needs/{need_id}").get_data(as_text=True)
    assert 'name="organization_id"' in page and f'value="{shenzhen.organization_id}"' in page
    assert f'value="{waiting.organization_id}"' not in page  # only verified cities are offered
    sent = client.post(
        f"/needs/{need_id}/partners",
        data={"organization_id": shenzhen.organization_id, "csrf_token": csrf_token_from(page)},
    )
    assert sent.status_code == 302
    partner_browser = app.test_client()
    login(shenzhen, on=partner_browser)
    dashboard = partner_browser.get("/city/").get_data(as_text=True)
    assert "Invitations to share a need" in dashboard
    accept_url = f"/needs/{need_id}/partners/{shenzhen.organization_id}/accept"
    assert accept_url in dashboard
    done = partner_browser.post(accept_url, data={"csrf_token": csrf_token_from(dashboard)})
    assert done.status_code == 302
    public = app.test_client().get(f"/needs/{need_id}").get_data(as_text=True)
    assert "Partner cities" in public and "City Org 2" in public
    chinese = app.test_client().get(f"/needs/{need_id}?lang=zh").get_data(as_text=True)
    assert "合作城市" in chinese


def test_an_accepted_partner_hears_of_the_admins_approval(app, client, cluster, make_user, api_token):
    oakland, shenzhen, _company, need_id, technology_id = cluster
    invite(client, api_token(oakland), need_id, shenzhen.organization_id)
    headers = api_token(shenzhen)
    client.post(f"/api/v1/needs/{need_id}/partners/{shenzhen.organization_id}/accept", headers=headers)
    asked = client.post("/api/v1/matches", json={"need_id": need_id, "technology_id": technology_id}, headers=headers)
    match_id = asked.get_json()["id"]
    approved = client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(make_user("admin")))
    assert approved.status_code == 200
    with app.app_context():
        kinds = (
            db.session.execute(db.select(Notification.kind).where(Notification.user_id == shenzhen.id)).scalars().all()
        )
    assert "match_approved" in kinds
