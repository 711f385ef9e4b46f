"""Who may do what: small pure predicates, one per rule, tested as a table.

Each takes the acting user (``None`` for an anonymous visitor) and the record. Views, the API
and the CLI never test roles themselves; they ask here.
"""

from __future__ import annotations

from ..models import Need, Organization, Role, Technology, User


def is_admin(user: User | None) -> bool:
    return user is not None and user.role is Role.ADMIN


def belongs_to(user: User | None, organization_id: int) -> bool:
    return user is not None and user.organization_id is not None and user.organization_id == organization_id


def can_view_technology(user: User | None, technology: Technology) -> bool:
    """Published technologies of verified companies are public; the rest is for owner and admins."""
    return technology.is_public or is_admin(user) or belongs_to(user, technology.organization_id)


def can_edit_technology(user: User | None, technology: Technology) -> bool:
    return is_admin(user) or belongs_to(user, technology.organization_id)


def can_create_technology(user: User | None) -> bool:
    return user is not None and user.role is Role.COMPANY and user.organization_id is not None


def can_view_need(user: User | None, need: Need) -> bool:
    """Open needs of verified cities are public; drafts and closed needs stay with owner and admins."""
    return need.is_public or is_admin(user) or belongs_to(user, need.organization_id)


def can_edit_need(user: User | None, need: Need) -> bool:
    return is_admin(user) or belongs_to(user, need.organization_id)


def can_create_need(user: User | None) -> bool:
    return user is not None and user.role is Role.CITY and user.organization_id is not None


def can_view_organization(user: User | None, organization: Organization) -> bool:
    return organization.verified or is_admin(user) or belongs_to(user, organization.id)


def can_edit_organization(user: User | None, organization: Organization) -> bool:
    return is_admin(user) or belongs_to(user, organization.id)


def can_verify_organizations(user: User | None) -> bool:
    return is_admin(user)


def can_export(user: User | None) -> bool:
    return is_admin(user)
