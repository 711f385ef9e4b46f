"""Password reset by e-mail (issue 12 item 3), through the API and the pages, with a real
SMTP server (aiosmtpd): one-time link valid an hour, stored hashed, same answer for unknown
addresses, every session and token ended after a reset, the token never in the log."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Credential, CredentialKind, OutgoingMail, User, utc_now
from matchmaker.services import credentials

from .helpers import PASSWORD, csrf_token_from, table_count
from .smtp import SMTPServer

NEW_PASSWORD = "tidal-solar-lantern-42"
BASE_URL = "https://matchmaker.example"
LINK = re.compile(r"^(\S+/password-reset/confirm\?token=([\w-]+))\r?$", re.MULTILINE)


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL=BASE_URL)
    yield server
    server.stop()


def ask_reset(client, email: str):
    return client.post("/api/v1/auth/password-reset", json={"email": email})


def link_from(message) -> tuple[str, str]:
    """The link (alone on its line) and its token."""
    match = LINK.search(message.get_content())
    assert match, message.get_content()
    return match.group(1), match.group(2)


def mailed_token(client, smtp, email: str) -> str:
    before = len(smtp.inbox.messages)  # counted first: the mail may be out before the answer
    assert ask_reset(client, email).status_code == 202
    [message] = smtp.inbox.wait_for(before + 1)[-1:]
    return link_from(message)[1]


def confirm(client, token: str, password: str = NEW_PASSWORD):
    return client.post("/api/v1/auth/password-reset/confirm", json={"token": token, "password": password})


def sign_in_by_api(client, email: str, password: str):
    return client.post("/api/v1/auth/token", json={"email": email, "password": password})


def test_api_round_trip_mails_a_one_time_link_and_ends_every_session_and_token(
    app, client, smtp, make_user, api_token, login
):
    user = make_user("company")
    headers = api_token(user)
    login(user)
    assert client.get("/api/v1/matches", headers=headers).status_code == 200
    assert client.get("/account/password").status_code == 200
    response = ask_reset(client, user.email)
    assert (response.status_code, response.get_json()) == (202, {})
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == user.email and message["Content-Language"] == "en"
    assert message["Subject"] == "Reset your Matchmaker password"
    link, token = link_from(message)
    assert link.startswith(f"{BASE_URL}/password-reset/confirm?token=")
    with app.app_context():  # only the hash is stored, for an hour
        kind = CredentialKind.PASSWORD_RESET
        [row] = db.session.execute(db.select(Credential).where(Credential.kind == kind)).scalars()
        assert row.secret_hash == hashlib.sha256(token.encode()).hexdigest()
        assert timedelta(minutes=59) < row.expires_at - utc_now() <= timedelta(hours=1)

    response = confirm(client, token)
    assert (response.status_code, response.get_json()) == (200, {})
    assert client.get("/api/v1/matches", headers=headers).status_code == 401  # the old token ended
    assert client.get("/account/password").status_code == 302  # the old session ended
    assert sign_in_by_api(client, user.email, PASSWORD).status_code == 401
    assert sign_in_by_api(client, user.email, NEW_PASSWORD).status_code == 200

    again = confirm(client, token, "another-quiet-harbour-77")
    assert again.status_code == 410 and again.get_json()["error"]["code"] == "gone"
    assert "already used" in again.get_json()["error"]["message"]


def test_unknown_address_gets_the_same_answer_the_same_work_and_no_mail(app, client, smtp, make_user, monkeypatch):
    make_user("company")
    made = []
    original = credentials.new_secret
    monkeypatch.setattr(credentials, "new_secret", lambda: made.append(1) or original())
    response = ask_reset(client, "nobody@example.org")
    assert (response.status_code, response.get_json()) == (202, {})
    assert made == [1]  # a token is made and hashed even so
    assert table_count(app, OutgoingMail) == 0 and smtp.inbox.messages == []
    with app.app_context():
        kinds = db.session.execute(db.select(Credential.kind)).scalars().all()
    assert CredentialKind.PASSWORD_RESET not in kinds


def test_an_expired_link_answers_410_on_the_api_and_the_page(app, client, smtp, make_user):
    user = make_user("city")
    token = mailed_token(client, smtp, user.email)
    with app.app_context():
        db.session.execute(
            db.update(Credential)
            .where(Credential.kind == CredentialKind.PASSWORD_RESET)
            .values(expires_at=utc_now() - timedelta(seconds=1))
        )
        db.session.commit()
    assert confirm(client, token).status_code == 410
    page = client.get(f"/password-reset/confirm?token={token}")
    assert page.status_code == 410 and "expired" in page.get_data(as_text=True)
    assert sign_in_by_api(client, user.email, PASSWORD).status_code == 200  # nothing changed


@pytest.mark.parametrize("token", ["", "made-up-token", "x" * 500])
def test_unknown_or_malformed_tokens_never_change_a_password(client, token):
    response = confirm(client, token)
    assert response.status_code in (410, 422)
    assert response.get_json()["error"]["code"] in ("gone", "invalid")


def test_a_weak_password_is_422_named_and_keeps_the_link_usable(app, client, smtp, make_user):
    user = make_user("company")
    token = mailed_token(client, smtp, user.email)
    weak = confirm(client, token, "password123")
    assert weak.status_code == 422 and set(weak.get_json()["error"]["fields"]) == {"password"}
    personal = confirm(client, token, f"{user.email.partition('@')[0]}-lantern-42!")
    assert personal.status_code == 422 and "e-mail" in personal.get_json()["error"]["fields"]["password"]
    assert confirm(client, token).status_code == 200


def test_a_bad_address_is_named(client):
    response = ask_reset(client, "not an address")
    assert response.status_code == 422 and set(response.get_json()["error"]["fields"]) == {"email"}
    assert client.post("/api/v1/auth/password-reset", json={}).status_code == 422


def test_requests_are_throttled_per_address_whether_or_not_it_has_an_account(app, client, smtp, make_user):
    user = make_user("company")
    allowance = app.config["PASSWORD_RESETS_PER_EMAIL"]
    for email in (user.email, "nobody@example.org"):
        answers = [ask_reset(client, email).status_code for _ in range(allowance + 1)]
        assert answers == [202] * allowance + [429]
    assert len(smtp.inbox.wait_for(allowance)) == allowance  # only the account's address got mail


def test_requests_are_throttled_per_client_address(app, client, smtp):
    app.config["PASSWORD_RESETS_PER_ADDRESS"] = 2
    answers = [ask_reset(client, f"someone{n}@example.org").status_code for n in range(3)]
    assert answers == [202, 202, 429]


def test_a_chinese_users_mail_is_in_chinese(app, client, smtp, make_user):
    user = make_user("city")
    with app.app_context():
        db.session.get(User, user.id).locale = "zh"
        db.session.commit()
    ask_reset(client, user.email)
    [message] = smtp.inbox.wait_for(1)
    assert message["Subject"] == "重置您的 Matchmaker 密码" and message["Content-Language"] == "zh-CN"
    assert "一小时" in message.get_content()
    link_from(message)  # the link stands alone on its line here too


@pytest.mark.parametrize("server", ["none", "smtp"])
def test_the_token_is_never_written_to_the_log(app, client, make_user, caplog, monkeypatch, server, request):
    if server == "smtp":
        request.getfixturevalue("smtp")
    else:
        app.config.update(MAIL_SERVER=None)  # mail goes to the log instead
    user = make_user("company")
    issued = []
    original = credentials.issue
    monkeypatch.setattr(credentials, "issue", lambda *args: issued.append(original(*args)[0]) or (issued[-1], None))
    with caplog.at_level(logging.DEBUG):
        assert ask_reset(client, user.email).status_code == 202
        [token] = issued
        assert confirm(client, token).status_code == 200
    assert token not in caplog.text
    if server == "none":
        assert user.email in caplog.text and "Reset your Matchmaker password" in caplog.text


def test_pages_round_trip_from_the_login_link_to_a_new_password(app, client, smtp, make_user, login):
    user = make_user("company")
    other = app.test_client()
    login(user, on=other)
    assert other.get("/account/password").status_code == 200
    login_page = client.get("/login").get_data(as_text=True)
    assert 'href="/password-reset"' in login_page and "Forgot your password?" in login_page

    form = client.get("/password-reset").get_data(as_text=True)
    bad = client.post("/password-reset", data={"csrf_token": csrf_token_from(form), "email": "not an address"})
    bad_html = bad.get_data(as_text=True)
    assert bad.status_code == 422 and 'value="not an address"' in bad_html and "is-invalid" in bad_html
    sent = client.post("/password-reset", data={"csrf_token": csrf_token_from(form), "email": user.email})
    assert sent.status_code == 200 and "Check your mail" in sent.get_data(as_text=True)
    link, token = link_from(smtp.inbox.wait_for(1)[0])

    page = client.get(link.removeprefix(BASE_URL))
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Referrer-Policy"] == "no-referrer"
    assert f'value="{token}"' in html and 'action="/password-reset/confirm"' in html  # the POST's URL has no token
    outside = [url for url in re.findall(r'(?:href|src|action)="([^"]*)"', html) if not url.startswith(("/", "#"))]
    assert outside == [] and not any(url.startswith("//") for url in re.findall(r'(?:href|src)="([^"]*)"', html))
    weak = client.post(
        "/password-reset/confirm", data={"csrf_token": csrf_token_from(html), "token": token, "password": "short"}
    )
    assert weak.status_code == 422 and "12" in weak.get_data(as_text=True)
    done = client.post(
        "/password-reset/confirm", data={"csrf_token": csrf_token_from(html), "token": token, "password": NEW_PASSWORD}
    )
    assert done.status_code == 302 and done.headers["Location"].endswith("/login")
    assert "Your password is changed" in client.get("/login").get_data(as_text=True)
    assert other.get("/account/password").status_code == 302  # the other browser was signed out
    assert client.get(link.removeprefix(BASE_URL)).status_code == 410  # the link worked once


def test_the_pages_speak_chinese(client):
    login_page = client.get("/login?lang=zh").get_data(as_text=True)
    assert "忘记密码？" in login_page
    form = client.get("/password-reset").get_data(as_text=True)
    assert "重置密码" in form and "发送链接" in form
