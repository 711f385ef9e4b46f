"""Alerts, preferences, one-click unsubscribe and renewing listings (issue 12 items 4-6)."""

from flask import Blueprint

bp = Blueprint("alerts", __name__)

from . import routes  # noqa: E402,F401
