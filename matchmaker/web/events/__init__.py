"""Event pages: the public list and event page, registration, the participants' directory with
recommendations, the meetings overview, and the organiser's pages (each rule in services.events)."""

from flask import Blueprint

bp = Blueprint("events", __name__)

from . import routes  # noqa: E402,F401
