"""Teams (issue 12 item 2, contracts/accounts.md): owners invite colleagues by a one-time link
mailed through a real SMTP server (aiosmtpd), the colleague accepts and acts for the
organisation, owners change roles and remove members; the last owner stays; a removed
member's sessions and tokens stop at once."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Invitation, Match, MatchOrigin, MatchStatus, TeamRole, User, utc_now

from .conftest import TECHNOLOGY
from .helpers import PASSWORD, csrf_token_from
from .smtp import SMTPServer

BASE_URL = "https://matchmaker.example"
LINK = re.compile(r"^(\S+/invitations/accept\?token=([\w-]+))\r?$", re.MULTILINE)
NEW_PASSWORD = "tidal-solar-lantern-42"


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL=BASE_URL)
    yield server
    server.stop()


def invite(client, headers, organization_id: int, email: str, role: str = "member", **kwargs):
    return client.post(
        f"/api/v1/organizations/{organization_id}/invitations",
        json={"email": email, "role": role},
        headers=headers,
        **kwargs,
    )


def link_from(message) -> tuple[str, str]:
    match = LINK.search(message.get_content())
    assert match, message.get_content()
    return match.group(1), match.group(2)


def mailed_invitation(client, smtp, headers, organization_id, email, role="member") -> str:
    before = len(smtp.inbox.messages)  # counted first: the mail may be out before the answer
    response = invite(client, headers, organization_id, email, role)
    assert response.status_code == 201, response.get_json()
    message = smtp.inbox.wait_for(before + 1)[-1]
    assert message["To"] == email
    return link_from(message)[1]


def accept(client, token: str, password: str = NEW_PASSWORD):
    return client.post("/api/v1/auth/invitations/accept", json={"token": token, "password": password})


def token_for(client, email: str, password: str = NEW_PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", json={"email": email, "password": password})
    assert response.status_code == 200, response.get_json()
    return {"Authorization": f"Bearer {response.get_json()['token']}"}


def test_invite_accept_and_the_colleague_acts_for_the_organisation(app, client, smtp, make_user, api_token, caplog):
    caplog.set_level(logging.DEBUG)
    owner = make_user("company")
    headers = api_token(owner)
    response = invite(client, headers, owner.organization_id, "Colleague@Example.org")
    assert response.status_code == 201
    body = response.get_json()
    assert body["email"] == "colleague@example.org" and set(body) == {"id", "email", "expires_at"}
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "colleague@example.org" and message["Content-Language"] == "en"
    with app.app_context():
        organization_name = db.session.get(User, owner.id).organization.name
    assert message["Subject"] == f"Join {organization_name} on Matchmaker"
    link, token = link_from(message)
    assert link.startswith(f"{BASE_URL}/invitations/accept?token=")
    assert owner.email in message.get_content()
    with app.app_context():  # only the hash is stored, for 7 days
        [row] = db.session.execute(db.select(Invitation)).scalars()
        assert row.secret_hash == hashlib.sha256(token.encode()).hexdigest()
        assert timedelta(days=6, hours=23) < row.expires_at - utc_now() <= timedelta(days=7)
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]  # not the SMTP server's
    assert ours and not any(token in text for text in ours)  # never logged

    response = accept(client, token)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["user"]["email"] == "colleague@example.org" and body["user"]["role"] == "company"
    assert body["organization"]["id"] == owner.organization_id
    colleague = token_for(client, "colleague@example.org")

    # The colleague reads and changes what the organisation owns, as its first user does.
    created = client.post("/api/v1/technologies", json=TECHNOLOGY, headers=headers).get_json()
    changed = client.patch(f"/api/v1/technologies/{created['id']}", json={"trl": 7}, headers=colleague)
    assert changed.status_code == 200 and changed.get_json()["trl"] == 7
    members = client.get(f"/api/v1/organizations/{owner.organization_id}/members", headers=colleague).get_json()
    assert members == {
        "items": [
            {"id": owner.id, "email": owner.email, "role": "owner"},
            {"id": body["user"]["id"], "email": "colleague@example.org", "role": "member"},
        ]
    }

    again = accept(client, token, "another-quiet-harbour-77")
    assert again.status_code == 410 and "already used" in again.get_json()["error"]["message"]


def test_without_a_mail_server_the_log_gets_no_token(app, client, make_user, api_token, caplog):
    app.config.update(MAIL_SERVER=None)
    owner = make_user("company")
    with caplog.at_level(logging.DEBUG):
        assert invite(client, api_token(owner), owner.organization_id, "quiet@example.org").status_code == 201
    assert "quiet@example.org" in caplog.text and "token=" not in caplog.text


def test_inviting_an_address_with_an_account_is_409_and_sends_nothing(client, smtp, make_user, api_token):
    owner, other = make_user("city"), make_user("company")
    response = invite(client, api_token(owner), owner.organization_id, other.email.upper())
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "conflict"
    assert smtp.inbox.messages == []


@pytest.mark.parametrize("how", ["expired", "revoked", "unknown"])
def test_dead_invitations_answer_410_on_the_api_and_the_page(app, client, smtp, make_user, api_token, login, how):
    owner = make_user("company")
    token = mailed_invitation(client, smtp, api_token(owner), owner.organization_id, "late@example.org")
    with app.app_context():
        if how == "expired":
            db.session.execute(db.update(Invitation).values(expires_at=utc_now() - timedelta(seconds=1)))
        elif how == "revoked":
            db.session.execute(db.update(Invitation).values(revoked_at=utc_now()))
        db.session.commit()
    if how == "unknown":
        token = ("y" if token[0] == "x" else "x") + token[1:]  # a token may start with "x" (1 in 64)
    response = accept(client, token)
    assert response.status_code == 410
    assert "used, revoked or has expired" in response.get_json()["error"]["message"]
    page = client.get(f"/invitations/accept?token={token}")
    assert page.status_code == 410 and "Ask the team" in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(User).where(User.email == "late@example.org")).first() is None


def test_a_weak_password_is_422_and_keeps_the_invitation(client, smtp, make_user, api_token):
    owner = make_user("company")
    token = mailed_invitation(client, smtp, api_token(owner), owner.organization_id, "weak@example.org")
    response = accept(client, token, "123456789012")
    assert response.status_code == 422 and "password" in response.get_json()["error"]["fields"]
    assert accept(client, token).status_code == 201


def test_a_newer_invitation_replaces_the_older_link(client, smtp, make_user, api_token):
    owner = make_user("company")
    headers = api_token(owner)
    first = mailed_invitation(client, smtp, headers, owner.organization_id, "twice@example.org")
    second = mailed_invitation(client, smtp, headers, owner.organization_id, "twice@example.org", "owner")
    assert accept(client, first).status_code == 410
    response = accept(client, second)
    assert response.status_code == 201
    members = client.get(f"/api/v1/organizations/{owner.organization_id}/members", headers=headers).get_json()
    assert {"id": response.get_json()["user"]["id"], "email": "twice@example.org", "role": "owner"} in members["items"]


def _add_member(app, owner: User, email: str, role: TeamRole = TeamRole.MEMBER) -> User:
    from tests.conftest import password_hash, saved_user

    with app.app_context():
        return saved_user(
            User(
                email=email,
                password_hash=password_hash(),
                role=owner.role,
                organization_id=owner.organization_id,
                team_role=role,
            )
        )


def test_removed_member_loses_sessions_and_tokens_at_once(app, client, make_user, api_token, login):
    owner = make_user("company")
    member = _add_member(app, owner, "member@example.org")
    member_headers = api_token(member)
    browser = app.test_client()
    login(member, on=browser)
    assert browser.get("/company/").status_code == 200
    response = client.delete(
        f"/api/v1/organizations/{owner.organization_id}/members/{member.id}", headers=api_token(owner)
    )
    assert response.status_code == 204
    assert client.get("/api/v1/matches", headers=member_headers).status_code == 401
    assert browser.get("/company/").status_code == 302  # the session ended: back to sign-in
    signing_in = client.post("/api/v1/auth/token", json={"email": member.email, "password": PASSWORD})
    assert signing_in.status_code == 401
    again = invite(client, api_token(owner), owner.organization_id, member.email)  # says why, not only "taken"
    assert again.status_code == 409 and "was removed from this team" in again.get_json()["error"]["message"]
    with app.app_context():
        [event] = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "user.remove_from_team")
        ).scalars()
        assert (event.actor_id, event.target_id) == (owner.id, member.id)


def test_the_last_owner_cannot_leave_or_be_demoted(app, client, make_user, api_token, login, form_post):
    owner = make_user("city")
    member = _add_member(app, owner, "member@example.org")
    headers = api_token(owner)
    leaving = client.delete(f"/api/v1/organizations/{owner.organization_id}/members/{owner.id}", headers=headers)
    assert leaving.status_code == 409 and "last owner" in leaving.get_json()["error"]["message"]
    # A member may not remove anyone else, nor invite.
    member_headers = api_token(member)
    removing = client.delete(
        f"/api/v1/organizations/{owner.organization_id}/members/{owner.id}", headers=member_headers
    )
    assert removing.status_code == 403
    assert invite(client, member_headers, owner.organization_id, "new@example.org").status_code == 403
    # The owner's page: promoting the member lets the first owner leave.
    login(owner)
    assert (
        form_post(f"/account/team/members/{member.id}/role", {"team_role": "owner"}, page="/account/team").status_code
        == 302
    )
    leaving = client.delete(f"/api/v1/organizations/{owner.organization_id}/members/{owner.id}", headers=headers)
    assert leaving.status_code == 204
    with app.app_context():
        assert db.session.get(User, member.id).team_role is TeamRole.OWNER


@pytest.mark.parametrize(
    ("who", "lists", "invites", "removes"),
    [
        ("owner", 200, 201, 204),
        ("member", 200, 403, 403),
        ("other_owner", 403, 403, 403),
        ("admin", 200, 403, 403),
        ("anonymous", 401, 401, 401),
    ],
)
def test_team_actions_by_role(app, client, make_user, api_token, who, lists, invites, removes):
    """Role × action: who lists the members, invites, removes a member (the organisation is verified)."""
    owner = make_user("company")
    target = _add_member(app, owner, "target@example.org")
    actors = {
        "owner": owner,
        "member": _add_member(app, owner, "member@example.org"),
        "other_owner": make_user("company", verified=False),
        "admin": make_user("admin"),
    }
    headers = api_token(actors[who]) if who in actors else {}
    org = owner.organization_id
    assert client.get(f"/api/v1/organizations/{org}/members", headers=headers).status_code == lists
    assert invite(client, headers, org, "fresh@example.org").status_code == invites
    assert client.delete(f"/api/v1/organizations/{org}/members/{target.id}", headers=headers).status_code == removes


def test_the_organisation_page_lists_members_for_its_members_only(app, client, make_user, login):
    owner = make_user("company")
    _add_member(app, owner, "colleague@example.org")
    page = f"/organizations/{owner.organization_id}"
    assert "colleague@example.org" not in client.get(page).get_data(as_text=True)
    login(make_user("company"))
    assert "colleague@example.org" not in client.get(page).get_data(as_text=True)
    login(owner)
    html = client.get(page).get_data(as_text=True)
    assert "colleague@example.org" in html and owner.email in html


def test_owner_page_invites_revokes_and_keeps_input_on_errors(app, client, smtp, make_user, login, form_post):
    owner = make_user("company")
    login(owner)
    bad = form_post("/account/team/invitations", {"email": "not-an-address", "role": "member"}, page="/account/team")
    assert bad.status_code == 422 and 'value="not-an-address"' in bad.get_data(as_text=True)
    taken = form_post("/account/team/invitations", {"email": owner.email, "role": "member"}, page="/account/team")
    assert taken.status_code == 409 and "already has an account" in taken.get_data(as_text=True)
    sent = form_post("/account/team/invitations", {"email": "new@example.org", "role": "owner"}, page="/account/team")
    assert sent.status_code == 302
    [message] = smtp.inbox.wait_for(1)
    token = link_from(message)[1]
    html = client.get("/account/team").get_data(as_text=True)
    assert "new@example.org" in html
    with app.app_context():
        invitation_id = db.session.execute(db.select(Invitation.id)).scalar_one()
    assert form_post(f"/account/team/invitations/{invitation_id}/revoke", {}, page="/account/team").status_code == 302
    assert accept(client, token).status_code == 410


def test_invitation_mail_is_in_the_inviters_language_and_the_page_accepts(
    app, client, smtp, make_user, login, form_post
):
    owner = make_user("city")
    login(owner)
    response = form_post(
        "/account/team/invitations?lang=zh",
        {"email": "tongshi@example.cn", "role": "member"},
        page="/account/team?lang=zh",
    )
    assert response.status_code == 302
    [message] = smtp.inbox.wait_for(1)
    assert message["Content-Language"] == "zh-CN"
    assert "加入" in message["Subject"]
    link, token = link_from(message)
    visitor = app.test_client()
    page = visitor.get(link.removeprefix(BASE_URL))
    assert page.status_code == 200 and page.headers["Referrer-Policy"] == "no-referrer"
    html = page.get_data(as_text=True)
    done = visitor.post(
        "/invitations/accept", data={"token": token, "password": NEW_PASSWORD, "csrf_token": csrf_token_from(html)}
    )
    assert done.status_code == 302
    assert visitor.get("/city/").status_code == 200  # signed in, in the city's area


def test_a_second_member_takes_part_in_the_organisations_matches(
    app, client, make_user, make_need, make_technology, api_token
):
    """Matches and messages go by organisation: a colleague answers and writes as the first user."""
    city, company = make_user("city"), make_user("company")
    colleague = _add_member(app, city, "colleague@city.example")
    need_id, technology_id = make_need(city), make_technology(company)
    with app.app_context():
        match = Match(
            need_id=need_id, technology_id=technology_id, status=MatchStatus.APPROVED, origin=MatchOrigin.ENGINE
        )
        db.session.add(match)
        db.session.commit()
        match_id = match.id
    headers = api_token(colleague)
    assert client.get(f"/api/v1/matches/{match_id}", headers=headers).status_code == 200
    assert client.get(f"/api/v1/needs/{need_id}/suggestions", headers=headers).status_code == 200
    answered = client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=headers)
    assert answered.status_code == 200 and answered.get_json()["city_interested"] is True
    company_answer = client.post(
        f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=api_token(company)
    )
    assert company_answer.get_json()["status"] == "connected"
    posted = client.post(f"/api/v1/matches/{match_id}/messages", json={"body": "Hello"}, headers=headers)
    assert posted.status_code == 201


def test_the_migration_makes_each_organisations_first_user_its_owner(tmp_path, database_url):
    """Existing users: the first of each organisation (who signed it up) becomes its owner."""
    from alembic import command
    from sqlalchemy import text

    from matchmaker.app import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "k"})
    with app.app_context():
        if database_url.startswith("postgres"):
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
        config = app.extensions["migrate"].migrate.get_config()
        command.upgrade(config, "c3d5e7f9a1b2")
        for org_id, name in ((1, "Alpha"), (2, "Beta")):
            db.session.execute(
                text(
                    "INSERT INTO organizations (id, kind, name, name_key, country, region, description, contact_email,"
                    " contact_name, languages, climate_goals, verified, created_at) VALUES (:id, 'city', :name, :key,"
                    " 'CN', 'CN-GD', '', 'a@example.org', '', '[]', '[]', false, '2026-01-01 00:00:00')"
                ),
                {"id": org_id, "name": name, "key": name.lower()},
            )
        for user_id, org_id in ((1, 1), (2, 1), (3, 2), (4, None)):
            db.session.execute(
                text(
                    "INSERT INTO users (id, email, password_hash, role, organization_id, active, created_at)"
                    " VALUES (:id, :email, 'x', :role, :org, true, '2026-01-01 00:00:00')"
                ),
                {
                    "id": user_id,
                    "email": f"u{user_id}@example.org",
                    "role": "city" if org_id else "admin",
                    "org": org_id,
                },
            )
        db.session.commit()
        command.upgrade(config, "head")
        roles = dict(db.session.execute(text("SELECT id, team_role FROM users ORDER BY id")).all())
        assert roles == {1: "owner", 2: "member", 3: "owner", 4: "member"}
        db.session.remove()
        db.drop_all()
        db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()


def test_the_team_page_offers_leaving_only_when_another_owner_stays(app, client, make_user, login):
    owner = make_user("company")
    login(owner)
    assert "Leave the team" not in client.get("/account/team").get_data(as_text=True)
    _add_member(app, owner, "second-owner@example.org", TeamRole.OWNER)
    assert "Leave the team" in client.get("/account/team").get_data(as_text=True)
