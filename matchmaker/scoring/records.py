"""The engine's inputs and outputs as plain dataclasses, and their parsing from JSON records."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .taxonomy import CATEGORIES


class RecordError(ValueError):
    """A record that breaks the contract; ``field`` names the culprit."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


@dataclass(frozen=True, slots=True)
class Technology:
    id: str
    company: str
    name: str
    categories: tuple[str, ...]
    description: str
    trl: int | None = None
    cost_usd: tuple[float, float] | None = None
    regions: tuple[str, ...] = ("*",)
    co2e_reduction_t_per_year: float | None = None


@dataclass(frozen=True, slots=True)
class Need:
    id: str
    city: str
    title: str
    categories: tuple[str, ...]
    description: str
    budget_usd: float | None = None
    min_trl: int | None = None
    region: str = ""
    co2e_target_t_per_year: float | None = None
    deadline: date | None = None
    # A joint need's partner regions: a technology's region fits when it fits any of them.
    partner_regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One ranked technology for a need: the score, the signals behind it and why, in two languages."""

    technology_id: str
    score: float
    reasons: tuple[str, ...]
    reasons_zh: tuple[str, ...]
    signals: dict[str, float] = field(default_factory=dict)
    concepts: tuple[str, ...] = ()
    # What each reason speaks of, in the order of ``reasons``: "strength:<signal>" or "gap:<signal>".
    reason_kinds: tuple[str, ...] = ()


def _text(record: dict[str, Any], name: str, *, required: bool = True) -> str:
    value = record.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise RecordError(name, "must be a string")
    return value


def _identifier(record: dict[str, Any]) -> str:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise RecordError("id", "must be a non-empty string")
    return value


def _categories(record: dict[str, Any]) -> tuple[str, ...]:
    value = record.get("categories")
    if not isinstance(value, list) or not value:
        raise RecordError("categories", "must be a list of at least one category slug")
    for slug in value:
        if slug not in CATEGORIES:
            raise RecordError("categories", f"unknown category {slug!r}")
    return tuple(dict.fromkeys(value))


def _number(record: dict[str, Any], name: str) -> float | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise RecordError(name, "must be a non-negative number or null")
    return float(value)


def _trl(record: dict[str, Any], name: str) -> int | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9:
        raise RecordError(name, "must be an integer from 1 to 9 or null")
    return value


def _cost(record: dict[str, Any]) -> tuple[float, float] | None:
    value = record.get("cost_usd")
    if value is None:
        return None
    if isinstance(value, list) and len(value) == 2:
        low, high = value
        if _is_amount(low) and _is_amount(high) and low <= high:
            return float(low), float(high)
    raise RecordError("cost_usd", "must be [min, max] with 0 <= min <= max, or null")


def _is_amount(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def _regions(record: dict[str, Any]) -> tuple[str, ...]:
    value = record.get("regions")
    if isinstance(value, list):
        codes = tuple([code.strip().upper() for code in value if isinstance(code, str)])
        if len(codes) == len(value) and all(codes):
            return codes
    raise RecordError("regions", 'must be a list of region codes such as "*", "CN" or "US-CA"')


def _deadline(record: dict[str, Any]) -> date | None:
    value = record.get("deadline")
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise RecordError("deadline", 'must be a date "YYYY-MM-DD" or null')


def parse_technology(record: Any) -> Technology:
    """A Technology from one decoded JSON line; RecordError names the wrong field."""
    if not isinstance(record, dict):
        raise RecordError("record", "must be a JSON object")
    return Technology(
        id=_identifier(record),
        company=_text(record, "company", required=False),
        name=_text(record, "name"),
        categories=_categories(record),
        description=_text(record, "description"),
        trl=_trl(record, "trl"),
        cost_usd=_cost(record),
        regions=_regions(record),
        co2e_reduction_t_per_year=_number(record, "co2e_reduction_t_per_year"),
    )


def parse_need(record: Any) -> Need:
    """A Need from one decoded JSON line; RecordError names the wrong field."""
    if not isinstance(record, dict):
        raise RecordError("record", "must be a JSON object")
    region = _text(record, "region", required=False).strip().upper()
    return Need(
        id=_identifier(record),
        city=_text(record, "city", required=False),
        title=_text(record, "title"),
        categories=_categories(record),
        description=_text(record, "description"),
        budget_usd=_number(record, "budget_usd"),
        min_trl=_trl(record, "min_trl"),
        region=region,
        co2e_target_t_per_year=_number(record, "co2e_target_t_per_year"),
        deadline=_deadline(record),
    )
