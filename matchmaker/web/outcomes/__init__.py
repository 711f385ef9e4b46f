"""After connection: stage moves on a match's page, the check-in answers, each organisation's
progress page, the admins' stalled list, and the public showcase (services/outcomes.py)."""

from flask import Blueprint

bp = Blueprint("outcomes", __name__)

from . import routes  # noqa: E402,F401
