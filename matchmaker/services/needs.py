"""City needs: create, edit, open, close, delete, find and list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_
from sqlalchemy.orm import contains_eager

from ..extensions import db
from ..models import PROCUREMENT_ROUTES, Funding, Need, NeedGoal, NeedStatus, Organization, ProcurementStage, User
from . import audit, notifications, policy, search
from .errors import NotFound, PermissionDenied, ValidationError
from .funds import BANKABILITY_FIELD, FINANCE_SOUGHT, full_checklist
from .public_version import public_version
from .records import CATEGORIES_FIELD, ListQuery, matched_ids, paginate, saved, subdivision_problem
from .regions import SUBDIVISION_PATTERN
from .validation import Field, clean


def _future_date_problem(value: date) -> str | None:
    return None if value > date.today() else _("Choose a date in the future.")


NEED_FIELDS = (
    Field("title", "text", min_length=4, max_length=200, description=_l("Short title of the problem")),
    CATEGORIES_FIELD,
    Field(
        "description",
        "text",
        min_length=1,
        max_length=20_000,
        multiline=True,
        description=_l("The problem: the outcome wanted, the scale, the constraints"),
    ),
    Field(
        "budget_usd", "number", required=False, minimum=0, maximum=1e12, description=_l("The most the city can spend")
    ),
    Field("min_trl", "integer", required=False, minimum=1, maximum=9, description=_l("Least readiness accepted")),
    Field(
        "region",
        "text",
        required=False,
        max_length=6,
        checks=(subdivision_problem,),
        pattern=SUBDIVISION_PATTERN,
        description=_l("ISO 3166-2 region; the city's own by default"),
    ),
    Field(
        "co2e_target_t_per_year",
        "number",
        required=False,
        minimum=0,
        maximum=1e9,
        description=_l("Reduction wanted, t CO2e a year"),
    ),
    Field(
        "co2e_baseline_t_per_year",
        "number",
        required=False,
        minimum=0,
        maximum=1e9,
        description=_l("Emissions today, t CO2e a year"),
    ),
    Field(
        "air_quality_baseline",
        "text",
        required=False,
        max_length=200,
        default="",
        description=_l("Air quality today, with its unit: PM2.5 38 µg/m³"),
    ),
    Field(
        "procurement_route",
        "choice",
        required=False,
        choices=PROCUREMENT_ROUTES,
        default=None,
        description=_l("How the city means to buy, e.g. tender, pilot_to_contract, ppp or direct_award"),
    ),
    Field(
        "deadline",
        "date",
        required=False,
        checks=(_future_date_problem,),
        description=_l("When the city wants to start"),
    ),
    Field("goal", "choice", required=False, choices=tuple(g.value for g in NeedGoal), default=NeedGoal.EMISSIONS.value),
    Field(
        "procurement_stage",
        "choice",
        required=False,
        choices=tuple(p.value for p in ProcurementStage),
        default=ProcurementStage.EXPLORING.value,
    ),
    Field("funding", "choice", required=False, choices=tuple(f.value for f in Funding), default=Funding.FUNDED.value),
    FINANCE_SOUGHT,
    BANKABILITY_FIELD,
    Field("open_to_foreign", "boolean", required=False, default=True),
    Field("scale", "text", required=False, max_length=200, default="", description=_l("e.g. 300 buses, 50 MW")),
    Field(
        "status",
        "choice",
        required=False,
        choices=tuple(s.value for s in NeedStatus if s is not NeedStatus.EXPIRED),  # expiry is the system's
        default=NeedStatus.OPEN.value,
    ),
    Field(
        "outcome",
        "text",
        required=False,
        max_length=5000,
        multiline=True,
        description=_l("What came of it, when closing"),
    ),
)

ENUM_FIELDS = {
    "goal": NeedGoal,
    "procurement_stage": ProcurementStage,
    "funding": Funding,
    "status": NeedStatus,
}


def clean_need(
    data: Mapping[str, Any], *, partial: bool = False, past_deadline_ok: bool = False, current: Need | None = None
) -> dict[str, Any]:
    """Check need input from a form, the API or an import file.

    A new or changed deadline must lie in the future, except in bulk imports of existing
    records (``past_deadline_ok``), which may carry history. A partial change is checked
    against the ``current`` need's other values (the target against its baseline).
    """
    fields = (
        NEED_FIELDS
        if not past_deadline_ok
        else tuple(replace(f, checks=()) if f.name == "deadline" else f for f in NEED_FIELDS)
    )
    cleaned = clean(fields, data, partial=partial)
    if "bankability" in cleaned:  # every item answered, a missing one as no
        cleaned["bankability"] = full_checklist(cleaned["bankability"]) if cleaned["bankability"] is not None else {}
    if cleaned.get("region"):
        cleaned["region"] = cleaned["region"].upper()
    _check_target_within_baseline(
        cleaned.get("co2e_target_t_per_year", current.co2e_target_t_per_year if current else None),
        cleaned.get("co2e_baseline_t_per_year", current.co2e_baseline_t_per_year if current else None),
    )
    return cleaned


def _check_target_within_baseline(target: float | None, baseline: float | None) -> None:
    """A city cannot cut more than it emits: the target is a share of today's emissions."""
    if target is not None and baseline is not None and target > baseline:
        raise ValidationError(
            {"co2e_target_t_per_year": _("The cut wanted cannot be more than today's emissions (the baseline).")}
        )


