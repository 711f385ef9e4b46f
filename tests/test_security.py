"""CSRF, security headers, cookies and error pages without stack traces."""

from __future__ import annotations

import pytest

from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import User

from .helpers import PASSWORD, table_count

FORMS = ["/login", "/signup", "/logout", "/account/password"]


@pytest.mark.parametrize("path", FORMS)
def test_a_post_without_csrf_token_is_refused_with_400(app, client, make_user, login, path):
    login(make_user("company"))
    response = client.post(path, data={"email": "x@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert "Reload the page" in response.get_data(as_text=True)


def test_signup_without_csrf_token_stores_nothing(app, client):
    client.post("/signup", data={"email": "x@example.org", "password": "long enough passphrase", "role": "city"})
    assert table_count(app, User) == 0


def test_every_form_carries_a_csrf_token(client, make_user, login):
    for path in ("/login", "/signup"):
        assert 'name="csrf_token"' in client.get(path).get_data(as_text=True)
    login(make_user("city"))
    page = client.get("/account/password").get_data(as_text=True)
    assert page.count('name="csrf_token"') == 2  # the form and the sign-out button


@pytest.mark.parametrize("path", ["/", "/login", "/nope", "/api/v1/openapi.json", "/static/css/app.css"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_have_no_inline_script(client):
    for path in ("/", "/login", "/signup"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>" not in page and "onclick=" not in page


def test_session_cookie_is_httponly_and_samesite(client, make_user, form_post):
    make_user("company", email="bd@pearl.example")
    response = form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_over_https_the_cookie_is_secure_and_host_prefixed(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHMAKER_HTTPS", "1")
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.db'}", "SECRET_KEY": "k"})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_NAME"] == "__Host-session"
    assert "Strict-Transport-Security" in app.test_client().get("/").headers


def test_an_unexpected_error_shows_a_page_without_stack_trace(app, client):
    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = client.get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert "secret internals" not in page and "Traceback" not in page


def test_unknown_page_gets_the_404_page(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "This page does not exist" in response.get_data(as_text=True)


def test_request_body_over_one_mebibyte_is_refused(client):
    response = client.post("/login", data={"email": "x" * (1024 * 1024 + 10)})
    assert response.status_code == 413


# --- open redirects after sign-in (issue 14.2) -------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0a/x",
        "/%00/x",
        "/%7f/evil.example",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/%20/evil.example",
        "%2F%2Fevil.example",
    ],
)
def test_sign_in_never_redirects_off_site(app, make_user, form_post, target):
    make_user("company", email="bd@pearl.example")
    response = form_post(f"/login?next={target}", {"email": "bd@pearl.example", "password": PASSWORD}, page="/login")
    assert response.status_code == 302
    assert response.headers["Location"] == "/dashboard"


@pytest.mark.parametrize("target", ["/company/", "/needs?q=heat+pumps&page=2", "/matches/3#reasons"])
def test_sign_in_follows_a_same_site_next(app, make_user, form_post, target):
    from urllib.parse import quote

    make_user("company", email="bd@pearl.example")
    response = form_post(
        f"/login?next={quote(target)}", {"email": "bd@pearl.example", "password": PASSWORD}, page="/login"
    )
    assert response.headers["Location"] == target


# --- private responses are never cached (issue 14.8) --------------------------------------


@pytest.fixture
def private_world(app, make_user, make_technology, make_need, api_token):
    """A city, a company, an admin and one requested match between them."""
    city, company, admin = make_user("city"), make_user("company"), make_user("admin")
    need_id, technology_id = make_need(city), make_technology(company)
    from matchmaker.services import matches

    with app.app_context():
        match, _created = matches.request_introduction(db.session.get(User, city.id), need_id, technology_id)
        db.session.commit()
        match_id = match.id
    return {"city": city, "company": company, "admin": admin, "match_id": match_id, "need_id": need_id}


PRIVATE_PAGES = [
    ("city", "/city/"),
    ("city", "/matches/{match_id}"),
    ("city", "/account/organization"),
    ("city", "/account/password"),
    ("company", "/company/"),
    ("admin", "/admin/"),
    ("admin", "/admin/export/technologies.csv"),
    ("admin", "/admin/export/needs.jsonl"),
    ("city", "/"),  # even a public page, when signed in: it names the user
]
PRIVATE_API = [
    ("city", "/api/v1/matches"),
    ("city", "/api/v1/needs/{need_id}/suggestions"),
    ("admin", "/api/v1/organizations?verified=false"),
    ("company", "/api/v1/technologies"),
]


@pytest.mark.parametrize(("role", "path"), PRIVATE_PAGES)
def test_signed_in_pages_are_not_stored(client, login, private_world, role, path):
    login(private_world[role])
    response = client.get(path.format(**private_world))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(("role", "path"), PRIVATE_API)
def test_token_bearing_api_answers_are_not_stored(client, api_token, private_world, role, path):
    response = client.get(path.format(**private_world), headers=api_token(private_world[role]))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_the_token_answer_and_forms_with_a_csrf_token_are_not_stored(client, make_user):
    make_user("company", email="bd@pearl.example")
    answer = client.post("/api/v1/auth/token", json={"email": "bd@pearl.example", "password": PASSWORD})
    assert answer.status_code == 200 and answer.headers["Cache-Control"] == "no-store"
    for path in ("/login", "/signup"):
        assert client.get(path).headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", ["/static/css/app.css", "/api/v1/openapi.json", "/technologies"])
def test_public_anonymous_responses_may_be_cached(client, path):
    assert "no-store" not in client.get(path).headers.get("Cache-Control", "")


def test_a_view_that_sets_a_security_header_keeps_its_own_value(app, client):
    """The headers are added where missing, in any letter case, never overwritten."""
    from flask import Response

    @app.get("/own-frame-options")
    def own_frame_options():
        return Response("own", headers={"x-frame-options": "SAMEORIGIN"})

    answer = client.get("/own-frame-options")
    assert answer.headers.getlist("X-Frame-Options") == ["SAMEORIGIN"]
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


def test_the_session_cookie_is_read_with_the_keys_of_the_moment(app, client, make_user, login):
    """The signing serializer is kept between requests, and made anew when the key changes."""
    from flask_login import current_user

    @app.get("/who")
    def who():
        return "signed in" if current_user.is_authenticated else "anonymous"

    login(make_user("company"))
    assert client.get("/who").get_data(as_text=True) == "signed in"
    app.secret_key = "another-secret"  # the old cookie no longer verifies: signed out
    assert client.get("/who").get_data(as_text=True) == "anonymous"
    app.config["SECRET_KEY_FALLBACKS"] = ["test-secret"]  # the old key still accepted
    assert client.get("/who").get_data(as_text=True) == "signed in"
