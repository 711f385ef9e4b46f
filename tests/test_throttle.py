"""Log-in and sign-up throttles: per (account, address) and per address, growing back-off,
exact under parallel tries, behind a trusted proxy, and an admin unlock (issue 14.3, 14.7)."""

from __future__ import annotations

import copy
import threading
from collections import Counter
from datetime import timedelta

import pytest

from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import Throttle, User

from .helpers import PASSWORD, table_count
from .test_api_auth import SIGNUP, assert_json_error

TOKEN = "/api/v1/auth/token"


def token_attempt(client, email: str, password: str, address: str = "10.0.0.1"):
    return client.post(TOKEN, json={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address})


def test_failures_from_one_address_do_not_lock_the_owner_out_elsewhere(app, client, make_user):
    admin = make_user("admin", email="admin@matchmaker.example")
    statuses = [token_attempt(client, admin.email, "wrong guess 123", "203.0.113.9").status_code for _ in range(6)]
    assert statuses == [401] * 5 + [429]
    # The attacker's address is held back, even with the right password ...
    assert token_attempt(client, admin.email, PASSWORD, "203.0.113.9").status_code == 429
    # ... while the admin signs in from their own address.
    assert token_attempt(client, admin.email, PASSWORD, "198.51.100.7").status_code == 200


def test_the_back_off_grows_after_each_block(app, client, make_user, monkeypatch):
    from matchmaker.services import throttle

    user = make_user("city")
    now = [throttle.utc_now()]
    monkeypatch.setattr(throttle, "utc_now", lambda: now[0])
    for _ in range(5):
        token_attempt(client, user.email, "wrong guess 123")
    blocked = token_attempt(client, user.email, "wrong guess 123")
    assert_json_error(blocked, 429, "too_many_requests")
    assert blocked.headers["Retry-After"] == "30"
    now[0] += timedelta(seconds=31)  # the first block is over: one more try, then 60 s
    assert token_attempt(client, user.email, "wrong guess 123").status_code == 401
    assert token_attempt(client, user.email, "wrong guess 123").headers["Retry-After"] == "60"
    now[0] += timedelta(seconds=61)
    assert token_attempt(client, user.email, "wrong guess 123").status_code == 401
    assert token_attempt(client, user.email, "wrong guess 123").headers["Retry-After"] == "120"
    now[0] += timedelta(minutes=40)  # quiet for a whole window after the block: a fresh start
    assert token_attempt(client, user.email, PASSWORD).status_code == 200


def test_a_success_clears_the_account_address_count_but_not_the_address_count(app, client, make_user):
    app.config["LOGIN_FAILURES_PER_ADDRESS"] = 6
    user = make_user("company")
    for _ in range(4):
        token_attempt(client, user.email, "wrong guess 123")
    assert token_attempt(client, user.email, PASSWORD).status_code == 200
    assert token_attempt(client, user.email, "wrong guess 123").status_code == 401  # count restarted
    assert token_attempt(client, "other@x.example", "wrong guess 123").status_code == 401  # the 6th: allowance used
    assert token_attempt(client, "third@x.example", "wrong guess 123").status_code == 429


def test_the_login_page_answers_429_with_retry_after(app, make_user, form_post):
    make_user("company", email="bd@pearl.example")
    for _ in range(5):
        form_post("/login", {"email": "bd@pearl.example", "password": "wrong guess 123"})
    response = form_post("/login", {"email": "bd@pearl.example", "password": PASSWORD})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "30"
    assert "Too many failed attempts. Try again in 30 seconds." in response.get_data(as_text=True)


def parallel(count: int, attempt) -> Counter:
    """Run ``attempt(number)`` in ``count`` threads released together; count the statuses."""
    barrier = threading.Barrier(count)
    statuses: list[int] = []

    def run(number: int) -> None:
        barrier.wait()
        statuses.append(attempt(number))

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return Counter(statuses)


def test_parallel_guesses_at_one_account_get_exactly_the_allowance(app, make_user):
    user = make_user("city")
    statuses = parallel(
        36, lambda n: token_attempt(app.test_client(), user.email, f"wrong guess {n}", "192.0.2.1").status_code
    )
    assert statuses == Counter({401: 5, 429: 31})
    with app.app_context():
        assert db.session.execute(db.select(Throttle.attempts).where(Throttle.scope == "login")).scalar_one() == 5


def test_parallel_guesses_from_one_address_get_exactly_the_allowance(app):
    statuses = parallel(
        40, lambda n: token_attempt(app.test_client(), f"user{n}@x.example", "wrong guess 123", "192.0.2.2").status_code
    )
    assert statuses == Counter({401: 20, 429: 20})


# --- trusted proxies ----------------------------------------------------------------------


