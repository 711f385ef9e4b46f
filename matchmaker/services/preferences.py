"""A user's preferences: language, time zone and which kinds of mail they receive.

The in-app notification of every kind always stays; a kind switched off only stops its
mails. Each mail that is not a reply to the reader's own action names its kind, and
services/mail.py gives it a one-click unsubscribe link (RFC 8058) for exactly that user and
kind: a signed token (itsdangerous, with the app's SECRET_KEY), so no row per mail, valid as
long as the account is active.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import available_timezones

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, URLSafeSerializer

from ..extensions import db
from ..models import User
from . import audit
from .errors import Gone
from .validation import Field, clean

# The kinds of mail a reader can switch off, with what each covers.
MAIL_KINDS = {
    "alerts": _l("Alerts: new listings like your saved searches (at once or as a digest)"),
    "suggestions": _l("New fits: a new need fits your technology, or a new technology fits your need"),
    "listings": _l("Your listings: reminders before they expire, deadlines passed"),
    "matches": _l("Introductions and matches"),
    "messages": _l("Messages in your matches' conversations"),
    "account": _l("Your organisation's verification"),
    "events": _l("Events: registrations, meeting requests and reminders"),
}
UNSUBSCRIBE_PATH = "/unsubscribe?token="  # in the query: the access log leaves it out
PREFERENCES_PATH = "/preferences"
_SALT = "mail-unsubscribe"


def _zone_problem(value: str) -> str | None:
    return None if value in time_zones() else _("Choose a time zone of the IANA list, e.g. Asia/Shanghai.")


def _mail_problem(value: Mapping[str, Any]) -> str | None:
    for kind, on in value.items():
        if kind not in MAIL_KINDS:
            return _(
                "Unknown mail kind '%(kind)s'. Use one of: %(kinds)s.", kind=str(kind)[:40], kinds=", ".join(MAIL_KINDS)
            )
        if not isinstance(on, bool):
            return _("Say true or false for the mail kind '%(kind)s'.", kind=kind)
    return None


PREFERENCE_FIELDS = (
    Field("language", "choice", required=False, choices=("en", "zh"), description=_l("The language of pages and mail")),
    Field(
        "timezone",
        "text",
        required=False,
        max_length=64,
        checks=(_zone_problem,),
        description=_l("An IANA time zone, e.g. Asia/Shanghai"),
        example="Asia/Shanghai",
    ),
    Field(
        "mail",
        "object",
        required=False,
        checks=(_mail_problem,),
        description=_l("Mail on (true) or off (false), per kind"),
        properties={
            "properties": {kind: {"type": "boolean"} for kind in MAIL_KINDS},
            "additionalProperties": False,
        },
    ),
)


def time_zones() -> list[str]:
    """The IANA zones (tzdata), sorted, for the picker and the check."""
    return sorted(zone for zone in available_timezones() if "/" in zone or zone == "UTC")


def mail_switches(user: User) -> dict[str, bool]:
    chosen = user.mail_preferences or {}
    return {kind: bool(chosen.get(kind, True)) for kind in MAIL_KINDS}


def as_dict(user: User) -> dict[str, Any]:
    return {
        "language": user.locale or "en",
        "timezone": user.timezone or current_app.config.get("BABEL_DEFAULT_TIMEZONE", "UTC"),
        "mail": mail_switches(user),
    }


def update(user: User, data: Mapping[str, Any]) -> User:
    """Change some preferences (PATCH semantics); every value checked before any is set."""
    values = clean(PREFERENCE_FIELDS, data, partial=True)
    if values.get("language"):
        user.locale = values["language"]
    if values.get("timezone"):
        user.timezone = values["timezone"]
    if values.get("mail"):
        user.mail_preferences = {**mail_switches(user), **values["mail"]}
    audit.record(user, "user.preferences", user, fields=sorted(k for k, v in values.items() if v is not None))
    return user


def wants_mail(user: User, kind: str) -> bool:
    return mail_switches(user).get(kind, True)


# -- one-click unsubscribe ----------------------------------------------------------------------


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def unsubscribe_token(user: User, kind: str) -> str:
    return _serializer().dumps([user.id, kind])


def unsubscribe_url(user: User, kind: str) -> str:
    return f"{current_app.config['BASE_URL']}{UNSUBSCRIBE_PATH}{unsubscribe_token(user, kind)}"


def preferences_url() -> str:
    return f"{current_app.config['BASE_URL']}{PREFERENCES_PATH}"


def read_unsubscribe_token(token: str) -> tuple[User, str]:
    """The user and mail kind a link names; Gone for a forged, garbled or revoked one."""
    try:
        user_id, kind = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        raise Gone(_("This unsubscribe link is not valid (any more).")) from None
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.active or kind not in MAIL_KINDS:
        raise Gone(_("This unsubscribe link is not valid (any more)."))
    return user, kind


def unsubscribe(token: str) -> tuple[User, str]:
    """Switch off the one mail kind the link names, for the one user it names."""
    user, kind = read_unsubscribe_token(token)
    if wants_mail(user, kind):
        user.mail_preferences = {**mail_switches(user), kind: False}
        audit.record(None, "user.unsubscribe", user, kind=kind)
    return user, kind
