"""The city area. Every view here is for the city role only (guarded once, below)."""

from flask import Blueprint

from ...models import Role
from ..guards import require_role

bp = Blueprint("city", __name__, url_prefix="/city")
require_role(bp, Role.CITY, moderated=("city.edit_need",))

from . import insights, routes  # noqa: E402,F401
