"""A change of e-mail address confirmed by a link to the new address (issue 12 item 3), with a
real SMTP server: nothing changes before the link is used, the link works once and expires,
the old address is told, a taken address is a field-named error."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Credential, CredentialKind, Organization, User, utc_now

from .helpers import PASSWORD, csrf_token_from
from .smtp import SMTPServer

BASE_URL = "https://matchmaker.example"
LINK = re.compile(r"^(\S+/account/email/confirm\?token=([\w-]+))\r?$", re.MULTILINE)


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL=BASE_URL)
    yield server
    server.stop()


def ask(form_post, new_email: str, password: str = PASSWORD, lang: str = "en"):
    return form_post(
        f"/account/email?lang={lang}",
        {"new_email": new_email, "password": password},
        page=f"/account/email?lang={lang}",
    )


def link_in(message) -> tuple[str, str]:
    match = LINK.search(message.get_content())
    assert match, message.get_content()
    return match.group(1), match.group(2)


def confirm(client, token: str):
    page = client.get(f"/account/email/confirm?token={token}")
    assert page.status_code == 200, page.status_code
    assert page.headers["Referrer-Policy"] == "no-referrer"
    return client.post(
        "/account/email/confirm", data={"token": token, "csrf_token": csrf_token_from(page.get_data(as_text=True))}
    )


def email_of(app, user) -> str:
    with app.app_context():
        return db.session.get(User, user.id).email


def test_the_link_goes_to_the_new_address_and_the_change_waits_for_it(app, client, smtp, make_user, login, form_post):
    user = make_user("company")
    login(user)
    response = ask(form_post, "New.Address@Example.org")
    assert response.status_code == 302
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "new.address@example.org" and message["Content-Language"] == "en"
    assert message["Subject"] == "Confirm your new Matchmaker e-mail address"
    link, token = link_in(message)
    assert link.startswith(f"{BASE_URL}/account/email/confirm?token=")
    assert email_of(app, user) == user.email  # nothing changed yet
    with app.app_context():
        [row] = db.session.execute(
            db.select(Credential).where(Credential.kind == CredentialKind.EMAIL_CHANGE)
        ).scalars()
        assert row.secret_hash == hashlib.sha256(token.encode()).hexdigest()
        assert row.expires_at - utc_now() <= timedelta(hours=24)

    assert confirm(client, token).status_code == 302
    assert email_of(app, user) == "new.address@example.org"
    told = smtp.inbox.wait_for(2)[1]
    assert told["To"] == user.email and "new.address@example.org" in told.get_content()
    with app.app_context():  # the contact followed the address it was (the sign-up address)
        assert db.session.get(Organization, user.organization_id).contact_email == "new.address@example.org"
    signing_in = client.post("/api/v1/auth/token", json={"email": "new.address@example.org", "password": PASSWORD})
    assert signing_in.status_code == 200
    assert client.get(f"/account/email/confirm?token={token}").status_code == 410  # once only


def test_a_wrong_password_or_a_taken_address_names_the_field_and_sends_nothing(app, smtp, make_user, login, form_post):
    user, other = make_user("city"), make_user("company")
    login(user)
    wrong = ask(form_post, "fresh@example.org", password="not my password at all")
    assert wrong.status_code == 422 and "This is not your current password." in wrong.get_data(as_text=True)
    taken = ask(form_post, other.email)
    html = taken.get_data(as_text=True)
    assert taken.status_code == 422 and "An account with this e-mail already exists." in html
    assert f'value="{other.email}"' in html  # the input is kept
    chinese = ask(form_post, other.email, lang="zh")
    assert "已" in chinese.get_data(as_text=True)
    assert smtp.inbox.messages == [] and email_of(app, user) == user.email


def test_an_expired_link_is_410_and_changes_nothing(app, client, smtp, make_user, login, form_post):
    user = make_user("company")
    login(user)
    ask(form_post, "later@example.org")
    token = link_in(smtp.inbox.wait_for(1)[0])[1]
    with app.app_context():
        db.session.execute(db.update(Credential).values(expires_at=utc_now() - timedelta(seconds=1)))
        db.session.commit()
    page = client.get(f"/account/email/confirm?token={token}")
    assert page.status_code == 410 and "expired" in page.get_data(as_text=True)
    assert email_of(app, user) == user.email


def test_an_address_taken_after_the_link_was_sent_is_refused(app, client, smtp, make_user, login, form_post):
    user = make_user("company")
    login(user)
    ask(form_post, "contested@example.org")
    token = link_in(smtp.inbox.wait_for(1)[0])[1]
    make_user("city", email="contested@example.org")
    response = confirm(client, token)
    assert response.status_code == 422 and "already exists" in response.get_data(as_text=True)
    assert email_of(app, user) == user.email


def test_the_mail_is_in_the_language_of_the_asker(app, smtp, make_user, login, form_post):
    user = make_user("city")
    login(user)
    assert ask(form_post, "xin@example.cn", lang="zh").status_code == 302
    [message] = smtp.inbox.wait_for(1)
    assert message["Content-Language"] == "zh-CN" and "邮箱" in message["Subject"]
