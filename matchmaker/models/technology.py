"""Technologies: what a company offers."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import HasCategories, UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .organization import Organization


class TechnologyStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    EXPIRED = "expired"  # published but not updated for 12 months (services/listings.py)


class TechnologyCategory(db.Model):
    """One taxonomy slug of a technology (a table, so the directory filter uses an index)."""

    __tablename__ = "technology_categories"

    technology_id: Mapped[int] = mapped_column(ForeignKey("technologies.id", ondelete="CASCADE"), primary_key=True)
    slug: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
    # Where the slug stands in the record's list: the first is the main category (the engine's topic).
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Technology(HasCategories, db.Model):
    """A technology or product of a company, in the scoring contract's terms plus profile extras."""

    __tablename__ = "technologies"
    __table_args__ = (
        # The public directory: "status = ? ORDER BY updated_at DESC, id DESC LIMIT n" walks this
        # index instead of sorting every row; with organization_id the join to the (verified)
        # organisation and the page count need no table row. Also serves every "status = ?" lookup.
        Index("ix_technologies_status_updated_at", "status", "updated_at", "id", "organization_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    trl: Mapped[int | None]
    cost_min_usd: Mapped[float | None]
    cost_max_usd: Mapped[float | None]
    # Space-separated codes with a space at each end (" CN US-CA "), so that "serves region X"
    # is a plain LIKE on both databases; use the ``regions`` property.
    regions_text: Mapped[str] = mapped_column(String(500), default=" * ")
    co2e_reduction_t_per_year: Mapped[float | None]
    reference_deployments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    certifications: Mapped[list[str]] = mapped_column(JSON, default=list)
    offers_financing: Mapped[bool] = mapped_column(default=False)
    offers_pilots: Mapped[bool] = mapped_column(default=False)
    # What the company is raising for this technology (contract financing.md); None: not raising.
    seeking_investment_usd: Mapped[float | None]
    status: Mapped[TechnologyStatus] = mapped_column(enum_column(TechnologyStatus), default=TechnologyStatus.DRAFT)
    # Raised on every change that can alter matching; a rejected match is suggested again
    # only once the version it was rejected at is out of date.
    version: Mapped[int] = mapped_column(default=1)
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now, index=True)

    organization: Mapped[Organization] = relationship()
    category_row = TechnologyCategory
    category_rows: Mapped[list[TechnologyCategory]] = relationship(
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by=[TechnologyCategory.position, TechnologyCategory.slug],
    )

    @property
    def regions(self) -> list[str]:
        return self.regions_text.split()

    @regions.setter
    def regions(self, codes: list[str]) -> None:
        self.regions_text = " " + " ".join(dict.fromkeys(codes)) + " "

    @property
    def cost_usd(self) -> tuple[float, float] | None:
        if self.cost_min_usd is None or self.cost_max_usd is None:
            return None
        return (self.cost_min_usd, self.cost_max_usd)

    def __repr__(self) -> str:
        return f"<Technology {self.id} {self.name!r} {self.status.value}>"
