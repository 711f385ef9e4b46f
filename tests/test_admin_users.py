"""Admin user management (issue 13 §4): a filtered, paged user list; deactivation ends every
session and token at once, reactivation lets the user back; team roles within the
organisation; every change audited; only admins."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, TeamRole, User

from .helpers import PASSWORD


def actions(app) -> list[tuple[str, int]]:
    with app.app_context():
        return [
            (e.action, e.target_id) for e in db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars()
        ]


def test_filters_and_pages(app, client, make_user, login):
    admin = make_user("admin")
    cities = [make_user("city") for _ in range(3)]
    companies = [make_user("company") for _ in range(27)]
    login(admin)
    html = client.get("/admin/users?role=city").get_data(as_text=True)
    assert all(city.email in html for city in cities) and companies[0].email not in html
    assert "3 users" in html
    found = client.get(f"/admin/users?q={companies[4].email.upper()}").get_data(as_text=True)
    assert companies[4].email in found and "1 user" in found
    with app.app_context():
        name = db.session.get(User, cities[1].id).organization.name
    by_organisation = client.get(f"/admin/users?q={name.lower()}").get_data(as_text=True)
    assert cities[1].email in by_organisation
    first = client.get("/admin/users?role=company").get_data(as_text=True)
    second = client.get("/admin/users?role=company&page=2").get_data(as_text=True)
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert client.get("/admin/users?role=pirate").status_code == 200  # a bad filter is left out, never a crash


def test_deactivation_ends_sessions_and_tokens_at_once_and_reactivation_restores(
    app, client, make_user, login, api_token, form_post
):
    admin, user = make_user("admin"), make_user("company")
    headers = api_token(user)
    browser = app.test_client()
    login(user, on=browser)
    login(admin)
    response = form_post(f"/admin/users/{user.id}/deactivate", {}, page="/admin/users")
    assert response.status_code == 302
    assert client.get("/api/v1/matches", headers=headers).status_code == 401
    assert browser.get("/company/").status_code == 302
    assert client.post("/api/v1/auth/token", json={"email": user.email, "password": PASSWORD}).status_code == 401
    assert "Deactivated" in client.get("/admin/users?state=inactive").get_data(as_text=True)
    form_post(f"/admin/users/{user.id}/reactivate", {}, page="/admin/users")
    assert client.post("/api/v1/auth/token", json={"email": user.email, "password": PASSWORD}).status_code == 200
    assert actions(app)[-2:] == [("user.deactivate", user.id), ("user.reactivate", user.id)]


def test_admin_changes_a_team_role_but_keeps_a_last_owner(app, client, make_user, login, form_post):
    admin, owner = make_user("admin"), make_user("city")
    login(admin)
    refused = form_post(f"/admin/users/{owner.id}/team-role", {"team_role": "member"}, page="/admin/users")
    assert refused.status_code == 409 and "last owner" in refused.get_data(as_text=True)
    with app.app_context():
        colleague = User(
            email="colleague@city.example",
            password_hash="x",
            role=owner.role,
            organization_id=owner.organization_id,
            team_role=TeamRole.MEMBER,
        )
        db.session.add(colleague)
        db.session.commit()
        colleague_id = colleague.id
    assert (
        form_post(f"/admin/users/{colleague_id}/team-role", {"team_role": "owner"}, page="/admin/users").status_code
        == 302
    )
    assert (
        form_post(f"/admin/users/{owner.id}/team-role", {"team_role": "member"}, page="/admin/users").status_code == 302
    )
    with app.app_context():
        assert db.session.get(User, owner.id).team_role is TeamRole.MEMBER
    assert ("user.change_team_role", owner.id) in actions(app)


def test_an_admin_cannot_deactivate_themself(client, make_user, login, form_post):
    admin = make_user("admin")
    login(admin)
    response = form_post(f"/admin/users/{admin.id}/deactivate", {}, page="/admin/users")
    assert response.status_code == 409


@pytest.mark.parametrize("role", ["company", "city"])
def test_only_admins_manage_users(client, make_user, login, form_post, role):
    target = make_user("company")
    login(make_user(role))
    assert client.get("/admin/users").status_code == 403
    assert client.post(f"/admin/users/{target.id}/deactivate").status_code in (400, 403)


def test_user_page_in_chinese(client, make_user, login):
    login(make_user("admin"))
    html = client.get("/admin/users?lang=zh").get_data(as_text=True)
    assert "邮箱或机构" in html and "筛选" in html
