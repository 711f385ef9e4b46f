"""The admin area. Every view here is for the admin role only (guarded once, below)."""

from flask import Blueprint

from ...models import Role
from ..guards import require_role

bp = Blueprint("admin", __name__, url_prefix="/admin")
require_role(bp, Role.ADMIN)

from . import (  # noqa: E402,F401
    expired,
    insights,
    mail,
    matches,
    moderation,
    routes,
    users,
)
