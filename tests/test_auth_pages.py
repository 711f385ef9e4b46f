"""Sign-up, log-in, log-out and password change through the HTML pages."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Organization, User

from .helpers import PASSWORD, table_count

GOOD_SIGNUP = {
    "role": "city",
    "email": "Climate@Shenzhen.example",
    "password": "a long unusual passphrase",
    "name": "Shenzhen Ecology Bureau",
    "country": "cn",
    "region": "cn-gd",
    "website": "https://sz.example.cn",
    "description": "Carbon peak by 2030.",
}


def test_signup_creates_user_and_unverified_organisation(app, client, form_post):
    response = form_post("/signup", GOOD_SIGNUP)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/dashboard")
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        assert user.email == "climate@shenzhen.example"
        assert user.role.value == "city"
        assert user.password_hash.startswith("scrypt:") and PASSWORD not in user.password_hash
        org = user.organization
        assert (org.name, org.country, org.region, org.verified) == ("Shenzhen Ecology Bureau", "CN", "CN-GD", False)
        assert org.contact_email == "climate@shenzhen.example"
        assert db.session.execute(db.select(AuditEvent.action)).scalars().all() == ["user.signup"]
    dashboard = client.get("/city/")
    assert dashboard.status_code == 200
    assert "Waiting for verification" in dashboard.get_data(as_text=True)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "", "This field is required."),
        ("email", "not-an-email", "Enter a valid e-mail address."),
        ("email", "a" * 250 + "@x.org", "Enter at most 254 characters."),
        ("password", "short", "Use at least 12 characters."),
        ("password", "x" * 129 + "yz!A", "Enter at most 128 characters."),
        ("password", "Qwerty123456", "This password is too common."),
        ("password", "aaaaaaaaaaaaaaaa", "This password is too common."),
        ("role", "admin", "Choose one of: company, city, investor."),
        ("name", "", "This field is required."),
        ("name", "X", "Enter at least 2 characters."),
        ("name", "N" * 201, "Enter at most 200 characters."),
        ("country", "ZZ", "Enter an ISO 3166-1 country code"),
        ("region", "CN-XX", "Enter an ISO 3166-2 region code"),
        ("region", "US-CA", "This region is not in the country given."),
        ("website", "javascript:alert(1)", "Enter a web address starting with http://"),
        ("description", "d" * 5001, "Enter at most 5000 characters."),
    ],
)
def test_signup_rejects_each_bad_field_keeps_input_and_stores_nothing(app, form_post, field, value, message):
    response = form_post("/signup", {**GOOD_SIGNUP, field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert "is-invalid" in page
    assert 'value="Shenzhen Ecology Bureau"' in page or field == "name"  # the input is kept
    assert table_count(app, User) == 0 and table_count(app, Organization) == 0


def test_signup_refuses_an_email_taken_in_another_case(app, make_user, form_post):
    make_user("company", email="climate@shenzhen.example")
    response = form_post("/signup", GOOD_SIGNUP)
    assert response.status_code == 422
    assert "An account with this e-mail already exists." in response.get_data(as_text=True)
    assert table_count(app, User) == 1


def test_signup_preselects_the_role_from_the_link(client):
    page = client.get("/signup?role=city").get_data(as_text=True)
    assert (
        'checked id="role-1" name="role" type="radio" value="city"' in page
        or 'value="city" checked' in page
        or (
            'id="role-1"' in page
            and "checked"
            in page.split('value="city"')[0].rsplit("<input", 1)[-1] + page.split('value="city"')[1].split(">")[0]
        )
    )


def test_login_with_right_password_opens_the_dashboard(app, client, make_user, form_post):
    user = make_user("company", email="bd@pearl.example")
    response = form_post("/login", {"email": "BD@pearl.example ", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/company/").status_code == 200
    with app.app_context():
        assert db.session.get(User, user.id).last_login_at is not None


def test_login_with_wrong_password_says_so_without_naming_the_cause(client, make_user, form_post):
    make_user("company", email="bd@pearl.example")
    wrong_password = form_post("/login", {"email": "bd@pearl.example", "password": "nope nope nope"})
    no_account = form_post("/login", {"email": "ghost@pearl.example", "password": "nope nope nope"})
    for response in (wrong_password, no_account):
        assert response.status_code == 401
        assert "Wrong e-mail or password." in response.get_data(as_text=True)
    assert client.get("/company/").status_code == 302


@pytest.mark.parametrize(
    ("next_url", "landing"),
    [
        ("/company/", "/company/"),
        ("//evil.example/x", "/dashboard"),
        ("https://evil.example/", "/dashboard"),
        ("/\\evil.example", "/dashboard"),
    ],
)
def test_login_follows_only_local_next_addresses(app, make_user, form_post, next_url, landing):
    make_user("company", email="bd@pearl.example")
    response = form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD}, query_string={"next": next_url})
    assert response.headers["Location"] == landing


def test_logout_kills_the_server_side_session_so_a_copied_cookie_stops_working(app, make_user, form_post):
    make_user("company", email="bd@pearl.example")
    browser = app.test_client()
    form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD}, on=browser)
    stolen = browser.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/company/").status_code == 200

    form_post("/logout", {}, page="/company/", on=browser)

    assert browser.get("/company/").status_code == 302
    assert thief.get("/company/").status_code == 302, "the copied cookie must be dead after log-out"


def test_password_change_signs_out_other_sessions(app, make_user, form_post):
    make_user("company", email="bd@pearl.example")
    laptop, phone = app.test_client(), app.test_client()
    for browser in (laptop, phone):
        form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD}, on=browser)
    response = form_post(
        "/account/password", {"current_password": PASSWORD, "new_password": "another long passphrase"}, on=laptop
    )
    assert response.status_code == 302
    assert laptop.get("/company/").status_code == 200
    assert phone.get("/company/").status_code == 302


def test_password_change_checks_the_current_password(app, client, make_user, login, form_post):
    user = make_user("company")
    login(user)
    response = form_post(
        "/account/password", {"current_password": "wrong wrong wrong", "new_password": "another long passphrase"}
    )
    assert response.status_code == 422
    assert "This is not your current password." in response.get_data(as_text=True)


def test_repeated_failures_lock_the_account_then_429(app, make_user, form_post):
    app.config["LOGIN_FAILURES_PER_ACCOUNT_ADDRESS"] = 3
    make_user("company", email="bd@pearl.example")
    statuses = [
        form_post("/login", {"email": "bd@pearl.example", "password": "wrong guess 123"}).status_code for _ in range(3)
    ]
    assert statuses == [401, 401, 401]
    locked = form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Too many failed attempts" in locked.get_data(as_text=True)


def test_repeated_failures_from_one_address_are_throttled_across_accounts(app, form_post):
    app.config["LOGIN_FAILURES_PER_ADDRESS"] = 4
    statuses = [
        form_post("/login", {"email": f"user{i}@x.example", "password": "wrong guess 123"}).status_code
        for i in range(5)
    ]
    assert statuses == [401, 401, 401, 401, 429]


def test_signed_in_users_are_sent_from_login_and_signup_to_their_dashboard(client, make_user, login):
    login(make_user("city"))
    assert client.get("/login").headers["Location"].endswith("/dashboard")
    assert client.get("/signup").headers["Location"].endswith("/dashboard")
    assert client.get("/dashboard").headers["Location"].endswith("/city/")


def test_deactivated_user_cannot_use_an_open_session(app, client, make_user, login):
    user = make_user("company")
    login(user)
    with app.app_context():
        db.session.get(User, user.id).active = False
        db.session.commit()
    assert client.get("/company/").status_code == 302
