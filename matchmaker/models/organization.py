"""Organisations: the companies and cities that use the platform."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .user import User


def name_key(name: str) -> str:
    """An organisation name compared without case and spaces: "Sierra Loop" is "sierraloop"."""
    return "".join(name.split()).casefold()


class OrganizationKind(enum.StrEnum):
    COMPANY = "company"
    CITY = "city"
    INVESTOR = "investor"


class Organization(db.Model):
    """A company or a city. Nothing of it is public until an admin has verified it."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OrganizationKind] = mapped_column(enum_column(OrganizationKind))
    name: Mapped[str] = mapped_column(String(200), index=True)
    # name_key(name), kept by the validator below: sign-up refuses a name already taken.
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(8))
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(String(254))
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Cities: their climate and air-quality commitments, e.g. {"kind", "text", "year"}.
    climate_goals: Mapped[list[dict]] = mapped_column(JSON, default=list)
    verified: Mapped[bool] = mapped_column(default=False, index=True)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", use_alter=True))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    # Name, country and region as they were verified, kept while a change of them waits
    # for an admin: {"name", "country", "region"}; None when nothing waits.
    verified_identity: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    members: Mapped[list[User]] = relationship(back_populates="organization", foreign_keys="User.organization_id")

    @validates("name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name

    @property
    def is_city(self) -> bool:
        return self.kind is OrganizationKind.CITY

    @property
    def is_company(self) -> bool:
        return self.kind is OrganizationKind.COMPANY

    @property
    def is_investor(self) -> bool:
        return self.kind is OrganizationKind.INVESTOR

    def __repr__(self) -> str:
        return f"<Organization {self.id} {self.kind.value} {self.name!r}>"
