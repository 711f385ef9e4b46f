"""Nobody poses as an organisation: renames go back to the queue, names are not squatted,
and imports attach records only to verified organisations of the right kind (issue 14.1)."""

from __future__ import annotations

import copy

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Organization, Technology, User

from .helpers import table_count
from .test_api_auth import SIGNUP, assert_json_error
from .test_import_export import TECHNOLOGIES, write_jsonl

BEIJING = {"name": "Beijing Municipal Ecology and Environment Bureau", "country": "CN", "region": "CN-BJ"}


def organization_of(app, user: User) -> Organization:
    with app.app_context():
        organization = db.session.get(Organization, user.organization_id)
        db.session.expunge(organization)
        return organization


@pytest.mark.parametrize(
    "change",
    [
        BEIJING,
        {"name": "Beijing Municipal Ecology and Environment Bureau"},
        {"country": "CN", "region": "CN-BJ"},
        {"region": "US-NV", "country": "US"},
    ],
)
def test_a_verified_company_that_changes_name_or_place_goes_back_to_the_queue(
    app, client, make_user, make_technology, api_token, change
):
    company = make_user("company")
    technology_id = make_technology(company)
    assert client.get(f"/api/v1/technologies/{technology_id}").status_code == 200

    response = client.patch(f"/api/v1/organizations/{company.organization_id}", json=change, headers=api_token(company))

    assert response.status_code == 200
    assert response.get_json()["verified"] is False
    # Out of the directory (and so out of matching) until an admin looks again.
    assert client.get(f"/api/v1/technologies/{technology_id}").status_code == 404
    assert client.get(f"/api/v1/organizations/{company.organization_id}").status_code == 404
    organization = organization_of(app, company)
    assert organization.verified_identity == {"name": "Company Org 1", "country": "US", "region": "US-CA"}
    with app.app_context():
        events = db.session.execute(db.select(AuditEvent.action)).scalars().all()
    assert "organization.unverify" in events


def test_unverifying_triggers_the_same_matching_refresh_as_verifying(app, make_user, monkeypatch):
    from matchmaker.services import organizations

    calls = []
    monkeypatch.setattr(organizations, "_visibility_changed", lambda organization: calls.append(organization.id))
    company = make_user("company")
    with app.app_context():
        user = db.session.get(User, company.id)
        organizations.update_profile(user, user.organization, {"name": "Another Name Entirely"})
    assert calls == [company.organization_id]


@pytest.mark.parametrize(
    "change",
    [
        {"description": "We now also build heat pumps."},
        {"website": "https://example.org", "contact_name": "Ana"},
        {"name": "COMPANY   org 1"},  # only case and spacing: the same name
        {"country": "US", "region": "US-CA"},  # the same place
    ],
)
def test_other_profile_changes_keep_the_verification(app, client, make_user, api_token, change):
    company = make_user("company")
    response = client.patch(f"/api/v1/organizations/{company.organization_id}", json=change, headers=api_token(company))
    assert response.status_code == 200
    assert response.get_json()["verified"] is True
    assert organization_of(app, company).verified_identity is None


def test_an_admin_editing_the_name_keeps_the_verification(app, client, make_user, api_token):
    company, admin = make_user("company"), make_user("admin")
    response = client.patch(
        f"/api/v1/organizations/{company.organization_id}", json={"name": "Corrected Name"}, headers=api_token(admin)
    )
    assert response.get_json()["verified"] is True


def test_the_admin_queue_shows_what_changed_and_verifying_again_clears_it(
    app, client, make_user, login, api_token, form_post
):
    city, admin = make_user("city"), make_user("admin")
    client.patch(f"/api/v1/organizations/{city.organization_id}", json=BEIJING, headers=api_token(city))
    login(admin)
    page = client.get("/admin/organizations").get_data(as_text=True)
    assert "Beijing Municipal Ecology and Environment Bureau" in page
    assert "Changed since verification" in page
    assert "City Org 1" in page and "US · US-CA" in page  # what was verified before
    queue = client.get("/api/v1/organizations?verified=false", headers=api_token(admin)).get_json()
    assert queue["items"][0]["verified_identity"] == {"name": "City Org 1", "country": "US", "region": "US-CA"}

    response = form_post(f"/admin/organizations/{city.organization_id}/verify", {}, page="/admin/organizations")
    assert response.status_code == 302
    organization = organization_of(app, city)
    assert organization.verified and organization.verified_identity is None


