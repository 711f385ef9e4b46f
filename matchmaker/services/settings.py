"""Admin settings stored in the database: scoring weights, suggestions per need, minimum score."""

from __future__ import annotations

import uuid
from typing import Any

from flask_babel import gettext as _

from .. import scoring
from ..extensions import db
from ..models import Setting, User
from . import audit, changes, policy
from .errors import PermissionDenied, ValidationError

DEFAULTS: dict[str, Any] = {
    "suggestions_per_need": 10,
    "min_score": 0.25,
    "scoring_weights": {},  # empty: the engine's own defaults
}
CATALOG_TOKEN = "catalog_token"


def get(key: str) -> Any:
    row = db.session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def _put(key: str, value: Any, actor: User | None = None) -> Setting:
    row = db.session.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=value, updated_by_id=actor.id if actor else None)
        db.session.add(row)
    else:
        row.value, row.updated_by_id = value, actor.id if actor else None
    return row


def change(admin: User, values: dict[str, Any]) -> dict[str, Any]:
    """An admin changes matching settings; every change is audited with old and new value."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only admins change settings."))
    errors = {}
    top = values.get("suggestions_per_need")
    if top is not None and (not isinstance(top, int) or isinstance(top, bool) or not 1 <= top <= 50):
        errors["suggestions_per_need"] = _("Enter a whole number from 1 to 50.")
    threshold = values.get("min_score")
    if threshold is not None and (not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1):
        errors["min_score"] = _("Enter a number from 0 to 1.")
    weights = values.get("scoring_weights")
    if weights is not None:
        if not isinstance(weights, dict) or any(
            name not in scoring.SIGNALS or not isinstance(w, (int, float)) or isinstance(w, bool) or not 0 <= w <= 10
            for name, w in weights.items()
        ):
            errors["scoring_weights"] = _(
                "Give a weight from 0 to 10 for known signals only: %(names)s.", names=", ".join(scoring.SIGNALS)
            )
        elif not any(weights.values()):
            errors["scoring_weights"] = _("At least one weight must be above 0.")
    if errors:
        raise ValidationError(errors)
    changed = {}
    for key, value in values.items():
        if value is None or value == get(key):
            continue
        old = get(key)
        _put(key, value, admin)
        audit.record(admin, "setting.change", ("settings", None), key=key, old=old, new=value)
        changed[key] = value
    if changed:
        changes.everything_changed()  # suggestions are recomputed after the commit
    return changed


def catalog_token() -> str | None:
    """Changes whenever a technology that may enter matching changes (see matching)."""
    return get(CATALOG_TOKEN)


def touch_catalog() -> None:
    _put(CATALOG_TOKEN, uuid.uuid4().hex)
