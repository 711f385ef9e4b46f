"""Role guards: a role × page table. Anonymous visitors go to /login; wrong roles get 403."""

from __future__ import annotations

import pytest

PAGES = ["/company/", "/city/", "/investor/", "/investor/funds/new", "/admin/", "/dashboard", "/account/password"]
ALLOWED = {
    "company": {"/company/", "/dashboard", "/account/password"},
    "city": {"/city/", "/dashboard", "/account/password"},
    "admin": {"/admin/", "/dashboard", "/account/password"},
    "investor": {"/investor/", "/investor/funds/new", "/dashboard", "/account/password"},
}
PUBLIC = ["/", "/login", "/signup", "/healthz", "/api/v1/openapi.json", "/funds", "/api/v1/funds"]


@pytest.mark.parametrize("role", ["company", "city", "admin", "investor"])
@pytest.mark.parametrize("page", PAGES)
def test_role_can_open_only_its_own_pages(client, make_user, login, role, page):
    login(make_user(role))
    response = client.get(page)
    if page in ALLOWED[role]:
        assert response.status_code in (200, 302)
        if response.status_code == 302:  # /dashboard dispatches to the role's own area
            assert response.headers["Location"] == f"/{role}/"
    else:
        assert response.status_code == 403
        assert "You are not allowed to do this." in response.get_data(as_text=True)


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_visitors_are_sent_to_login(client, page):
    response = client.get(page)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize("page", PUBLIC)
def test_public_pages_open_for_everyone(client, page):
    assert client.get(page).status_code == 200


def test_unverified_organisation_sees_its_dashboard_with_a_notice(client, make_user, login):
    login(make_user("company", verified=False))
    page = client.get("/company/").get_data(as_text=True)
    assert "Waiting for verification." in page


# --- the API, role x action (contract financing.md): who may create what -------------------

API_CREATE = {
    "/api/v1/technologies": "company",
    "/api/v1/needs": "city",
    "/api/v1/funds": "investor",
}


@pytest.mark.parametrize("role", ["company", "city", "admin", "investor"])
@pytest.mark.parametrize("path", list(API_CREATE))
def test_only_the_right_role_creates_records_through_the_api(client, make_user, api_token, role, path):
    """An empty body: the right role gets 422 (the fields are checked), every other role 403."""
    response = client.post(path, json={}, headers=api_token(make_user(role)))
    assert response.status_code == (422 if API_CREATE[path] == role else 403), (role, path)


@pytest.mark.parametrize("role", ["company", "city", "investor"])
def test_only_admins_decide_financing_and_verify(client, make_user, api_token, role):
    headers = api_token(make_user(role))
    assert client.post("/api/v1/financing/1/approve", json={}, headers=headers).status_code == 403
    assert client.get("/api/v1/organizations?verified=false", headers=headers).status_code == 403
