"""Mail through the outbox and the task queue, against a real SMTP server (aiosmtpd).

Tasks run at once here (immediate mode); the real consumer is in test_task_consumer.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchmaker import jobs, tasks
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, MailStatus, OutgoingMail, Setting, utc_now
from matchmaker.services import mail
from matchmaker.services.mail import Mail

from .helpers import table_count
from .smtp import SMTPServer, free_port


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port)
    yield server
    server.stop()


@pytest.fixture
def smtp_down(app):
    """A mail server address where nothing listens (yet)."""
    server = SMTPServer(free_port())
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port)
    yield server
    server.stop()


def queue_mails(app, *recipients: str, language: str = "en") -> list[int]:
    """Queue one mail per recipient in one transaction, committed as an edge would."""
    with app.app_context():
        rows = [
            mail.queue(Mail(to=to, subject=f"Hello {to}", body="Body text", language=language)) for to in recipients
        ]
        db.session.commit()
        return [row.id for row in rows]


def store_only(app, monkeypatch, *recipients: str) -> list[int]:
    """Queue mails whose send tasks get lost on the way (as when a consumer dies)."""
    with monkeypatch.context() as patch:
        patch.setattr(tasks.huey, "enqueue", lambda task: None)
        return queue_mails(app, *recipients)


def outbox_row(app, mail_id: int) -> OutgoingMail:
    with app.app_context():
        row = db.session.get(OutgoingMail, mail_id)
        db.session.expunge(row)
        return row


def test_a_mail_is_stored_with_the_change_and_sent_once_it_commits(app, smtp):
    with app.app_context():
        row = mail.queue(Mail(to="climate@shenzhen.example", subject="你好", body="正文", language="zh"))
        db.session.flush()
        assert row.status is MailStatus.QUEUED and smtp.inbox.messages == []  # not before the commit
        mail_id = row.id
        db.session.commit()
    [message] = smtp.inbox.wait_for(1)
    assert message["To"] == "climate@shenzhen.example" and message["Subject"] == "你好"
    assert message["Content-Language"] == "zh-CN" and message.get_content().strip() == "正文"
    sent = outbox_row(app, mail_id)
    assert message["Message-ID"] == sent.message_id
    assert (sent.status, sent.attempts, sent.last_error) == (MailStatus.SENT, 1, None)
    assert sent.sent_at is not None and sent.body == ""  # a sent mail's links are not kept


def test_a_rolled_back_change_stores_and_sends_no_mail(app, smtp):
    with app.app_context():
        mail.queue(Mail(to="bd@bayvolt.example", subject="Never", body="Never sent"))
        db.session.add(Setting(key="change", value=1))
        db.session.flush()
        db.session.rollback()
    assert table_count(app, OutgoingMail) == 0
    assert smtp.inbox.messages == []


def test_extra_headers_travel_with_the_mail(app, smtp):
    with app.app_context():
        headers = {"List-Unsubscribe": "<https://example.org/u/abc>"}
        mail.queue(Mail(to="bd@bayvolt.example", subject="Digest", body="…", headers=headers))
        db.session.commit()
    [message] = smtp.inbox.wait_for(1)
    assert message["List-Unsubscribe"] == "<https://example.org/u/abc>"


def test_with_the_server_down_a_mail_is_kept_and_retried_with_back_off_then_failed(app, smtp_down):
    [mail_id] = queue_mails(app, "bd@bayvolt.example")
    row = outbox_row(app, mail_id)
    assert (row.status, row.attempts) == (MailStatus.QUEUED, 1)
    assert "ConnectionRefusedError" in row.last_error
    assert timedelta(seconds=55) < row.next_attempt_at - utc_now() <= timedelta(seconds=60)
    [retry] = tasks.huey.scheduled()  # the next attempt waits in the queue
    assert retry.args == (mail_id,) and retry.name == "send_mail"

    waits = []
    for _attempt in range(4):  # the consumer would run these at their time
        before = utc_now()
        jobs.send_mail.call_local(mail_id)
        row = outbox_row(app, mail_id)
        waits.append(round((row.next_attempt_at - before).total_seconds() / 60))
    assert waits[:3] == [4, 16, 64]  # minutes: 60 s × 4^(n-1)
    assert (row.status, row.attempts) == (MailStatus.FAILED, 5)  # the fifth attempt was the last
    jobs.send_mail.call_local(mail_id)  # a stray task for a failed mail changes nothing
    assert outbox_row(app, mail_id).attempts == 5


def test_a_second_task_for_the_same_mail_sends_nothing_more(app, smtp):
    [mail_id] = queue_mails(app, "bd@bayvolt.example")
    jobs.send_mail.call_local(mail_id)
    jobs.send_mail.call_local(mail_id)
    assert len(smtp.inbox.wait_for(1)) == 1
    assert outbox_row(app, mail_id).attempts == 1


def test_a_mail_held_by_a_worker_is_not_sent_by_another_until_its_lease_runs_out(app, smtp, monkeypatch):
    [mail_id] = store_only(app, monkeypatch, "bd@bayvolt.example")
    with app.app_context():
        assert mail.claim(mail_id) is not None  # worker A holds it (and dies)
        db.session.commit()
        assert mail.claim(mail_id) is None  # worker B: not yours
        later = utc_now() + timedelta(seconds=app.config["MAIL_SEND_LEASE"] + 1)
        assert mail.claim(mail_id, now=later) is not None  # the lease ran out: B may try
        db.session.commit()
    assert outbox_row(app, mail_id).attempts == 2


def test_the_outbox_job_sends_mails_whose_task_was_lost(app, smtp, runner, monkeypatch):
    lost, held, sent, fresh = store_only(
        app, monkeypatch, *(f"{name}@example.org" for name in ("lost", "held", "sent", "fresh"))
    )
    with app.app_context():
        long_ago = utc_now() - timedelta(minutes=10)
        for mail_id in (lost, held, sent):
            db.session.get(OutgoingMail, mail_id).next_attempt_at = long_ago
        db.session.get(OutgoingMail, held).locked_until = utc_now() + timedelta(minutes=1)  # a worker is on it
        db.session.get(OutgoingMail, sent).status = MailStatus.SENT
        db.session.commit()
    result = runner.invoke(args=["run-scheduled"])
    assert "mail_outbox: ran" in result.output
    assert smtp.inbox.recipients() == ["lost@example.org"]  # "fresh" may still have its task queued
    assert outbox_row(app, lost).status is MailStatus.SENT


def test_sent_mails_are_forgotten_after_30_days(app, smtp):
    old, recent = queue_mails(app, "old@example.org", "recent@example.org")
    with app.app_context():
        db.session.get(OutgoingMail, old).sent_at = utc_now() - timedelta(days=31)
        db.session.commit()
        assert mail.purge_sent() == 1
        db.session.commit()
        assert [row.id for row in db.session.execute(db.select(OutgoingMail)).scalars()] == [recent]


# -- the admins' page of failed mail ------------------------------------------------------------


def fail_for_good(app, monkeypatch, *recipients: str) -> list[int]:
    ids = store_only(app, monkeypatch, *recipients)
    with app.app_context():
        db.session.execute(
            db.update(OutgoingMail).values(status=MailStatus.FAILED, attempts=5, last_error="SMTP 554 refused")
        )
        db.session.commit()
    return ids


@pytest.mark.parametrize(
    ("role", "page_status", "resend_status"),
    [(None, 302, 302), ("company", 403, 403), ("city", 403, 403), ("admin", 200, 302)],
)
def test_only_admins_see_and_resend_failed_mail(
    app, client, make_user, login, monkeypatch, role, page_status, resend_status
):
    app.config.update(MAIL_SERVER=None, WTF_CSRF_ENABLED=False)
    [mail_id] = fail_for_good(app, monkeypatch, "bd@bayvolt.example")
    if role:
        login(make_user(role))
    assert client.get("/admin/mail").status_code == page_status
    assert client.post(f"/admin/mail/{mail_id}/resend").status_code == resend_status
    expected = MailStatus.SENT if role == "admin" else MailStatus.FAILED
    assert outbox_row(app, mail_id).status is expected


def test_admins_see_failed_mail_in_their_language_and_resend_it(
    app, client, make_user, login, form_post, smtp, monkeypatch
):
    ok, failed = fail_for_good(app, monkeypatch, "ok@example.org", "bd@bayvolt.example")
    with app.app_context():
        db.session.get(OutgoingMail, ok).status = MailStatus.SENT
        db.session.commit()
    admin = make_user("admin")
    login(admin)
    page = client.get("/admin/mail").get_data(as_text=True)
    assert "Failed mail" in page and "bd@bayvolt.example" in page and "SMTP 554 refused" in page
    assert "ok@example.org" not in page and "Body text" not in page  # bodies may hold one-time links
    assert "失败的邮件" in client.get("/admin/mail", headers={"Accept-Language": "zh-CN"}).get_data(as_text=True)

    response = form_post(f"/admin/mail/{failed}/resend", {}, page="/admin/mail", follow_redirects=True)
    assert "The mail to bd@bayvolt.example is queued again." in response.get_data(as_text=True)
    assert smtp.inbox.recipients() == ["bd@bayvolt.example"]
    row = outbox_row(app, failed)
    assert (row.status, row.attempts) == (MailStatus.SENT, 1)
    with app.app_context():
        event = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "mail.resend")).scalar_one()
        assert (event.actor_id, event.target_id, event.to_state) == (admin.id, failed, "queued")

    again = form_post(f"/admin/mail/{failed}/resend", {}, page="/admin/mail", follow_redirects=True)
    assert "This mail is no longer waiting to be resent." in again.get_data(as_text=True)
    assert len(smtp.inbox.messages) == 1


def test_resending_a_mail_that_does_not_exist_is_404(app, client, make_user, login, form_post):
    login(make_user("admin"))
    assert form_post("/admin/mail/999/resend", {}, page="/admin/mail").status_code == 404


def test_the_dashboard_shows_how_many_mails_failed(app, client, make_user, login, monkeypatch):
    fail_for_good(app, monkeypatch, "a@example.org", "b@example.org")
    login(make_user("admin"))
    page = client.get("/admin/").get_data(as_text=True)
    assert 'Failed mail <span class="badge text-bg-danger">2</span>' in page
