"""Technologies: create, edit, publish, archive, delete, find and list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_
from sqlalchemy.orm import contains_eager

from ..extensions import db
from ..models import Organization, Technology, TechnologyStatus, User
from . import audit, changes, policy, search
from .errors import NotFound, PermissionDenied
from .funds import SEEKING_INVESTMENT
from .public_version import public_version
from .records import CATEGORIES_FIELD, ListQuery, matched_ids, paginate, saved, served_region_problem
from .regions import SERVED_REGION_PATTERN
from .validation import Field, clean, text_pattern


def _deployment_problem(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return _("Each reference deployment needs a city, a year and a result.")
    city, year, result = value.get("city"), value.get("year"), value.get("result", "")
    if not isinstance(city, str) or not city.strip() or len(city) > 100:
        return _("Give the city of each reference deployment (at most 100 characters).")
    if not isinstance(year, int) or isinstance(year, bool) or not 1950 <= year <= 2100:
        return _("Give the year of each reference deployment (1950 to 2100).")
    if not isinstance(result, str) or len(result) > 500:
        return _("Describe the result of each reference deployment in at most 500 characters.")
    return None


DEPLOYMENT_SCHEMA = {
    "required": ["city", "year"],
    "properties": {
        "city": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": text_pattern()},
        "year": {"type": "integer", "minimum": 1950, "maximum": 2100},
        "result": {"type": "string", "maxLength": 500, "pattern": text_pattern(multiline=True, strip=False)},
    },
}

TECHNOLOGY_FIELDS = (
    Field("name", "text", min_length=2, max_length=200, description=_l("Technology or product name")),
    CATEGORIES_FIELD,
    Field(
        "description",
        "text",
        min_length=1,
        max_length=20_000,
        multiline=True,
        description=_l("What it does, where it works"),
    ),
    Field("trl", "integer", required=False, minimum=1, maximum=9, description=_l("Technology readiness level 1–9")),
    Field(
        "cost_usd",
        "range",
        required=False,
        minimum=0,
        maximum=1e12,
        description=_l("Typical cost of one deployment, [min, max] US dollars"),
    ),
    Field(
        "regions",
        "list",
        item=Field("region", "text", max_length=6, checks=(served_region_problem,), pattern=SERVED_REGION_PATTERN),
        min_items=1,
        max_items=50,
        messages={"min_items": _l("Choose where you deliver: anywhere, or countries and regions.")},
        description=_l("Where the company delivers: '*', CN, US-CA…"),
        example=["*"],
    ),
    Field(
        "co2e_reduction_t_per_year",
        "number",
        required=False,
        minimum=0,
        maximum=1e9,
        description=_l("Typical reduction of one deployment, t CO2e a year"),
    ),
    Field(
        "reference_deployments",
        "list",
        required=False,
        max_items=20,
        default=[],
        item=Field("deployment", "object", checks=(_deployment_problem,), properties=DEPLOYMENT_SCHEMA),
    ),
    Field(
        "certifications",
        "list",
        required=False,
        max_items=20,
        default=[],
        item=Field("certification", "text", max_length=100),
    ),
    Field("offers_financing", "boolean", required=False, default=False),
    Field("offers_pilots", "boolean", required=False, default=False),
    SEEKING_INVESTMENT,
    Field(
        "status",
        "choice",
        required=False,
        choices=tuple(s.value for s in TechnologyStatus if s is not TechnologyStatus.EXPIRED),
        default=TechnologyStatus.PUBLISHED.value,
    ),
)


def clean_technology(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Check technology input from a form, the API or an import file."""
    cleaned = clean(TECHNOLOGY_FIELDS, data, partial=partial)
    if "regions" in cleaned:
        cleaned["regions"] = [code.strip().upper() for code in cleaned["regions"]]
    if cleaned.get("reference_deployments"):
        cleaned["reference_deployments"] = [
            {"city": d["city"].strip(), "year": d["year"], "result": d.get("result", "").strip()}
            for d in cleaned["reference_deployments"]
        ]
    return cleaned


def apply_values(technology: Technology, values: Mapping[str, Any]) -> None:
    """Set checked values (from clean_technology) on a technology."""
    for name, value in values.items():
        if name == "cost_usd":
            technology.cost_min_usd, technology.cost_max_usd = value if value else (None, None)
        elif name == "status":
            technology.status = TechnologyStatus(value)
        else:
            setattr(technology, name, value)


