"""API for scheduling an event's meetings and for a participant's agenda (contracts/events.md)."""

from __future__ import annotations

from flask import Response, jsonify
from flask_login import current_user

from ..extensions import db
from ..models import User
from ..services import event_agenda, event_schedule
from . import bp
from .support import current_api_user, describe, optional_user


@bp.post("/events/<int:event_id>/schedule")
@describe(
    "Give every accepted meeting without a time a slot and a table (admins); placed meetings stay put",
    auth=True,
    responses={200: ("How many were placed now, and the accepted meetings still without a time", "ScheduleResult"),
               403: "Not an organiser"},
)
def schedule_event(event_id: int):
    outcome = event_schedule.schedule_event(current_api_user(), event_id)
    db.session.commit()
    return jsonify(scheduled=outcome.scheduled, unscheduled=outcome.unscheduled)


@bp.get("/events/<int:event_id>/agenda.ics")
@describe(
    "The caller's scheduled meetings as an iCalendar file (a confirmed participant; Bearer token or session)",
    auth=True,
    responses={200: "text/calendar (RFC 5545): one VEVENT per meeting, TZID and VTIMEZONE of the event's zone",
               403: "Not a confirmed participant"},
)
def agenda_ics(event_id: int):
    user = _token_or_session_user()
    body = event_agenda.agenda_ics(user, event_id)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": f'attachment; filename="agenda-event-{event_id}.ics"',
        "Cache-Control": "private, no-store",
    })


def _token_or_session_user() -> User:
    """The bearer token's user; without a token, the signed-in browser session's; else 401."""
    user = optional_user()
    if user is None and current_user.is_authenticated:
        return current_user._get_current_object()
    return user if user is not None else current_api_user()