def test_the_profile_page_says_that_the_change_needs_verification(app, client, make_user, login, form_post):
    company = make_user("company")
    login(company)
    data = {"name": "Sierra Loop Energy", "country": "US", "region": "US-CA", "description": "", "website": ""}
    response = form_post("/account/organization", data, follow_redirects=True)
    assert "waits for verification" in response.get_data(as_text=True)
    assert organization_of(app, company).verified is False


def test_renaming_to_another_organisations_name_is_refused(app, client, make_user, api_token):
    company, _other = make_user("company"), make_user("company")
    response = client.patch(
        f"/api/v1/organizations/{company.organization_id}", json={"name": " company ORG 2"}, headers=api_token(company)
    )
    assert_json_error(response, 422, "invalid")
    assert "already registered" in response.get_json()["error"]["fields"]["name"]


# --- sign-up refuses a name that is taken -----------------------------------------------


@pytest.mark.parametrize(
    "name", ["Sierra Loop Energy", "sierra loop energy", "  SIERRA   LOOP  ENERGY ", "SierraLoop Energy"]
)
def test_api_signup_refuses_a_taken_organisation_name_ignoring_case_and_spaces(app, client, make_user, name):
    existing = make_user("company")
    with app.app_context():
        db.session.get(Organization, existing.organization_id).name = "Sierra Loop Energy"
        db.session.commit()
    body = copy.deepcopy(SIGNUP)
    body["organization"]["name"] = name
    response = client.post("/api/v1/auth/signup", json=body)
    assert_json_error(response, 422, "invalid")
    assert "already registered" in response.get_json()["error"]["fields"]["organization.name"]
    assert table_count(app, User) == 1


def test_page_signup_refuses_a_taken_organisation_name_in_chinese_too(app, client, make_user, form_post):
    make_user("city")  # "City Org 1"
    data = {
        "email": "climate@new.example",
        "password": "a long unusual passphrase",
        "role": "city",
        "name": "city org 1",
        "country": "US",
        "region": "US-CA",
    }
    response = form_post("/signup?lang=zh", data)
    assert response.status_code == 422
    assert "该名称的机构已注册" in response.get_data(as_text=True)
    assert table_count(app, User) == 1


# --- import attaches records only to verified organisations of the right kind -----------


def test_import_does_not_hand_records_to_an_unverified_namesake(app, client, runner, tmp_path):
    squatter = copy.deepcopy(SIGNUP)
    squatter["organization"]["name"] = "pearl grid"  # signs up before the real company is imported
    assert client.post("/api/v1/auth/signup", json=squatter).status_code == 201

    result = runner.invoke(args=["import-records", "--technologies", write_jsonl(tmp_path / "t.jsonl", TECHNOLOGIES)])

    assert result.exit_code == 0, result.output
    with app.app_context():
        squatting = db.session.execute(db.select(Organization).where(Organization.name == "pearl grid")).scalar_one()
        assert db.session.execute(
            db.select(db.func.count()).select_from(Technology).where(Technology.organization_id == squatting.id)
        ).scalar_one() == 0
        real = db.session.execute(db.select(Organization).where(Organization.name == "Pearl Grid")).scalar_one()
        assert real.verified and len(db.session.execute(
            db.select(Technology).where(Technology.organization_id == real.id)
        ).all()) == 2


def test_import_does_not_attach_technologies_to_a_city_of_the_same_name(app, runner, make_user, tmp_path):
    city = make_user("city")  # verified, named "City Org 1"
    records = [{**TECHNOLOGIES[0], "company": "City Org 1"}]
    result = runner.invoke(args=["import-records", "--technologies", write_jsonl(tmp_path / "t.jsonl", records)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        technology = db.session.execute(db.select(Technology)).scalar_one()
        assert technology.organization_id != city.organization_id
        assert technology.organization.is_company and technology.organization.verified


def test_import_reuses_a_verified_company_whatever_the_case_and_spacing(app, runner, make_user, tmp_path):
    company = make_user("company")  # verified, named "Company Org 1"
    records = [{**TECHNOLOGIES[0], "company": "company  ORG 1"}]
    result = runner.invoke(args=["import-records", "--technologies", write_jsonl(tmp_path / "t.jsonl", records)])
    assert "0 organisations created" in result.output
    with app.app_context():
        assert db.session.execute(db.select(Technology.organization_id)).scalar_one() == company.organization_id
