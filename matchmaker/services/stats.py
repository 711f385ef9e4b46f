"""Figures about matches, for the insight pages and their CSV: pure queries, no HTTP.

Every figure is computed for a :class:`Scope`: everything (admins), the matches of a city's
needs, or the matches of a company's technologies that the company may see (the rule book's
``policy.visible_matches_clause``). Each function
returns plain dicts and lists, so the pages, the CSV and the tests read the same numbers.

The admins' audit log browser lives here too: it is the other read-only view of the records.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, true
from sqlalchemy.orm import aliased, contains_eager

from ..extensions import db
from ..models import AuditEvent, Match, MatchStatus, Need, NeedCategory, Organization, Technology, User
from . import policy
from .validation import Field, clean

S = MatchStatus
# The funnel's stages in order; a match counts at every stage it reached.
FUNNEL_STAGES = ("suggested", "requested", "approved", "connected")


@dataclass(frozen=True)
class Scope:
    """Whose matches are counted: everything, or what ``viewer`` may see (the rule book's)."""

    viewer: User | None = None

    @property
    def kind(self) -> str:
        """"all", "city" or "company": what the insight pages say they count."""
        return "all" if self.viewer is None else self.viewer.role.value


EVERYTHING = Scope()


def scope_for(user: User) -> Scope:
    """Admins see everything; a city or company user the matches the rule book shows it."""
    return EVERYTHING if policy.is_admin(user) else Scope(user)


def _in_scope(scope: Scope) -> ColumnElement[bool]:
    """The WHERE clause of ``scope`` over Match joined with Need and Technology."""
    return true() if scope is EVERYTHING else policy.visible_matches_clause(scope.viewer)


def _select(scope: Scope, *columns) -> Select:
    """SELECT ``columns`` over the matches of ``scope`` (Need and Technology joined)."""
    return (
        db.select(*columns)
        .select_from(Match)
        .join(Need, Need.id == Match.need_id)
        .join(Technology, Technology.id == Match.technology_id)
        .where(_in_scope(scope))
    )


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """COUNT of the rows meeting ``condition`` (portable: no FILTER clause)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


_INTRODUCED = Match.status.in_(policy.INTRODUCED)


# --- the figures --------------------------------------------------------------------------


def status_counts(scope: Scope) -> dict[str, int]:
    """Matches per status, every status present (zero if none), in the lifecycle's order."""
    rows = db.session.execute(_select(scope, Match.status, func.count()).group_by(Match.status)).all()
    found = {status.value: count for status, count in rows}
    return {status.value: found.get(status.value, 0) for status in S}


def funnel(scope: Scope) -> list[dict[str, Any]]:
    """How many matches reached each stage, and that as a share of all suggested.

    A match counts at every stage up to the furthest it reached: an approved, connected or
    declined match was approved; a match was requested if someone asked for it or it went on
    to an introduction (admins may approve a suggestion nobody requested). A rejected match
    counts as suggested, and as requested if it had been asked for.
    """
    reached = {
        "suggested": true(),
        "requested": or_(Match.requested_at.is_not(None), Match.status.in_((S.REQUESTED, *policy.INTRODUCED))),
        "approved": _INTRODUCED,
        "connected": Match.status == S.CONNECTED,
    }
    counts = db.session.execute(_select(scope, *(_count_where(reached[stage]) for stage in FUNNEL_STAGES))).one()
    first = counts[0] or 0
    return [
        {"stage": stage, "count": int(count), "share": round(count / first, 3) if first else 0.0}
        for stage, count in zip(FUNNEL_STAGES, counts, strict=True)
    ]


def by_category(scope: Scope) -> list[dict[str, Any]]:
    """Matches per category of their need (a need in two categories counts in both), most first."""
    statement = (
        _select(scope, NeedCategory.slug, func.count(Match.id), _count_where(_INTRODUCED))
        .join(NeedCategory, NeedCategory.need_id == Match.need_id)
        .group_by(NeedCategory.slug)
    )
    rows = [
        {"category": slug, "matches": matches, "introduced": int(introduced)}
        for slug, matches, introduced in db.session.execute(statement)
    ]
    return sorted(rows, key=lambda row: (-row["matches"], row["category"]))


def by_city(scope: Scope) -> list[dict[str, Any]]:
    """Matches per city (the need's organisation), most first."""
    city = aliased(Organization)
    statement = (
        _select(scope, city.name, city.country, func.count(Match.id), _count_where(_INTRODUCED))
        .join(city, city.id == Need.organization_id)
        .group_by(city.id, city.name, city.country)
    )
    rows = [
        {"city": name, "country": country, "matches": matches, "introduced": int(introduced)}
        for name, country, matches, introduced in db.session.execute(statement)
    ]
    return sorted(rows, key=lambda row: (-row["matches"], row["city"]))


def by_country_pair(scope: Scope) -> list[dict[str, Any]]:
    """Matches per (company's country, city's country), e.g. "US→CN" (the way the technology
    travels, as the outcome insights say it), most first."""
    city, company = aliased(Organization), aliased(Organization)
    statement = (
        _select(scope, city.country, company.country, func.count(Match.id))
        .join(city, city.id == Need.organization_id)
        .join(company, company.id == Technology.organization_id)
        .group_by(city.country, company.country)
    )
    rows = [
        {"pair": f"{tech_country}→{need_country}", "matches": matches}
        for need_country, tech_country, matches in db.session.execute(statement)
    ]
    return sorted(rows, key=lambda row: (-row["matches"], row["pair"]))


def decision_times(scope: Scope) -> dict[str, Any]:
    """Median and mean hours from a match's creation to the admin's decision (decided ones only)."""
    rows = db.session.execute(
        _select(scope, Match.created_at, Match.decided_at).where(Match.decided_at.is_not(None))
    ).all()
    hours = [(decided - created).total_seconds() / 3600 for created, decided in rows]
    return {
        "decided": len(hours),
        "median_hours": round(statistics.median(hours), 1) if hours else None,
        "mean_hours": round(statistics.fmean(hours), 1) if hours else None,
    }


def overview(scope: Scope) -> dict[str, Any]:
    """Every figure of ``scope`` in one dict (what the insight pages and the CSV show)."""
    statuses = status_counts(scope)
    return {
        "total": sum(statuses.values()),
        "statuses": statuses,
        "funnel": funnel(scope),
        "categories": by_category(scope),
        "cities": by_city(scope),
        "country_pairs": by_country_pair(scope),
        "decision_times": decision_times(scope),
    }


def rows_for_csv(figures: Mapping[str, Any]) -> list[tuple[str, str, Any]]:
    """Flatten an :func:`overview` into (section, key, value) rows."""
    rows: list[tuple[str, str, Any]] = [("total", "matches", figures["total"])]
    rows += [("status", status, count) for status, count in figures["statuses"].items()]
    rows += [("funnel", stage["stage"], stage["count"]) for stage in figures["funnel"]]
    for row in figures["categories"]:
        rows += [
            ("category", row["category"], row["matches"]),
            ("category.introduced", row["category"], row["introduced"]),
        ]
    for row in figures["cities"]:
        key = f"{row['city']} ({row['country']})"
        rows += [("city", key, row["matches"]), ("city.introduced", key, row["introduced"])]
    rows += [("country_pair", row["pair"], row["matches"]) for row in figures["country_pairs"]]
    times = figures["decision_times"]
    rows += [("decision_time", key, times[key]) for key in ("decided", "median_hours", "mean_hours")]
    return rows


# --- the audit log, filtered ----------------------------------------------------------------

AUDIT_FILTERS = (
    Field("action", "text", required=False, max_length=64, default=""),
    Field("actor", "text", required=False, max_length=254, default=""),
    Field("target_type", "text", required=False, max_length=32, default=""),
    Field("date_from", "date", required=False),
    Field("date_to", "date", required=False),
    Field("page", "integer", required=False, minimum=1, default=1),
)
AUDIT_COLUMNS = ("at", "actor", "action", "target_type", "target_id", "from_state", "to_state", "note", "details")


def audit_query(args: Mapping[str, Any]) -> tuple[dict[str, Any], Select]:
    """(filters, SELECT) of audit events, newest first; raises ValidationError on bad filters.

    ``action`` is a prefix ("match." finds every match event); ``actor`` an e-mail address
    (any case); the dates are whole UTC days, both included.
    """
    filters = clean(AUDIT_FILTERS, args)
    statement = (
        db.select(AuditEvent)
        .outerjoin(AuditEvent.actor)
        .options(contains_eager(AuditEvent.actor))  # the actor's e-mail without a query per row
    )
    if filters["action"]:
        prefix = filters["action"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(AuditEvent.action.like(prefix + "%", escape="\\"))
    if filters["actor"]:
        statement = statement.where(func.lower(User.email) == filters["actor"].lower())
    if filters["target_type"]:
        statement = statement.where(AuditEvent.target_type == filters["target_type"])
    if filters["date_from"]:
        statement = statement.where(AuditEvent.at >= datetime.combine(filters["date_from"], time(), UTC))
    if filters["date_to"] and filters["date_to"] < date.max:  # the last day there is: no bound
        statement = statement.where(
            AuditEvent.at < datetime.combine(filters["date_to"] + timedelta(days=1), time(), UTC)
        )
    return filters, statement.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


def audit_target_types() -> list[str]:
    """The target types present in the log (for the filter's choices)."""
    return list(
        db.session.execute(db.select(AuditEvent.target_type).distinct().order_by(AuditEvent.target_type)).scalars()
    )


def audit_rows(statement: Select, batch: int = 1000) -> Iterator[tuple[Any, ...]]:
    """The events of ``statement`` as CSV rows (see AUDIT_COLUMNS), streamed in batches."""
    for event in db.session.execute(statement.execution_options(yield_per=batch)).scalars():
        yield (
            event.at.isoformat(timespec="seconds"),
            event.actor.email if event.actor else "",
            event.action,
            event.target_type,
            event.target_id,
            event.from_state,
            event.to_state,
            event.note,
            json.dumps(event.details, ensure_ascii=False, sort_keys=True) if event.details else "",
        )
