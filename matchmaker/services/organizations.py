"""Organisation profiles and their verification by admins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Organization, OrganizationKind, User, utc_now
from . import audit, changes, notifications, policy
from .accounts import ORGANIZATION_FIELDS
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .needs import needs_of
from .records import paginate
from .regions import region_in_country
from .validation import Field, clean


def _goal_problem(value: Mapping[str, Any]) -> str | None:
    kind, text, year = value.get("kind"), value.get("text"), value.get("year")
    if kind not in ("emissions", "air_quality", "other"):
        return _("Each goal needs a kind: emissions, air_quality or other.")
    if not isinstance(text, str) or not 3 <= len(text.strip()) <= 300:
        return _("Describe each goal in 3 to 300 characters.")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100):
        return _("Give the goal's year between 2000 and 2100.")
    return None


PROFILE_FIELDS = (
    *ORGANIZATION_FIELDS,
    Field("contact_name", "text", required=False, max_length=200, default=""),
    Field("contact_email", "email", required=False, max_length=254),
    Field(
        "languages",
        "list",
        required=False,
        default=[],
        max_items=2,
        item=Field("language", "choice", choices=("en", "zh")),
    ),
    Field(
        "climate_goals",
        "list",
        required=False,
        default=[],
        max_items=10,
        item=Field("goal", "object", checks=(_goal_problem,)),
        description=_l("Cities' climate and air-quality goals"),
    ),
)


def update_profile(user: User, organization: Organization, data: Mapping[str, Any]) -> Organization:
    """The organisation's own members (or an admin) edit its profile."""
    if not policy.can_edit_organization(user, organization):
        raise PermissionDenied(_("You can only edit your own organisation."))
    values = clean(PROFILE_FIELDS, data, partial=True)
    country = (values.get("country") or organization.country).upper()
    region = (values.get("region") or organization.region).upper()
    if not region_in_country(region, country):
        raise ValidationError({"region": _("This region is not in the country given.")})
    values["country"], values["region"] = country, region
    if not values.get("contact_email"):
        values.pop("contact_email", None)
    if organization.kind is OrganizationKind.COMPANY:
        values.pop("climate_goals", None)
    for name, value in values.items():
        setattr(organization, name, value)
    audit.record(user, "organization.update", organization, fields=sorted(values))
    return organization


def get_organization(user: User | None, organization_id: int) -> Organization:
    organization = db.session.get(Organization, organization_id)
    if organization is None or not policy.can_view_organization(user, organization):
        raise NotFound(_("No such organisation."))
    return organization


def verification_queue(verified: bool | None, page: int = 1, per_page: int = 20):
    """Organisations by verification state, oldest first (the admins' queue)."""
    from .records import ListQuery

    statement = db.select(Organization).order_by(Organization.created_at, Organization.id)
    if verified is not None:
        statement = statement.where(Organization.verified.is_(verified))
    return paginate(statement, ListQuery(page=page, per_page=per_page))


def verify(admin: User, organization: Organization) -> Organization:
    """An admin verifies an organisation: it and its published records become public."""
    if not policy.can_verify_organizations(admin):
        raise PermissionDenied(_("Only admins verify organisations."))
    if organization.verified:
        raise Conflict(_("This organisation is already verified."))
    before = "rejected" if organization.rejection_reason else "unverified"
    organization.verified = True
    organization.verified_at = utc_now()
    organization.verified_by_id = admin.id
    organization.rejection_reason = None
    audit.record(admin, "organization.verify", organization, from_state=before, to_state="verified")
    _visibility_changed(organization)
    notifications.notify_organization(organization, "organization_verified", {"name": organization.name})
    return organization


def reject(admin: User, organization: Organization, reason: Any) -> Organization:
    """An admin refuses verification, with a reason the organisation is told."""
    if not policy.can_verify_organizations(admin):
        raise PermissionDenied(_("Only admins verify organisations."))
    reason = clean((Field("reason", "text", min_length=3, max_length=2000),), {"reason": reason})["reason"]
    before = "verified" if organization.verified else "unverified"
    organization.verified = False
    organization.verified_at = None
    organization.rejection_reason = reason
    audit.record(admin, "organization.reject", organization, from_state=before, to_state="rejected", note=reason)
    _visibility_changed(organization)
    notifications.notify_organization(
        organization, "organization_rejected", {"name": organization.name, "reason": reason}
    )
    return organization


def _visibility_changed(organization: Organization) -> None:
    """Its records entered or left the public catalogue: matching must follow."""
    if organization.is_company:
        changes.everything_changed()
    else:
        for need in needs_of(organization.id):
            changes.need_changed(need.id)
