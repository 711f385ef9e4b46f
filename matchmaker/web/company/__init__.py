"""The company area. Every view here is for the company role only (guarded once, below)."""

from flask import Blueprint

from ...models import Role
from ..guards import require_role

bp = Blueprint("company", __name__, url_prefix="/company")
require_role(bp, Role.COMPANY, moderated=("company.edit_technology",))

from . import insights, routes  # noqa: E402,F401
