"""Outgoing e-mail: kept in an outbox with the change that causes it, sent by the task queue.

``queue()`` adds an outbox row to the current transaction and queues its sending for after the
commit, so a rolled-back change never sends mail and a committed one is never lost. A worker
claims the row (for MAIL_SEND_LEASE seconds, so no other worker sends it meanwhile), talks to
the SMTP server with no database lock held, and marks the mail sent as soon as the server
accepted it. A failed attempt is retried with back-off (MAIL_RETRY_DELAY × 4^(n-1) seconds);
after MAIL_MAX_ATTEMPTS the mail stays as failed for the admins to resend. A sending lost on
the way (a consumer killed mid-job, an emptied queue) is queued again by the ``mail_outbox``
scheduled job once its lease has run out.

With MAIL_SERVER set, mail goes over SMTP; without it, it is written to the log.
"""

from __future__ import annotations

import logging
import re
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import or_

from .. import tasks
from ..extensions import db
from ..models import MailStatus, OutgoingMail, User, utc_now
from . import audit, policy, preferences
from .errors import Conflict, NotFound, PermissionDenied

log = logging.getLogger("matchmaker.mail")
SMTP_TIMEOUT_SECONDS = 10
KEEP_SENT = timedelta(days=30)


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str
    language: str = "en"
    headers: Mapping[str, str] = field(default_factory=dict)  # e.g. List-Unsubscribe
    secret: bool = False  # the body carries a one-time link: the log gets recipient and subject only
    # The kind of mail (services/preferences.MAIL_KINDS) for a mail that is not a reply to the
    # reader's own action: it is sent only if ``user_id`` has the kind on, and carries the
    # one-click unsubscribe headers (RFC 8058) and links.
    kind: str | None = None
    user_id: int | None = None


def queue(mail: Mail) -> OutgoingMail | None:
    """Send ``mail`` once the current transaction commits (and keep trying until it is sent).

    None, and nothing queued, when the reader switched the mail's kind off.
    """
    if mail.kind is not None:
        reader = db.session.get(User, mail.user_id)
        if reader is None or not preferences.wants_mail(reader, mail.kind):
            return None
        mail = _with_unsubscribe(mail, reader)
    row = OutgoingMail(
        recipient=mail.to,
        subject=mail.subject,
        body=mail.body,
        language=mail.language,
        headers=dict(mail.headers),
        secret=mail.secret,
        message_id=make_msgid(domain=_sender_domain()),
        status=MailStatus.QUEUED,
        next_attempt_at=utc_now(),
    )
    db.session.add(row)
    db.session.flush()  # the task is queued with the row's id
    _send_after_commit(row.id)
    return row


