"""Funds of investors, and financing matches between a fund and a technology or a need."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now
from .match import MatchOrigin, MatchStatus

if TYPE_CHECKING:
    from .need import Need
    from .organization import Organization
    from .technology import Technology
    from .user import User


class Instrument(enum.StrEnum):
    EQUITY = "equity"
    DEBT = "debt"
    GRANT = "grant"
    GUARANTEE = "guarantee"


class FundTarget(enum.StrEnum):
    TECHNOLOGIES = "technologies"
    NEEDS = "needs"


class Fund(db.Model):
    """An investor's fund and its mandate (contract financing.md): public once the investor is verified."""

    __tablename__ = "funds"
    __table_args__ = (CheckConstraint("ticket_min_usd > 0 AND ticket_min_usd <= ticket_max_usd", name="ticket_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    ticket_min_usd: Mapped[float]
    ticket_max_usd: Mapped[float]
    instruments: Mapped[list[str]] = mapped_column(JSON, default=list)
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_trl: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    organization: Mapped[Organization] = relationship()

    @property
    def ticket_usd(self) -> tuple[float, float]:
        return (self.ticket_min_usd, self.ticket_max_usd)

    def __repr__(self) -> str:
        return f"<Fund {self.id} {self.name!r}>"


class FinancingMatch(db.Model):
    """A fund and one technology or one need: the same states and moves as a Match
    (services.matches.TRANSITIONS); the company or city answers once an admin approved."""

    __tablename__ = "financing_matches"
    __table_args__ = (
        UniqueConstraint("fund_id", "technology_id", name="uq_financing_matches_fund_technology"),
        UniqueConstraint("fund_id", "need_id", name="uq_financing_matches_fund_need"),
        CheckConstraint("(technology_id IS NULL) <> (need_id IS NULL)", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id", ondelete="CASCADE"), index=True)
    technology_id: Mapped[int | None] = mapped_column(ForeignKey("technologies.id", ondelete="CASCADE"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    status: Mapped[MatchStatus] = mapped_column(enum_column(MatchStatus), index=True)
    origin: Mapped[MatchOrigin] = mapped_column(enum_column(MatchOrigin), default=MatchOrigin.REQUEST)
    score: Mapped[float | None]
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    reasons_zh: Mapped[list[str]] = mapped_column(JSON, default=list)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    # The company's or city's answer once introduced (the investor said yes by asking).
    recipient_interested: Mapped[bool | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    fund: Mapped[Fund] = relationship()
    technology: Mapped[Technology | None] = relationship()
    need: Mapped[Need | None] = relationship()
    requested_by: Mapped[User | None] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])

    @property
    def kind(self) -> str:
        return "technology" if self.technology_id is not None else "need"

    @property
    def target(self) -> Technology | Need:
        return self.technology if self.technology_id is not None else self.need

    @property
    def recipient(self) -> Organization:
        """The company or city the investor wants to finance."""
        return self.target.organization

    def __repr__(self) -> str:
        return f"<FinancingMatch {self.id} fund={self.fund_id} {self.kind} {self.status.value}>"
