"""Alerts (saved searches), what each has already announced, and the listings' reminders."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .user import User


class AlertKind(enum.StrEnum):
    NEEDS = "needs"
    TECHNOLOGIES = "technologies"


class AlertFrequency(enum.StrEnum):
    INSTANT = "instant"
    DAILY = "daily"
    WEEKLY = "weekly"


class Alert(db.Model):
    """A user's saved search: tell me about new listings like these."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AlertKind] = mapped_column(enum_column(AlertKind))
    q: Mapped[str] = mapped_column(String(200), default="")
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    frequency: Mapped[AlertFrequency] = mapped_column(enum_column(AlertFrequency))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    user: Mapped[User] = relationship()


class AlertHit(db.Model):
    """A listing an alert announced: the unique pair makes each alert fire once per listing.

    ``mailed_at`` stays empty until the mail (instant, or the next digest) has been queued.
    """

    __tablename__ = "alert_hits"
    __table_args__ = (UniqueConstraint("alert_id", "listing_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    listing_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    mailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    alert: Mapped[Alert] = relationship()


class FitNotice(db.Model):
    """A new suggestion already told to the other side (a company of a need, a city of a
    technology), so a suggestion removed and made again is not announced twice."""

    __tablename__ = "fit_notices"
    __table_args__ = (UniqueConstraint("need_id", "technology_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    technology_id: Mapped[int] = mapped_column(ForeignKey("technologies.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ListingReminder(db.Model):
    """An expiry reminder sent: once per listing, expiry date and number of days before."""

    __tablename__ = "listing_reminders"
    __table_args__ = (UniqueConstraint("kind", "listing_id", "expires_on", "days_before"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "need" or "technology"
    listing_id: Mapped[int]
    expires_on: Mapped[date]
    days_before: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
