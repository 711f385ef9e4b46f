"""The scheduled job that closes needs whose deadline has passed, and tells their city."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Need, NeedStatus, Notification, ScheduledRun, User

from .smtp import SMTPServer


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port)
    yield server
    server.stop()


def set_deadline(app, need_id: int, deadline: date, status: NeedStatus = NeedStatus.OPEN) -> None:
    with app.app_context():  # past deadlines cannot be entered, so set them as time would
        need = db.session.get(Need, need_id)
        need.deadline, need.status = deadline, status
        db.session.commit()


def need_state(app, need_id: int) -> tuple[NeedStatus, int]:
    with app.app_context():
        need = db.session.get(Need, need_id)
        return need.status, need.version


def test_an_open_need_past_its_deadline_closes_and_its_city_is_told_in_its_language(
    app, runner, make_user, make_need, smtp
):
    city = make_user("city", country="CN", region="CN-GD", email="climate@shenzhen.example")
    with app.app_context():
        db.session.get(User, city.id).locale = "zh"
        db.session.commit()
    today = date.today()
    overdue, due_today, draft = make_need(city, title="Electric buses"), make_need(city), make_need(city)
    set_deadline(app, overdue, today - timedelta(days=1))
    set_deadline(app, due_today, today)
    set_deadline(app, draft, today - timedelta(days=3), NeedStatus.DRAFT)
    version_before = need_state(app, overdue)[1]
    smtp.inbox.messages.clear()

    result = runner.invoke(args=["run-scheduled"])
    assert "close_past_deadlines: ran" in result.output, result.output

    assert need_state(app, overdue) == (NeedStatus.CLOSED, version_before + 1)
    assert need_state(app, due_today)[0] is NeedStatus.OPEN  # the deadline day itself still counts
    assert need_state(app, draft)[0] is NeedStatus.DRAFT
    with app.app_context():
        event = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "need.status")).scalar_one()
        assert (event.actor_id, event.target_id, event.from_state, event.to_state) == (None, overdue, "open", "closed")
        notice = db.session.execute(db.select(Notification)).scalar_one()
        assert (notice.user_id, notice.kind, notice.link) == (city.id, "need_deadline_passed", f"/needs/{overdue}")
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "climate@shenzhen.example" and message["Content-Language"] == "zh-CN"
    assert message["Subject"] == "您的需求“Electric buses”已关闭"
    assert str(today - timedelta(days=1)) in message.get_content()


def test_a_closed_need_is_not_closed_or_announced_again(app, runner, make_user, make_need, smtp):
    city = make_user("city")
    need_id = make_need(city)
    set_deadline(app, need_id, date.today() - timedelta(days=1))
    runner.invoke(args=["run-scheduled"])
    with app.app_context():  # an hour later the job runs again
        row = db.session.get(ScheduledRun, "close_past_deadlines")
        row.last_run_at -= timedelta(hours=2)
        db.session.commit()
    result = runner.invoke(args=["run-scheduled"])
    assert "close_past_deadlines: ran" in result.output
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Notification)).scalar_one() == 1
    assert len(smtp.inbox.wait_for(1)) == 1


def test_the_closed_need_leaves_the_directory(app, client, runner, make_user, make_need):
    need_id = make_need(make_user("city"), title="Closing soon: harbour shore power")
    assert "Closing soon" in client.get("/needs").get_data(as_text=True)
    set_deadline(app, need_id, date.today() - timedelta(days=1))
    runner.invoke(args=["run-scheduled"])
    assert "Closing soon" not in client.get("/needs").get_data(as_text=True)