def apply_values(need: Need, values: Mapping[str, Any]) -> None:
    """Set checked values (from clean_need) on a need."""
    for name, value in values.items():
        if name in ENUM_FIELDS:
            value = ENUM_FIELDS[name](value)
        if name == "region" and not value:
            continue
        setattr(need, name, value)


def search_text(need: Need) -> str:
    """What the directory's text search looks through."""
    parts = (need.title, need.description, need.organization.name, need.scale, " ".join(need.categories))
    return " ".join(part for part in parts if part)


def create_need(user: User, data: Mapping[str, Any]) -> Need:
    """A city posts a need (open unless a status is given) in its own region by default."""
    if not policy.can_create_need(user):
        raise PermissionDenied(_("Only cities post needs."))
    values = clean_need(data)
    organization = db.session.get(Organization, user.organization_id)
    need = Need(organization=organization, region=values.pop("region", None) or organization.region)
    apply_values(need, values)
    db.session.add(need)
    saved(user, need, "need", search_text(need))
    return need


def update_need(user: User, need: Need, data: Mapping[str, Any]) -> Need:
    if not policy.can_edit_need(user, need):
        raise NotFound(_("No such need."))
    values = clean_need(data, partial=True, current=need)
    if values.get("status") == NeedStatus.CLOSED.value and not (values.get("outcome") or need.outcome):
        raise ValidationError({"outcome": _("Say what came of the need when you close it.")})
    before = need.status
    apply_values(need, values)
    need.version += 1
    saved(user, need, "need", search_text(need), before=before, fields=values, note=need.outcome)
    return need


def close_past_deadlines(today: date) -> list[Need]:
    """Close every open need whose deadline is before ``today``, and tell its city.

    The system (no user) makes the same state change a city makes when it closes a need.
    """
    overdue = list(
        db.session.execute(
            db.select(Need).where(Need.status == NeedStatus.OPEN, Need.deadline < today).order_by(Need.id)
        ).scalars()
    )
    for need in overdue:
        need.status = NeedStatus.CLOSED
        need.version += 1
        saved(None, need, "need", search_text(need), before=NeedStatus.OPEN, fields=["status"], note="deadline passed")
        notifications.notify_organization(
            need.organization,
            "need_deadline_passed",
            {"title": need.title, "deadline": need.deadline.isoformat()},
            link=f"/needs/{need.id}",
        )
    return overdue


def delete_need(user: User, need: Need) -> None:
    if not policy.can_edit_need(user, need):
        raise NotFound(_("No such need."))
    audit.record(user, "need.delete", need, from_state=need.status.value, title=need.title)
    search.remove_document("need", need.id)
    db.session.delete(need)


def get_need(user: User | None, need_id: int) -> Need:
    """The need if ``user`` may see it; otherwise NotFound (its existence stays private)."""
    need = db.session.get(Need, need_id)
    if need is None or not policy.can_view_need(user, need):
        raise NotFound(_("No such need."))
    return need


def get_need_to_edit(user: User | None, need_id: int) -> Need:
    need = get_need(user, need_id)
    if not policy.can_edit_need(user, need):
        raise PermissionDenied(_("Only the city that posted this need can change it."))
    return need


def public_needs_statement():
    return (
        db.select(Need)
        .join(Need.organization)
        # The cards show the city: fill need.organization from this join, no query per card.
        .options(contains_eager(Need.organization))
        .where(policy.public_need_clause())
    )


NEED_SORTS = {
    "newest": (Need.updated_at.desc(), Need.id.desc()),
    "name": (Need.title, Need.id),
    "budget": (Need.budget_usd.desc(), Need.id),
    "deadline": (Need.deadline, Need.id),
}


def list_public_needs(query: ListQuery):
    """A page of open needs of verified cities, filtered as asked."""
    statement = public_needs_statement()
    version = public_version()  # before the data: what is kept under it is at least as new
    if query.q:
        statement = statement.where(Need.id.in_(matched_ids("need", query.q, version)))
    if query.category:
        statement = statement.where(Need.category_rows.any(slug=query.category))
    if query.region:
        statement = statement.where(Need.region == query.region)
    if query.country:
        statement = statement.where(Organization.country == query.country)
    if query.trl:
        statement = statement.where(or_(Need.min_trl.is_(None), Need.min_trl <= query.trl))
    if query.budget is not None:
        statement = statement.where(Need.budget_usd >= query.budget)
    order = NEED_SORTS.get(query.sort, NEED_SORTS["newest"])
    if query.q and query.sort == "relevance":  # best match first, newest among equals
        order = (search.relevance(query.q, Need.title, Need.description).desc(), *NEED_SORTS["newest"])
    return paginate(statement.order_by(*order), query, kind="need", version=version)


def needs_of(organization_id: int) -> list[Need]:
    return list(
        db.session.execute(
            db.select(Need).where(Need.organization_id == organization_id).order_by(Need.updated_at.desc())
        ).scalars()
    )


def public_needs_of(organization_id: int) -> list[Need]:
    return [n for n in needs_of(organization_id) if policy.is_public_need(n)]
