"""Records of background work: the mail outbox, and when each scheduled job last ran."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now


class MailStatus(enum.StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class OutgoingMail(db.Model):
    """One mail to send, stored in the transaction that caused it, so it is never lost.

    A worker claims it (``locked_until``, so two workers never send it at once) and marks it
    sent right after the SMTP server accepted it; a failed attempt is retried later, and after
    the last attempt the mail stays here as failed for the admins to resend.
    """

    __tablename__ = "outgoing_mails"
    __table_args__ = (Index("ix_outgoing_mails_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)  # emptied once sent: mails may carry one-time links
    language: Mapped[str] = mapped_column(String(8), default="en")
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # e.g. List-Unsubscribe
    # The body holds a secret (a one-time link): never written to the log.
    secret: Mapped[bool] = mapped_column(default=False, server_default=false())
    message_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[MailStatus] = mapped_column(enum_column(MailStatus), default=MailStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def __repr__(self) -> str:
        return f"<OutgoingMail {self.id} to={self.recipient} {self.status.value} attempts={self.attempts}>"


class ScheduledRun(db.Model):
    """When a scheduled job (matchmaker.tasks.periodic) last ran, so it runs once per due time."""

    __tablename__ = "scheduled_runs"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(UTCDateTime)
