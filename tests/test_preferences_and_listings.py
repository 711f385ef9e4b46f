"""Preferences and one-click unsubscribe (issue 12 item 5) and the life of a listing (item 6):
the contract's paths, mail through a real SMTP server, the scheduled jobs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Need, NeedStatus, Notification, Technology, TechnologyStatus, User, utc_now
from matchmaker.services import notifications, preferences

from .smtp import SMTPServer
from .test_alerts import NEEDS_ALERT, link_lines, notices, rerun


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL="https://mm.example")
    yield server
    server.stop()


def prefs(client, headers) -> dict:
    return client.get("/api/v1/me/preferences", headers=headers).get_json()


# -- preferences ---------------------------------------------------------------------------------


def test_preferences_are_read_and_changed(client, make_user, api_token):
    headers = api_token(make_user("company"))
    before = prefs(client, headers)
    assert before == {"language": "en", "timezone": "UTC", "mail": dict.fromkeys(preferences.MAIL_KINDS, True)}
    changed = client.patch(
        "/api/v1/me/preferences",
        json={"language": "zh", "timezone": "Asia/Shanghai", "mail": {"alerts": False}},
        headers=headers,
    )
    assert changed.status_code == 200
    assert changed.get_json() == {
        "language": "zh",
        "timezone": "Asia/Shanghai",
        "mail": {**before["mail"], "alerts": False},
    }
    assert prefs(client, headers) == changed.get_json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"language": "fr"}, "language"),
        ({"mail": {"spam": False}}, "mail"),
        ({"mail": {"alerts": "no"}}, "mail"),
    ],
)
def test_a_bad_preference_names_its_field_and_changes_nothing(client, make_user, api_token, body, field):
    headers = api_token(make_user("city"))
    before = prefs(client, headers)
    response = client.patch("/api/v1/me/preferences", json={"language": "zh", **body}, headers=headers)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    assert prefs(client, headers) == before


def test_a_kind_switched_off_sends_no_mail_but_the_notification_stays(
    app, client, make_user, make_need, api_token, smtp
):
    company = make_user("company")
    headers = api_token(company)
    client.patch("/api/v1/me/preferences", json={"mail": {"alerts": False}}, headers=headers)
    client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=headers)
    make_need(make_user("city", country="CN", region="CN-GD"))
    assert [kind for kind, _link, _data in notices(app, company)] == ["alert_need"]
    with app.app_context():  # another kind still mails
        notifications.notify_user(db.session.get(User, company.id), "listing_expired", {"title": "Old"}, link="/x")
        db.session.commit()
    [message] = smtp.inbox.wait_for(1)
    assert message["Subject"] == "“Old” has expired"


# -- one-click unsubscribe -------------------------------------------------------------------------


def unsubscribe_link(app, smtp, user, kind="listings") -> str:
    before = len(smtp.inbox.messages)  # counted first: the mail may be out before the commit returns
    with app.app_context():
        notifications.notify_user(db.session.get(User, user.id), "listing_expired", {"title": "Old"}, link="/x")
        db.session.commit()
    message = smtp.inbox.wait_for(before + 1)[-1]
    return message["List-Unsubscribe"].strip("<>")


def test_one_click_unsubscribe_works_without_signing_in_for_that_user_and_kind_only(app, make_user, api_token, smtp):
    reader, other = make_user("company"), make_user("company")
    link = unsubscribe_link(app, smtp, reader)
    path = link.removeprefix("https://mm.example")
    anonymous = app.test_client()

    page = anonymous.get(path)  # a GET (a mail scanner, a preview) only asks
    assert page.status_code == 200 and 'name="List-Unsubscribe" value="One-Click"' in page.get_data(as_text=True)
    assert prefs(anonymous, api_token(reader))["mail"]["listings"] is True

    response = anonymous.post(path, data={"List-Unsubscribe": "One-Click"})  # RFC 8058, no session, no CSRF token
    assert response.status_code == 200
    mail = prefs(anonymous, api_token(reader))["mail"]
    assert mail["listings"] is False and all(on for kind, on in mail.items() if kind != "listings")
    assert all(prefs(anonymous, api_token(other))["mail"].values())

    smtp.inbox.messages.clear()
    with app.app_context():  # that kind sends no more mail
        notifications.notify_user(db.session.get(User, reader.id), "listing_expired", {"title": "Old"}, link="/x")
        db.session.commit()
    assert smtp.inbox.wait_for(1, timeout=1) == []


@pytest.mark.parametrize("token", ["garbage", "WzEsImFsZXJ0cyJd.forged", ""])
def test_a_forged_or_garbled_unsubscribe_token_is_gone(client, token):
    assert client.post(f"/unsubscribe?token={token}", data={"List-Unsubscribe": "One-Click"}).status_code == 410
    assert client.get(f"/unsubscribe?token={token}").status_code == 410


def test_an_unsubscribe_link_of_a_deactivated_user_is_gone(app, client, make_user, smtp):
    reader = make_user("city")
    path = unsubscribe_link(app, smtp, reader).removeprefix("https://mm.example")
    with app.app_context():
        db.session.get(User, reader.id).active = False
        db.session.commit()
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 410


def test_a_mail_in_reply_to_the_readers_own_action_has_no_unsubscribe_link(app, client, make_user, smtp):
    make_user("company", email="me@example.org")
    client.post("/api/v1/auth/password-reset", json={"email": "me@example.org"})
    [message] = smtp.inbox.wait_for(1)
    assert message["List-Unsubscribe"] is None and message["List-Unsubscribe-Post"] is None


def test_the_deadline_mail_carries_the_unsubscribe_headers(app, runner, make_user, make_need, smtp):
    city = make_user("city")
    need_id = make_need(city)
    with app.app_context():
        db.session.get(Need, need_id).deadline = date.today() - timedelta(days=1)
        db.session.commit()
    smtp.inbox.messages.clear()
    rerun(runner, "close_past_deadlines")
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == city.email and "unsubscribe?token=" in message["List-Unsubscribe"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"https://mm.example/needs/{need_id}" in link_lines(message.get_content())


# -- the life of a listing ---------------------------------------------------------------------------


def age(app, model, record_id: int, days: int) -> None:
    with app.app_context():  # as time would: no one touched it for ``days``
        db.session.execute(
            db.update(model).where(model.id == record_id).values(updated_at=utc_now() - timedelta(days=days))
        )
        db.session.commit()


def status_of(app, model, record_id):
    with app.app_context():
        return db.session.get(model, record_id).status


def test_owners_are_reminded_30_and_7_days_before_once_each_then_the_listing_expires(
    app, client, runner, make_user, make_technology, smtp
):
    company = make_user("company", email="owner@company.example")
    with app.app_context():
        db.session.get(User, company.id).locale = "zh"
        db.session.commit()
    technology_id = make_technology(company, name="Old battery")
    smtp.inbox.messages.clear()

    age(app, Technology, technology_id, 340)
    rerun(runner, "expire_listings")
    rerun(runner, "expire_listings")  # once each
    [reminder] = smtp.inbox.wait_for(1)
    assert reminder["To"] == "owner@company.example" and reminder["Content-Language"] == "zh-CN"
    assert reminder["Subject"] == "“Old battery”将在 30 天后过期"
    assert reminder["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [renew_link] = [line for line in link_lines(reminder.get_content()) if "/renew?token=" in line]

    age(app, Technology, technology_id, 360)
    rerun(runner, "expire_listings")
    rerun(runner, "expire_listings")
    messages = smtp.inbox.wait_for(2)
    assert [m["Subject"] for m in messages][1] == "“Old battery”将在 7 天后过期" and len(messages) == 2
    assert status_of(app, Technology, technology_id) is TechnologyStatus.PUBLISHED

    age(app, Technology, technology_id, 366)
    rerun(runner, "expire_listings")
    assert status_of(app, Technology, technology_id) is TechnologyStatus.EXPIRED
    listed = client.get("/api/v1/technologies").get_json()["items"]
    assert technology_id not in [t["id"] for t in listed]  # out of the directory
    assert ("listing_expired", f"/technologies/{technology_id}") in [(k, link) for k, link, _d in notices(app, company)]

    # One click from the reminder, without signing in: a page with one button.
    anonymous = app.test_client()
    path = renew_link.removeprefix("https://mm.example")
    assert anonymous.get(path).status_code == 200
    assert status_of(app, Technology, technology_id) is TechnologyStatus.EXPIRED  # the GET changed nothing
    from .helpers import csrf_token_from

    token = csrf_token_from(anonymous.get(path).get_data(as_text=True))
    assert anonymous.post(path, data={"csrf_token": token}).status_code == 200
    assert status_of(app, Technology, technology_id) is TechnologyStatus.PUBLISHED
    assert technology_id in [t["id"] for t in client.get("/api/v1/technologies").get_json()["items"]]


def test_renewal_through_the_api_for_owners_and_admins_only(app, client, make_user, make_need, api_token):
    city, stranger, admin = make_user("city"), make_user("city"), make_user("admin")
    need_id = make_need(city)
    age(app, Need, need_id, 366)
    with app.app_context():
        from matchmaker.services import listings

        listings.expire_stale()
        db.session.commit()
    assert status_of(app, Need, need_id) is NeedStatus.EXPIRED
    assert client.post(f"/api/v1/needs/{need_id}/renew", headers=api_token(stranger)).status_code == 404
    renewed = client.post(f"/api/v1/needs/{need_id}/renew", headers=api_token(city))
    assert renewed.status_code == 200 and renewed.get_json()["status"] == "open"
    assert client.post(f"/api/v1/needs/{need_id}/renew", headers=api_token(admin)).status_code == 200
    client.patch(f"/api/v1/needs/{need_id}", json={"status": "draft"}, headers=api_token(city))
    assert client.post(f"/api/v1/needs/{need_id}/renew", headers=api_token(city)).status_code == 409
    assert (
        client.patch(f"/api/v1/needs/{need_id}", json={"status": "expired"}, headers=api_token(city)).status_code == 422
    )


def test_a_forged_renewal_link_is_gone(client):
    assert client.get("/renew?token=nope").status_code == 410


def test_admins_see_what_expired(app, client, login, make_user, make_technology):
    company, admin = make_user("company"), make_user("admin")
    technology_id = make_technology(company, name="Forgotten turbine")
    age(app, Technology, technology_id, 400)
    with app.app_context():
        from matchmaker.services import listings

        listings.expire_stale()
        db.session.commit()
        assert db.session.execute(db.select(Notification).where(Notification.kind == "listing_expired")).first()
    login(company)
    assert client.get("/admin/expired").status_code in (302, 403)
    login(admin)
    page = client.get("/admin/expired")
    assert page.status_code == 200 and "Forgotten turbine" in page.get_data(as_text=True)
