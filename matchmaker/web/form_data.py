"""Turning what people type in forms into the structured values the services check."""

from __future__ import annotations

from typing import Any


def blank_to_none(value: Any) -> Any:
    """'' (an empty input) means 'not given'."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def split_list(text: str | None, *, separator: str | None = None, upper: bool = False) -> list[str]:
    """'CN, us-ca *' -> ['CN', 'US-CA', '*'] (commas or spaces; commas only with separator=',')."""
    raw = (text or "").split(separator) if separator else (text or "").replace(",", " ").split()
    items = [item.strip() for item in raw if item.strip()]
    return [item.upper() for item in items] if upper else items


def parse_deployments(text: str | None) -> list[dict[str, Any]]:
    """'Shenzhen | 2023 | 30% less peak' lines -> deployment objects (the service checks them)."""
    deployments = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        city, year, result = ([*line.split("|", 2), "", ""])[:3]
        year = year.strip()
        deployments.append(
            {"city": city.strip(), "year": int(year) if year.isdigit() else year, "result": result.strip()}
        )
    return deployments


def parse_goals(text: str | None) -> list[dict[str, Any]]:
    """'emissions | 2030 | 40% below 2015' lines -> climate goal objects."""
    goals = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        kind, year, goal_text = ([*line.split("|", 2), "", ""])[:3]
        year = year.strip()
        goals.append(
            {
                "kind": kind.strip().lower().replace(" ", "_"),
                "year": int(year) if year.isdigit() else (year or None),
                "text": goal_text.strip(),
            }
        )
    return goals
