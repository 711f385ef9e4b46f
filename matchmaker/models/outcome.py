"""What came of a connection: its stages (pilot, contract, operating, stopped), check-ins
asking where it stands, and the consent to show it as a success story."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .fund import FinancingMatch


class MatchStage(enum.StrEnum):
    """Where a connected match stands (contract outcomes.md); ``stopped`` can follow any other."""

    CONNECTED = "connected"
    PILOT = "pilot"
    CONTRACT = "contract"
    OPERATING = "operating"
    STOPPED = "stopped"


class StageEntry(db.Model):
    """One line of a match's stage history: the stage reached, on which date, by whom, with what."""

    __tablename__ = "match_stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    stage: Mapped[MatchStage] = mapped_column(enum_column(MatchStage))
    date: Mapped[date] = mapped_column(Date)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    pilot_scope: Mapped[str | None] = mapped_column(Text)
    pilot_start: Mapped[date | None] = mapped_column(Date)
    pilot_end: Mapped[date | None] = mapped_column(Date)
    contract_amount: Mapped[float | None]
    contract_currency: Mapped[str | None] = mapped_column(String(3))
    procurement_route: Mapped[str | None] = mapped_column(String(32))
    co2e_t_per_year: Mapped[float | None]
    # A contract may name the connected financing match that paid for it (issue 11).
    financing_match_id: Mapped[int | None] = mapped_column(
        ForeignKey("financing_matches.id", ondelete="SET NULL"), index=True
    )
    pm25_kg_per_year: Mapped[float | None]
    nox_kg_per_year: Mapped[float | None]
    water_m3_per_year: Mapped[float | None]
    waste_t_per_year: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    financing: Mapped[FinancingMatch | None] = relationship()


class CheckIn(db.Model):
    """A periodic "where does it stand?" sent to both parties of a match; answered once."""

    __tablename__ = "match_checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    stage: Mapped[MatchStage] = mapped_column(enum_column(MatchStage))  # the stage it asked about
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answer: Mapped[str | None] = mapped_column(String(16))  # "no_change" or the stage moved to


class Showcase(db.Model):
    """Each party's consent (and words) to show a match as a story; an admin publishes it."""

    __tablename__ = "showcases"

    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), primary_key=True)
    city_consent: Mapped[bool] = mapped_column(default=False)
    city_story: Mapped[str | None] = mapped_column(Text)
    city_story_zh: Mapped[str | None] = mapped_column(Text)
    company_consent: Mapped[bool] = mapped_column(default=False)
    company_story: Mapped[str | None] = mapped_column(Text)
    company_story_zh: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
