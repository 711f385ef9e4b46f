"""Outgoing e-mail: queued in the database session and sent only after it commits.

With MAIL_SERVER set, mail goes over SMTP; without it, it is written to the log. A mail for a
change that is rolled back is never sent.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import event
from sqlalchemy.orm import Session

from ..extensions import db

log = logging.getLogger("matchmaker.mail")
OUTBOX = "matchmaker_outbox"


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str
    language: str = "en"


def queue(mail: Mail) -> None:
    """Send ``mail`` once the current transaction commits."""
    session = db.session()
    session.info.setdefault(OUTBOX, []).append((current_app._get_current_object(), mail))


@event.listens_for(Session, "after_commit")
def _send_outbox(session: Session) -> None:
    """Each mail on its own: one that cannot be built or sent is logged, the others still go."""
    for app, mail in session.info.pop(OUTBOX, []):
        with app.app_context():
            try:
                deliver(mail)
            except Exception:  # the change is committed: never fail the request over a mail
                log.exception("could not build or send mail to %r", mail.to)


@event.listens_for(Session, "after_rollback")
def _drop_outbox(session: Session) -> None:
    session.info.pop(OUTBOX, None)


def deliver(mail: Mail) -> None:
    """Send one mail now, by SMTP or to the log. A failed delivery is logged, never raised."""
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_SENDER"]
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.body)
    message["Content-Language"] = "zh-CN" if mail.language == "zh" else "en"  # after set_content, which resets it
    if not config.get("MAIL_SERVER"):
        log.info("mail (no MAIL_SERVER set) to=%s subject=%s\n%s", mail.to, mail.subject, mail.body)
        return
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        log.exception("could not send mail to %s", mail.to)