def _with_unsubscribe(mail: Mail, reader: User) -> Mail:
    """``mail`` with the List-Unsubscribe headers and, below the text, the same link and the
    preferences page, each alone on its line, in the mail's language."""
    link = preferences.unsubscribe_url(reader, mail.kind)
    headers = {**mail.headers, "List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    with force_locale(mail.language):
        footer = "\n".join(
            [
                "-- ",
                _("To stop mails of this kind, open this link:"),
                link,
                _("To choose which mails you receive, open your preferences:"),
                preferences.preferences_url(),
            ]
        )
    return replace(mail, body=f"{mail.body}\n\n{footer}\n", headers=headers)


# A token in a link never reaches the log (the unsubscribe and renewal links carry theirs in
# ?token=, which the access log leaves out too: gunicorn.conf.py).
_TOKEN_IN_LINK = re.compile(r"([?&]token=)[^\s&]+")


def redact(text: str) -> str:
    return _TOKEN_IN_LINK.sub(r"\1[withheld]", text)


def _send_after_commit(mail_id: int, delay: float | None = None) -> None:
    from ..jobs import send_mail  # the jobs import the services, not the other way round

    tasks.after_commit(send_mail, mail_id, delay=delay)


def _sender_domain() -> str:
    address = parseaddr(current_app.config["MAIL_SENDER"])[1]
    return address.rpartition("@")[2] or "matchmaker.local"


# -- sending (the send_mail job) ---------------------------------------------------------------


def claim(mail_id: int, now: datetime | None = None) -> EmailMessage | None:
    """Take the mail for one attempt; the message to send, or None if it is not this worker's.

    None when the mail is already sent or failed, another worker holds it, or it cannot be
    built (then it is marked failed for the admins). The attempt
    counts at once, so a mail that kills its worker every time still ends as failed.
    """
    now = now or utc_now()
    lease = timedelta(seconds=current_app.config["MAIL_SEND_LEASE"])
    claimed = db.session.execute(
        db.update(OutgoingMail)
        .where(
            OutgoingMail.id == mail_id,
            OutgoingMail.status == MailStatus.QUEUED,
            or_(OutgoingMail.locked_until.is_(None), OutgoingMail.locked_until < now),
        )
        .values(locked_until=now + lease, attempts=OutgoingMail.attempts + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not claimed:
        return None
    row = db.session.get(OutgoingMail, mail_id, populate_existing=True)
    try:
        return _message(row)
    except ValueError as error:  # e.g. a line break in a subject from an old record: never sendable
        log.error("could not build or send mail %s to %r: %s", row.id, row.recipient, error)
        row.status, row.last_error, row.locked_until = MailStatus.FAILED, f"cannot be built: {error}"[:500], None
        return None


class OutgoingMessage(EmailMessage):
    """A message to send, which knows whether its body may be written to the log."""

    secret = False


def _message(row: OutgoingMail) -> EmailMessage:
    message = OutgoingMessage()
    message.secret = row.secret
    message["From"] = current_app.config["MAIL_SENDER"]
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = row.message_id  # the same on every attempt
    for name, value in (row.headers or {}).items():
        message[name] = value
    message.set_content(row.body)
    message["Content-Language"] = "zh-CN" if row.language == "zh" else "en"  # after set_content, which resets it
    return message


def transmit(message: EmailMessage) -> str | None:
    """Hand ``message`` to the SMTP server (or the log); the error if the server did not take it.

    Touches no database: the worker holds no lock while the server is slow or away.
    """
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        if getattr(message, "secret", False):  # a one-time link must not end up in the log
            log.info(
                "mail (no MAIL_SERVER set) to=%s subject=%s [body withheld: it holds a secret link]",
                message["To"],
                message["Subject"],
            )
        else:
            log.info(
                "mail (no MAIL_SERVER set) to=%s subject=%s\n%s",
                message["To"],
                message["Subject"],
                redact(message.get_content()),
            )
        return None
    try:
        _smtp_send(message, config["MAIL_SERVER"], config["MAIL_PORT"])
    except (OSError, smtplib.SMTPException) as error:
        log.warning("could not send mail %s to %s: %s", message["Message-ID"], message["To"], error)
        return f"{type(error).__name__}: {error}"[:500]
    return None


def _smtp_send(message: EmailMessage, host: str, port: int) -> None:
    smtp = smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_SECONDS)
    try:
        smtp.send_message(message)
    finally:
        try:  # the server has the mail: a failed goodbye must not make it "failed"
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def record_outcome(mail_id: int, error: str | None, now: datetime | None = None) -> None:
    """After an attempt: mark the mail sent, or note the error and retry later, or give up."""
    now = now or utc_now()
    row = db.session.get(OutgoingMail, mail_id)
    row.locked_until = None
    if error is None:
        row.status, row.sent_at, row.last_error = MailStatus.SENT, now, None
        row.body = ""  # a sent mail's links (one-time tokens) need not outlive it here
        return
    row.last_error = error
    if row.attempts >= current_app.config["MAIL_MAX_ATTEMPTS"]:
        row.status = MailStatus.FAILED
        log.error("mail %s to %s failed %d times; kept for the admins", row.id, row.recipient, row.attempts)
        return
    delay = retry_delay(row.attempts)
    row.next_attempt_at = now + timedelta(seconds=delay)
    _send_after_commit(mail_id, delay)


def retry_delay(attempts: int) -> float:
    """Seconds to wait after ``attempts`` failed attempts: 1, 4, 16, 64 minutes by default."""
    return current_app.config["MAIL_RETRY_DELAY"] * 4 ** (attempts - 1)


# -- upkeep (the mail_outbox scheduled job) ----------------------------------------------------


def requeue_lost(now: datetime | None = None, limit: int = 500) -> int:
    """Queue again the mails that should have been tried a lease ago and were not; how many.

    That happens when a consumer dies mid-job or the queue is emptied. Sending twice is
    harmless here: a second task finds the mail claimed or sent and does nothing.
    """
    now = now or utc_now()
    lease = timedelta(seconds=current_app.config["MAIL_SEND_LEASE"])
    rows = db.session.execute(
        db.select(OutgoingMail)
        .where(
            OutgoingMail.status == MailStatus.QUEUED,
            OutgoingMail.next_attempt_at <= now - lease,
            or_(OutgoingMail.locked_until.is_(None), OutgoingMail.locked_until < now),
        )
        .order_by(OutgoingMail.next_attempt_at)
        .limit(limit)
    ).scalars()
    count = 0
    for row in rows:
        row.next_attempt_at = now  # not queued again before another lease has passed
        _send_after_commit(row.id)
        count += 1
    return count


def purge_sent(now: datetime | None = None) -> int:
    """Forget sent mails older than 30 days; how many."""
    cutoff = (now or utc_now()) - KEEP_SENT
    return db.session.execute(
        db.delete(OutgoingMail)
        .where(OutgoingMail.status == MailStatus.SENT, OutgoingMail.sent_at < cutoff)
        .execution_options(synchronize_session=False)
    ).rowcount


# -- the admins' view --------------------------------------------------------------------------


def failed_mails(admin: User, limit: int = 200) -> list[OutgoingMail]:
    """The mails that could not be sent, newest first."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only admins see failed mails."))
    return list(
        db.session.execute(
            db.select(OutgoingMail)
            .where(OutgoingMail.status == MailStatus.FAILED)
            .order_by(OutgoingMail.created_at.desc(), OutgoingMail.id.desc())
            .limit(limit)
        ).scalars()
    )


def status_counts() -> dict[str, int]:
    counts = dict.fromkeys((status.value for status in MailStatus), 0)
    rows = db.session.execute(db.select(OutgoingMail.status, db.func.count()).group_by(OutgoingMail.status)).all()
    counts.update({status.value: count for status, count in rows})
    return counts


def resend(admin: User, mail_id: int) -> OutgoingMail:
    """An admin sends a failed mail again: its attempts start over."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only admins resend mails."))
    row = db.session.get(OutgoingMail, mail_id)
    if row is None:
        raise NotFound(_("No such mail."))
    changed = db.session.execute(
        db.update(OutgoingMail)
        .where(OutgoingMail.id == mail_id, OutgoingMail.status == MailStatus.FAILED)
        .values(status=MailStatus.QUEUED, attempts=0, next_attempt_at=utc_now(), locked_until=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not changed:  # someone else resent it first, or it was sent meanwhile
        raise Conflict(_("This mail is no longer waiting to be resent."))
    audit.record(admin, "mail.resend", row, from_state=MailStatus.FAILED.value, to_state=MailStatus.QUEUED.value)
    _send_after_commit(mail_id)
    db.session.refresh(row)
    return row