def search_text(technology: Technology) -> str:
    """What the directory's text search looks through."""
    parts = (
        technology.name,
        technology.description,
        technology.organization.name,
        " ".join(technology.categories),
        " ".join(technology.certifications),
    )
    return " ".join(part for part in parts if part)


def create_technology(user: User, data: Mapping[str, Any]) -> Technology:
    """A company registers a technology (published unless a status is given)."""
    if not policy.can_create_technology(user):
        raise PermissionDenied(_("Only companies register technologies."))
    values = clean_technology(data)
    technology = Technology(organization_id=user.organization_id)
    technology.organization = db.session.get(Organization, user.organization_id)
    apply_values(technology, values)
    db.session.add(technology)
    saved(user, technology, "technology", search_text(technology))
    return technology


def update_technology(user: User, technology: Technology, data: Mapping[str, Any]) -> Technology:
    """Change some fields (PATCH semantics); a change that can alter matching raises the version."""
    if not policy.can_edit_technology(user, technology):
        raise NotFound(_("No such technology."))
    values = clean_technology(data, partial=True)
    before = technology.status
    apply_values(technology, values)
    technology.version += 1
    saved(user, technology, "technology", search_text(technology), before=before, fields=values)
    return technology


def delete_technology(user: User, technology: Technology) -> None:
    if not policy.can_edit_technology(user, technology):
        raise NotFound(_("No such technology."))
    audit.record(user, "technology.delete", technology, from_state=technology.status.value, name=technology.name)
    search.remove_document("technology", technology.id)
    db.session.delete(technology)
    changes.everything_changed()  # its matches go with it: every need may take another


def get_technology(user: User | None, technology_id: int) -> Technology:
    """The technology if ``user`` may see it; otherwise NotFound (its existence stays private)."""
    technology = db.session.get(Technology, technology_id)
    if technology is None or not policy.can_view_technology(user, technology):
        raise NotFound(_("No such technology."))
    return technology


def get_technology_to_edit(user: User | None, technology_id: int) -> Technology:
    technology = get_technology(user, technology_id)
    if not policy.can_edit_technology(user, technology):
        raise PermissionDenied(_("Only the company that registered this technology can change it."))
    return technology


def public_technologies_statement():
    return (
        db.select(Technology)
        .join(Technology.organization)
        # The cards show the company: fill technology.organization from this join, no query per card.
        .options(contains_eager(Technology.organization))
        .where(policy.public_technology_clause())
    )


TECHNOLOGY_SORTS = {
    "newest": (Technology.updated_at.desc(), Technology.id.desc()),
    "name": (Technology.name, Technology.id),
    "trl": (Technology.trl.desc(), Technology.id),
    "cost": (Technology.cost_min_usd, Technology.id),
}


def list_public_technologies(query: ListQuery):
    """A page of the public directory, filtered as asked."""
    statement = public_technologies_statement()
    version = public_version()  # before the data: what is kept under it is at least as new
    if query.q:
        statement = statement.where(Technology.id.in_(matched_ids("technology", query.q, version)))
    if query.category:
        statement = statement.where(Technology.category_rows.any(slug=query.category))
    if query.region:
        country = query.region.split("-")[0]
        statement = statement.where(
            or_(*(Technology.regions_text.contains(f" {code} ") for code in ("*", country, query.region)))
        )
    if query.country:
        statement = statement.where(Organization.country == query.country)
    if query.trl:
        statement = statement.where(Technology.trl >= query.trl)
    if query.budget is not None:
        statement = statement.where(or_(Technology.cost_min_usd.is_(None), Technology.cost_min_usd <= query.budget))
    order = TECHNOLOGY_SORTS.get(query.sort, TECHNOLOGY_SORTS["newest"])
    if query.q and query.sort == "relevance":  # best match first, newest among equals
        order = (search.relevance(query.q, Technology.name, Technology.description).desc(), *TECHNOLOGY_SORTS["newest"])
    return paginate(statement.order_by(*order), query, kind="technology", version=version)


def technologies_of(organization_id: int) -> list[Technology]:
    return list(
        db.session.execute(
            db.select(Technology)
            .where(Technology.organization_id == organization_id)
            .order_by(Technology.updated_at.desc())
        ).scalars()
    )


def public_technologies_of(organization_id: int) -> list[Technology]:
    return [t for t in technologies_of(organization_id) if policy.is_public_technology(t)]
