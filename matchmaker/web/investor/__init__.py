"""The investor area. Every view here is for the investor role only (guarded once, below)."""

from flask import Blueprint

from ...models import Role
from ..guards import require_role

bp = Blueprint("investor", __name__, url_prefix="/investor")
require_role(bp, Role.INVESTOR, moderated=("investor.edit_fund",))

from . import routes  # noqa: E402,F401
