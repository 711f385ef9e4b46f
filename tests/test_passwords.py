"""Weak passwords are refused with a reason, wherever a password is set (issue 14.10)."""

from __future__ import annotations

import copy

import pytest

from matchmaker.demo import DEMO_PASSWORD
from matchmaker.models import User
from matchmaker.services.passwords import password_problem, personal_password_problem

from .helpers import PASSWORD, table_count
from .test_api_auth import SIGNUP, assert_json_error

WEAK = ["123456789012", "qwertyuiopasdf", "iloveyou1234", "Password1234!", "abcdefghijkl1", "aaaabbbbcccc"]


@pytest.mark.parametrize("password", WEAK)
def test_guessable_passwords_are_refused_with_the_reason(app_context, password):
    problem = password_problem(password)
    assert problem and ("too easy to guess" in problem or "too common" in problem)


@pytest.mark.parametrize("password", [PASSWORD, DEMO_PASSWORD, "a long unusual passphrase", "Tidal-kiln 47 sorrel"])
def test_strong_passwords_pass(app_context, password):
    assert password_problem(password) is None


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("bd.sierraloop@example.org", "must not contain your e-mail address"),
        ("BD.SierraLoop-2026!", "must not contain your e-mail address"),
        ("Sierra Loop Energy rocks", "must not contain your organisation's name"),
        ("sierra-loop-energy-2026", "must not contain your organisation's name"),
    ],
)
def test_passwords_made_of_the_email_or_the_organisation_name_are_refused(app_context, password, reason):
    assert reason in personal_password_problem(password, "bd.sierraloop@example.org", "Sierra Loop Energy")


@pytest.mark.parametrize(
    ("password", "field", "reason"),
    [
        ("qwertyuiopasdf", "password", "too easy to guess"),
        ("bd@bayvolt.example", "password", "must not contain your e-mail address"),
        ("BayVolt Charging 2026", "password", "must not contain your organisation's name"),
    ],
)
def test_api_signup_refuses_weak_passwords(app, client, password, field, reason):
    body = copy.deepcopy(SIGNUP)
    body["password"] = password
    response = client.post("/api/v1/auth/signup", json=body)
    assert_json_error(response, 422, "invalid")
    assert reason in response.get_json()["error"]["fields"][field]
    assert table_count(app, User) == 0


def test_the_signup_page_says_why_in_chinese(app, form_post):
    data = {"email": "x@example.org", "password": "iloveyou1234", "role": "city", "name": "Xcity",
            "country": "US", "region": "US-CA"}
    response = form_post("/signup?lang=zh", data)
    assert response.status_code == 422
    assert "密码太容易被猜到" in response.get_data(as_text=True)


def test_a_password_change_refuses_the_users_own_email(app, client, make_user, login, form_post):
    user = make_user("company", email="ana.lopez@pearl.example")
    login(user)
    response = form_post(
        "/account/password", {"current_password": PASSWORD, "new_password": "ana.lopez.pearl 2026"}
    )
    assert response.status_code == 422
    assert "must not contain your e-mail address" in response.get_data(as_text=True)


def test_create_admin_refuses_a_weak_password(app, runner, monkeypatch):
    monkeypatch.setenv("MATCHMAKER_ADMIN_PASSWORD", "Password1234!")
    result = runner.invoke(args=["create-admin", "root@matchmaker.example"])
    assert result.exit_code != 0 and "too easy to guess" in result.output
    assert table_count(app, User) == 0
