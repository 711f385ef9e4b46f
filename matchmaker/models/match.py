"""Matches between a need and a technology, their messages, and in-app notifications."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now
from .outcome import MatchStage, StageEntry

if TYPE_CHECKING:
    from .need import Need
    from .technology import Technology
    from .user import User


class MatchStatus(enum.StrEnum):
    SUGGESTED = "suggested"
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CONNECTED = "connected"
    DECLINED = "declined"


class MatchOrigin(enum.StrEnum):
    ENGINE = "engine"
    REQUEST = "request"
    ADMIN = "admin"


class Match(db.Model):
    """One need–technology pair: at most one row per pair, whatever its history."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("need_id", "technology_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    technology_id: Mapped[int] = mapped_column(ForeignKey("technologies.id", ondelete="CASCADE"), index=True)
    status: Mapped[MatchStatus] = mapped_column(enum_column(MatchStatus), index=True)
    origin: Mapped[MatchOrigin] = mapped_column(enum_column(MatchOrigin))
    score: Mapped[float | None] = mapped_column(index=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    reasons_zh: Mapped[list[str]] = mapped_column(JSON, default=list)
    signals: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    # The record versions the score (or a rejection) refers to.
    need_version: Mapped[int] = mapped_column(default=1)
    technology_version: Mapped[int] = mapped_column(default=1)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)  # internal: for the admins
    # What the asker wrote with a request (to the admins and the city), and what the admin
    # wrote for the asker on a rejection (the internal decision_note never reaches them).
    request_message: Mapped[str | None] = mapped_column(Text)
    requester_note: Mapped[str | None] = mapped_column(Text)
    city_interested: Mapped[bool | None]
    company_interested: Mapped[bool | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    # After connection (services/outcomes.py): the stage, the latest reported figures, verification.
    stage: Mapped[MatchStage | None] = mapped_column(enum_column(MatchStage), index=True)
    co2e_t_per_year: Mapped[float | None]
    contract_amount: Mapped[float | None]
    contract_currency: Mapped[str | None] = mapped_column(String(3))
    co2e_verified: Mapped[bool] = mapped_column(default=False)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verification_note: Mapped[str | None] = mapped_column(Text)

    need: Mapped[Need] = relationship()
    technology: Mapped[Technology] = relationship()
    requested_by: Mapped[User | None] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
    messages: Mapped[list[MatchMessage]] = relationship(
        back_populates="match", cascade="all, delete-orphan", order_by="MatchMessage.created_at"
    )
    stage_entries: Mapped[list[StageEntry]] = relationship(
        order_by="(StageEntry.date, StageEntry.id)", viewonly=True
    )

    def __repr__(self) -> str:
        return f"<Match {self.id} need={self.need_id} tech={self.technology_id} {self.status.value}>"


class MatchMessage(db.Model):
    """A message in the short thread of a connected match."""

    __tablename__ = "match_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    match: Mapped[Match] = relationship(back_populates="messages")
    author: Mapped[User] = relationship()


class Notification(db.Model):
    """An in-app notice for one user; the text is rendered in the reader's language."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    link: Mapped[str | None] = mapped_column(String(300))
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)


class Setting(db.Model):
    """An admin setting (scoring weights, suggestions per need, minimum score), as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict | list | float | int | str] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
