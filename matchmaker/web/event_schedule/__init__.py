"""Event scheduling pages: the organiser's grid, exports, availability, agendas, follow-ups.

Each view asks its service (services/event_schedule.py, services/event_agenda.py), which
checks who may act; the calendar subscription URL needs no sign-in (its token is the key).
"""

from flask import Blueprint

bp = Blueprint("event_schedule", __name__)


@bp.app_template_global("in_zone")
def in_zone(instant, zone):
    """The instant in ``zone`` (an IANA name), for templates that print a time beside its zone."""
    from ...services.event_times import in_zone as convert

    return convert(instant, zone)

from . import routes  # noqa: E402,F401
