"""Funds: an investor's mandate (contract financing.md), created, changed, listed and read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import BANKABILITY, Fund, FundTarget, Instrument, Organization, User
from . import audit, policy
from .errors import NotFound, PermissionDenied
from .records import CATEGORIES_FIELD, served_region_problem
from .regions import SERVED_REGION_PATTERN
from .validation import Field, clean

# The largest amount any field of money takes: a trillion dollars.
MAX_USD = 1e12

FUND_FIELDS = (
    Field("name", "text", min_length=2, max_length=200, description=_l("Fund name")),
    Field("description", "text", required=False, max_length=5000, multiline=True, default=""),
    Field("description_zh", "text", required=False, max_length=5000, multiline=True, default=""),
    CATEGORIES_FIELD,
    Field(
        "regions",
        "list",
        required=False,
        item=Field("region", "text", max_length=6, checks=(served_region_problem,), pattern=SERVED_REGION_PATTERN),
        min_items=1,
        max_items=50,
        default=["*"],
        description=_l("Where the fund invests: '*', CN, US-CA…"),
        example=["*"],
    ),
    Field(
        "ticket_usd",
        "range",
        minimum=1,
        maximum=MAX_USD,
        description=_l("Ticket size, [min, max] US dollars"),
        example=[1000000, 10000000],
    ),
    Field(
        "instruments",
        "list",
        item=Field("instrument", "choice", choices=tuple(i.value for i in Instrument)),
        min_items=1,
        max_items=len(Instrument),
        example=["equity"],
    ),
    Field(
        "targets",
        "list",
        item=Field("target", "choice", choices=tuple(t.value for t in FundTarget)),
        min_items=1,
        max_items=len(FundTarget),
        description=_l("What the fund finances: technologies, city projects (needs) or both"),
        example=["technologies"],
    ),
    Field("min_trl", "integer", required=False, minimum=1, maximum=9, description=_l("Least readiness it takes")),
)

# Fields the technology and need forms and APIs gain (contract financing.md).
SEEKING_INVESTMENT = Field(
    "seeking_investment_usd",
    "number",
    required=False,
    minimum=1,
    maximum=MAX_USD,
    description=_l("What the company is raising for this technology, US dollars"),
)
FINANCE_SOUGHT = Field(
    "finance_sought_usd",
    "number",
    required=False,
    minimum=1,
    maximum=MAX_USD,
    description=_l("Finance the city seeks for this need, US dollars"),
)
BANKABILITY_SCHEMA = {
    "properties": {key: {"type": "boolean"} for key in BANKABILITY},
    "additionalProperties": False,
}


def _bankability_problem(value: Mapping[str, Any]) -> str | None:
    unknown = [key for key in value if key not in BANKABILITY]
    if unknown:
        keys = ", ".join(BANKABILITY)
        return _("Unknown checklist item '%(key)s'. Use: %(keys)s.", key=str(unknown[0])[:40], keys=keys)
    if not all(isinstance(answer, bool) for answer in value.values()):
        return _("Answer each checklist item with true or false.")
    return None


BANKABILITY_FIELD = Field(
    "bankability",
    "object",
    required=False,
    checks=(_bankability_problem,),
    properties=BANKABILITY_SCHEMA,
    description=_l("Bankability checklist of a need seeking finance"),
)


def full_checklist(answers: Mapping[str, bool] | None) -> dict[str, bool]:
    """Every checklist item, False where not answered."""
    return {key: bool((answers or {}).get(key)) for key in BANKABILITY}


def readiness(answers: Mapping[str, bool] | None) -> int:
    """How many of the bankability questions a need answers yes (0 to 5)."""
    return sum(full_checklist(answers).values())


def clean_fund(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Check fund input from a form or the API."""
    cleaned = clean(FUND_FIELDS, data, partial=partial)
    if "regions" in cleaned:
        cleaned["regions"] = [code.strip().upper() for code in cleaned["regions"] or ["*"]]
    return cleaned


def _apply(fund: Fund, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if name == "ticket_usd":
            fund.ticket_min_usd, fund.ticket_max_usd = value
        else:
            setattr(fund, name, value)


def create_fund(user: User, data: Mapping[str, Any]) -> Fund:
    """An investor describes a fund; it is public once the investor is verified."""
    if not policy.can_create_fund(user):
        raise PermissionDenied(_("Only investors create funds."))
    values = clean_fund(data)
    fund = Fund(organization=db.session.get(Organization, user.organization_id))
    _apply(fund, values)
    db.session.add(fund)
    audit.record(user, "fund.create", fund)
    return fund


def update_fund(user: User, fund: Fund, data: Mapping[str, Any]) -> Fund:
    if not policy.can_edit_fund(user, fund):
        raise NotFound(_("No such fund."))
    values = clean_fund(data, partial=True)
    _apply(fund, values)
    db.session.flush()
    audit.record(user, "fund.update", fund, fields=sorted(values))
    return fund


def delete_fund(user: User, fund: Fund) -> None:
    if not policy.can_edit_fund(user, fund):
        raise NotFound(_("No such fund."))
    audit.record(user, "fund.delete", fund, name=fund.name)
    db.session.delete(fund)


def get_fund(user: User | None, fund_id: int) -> Fund:
    """The fund if ``user`` may see it; otherwise NotFound (its existence stays private)."""
    fund = db.session.get(Fund, fund_id)
    if fund is None or not policy.can_view_fund(user, fund):
        raise NotFound(_("No such fund."))
    return fund


def get_fund_to_edit(user: User | None, fund_id: int) -> Fund:
    fund = get_fund(user, fund_id)
    if not policy.can_edit_fund(user, fund):
        raise PermissionDenied(_("Only the investor of this fund can change it."))
    return fund


def visible_funds_statement(user: User | None, category: str | None = None):
    """The funds ``user`` may see, newest first; ``category`` keeps those that finance it."""
    statement = db.select(Fund).join(Fund.organization).where(policy.visible_funds_clause(user))
    if category:
        # JSON arrays hold the slugs; a quoted slug cannot occur inside another slug.
        statement = statement.where(db.cast(Fund.categories, db.String).contains(f'"{category}"'))
    return statement.order_by(Fund.created_at.desc(), Fund.id.desc())


def funds_of(organization_id: int) -> list[Fund]:
    return list(
        db.session.execute(
            db.select(Fund).where(Fund.organization_id == organization_id).order_by(Fund.created_at.desc())
        ).scalars()
    )
