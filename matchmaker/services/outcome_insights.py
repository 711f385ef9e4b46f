"""The insights beyond connection (issue 10, item "Insights"): pure queries, no HTTP.

The funnel of connected matches (connected → pilot → contract → operating, and how many
stopped, after which stage), the median days between stages, and contract value and
reductions by technology category and by country pair (the company's country → the city's).
Reductions stay in their three kinds (verified, reported, estimated, as
:func:`outcomes.reduction` tells them); nothing here adds one kind to another. Contract
values are in US dollars at the repository's rate table, whose date and source go with the
figures.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Match, MatchStage, MatchStatus, Need, Technology
from . import currency, outcomes

G = MatchStage
# The steps whose median duration is shown: each stage to the next, and connection to operation.
STEPS = (
    (G.CONNECTED, G.PILOT),
    (G.PILOT, G.CONTRACT),
    (G.CONTRACT, G.OPERATING),
    (G.CONNECTED, G.OPERATING),
)
KINDS = ("verified", "reported", "estimated")


def connected_matches() -> list[Match]:
    """Every connected match with what the figures read (history, parties, categories)."""
    statement = (
        db.select(Match)
        .where(Match.status == MatchStatus.CONNECTED)
        .options(
            selectinload(Match.stage_entries),
            selectinload(Match.need).selectinload(Need.organization),
            selectinload(Match.technology).selectinload(Technology.organization),
            selectinload(Match.technology).selectinload(Technology.category_rows),
        )
        .order_by(Match.id)
    )
    return list(db.session.execute(statement).scalars())


def figures(items: list[Match] | None = None) -> dict[str, Any]:
    """Every figure of the page and its CSV, over ``items`` (default: every connected match)."""
    items = connected_matches() if items is None else items
    contracted = [match for match in items if outcomes.current_stage(match) in outcomes.CONTRACTED]
    table = currency.rates()
    return {
        "connected": len(items),
        "funnel": funnel(items),
        "stopped": stopped_after(items),
        "durations": durations(items),
        "categories": grouped(contracted, lambda match: match.technology.categories),
        "country_pairs": grouped(contracted, lambda match: [country_pair(match)]),
        "unconverted": sum(1 for match in contracted if outcomes.contract_value_usd(match) is None),
        "rates": {"date": table.date, "source": table.source},
    }


# --- the funnel --------------------------------------------------------------------------------


def furthest(match: Match) -> MatchStage:
    """The furthest forward stage a match reached (a stopped one: where it was when it stopped)."""
    reached = {G.CONNECTED, outcomes.current_stage(match), *(entry.stage for entry in match.stage_entries)}
    return max((stage for stage in outcomes.FORWARD if stage in reached), key=outcomes.FORWARD.index)


def funnel(items: list[Match]) -> list[dict[str, Any]]:
    """Matches that reached at least each stage (a skipped pilot counts as passed), share of connected."""
    positions = [outcomes.FORWARD.index(furthest(match)) for match in items]
    rows = []
    for index, stage in enumerate(outcomes.FORWARD):
        count = sum(1 for position in positions if position >= index)
        rows.append({"stage": stage.value, "count": count, "share": round(count / len(items), 3) if items else 0.0})
    return rows


def stopped_after(items: list[Match]) -> dict[str, Any]:
    """How many stopped, and after which stage (the furthest they had reached)."""
    after = dict.fromkeys((stage.value for stage in outcomes.FORWARD), 0)
    for match in items:
        if outcomes.current_stage(match) is G.STOPPED:
            after[furthest(match).value] += 1
    return {"total": sum(after.values()), "after": after}


# --- time between stages ------------------------------------------------------------------------


def stage_dates(match: Match) -> dict[MatchStage, date]:
    """The day each stage was first reached, from the match's history."""
    dates: dict[MatchStage, date] = {}
    for entry in match.stage_entries:  # oldest first
        dates.setdefault(entry.stage, entry.date)
    return dates


def durations(items: list[Match]) -> list[dict[str, Any]]:
    """For each step of STEPS: how many matches made it (both dates known) and the median days."""
    histories = [stage_dates(match) for match in items]
    rows = []
    for start, end in STEPS:
        days = [(dates[end] - dates[start]).days for dates in histories if start in dates and end in dates]
        rows.append(
            {
                "from": start.value,
                "to": end.value,
                "matches": len(days),
                "median_days": round(statistics.median(days), 1) if days else None,
            }
        )
    return rows


# --- contract value and reductions by group -----------------------------------------------------


def country_pair(match: Match) -> str:
    """The company's country, then the city's: "CN→US" (the way the technology travels)."""
    return f"{match.technology.organization.country}→{match.need.organization.country}"


def grouped(items: Iterable[Match], keys_of: Callable[[Match], list[str]]) -> list[dict[str, Any]]:
    """Per key: contracts, their value in USD and their reductions by kind, most value first.

    A match with two keys (a technology in two categories) counts in both.
    """
    groups: dict[str, dict[str, Any]] = {}
    for match in items:
        value = outcomes.contract_value_usd(match)
        figure, kind = outcomes.reduction(match)
        for key in keys_of(match):
            row = groups.setdefault(
                key, {"key": key, "contracts": 0, "contract_value_usd": 0.0, **{f"{k}_t": 0.0 for k in KINDS}}
            )
            row["contracts"] += 1
            row["contract_value_usd"] += value or 0.0
            if kind in KINDS:
                row[f"{kind}_t"] += figure or 0.0
    return sorted(groups.values(), key=lambda row: (-row["contract_value_usd"], row["key"]))


# --- the CSV ------------------------------------------------------------------------------------

GROUP_COLUMNS = ("contracts", "contract_value_usd", "verified_t", "reported_t", "estimated_t")


def rows_for_csv(result: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """The figures as (section, key, value) rows, like the other insight CSVs."""
    rows: list[tuple[str, str, Any]] = [("total", "connected", result["connected"])]
    rows += [("funnel", row["stage"], row["count"]) for row in result["funnel"]]
    rows.append(("stopped", "total", result["stopped"]["total"]))
    rows += [("stopped.after", stage, count) for stage, count in result["stopped"]["after"].items()]
    for row in result["durations"]:
        step = f"{row['from']}→{row['to']}"
        median = "" if row["median_days"] is None else row["median_days"]
        rows += [("days.matches", step, row["matches"]), ("days.median", step, median)]
    for section, name in (("categories", "category"), ("country_pairs", "country_pair")):
        for row in result[section]:
            rows += [(f"{name}.{column}", row["key"], row[column]) for column in GROUP_COLUMNS]
    rows.append(("contracts", "without_rate", result["unconverted"]))
    rows += [("rates", "date", result["rates"]["date"]), ("rates", "source", result["rates"]["source"])]
    return rows
