"""Shared column types and helpers for the models."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import DateTime, Enum
from sqlalchemy.types import TypeDecorator


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (used as a column default callable)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC that always comes back timezone-aware.

    SQLite keeps no time zone, so values read from it are naive; this type attaches UTC
    again so that comparisons behave the same on both databases.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def enum_column(enum_type: type[enum.Enum], length: int = 16) -> Enum:
    """A portable enum column stored as its string values."""
    return Enum(enum_type, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e])


class HasCategories:
    """``categories``, a list of taxonomy slugs, over ``category_rows`` (one row per slug, in a
    table of its own so that the directory's category filter uses an index)."""

    category_row: ClassVar[type]  # the row class: NeedCategory or TechnologyCategory

    @property
    def categories(self) -> list[str]:
        return [row.slug for row in self.category_rows]

    @categories.setter
    def categories(self, slugs: list[str]) -> None:
        existing = {row.slug: row for row in self.category_rows}
        rows = [existing.get(slug) or self.category_row(slug=slug) for slug in dict.fromkeys(slugs)]
        for position, row in enumerate(rows):
            row.position = position  # the order is kept: the first is the main category
        self.category_rows = rows
