"""Admins manage users: a filtered list, deactivation and reactivation, team roles. Audited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _

from ..extensions import db
from ..models import Organization, Role, User
from . import audit, credentials, policy, teams
from .errors import Conflict, NotFound, PermissionDenied
from .records import ListQuery, paginate
from .validation import Field, clean

FILTER_FIELDS = (
    Field("q", "text", required=False, max_length=200, default=""),
    Field("role", "choice", required=False, choices=("", *(role.value for role in Role)), default=""),
    Field("state", "choice", required=False, choices=("", "active", "inactive"), default=""),
    Field("page", "integer", required=False, minimum=1, maximum=100_000, default=1),
)
PER_PAGE = 25


def _admin(user: User | None) -> None:
    if not policy.can_manage_users(user):
        raise PermissionDenied(_("Only admins manage users."))


def list_users(admin: User, args: Mapping[str, Any]):
    """(filters, page of users): by e-mail or organisation name, role and state; newest first."""
    _admin(admin)
    filters = clean(FILTER_FIELDS, {key: value for key, value in args.items() if value not in ("", None)})
    statement = db.select(User).outerjoin(Organization, Organization.id == User.organization_id)
    if filters["q"]:
        pattern = f"%{_escape(filters['q'].lower())}%"
        statement = statement.where(
            db.or_(User.email.like(pattern, escape="\\"), db.func.lower(Organization.name).like(pattern, escape="\\"))
        )
    if filters["role"]:
        statement = statement.where(User.role == Role(filters["role"]))
    if filters["state"]:
        statement = statement.where(User.active.is_(filters["state"] == "active"))
    statement = statement.order_by(User.created_at.desc(), User.id.desc())
    return filters, paginate(statement, ListQuery(page=filters["page"], per_page=PER_PAGE))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(_("No such user."))
    return user


def set_active(admin: User, user_id: int, active: bool) -> User:
    """Deactivate (every session and token stops at once) or reactivate a user."""
    _admin(admin)
    user = _user(user_id)
    if user.id == admin.id:
        raise Conflict(_("You cannot deactivate your own account."))
    if user.active is active:
        return user
    # Unlike leaving a team, an admin may deactivate an organisation's last owner (an abuser).
    user.active = active
    if not active:
        credentials.revoke_all(user)
    states = ("inactive", "active") if active else ("active", "inactive")
    audit.record(
        admin, "user.reactivate" if active else "user.deactivate", user, from_state=states[0], to_state=states[1]
    )
    return user


def change_team_role(admin: User, user_id: int, role: Any) -> User:
    """An admin makes a user an owner or a member of their organisation's team."""
    _admin(admin)
    user = _user(user_id)
    if user.organization is None:
        raise NotFound(_("This user belongs to no organisation."))
    return teams.change_role(admin, user.organization, user.id, role)
