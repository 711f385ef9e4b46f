"""The JSON API v1 (contracts/api.md): thin views over the service layer."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import auth, matches, openapi, organizations, outcomes, records  # noqa: E402,F401  (register the views)