def proxied_app(tmp_path, database_url, trusted: int):
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": "k",
            "TRUSTED_PROXIES": trusted,
            "REFRESH_AFTER_RESPONSE": False,
        }
    )

    @app.get("/_address")
    def address():
        from flask import request

        return request.remote_addr or ""

    return app


def test_without_trusted_proxies_x_forwarded_for_is_ignored(tmp_path, database_url):
    client = proxied_app(tmp_path, database_url, 0).test_client()
    response = client.get("/_address", headers={"X-Forwarded-For": "6.6.6.6"}, environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert response.get_data(as_text=True) == "10.0.0.5"


def test_behind_one_trusted_proxy_the_client_address_comes_from_it(tmp_path, database_url):
    client = proxied_app(tmp_path, database_url, 1).test_client()
    # A client may send its own X-Forwarded-For: only the entry the proxy added counts.
    headers = {"X-Forwarded-For": "6.6.6.6, 198.51.100.23"}
    response = client.get("/_address", headers=headers, environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert response.get_data(as_text=True) == "198.51.100.23"


def test_trusted_proxies_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TRUSTED_PROXIES", "2")
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.db'}", "SECRET_KEY": "k"})
    assert app.config["TRUSTED_PROXIES"] == 2
    assert app.wsgi_app.__class__.__name__ == "ProxyFix" and app.wsgi_app.x_for == 2


# --- the admin's unlock -------------------------------------------------------------------


def test_unlock_account_lets_a_throttled_account_sign_in_again(app, client, runner, make_user):
    user = make_user("company")
    for _ in range(6):
        token_attempt(client, user.email, "wrong guess 123")
    assert token_attempt(client, user.email, PASSWORD).status_code == 429
    result = runner.invoke(args=["unlock-account", user.email.upper()])
    assert result.exit_code == 0, result.output
    assert "unlocked (1 throttled address(es) cleared)" in result.output
    assert token_attempt(client, user.email, PASSWORD).status_code == 200


def test_unlock_account_of_an_unknown_address_says_so(app, runner):
    result = runner.invoke(args=["unlock-account", "ghost@x.example"])
    assert result.exit_code != 0 and "No account with the e-mail ghost@x.example" in result.output


# --- sign-up: no enumeration, throttled -----------------------------------------------------


def signup(client, body, address: str = "10.1.1.1"):
    return client.post("/api/v1/auth/signup", json=body, environ_base={"REMOTE_ADDR": address})


def test_a_taken_email_is_reported_only_once_everything_else_is_valid(app, client, make_user):
    make_user("company", email="bd@bayvolt.example")
    probe = copy.deepcopy(SIGNUP)
    probe["organization"] = {}
    fields = signup(client, probe).get_json()["error"]["fields"]
    assert "email" not in fields and "organization.name" in fields
    fields = signup(client, {**SIGNUP, "password": "short"}).get_json()["error"]["fields"]
    assert list(fields) == ["password"]
    complete = signup(client, SIGNUP)
    assert_json_error(complete, 422, "invalid")
    assert list(complete.get_json()["error"]["fields"]) == ["email"]


def test_signup_is_throttled_per_email(app, client):
    probe = {**SIGNUP, "organization": {}}
    statuses = [signup(client, probe, f"10.2.0.{n}").status_code for n in range(6)]
    assert statuses == [422] * 5 + [429]
    blocked = signup(client, SIGNUP, "10.2.0.99")
    assert_json_error(blocked, 429, "too_many_requests")
    assert int(blocked.headers["Retry-After"]) > 0
    assert table_count(app, User) == 0


def test_signup_is_throttled_per_client_address(app, client):
    statuses = [
        signup(client, {**SIGNUP, "email": f"probe{n}@x.example", "organization": {}}).status_code for n in range(21)
    ]
    assert statuses == [422] * 20 + [429]


def test_signup_throttle_counts_successes_too_and_holds_on_the_page(app, client, form_post):
    app.config["SIGNUPS_PER_ADDRESS"] = 1
    assert signup(client, SIGNUP, "127.0.0.1").status_code == 201
    client.post("/logout")
    data = {"email": "x@example.org", "password": "a long unusual passphrase", "role": "city", "name": "Xcity",
            "country": "US", "region": "US-CA"}
    response = form_post("/signup", data, on=app.test_client())
    assert response.status_code == 429
    assert "Too many sign-up attempts" in response.get_data(as_text=True)


@pytest.mark.parametrize("number", [36])
def test_parallel_signups_with_one_email_get_exactly_the_allowance(app, number):
    statuses = parallel(
        number, lambda n: signup(app.test_client(), {**SIGNUP, "organization": {}}, f"10.3.{n}.1").status_code
    )
    assert statuses == Counter({422: 5, 429: number - 5})


def test_signups_without_an_email_share_no_bucket(app, client):
    statuses = [signup(client, {"organization": {}}, f"10.4.0.{n}").status_code for n in range(7)]
    assert statuses == [422] * 7
