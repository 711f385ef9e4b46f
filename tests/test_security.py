"""CSRF, security headers, cookies and error pages without stack traces."""

from __future__ import annotations

import pytest

from matchmaker.app import create_app
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
