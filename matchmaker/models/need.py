"""Needs: the problems a city wants solved."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import HasCategories, UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .organization import Organization
    from .team import NeedPartner


class NeedStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    EXPIRED = "expired"  # open but not updated for 12 months (services/listings.py)


class NeedGoal(enum.StrEnum):
    EMISSIONS = "emissions"
    AIR_QUALITY = "air_quality"
    BOTH = "both"
    RESILIENCE = "resilience"


class ProcurementStage(enum.StrEnum):
    EXPLORING = "exploring"
    PILOT = "pilot"
    PROCUREMENT = "procurement"


# How a city buys: the route a need means to take, and the one its contract took (outcomes).
PROCUREMENT_ROUTES = ("tender", "direct_award", "pilot_to_contract", "framework", "ppp", "other")


class Funding(enum.StrEnum):
    FUNDED = "funded"
    SEEKING_FINANCE = "seeking_finance"


# TAP's bankability questions for a project seeking finance, in the order the pages show them.
BANKABILITY = ("feasibility_study", "revenue_model", "permits", "co_financing", "procurement_route")


class NeedCategory(db.Model):
    """One taxonomy slug of a need."""

    __tablename__ = "need_categories"

    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), primary_key=True)
    slug: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
    # Where the slug stands in the record's list: the first is the main category (the engine's topic).
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Need(HasCategories, db.Model):
    """A city's need, framed as a problem (outcome, scale, constraints), not a specification."""

    __tablename__ = "needs"
    __table_args__ = (
        # The public directory: "status = ? ORDER BY updated_at DESC, id DESC LIMIT n" walks this
        # index instead of sorting every row; with organization_id the join to the (verified)
        # organisation and the page count need no table row. Also serves every "status = ?" lookup.
        Index("ix_needs_status_updated_at", "status", "updated_at", "id", "organization_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    budget_usd: Mapped[float | None]
    min_trl: Mapped[int | None]
    region: Mapped[str] = mapped_column(String(8))
    co2e_target_t_per_year: Mapped[float | None]
    # Where the city stands today, so a target reads as a share of it (issue 13's framing).
    co2e_baseline_t_per_year: Mapped[float | None]
    air_quality_baseline: Mapped[str] = mapped_column(String(200), default="", server_default="")
    procurement_route: Mapped[str | None] = mapped_column(String(24))  # one of PROCUREMENT_ROUTES
    deadline: Mapped[date | None]
    goal: Mapped[NeedGoal] = mapped_column(enum_column(NeedGoal), default=NeedGoal.EMISSIONS)
    procurement_stage: Mapped[ProcurementStage] = mapped_column(
        enum_column(ProcurementStage), default=ProcurementStage.EXPLORING
    )
    funding: Mapped[Funding] = mapped_column(enum_column(Funding), default=Funding.FUNDED)
    # A need seeking finance: how much, and its bankability checklist (BANKABILITY keys -> bool).
    finance_sought_usd: Mapped[float | None]
    bankability: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    open_to_foreign: Mapped[bool] = mapped_column(default=True)
    scale: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[NeedStatus] = mapped_column(enum_column(NeedStatus), default=NeedStatus.DRAFT)
    outcome: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)
    # The version the stored suggestions were computed for: another value means a refresh
    # is owed (one lost in a crash is repaired by the scheduled ``repair_suggestions`` job).
    suggested_version: Mapped[int | None]
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now, index=True)

    organization: Mapped[Organization] = relationship()
    category_row = NeedCategory
    category_rows: Mapped[list[NeedCategory]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by=[NeedCategory.position, NeedCategory.slug]
    )
    # Partner cities of a joint need (services.partners); policy and matching read them.
    partners: Mapped[list[NeedPartner]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="NeedPartner.id", back_populates="need"
    )

    def __repr__(self) -> str:
        return f"<Need {self.id} {self.title!r} {self.status.value}>"
