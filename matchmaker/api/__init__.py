"""The JSON API v1 (contracts/api.md): thin views over the service layer."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import (  # noqa: E402,F401  (register the views)
    alerts,
    auth,
    event_schedule,
    events,
    funds,
    matches,
    openapi,
    organizations,
    outcomes,  # noqa: E402,F401  (register the views)
    records,
    teams,
)
