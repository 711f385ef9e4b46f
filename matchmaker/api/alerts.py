"""API for alerts, notifications, preferences and renewing listings (contracts/accounts.md)."""

from __future__ import annotations

from typing import Any

from flask import jsonify

from ..extensions import db
from ..models import Alert, Notification
from ..services import alerts, listings, needs, notifications, preferences, technologies
from . import bp
from .serializers import need_json, technology_json, timestamp
from .support import current_api_user, describe, json_body

FORBIDDEN = {403: "Not allowed for this role or this organisation"}


def alert_json(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.id,
        "kind": alert.kind.value,
        "q": alert.q,
        "categories": list(alert.categories),
        "regions": list(alert.regions),
        "frequency": alert.frequency.value,
        "created_at": timestamp(alert.created_at),
    }


def notification_json(notice: Notification) -> dict[str, Any]:
    _subject, body = notifications.render(notice)
    return {
        "id": notice.id,
        "kind": notice.kind,
        "created_at": timestamp(notice.created_at),
        "read": notice.read_at is not None,
        "link": notice.link,
        "text": body,
    }


@bp.post("/alerts")
@describe(
    "Save a search as an alert (company and city users)",
    auth=True,
    body="AlertCreate",
    responses={201: ("The alert", "Alert"), **FORBIDDEN, 409: "Too many alerts"},
)
def create_alert():
    alert = alerts.create_alert(current_api_user(), json_body())
    db.session.commit()
    return jsonify(alert_json(alert)), 201


@bp.get("/alerts")
@describe("The caller's alerts, newest first", auth=True, responses={200: ("The alerts", "Alerts")})
def list_alerts():
    return jsonify({"items": [alert_json(a) for a in alerts.alerts_of(current_api_user())]})


@bp.delete("/alerts/<int:alert_id>")
@describe("Delete one of the caller's alerts", auth=True, responses={204: "Deleted"})
def delete_alert(alert_id: int):
    alerts.delete_alert(current_api_user(), alert_id)
    db.session.commit()
    return "", 204


@bp.get("/notifications")
@describe("The caller's notifications, newest first", auth=True, responses={200: ("Notifications", "Notifications")})
def list_notifications():
    user = current_api_user()
    items = [notification_json(n) for n in notifications.recent(user)]
    return jsonify({"items": items, "unread": notifications.unread_count(user)})


@bp.get("/me/preferences")
@describe("The caller's language, time zone and mail kinds", auth=True, responses={200: ("Preferences", "Preferences")})
def get_preferences():
    return jsonify(preferences.as_dict(current_api_user()))


@bp.patch("/me/preferences")
@describe(
    "Change the caller's language, time zone or mail kinds",
    auth=True,
    body="PreferencesUpdate",
    responses={200: ("Preferences as changed", "Preferences")},
)
def update_preferences():
    user = preferences.update(current_api_user(), json_body())
    db.session.commit()
    return jsonify(preferences.as_dict(user))


@bp.post("/technologies/<int:technology_id>/renew")
@describe(
    "Keep a published (or expired) technology current for another 12 months (owner or admin)",
    auth=True,
    responses={200: ("The technology", "Technology"), **FORBIDDEN, 409: "Not published or expired"},
)
def renew_technology(technology_id: int):
    user = current_api_user()
    technology = listings.renew(user, technologies.get_technology(user, technology_id))
    db.session.commit()
    return jsonify(technology_json(technology))


@bp.post("/needs/<int:need_id>/renew")
@describe(
    "Keep an open (or expired) need current for another 12 months (owner or admin)",
    auth=True,
    responses={200: ("The need", "Need"), **FORBIDDEN, 409: "Not open or expired"},
)
def renew_need(need_id: int):
    user = current_api_user()
    need = listings.renew(user, needs.get_need(user, need_id))
    db.session.commit()
    return jsonify(need_json(need))
