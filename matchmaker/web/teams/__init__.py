"""Teams, e-mail changes and joint needs' partner cities: pages for signed-in members, and
the two pages a mailed link opens (accepting an invitation, confirming a new address)."""

from flask import Blueprint

bp = Blueprint("teams", __name__)

from . import routes  # noqa: E402,F401
