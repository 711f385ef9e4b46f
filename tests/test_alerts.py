"""Alerts (issue 12 item 4): the contract's paths, each alert firing once per listing, in the
app at once and by mail at its frequency (through a real SMTP server), and the new-fit notices."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import pytest

from matchmaker.extensions import db
from matchmaker.models import Alert, AlertFrequency, AlertHit, AlertKind, Notification, ScheduledRun, User, utc_now

from .smtp import SMTPServer

NEEDS_ALERT = {"kind": "needs", "q": "peak", "categories": ["smart-grid"], "regions": ["CN"], "frequency": "instant"}


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL="https://mm.example")
    yield server
    server.stop()


def speaks(app, user, language: str) -> None:
    with app.app_context():
        db.session.get(User, user.id).locale = language
        db.session.commit()


def notices(app, user) -> list[Notification]:
    with app.app_context():
        rows = db.session.execute(db.select(Notification).where(Notification.user_id == user.id)).scalars()
        return [(n.kind, n.link, n.payload) for n in rows]


def rerun(runner, *jobs: str) -> str:
    """Run exactly the scheduled ``jobs``, as if they were due (every other one just ran)."""
    from matchmaker import tasks

    with runner.app.app_context():
        db.session.execute(db.delete(ScheduledRun))
        db.session.add_all(
            ScheduledRun(name=name, last_run_at=utc_now()) for name in tasks.SCHEDULE if name not in jobs
        )
        db.session.commit()
    return runner.invoke(args=["run-scheduled"]).output


def link_lines(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.startswith("https://")]


# -- the paths ------------------------------------------------------------------------------------


def test_alerts_are_created_listed_and_deleted_by_their_owner(client, make_user, api_token):
    company, other = make_user("company"), make_user("company")
    headers = api_token(company)
    created = client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=headers)
    assert created.status_code == 201, created.get_json()
    alert = created.get_json()
    assert {k: alert[k] for k in NEEDS_ALERT} == NEEDS_ALERT and isinstance(alert["id"], int)
    listed = client.get("/api/v1/alerts", headers=headers).get_json()["items"]
    assert [a["id"] for a in listed] == [alert["id"]]
    assert client.get("/api/v1/alerts", headers=api_token(other)).get_json()["items"] == []
    assert client.delete(f"/api/v1/alerts/{alert['id']}", headers=api_token(other)).status_code == 404
    assert client.delete(f"/api/v1/alerts/{alert['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/alerts", headers=headers).get_json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**NEEDS_ALERT, "kind": "events"}, "kind"),
        ({**NEEDS_ALERT, "frequency": "hourly"}, "frequency"),
        ({**NEEDS_ALERT, "categories": ["no-such"]}, "categories"),
        ({**NEEDS_ALERT, "regions": ["XX-YY"]}, "regions"),
        ({"kind": "needs"}, "frequency"),
    ],
)
def test_a_bad_alert_names_its_field_and_saves_nothing(app, client, make_user, api_token, body, field):
    response = client.post("/api/v1/alerts", json=body, headers=api_token(make_user("city")))
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Alert)).scalar_one() == 0


@pytest.mark.parametrize(("role", "status"), [("company", 201), ("city", 201), ("admin", 403)])
def test_who_keeps_alerts(client, make_user, api_token, role, status):
    assert client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=api_token(make_user(role))).status_code == status
    assert client.post("/api/v1/alerts", json=NEEDS_ALERT).status_code == 401


# -- firing -----------------------------------------------------------------------------------------


def test_an_instant_alert_fires_once_in_the_app_and_by_mail_in_the_readers_language(
    app, client, make_user, make_need, api_token, smtp
):
    company = make_user("company", email="sales@gridflex.example")
    speaks(app, company, "zh")
    city = make_user("city", country="CN", region="CN-GD")
    client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=api_token(company))
    smtp.inbox.messages.clear()

    need_id = make_need(city, title="Cut peak load in Futian")
    make_need(city, title="Cut peak load elsewhere", categories=["clean-air"])  # another category
    city_headers = api_token(city)
    client.patch(f"/api/v1/needs/{need_id}", json={"scale": "300 buildings"}, headers=city_headers)  # edited again

    assert [(kind, link) for kind, link, _data in notices(app, company)] == [("alert_need", f"/needs/{need_id}")]
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "sales@gridflex.example" and message["Content-Language"] == "zh-CN"
    assert message["Subject"] == "您的提醒有新需求：Cut peak load in Futian"
    body = message.get_content()
    assert f"https://mm.example/needs/{need_id}" in link_lines(body)
    unsubscribe = message["List-Unsubscribe"]
    assert re.fullmatch(r"<https://mm\.example/unsubscribe\?token=[\w.\-]+>", unsubscribe)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in link_lines(body) and "https://mm.example/preferences" in link_lines(body)
    notifications = client.get("/api/v1/notifications", headers=api_token(company)).get_json()
    assert notifications["unread"] == 1
    [item] = notifications["items"]
    assert item["kind"] == "alert_need" and item["read"] is False and item["link"] == f"/needs/{need_id}"
    assert "Cut peak load in Futian" in item["text"]


def test_a_listing_without_the_alerts_words_does_not_fire_although_another_listing_has_them(
    app, client, make_user, make_need, api_token
):
    company, city = make_user("company"), make_user("city", country="CN", region="CN-GD")
    client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=api_token(company))
    fitting = make_need(city, title="Cut peak load in Futian")
    make_need(city, title="Smart meters for Nanshan homes", description="Read 20,000 meters every hour.")  # no "peak"
    assert [link for _kind, link, _data in notices(app, company)] == [f"/needs/{fitting}"]


def test_a_listing_edited_so_that_it_now_matches_fires_the_alert(app, client, make_user, make_technology, api_token):
    city, company = make_user("city", country="CN", region="CN-GD"), make_user("company")
    alert = {"kind": "technologies", "categories": ["energy-storage"], "regions": ["CN-GD"], "frequency": "instant"}
    client.post("/api/v1/alerts", json=alert, headers=api_token(city))
    technology_id = make_technology(company, categories=["smart-grid"])
    assert notices(app, city) == []
    client.patch(
        f"/api/v1/technologies/{technology_id}", json={"categories": ["energy-storage"]}, headers=api_token(company)
    )
    assert [kind for kind, _link, _data in notices(app, city)] == ["alert_technology"]


def test_a_draft_or_an_own_listing_does_not_fire(app, client, make_user, make_need, api_token):
    city = make_user("city", country="CN", region="CN-GD")
    client.post("/api/v1/alerts", json={**NEEDS_ALERT, "q": ""}, headers=api_token(city))
    make_need(city)  # its own need
    make_need(make_user("city", country="CN", region="CN-GD"), status="draft")
    assert notices(app, city) == []


def test_a_daily_digest_is_one_mail_with_every_new_listing_and_weekly_waits_for_its_own(
    app, client, runner, make_user, make_need, api_token, smtp
):
    company = make_user("company", email="daily@gridflex.example")
    headers = api_token(company)
    client.post("/api/v1/alerts", json={**NEEDS_ALERT, "frequency": "daily"}, headers=headers)
    client.post("/api/v1/alerts", json={"kind": "needs", "q": "buses", "frequency": "weekly"}, headers=headers)
    city = make_user("city", country="CN", region="CN-GD")
    first, second = make_need(city, title="Cut peak load A"), make_need(city, title="Cut peak load B")
    buses = make_need(
        city, title="Electric buses for Futian", description="300 buses", categories=["electric-vehicles"]
    )
    assert len(notices(app, company)) == 3  # in the app at once
    assert smtp.inbox.messages == []  # no mail before the digest
    rerun(runner, "daily_alert_digest")
    assert smtp.inbox.messages == []  # found after the latest 07:00: they wait for the next one
    with app.app_context():  # a week on: both digests are due
        db.session.execute(db.update(AlertHit).values(created_at=utc_now() - timedelta(days=8)))
        db.session.commit()

    rerun(runner, "daily_alert_digest")
    [daily] = smtp.inbox.wait_for(1)
    assert daily["To"] == "daily@gridflex.example" and daily["Subject"] == "Your daily alerts: 2 new listings"
    lines = link_lines(daily.get_content())
    assert f"https://mm.example/needs/{first}" in lines and f"https://mm.example/needs/{second}" in lines
    assert f"https://mm.example/needs/{buses}" not in lines
    assert daily["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    rerun(runner, "daily_alert_digest")  # nothing new: no second mail
    rerun(runner, "weekly_alert_digest")
    messages = smtp.inbox.wait_for(2)
    assert [m["Subject"] for m in messages] == [
        "Your daily alerts: 2 new listings",
        "Your weekly alerts: 1 new listing",
    ]
    assert f"https://mm.example/needs/{buses}" in link_lines(messages[1].get_content())
    with app.app_context():
        assert db.session.execute(db.select(AlertHit).where(AlertHit.mailed_at.is_(None))).first() is None


def test_each_alert_fires_once_per_listing_even_when_checked_again(app, client, make_user, make_need, api_token):
    from matchmaker.services import alerts

    company = make_user("company")
    client.post("/api/v1/alerts", json=NEEDS_ALERT, headers=api_token(company))
    need_id = make_need(make_user("city", country="CN", region="CN-GD"))
    with app.app_context():
        assert alerts.fire_for_listing("need", need_id) == 0
        db.session.commit()
        assert db.session.execute(db.select(db.func.count()).select_from(AlertHit)).scalar_one() == 1


# -- new fits without an alert ------------------------------------------------------------------------


def test_without_an_alert_a_company_hears_of_a_new_need_that_fits_and_a_city_of_a_new_technology(
    app, client, make_user, make_need, make_technology, smtp
):
    app.config["MATCHING_REFRESH"] = "queue"
    company, city = make_user("company", email="fit@company.example"), make_user("city", country="CN", region="CN-GD")
    speaks(app, company, "zh")
    technology_id = make_technology(company)
    assert notices(app, city) == []  # no open need yet
    need_id = make_need(city)
    [(kind, link, data)] = notices(app, company)
    assert (kind, link) == ("fit_need", f"/needs/{need_id}") and data["score"] > 0 and data["reasons_zh"]
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "fit@company.example" and message["Content-Language"] == "zh-CN"
    body = message.get_content()
    assert f"{data['score']}%" in body and data["reasons_zh"][0] in body
    assert message["List-Unsubscribe"] and f"https://mm.example/needs/{need_id}" in link_lines(body)

    second = make_technology(company, name="GridFlex two")
    [(kind, link, data)] = notices(app, city)
    assert (kind, link) == ("fit_technology", f"/technologies/{second}") and data["reasons"]
    client.application.config["MATCHING_REFRESH"] = "queue"
    make_need(city, title="Cut peak load again")  # a second need: the company hears once more, per pair
    assert len([n for n in notices(app, company) if n[0] == "fit_need"]) == 3  # 2 technologies x new need + first
    assert technology_id


def test_unsubscribe_links_in_a_logged_mail_are_withheld(app, make_user, caplog):
    from matchmaker.services import notifications

    user = make_user("company")
    caplog.set_level("INFO", logger="matchmaker.mail")
    with app.app_context():
        notifications.notify_user(db.session.get(User, user.id), "listing_expired", {"title": "Old"}, link="/needs/1")
        db.session.commit()
    logged = caplog.text
    assert "unsubscribe?token=[withheld]" in logged and not re.search(r"token=(?!\[withheld\])", logged)
    assert urlparse("https://x/unsubscribe?token=a").path == "/unsubscribe"


SHANGHAI_READER_FOUND = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)  # Wed 04:00 in Shanghai, Tue 12:00 in LA


@pytest.mark.parametrize(
    ("zone", "first_due"),
    [
        ("Asia/Shanghai", datetime(2026, 12, 1, 23, 0, tzinfo=UTC)),  # 07:00 on 2 December there
        ("America/Los_Angeles", datetime(2026, 12, 2, 15, 0, tzinfo=UTC)),  # 07:00 on 2 December there
        (None, datetime(2026, 12, 2, 7, 0, tzinfo=UTC)),  # no zone set: 07:00 UTC
    ],
)
def test_a_daily_digest_waits_for_seven_in_the_readers_own_zone(app, make_user, zone, first_due):
    from matchmaker.services import alerts

    reader_id = _reader_with_a_hit(app, make_user, zone, AlertFrequency.DAILY, SHANGHAI_READER_FOUND)
    with app.app_context():
        assert alerts.send_digests(AlertFrequency.DAILY, first_due - timedelta(minutes=1)) == 0
        assert alerts.send_digests(AlertFrequency.DAILY, first_due) == 1
        assert alerts.send_digests(AlertFrequency.DAILY, first_due + timedelta(hours=1)) == 0  # once a day
        db.session.commit()
        assert _unmailed(reader_id) == 0


def test_a_weekly_digest_waits_for_the_readers_monday_morning(app, make_user):
    from matchmaker.services import alerts

    _reader_with_a_hit(app, make_user, "America/Los_Angeles", AlertFrequency.WEEKLY, SHANGHAI_READER_FOUND)
    monday_seven_in_la = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)  # PST, UTC-8
    with app.app_context():
        monday_in_shanghai_only = datetime(2026, 12, 6, 23, 0, tzinfo=UTC)
        assert alerts.send_digests(AlertFrequency.WEEKLY, monday_in_shanghai_only) == 0
        assert alerts.send_digests(AlertFrequency.WEEKLY, monday_seven_in_la - timedelta(minutes=1)) == 0
        assert alerts.send_digests(AlertFrequency.WEEKLY, monday_seven_in_la) == 1


def test_the_digest_hour_is_seven_local_across_a_daylight_saving_change():
    from matchmaker.services.alerts import last_digest_time

    summer = last_digest_time(AlertFrequency.DAILY, datetime(2027, 3, 15, 0, 0, tzinfo=UTC), "America/Los_Angeles")
    winter = last_digest_time(AlertFrequency.DAILY, datetime(2027, 3, 13, 0, 0, tzinfo=UTC), "America/Los_Angeles")
    assert summer.astimezone(UTC) == datetime(2027, 3, 14, 14, 0, tzinfo=UTC)  # PDT from 14 March
    assert winter.astimezone(UTC) == datetime(2027, 3, 12, 15, 0, tzinfo=UTC)  # PST


def _reader_with_a_hit(app, make_user, zone, frequency, found_at) -> int:
    reader = make_user("company")
    with app.app_context():
        db.session.get(User, reader.id).timezone = zone
        alert = Alert(user_id=reader.id, kind=AlertKind.NEEDS, frequency=frequency, q="grid")
        db.session.add(alert)
        db.session.flush()
        db.session.add(AlertHit(alert_id=alert.id, listing_id=1, title="Cut peak load", created_at=found_at))
        db.session.commit()
    return reader.id


def _unmailed(reader_id: int) -> int:
    return db.session.execute(
        db.select(db.func.count())
        .select_from(AlertHit)
        .join(Alert, Alert.id == AlertHit.alert_id)
        .where(Alert.user_id == reader_id, AlertHit.mailed_at.is_(None))
    ).scalar_one()
