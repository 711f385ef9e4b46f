"""Password reset by e-mail: a one-time link valid one hour, stored hashed.

The request answers the same, and does the same work, whether or not the address has an
account: a token is always generated and hashed; only a real, active account gets it stored
and mailed. Confirming uses the token up, sets the password and ends every session and
API token of the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..models import CredentialKind, User
from . import audit, credentials, mail, throttle
from .accounts import EMAIL, PASSWORD, find_by_email
from .errors import Gone, ValidationError
from .passwords import hash_password, personal_password_problem
from .validation import Field, clean

CONFIRM_PATH = "/password-reset/confirm"  # the page the mail's link opens, ?token=...
TOKEN = Field("token", "text", max_length=200, description=_l("The token from the link in the mail"))
REQUEST_FIELDS = (EMAIL,)
CONFIRM_FIELDS = (TOKEN, PASSWORD)


def request_reset(data: Mapping[str, Any], address: str = "") -> None:
    """Mail a reset link if ``data["email"]`` has an account; say nothing either way.

    Throttled per e-mail and per client ``address``.
    """
    email = data.get("email") if isinstance(data, Mapping) else None
    throttle.count(throttle.reset_keys(email if isinstance(email, str) else "", address))
    cleaned = clean(REQUEST_FIELDS, data)
    secret, _digest = credentials.new_secret()  # made whether or not it is used: same work
    user = find_by_email(cleaned["email"])
    if user is None or not user.active:
        return
    credentials.issue(user, CredentialKind.PASSWORD_RESET, current_app.config["PASSWORD_RESET_LIFETIME"], secret)
    mail.queue(_reset_mail(user, secret))
    audit.record(None, "user.request_password_reset", user)


def reset_link(secret: str) -> str:
    return f"{current_app.config['BASE_URL']}{CONFIRM_PATH}?token={secret}"


def _reset_mail(user: User, secret: str) -> mail.Mail:
    language = user.locale or "en"
    with force_locale(language):
        subject = _("Reset your Matchmaker password")
        body = "\n\n".join(
            [
                _("Someone asked to reset the password of your Matchmaker account %(email)s.", email=user.email),
                _("To choose a new password, open this link within one hour. It works once:"),
                reset_link(secret),
                _("If you did not ask for this, ignore this mail: your password stays as it is."),
            ]
        )
    return mail.Mail(to=user.email, subject=subject, body=body + "\n", language=language, secret=True)


def user_for_token(token: Any) -> User:
    """The user a live reset token belongs to, or :class:`Gone`."""
    user = credentials.resolve(token, CredentialKind.PASSWORD_RESET) if isinstance(token, str) else None
    if user is None:
        raise _gone()
    return user


def _gone() -> Gone:
    return Gone(_("This password reset link was already used, has expired or is unknown. Ask for a new one."))


def confirm_reset(data: Mapping[str, Any]) -> User:
    """Set a new password with a reset token; end every session and token of the user."""
    cleaned = clean(CONFIRM_FIELDS, data)
    user = user_for_token(cleaned["token"])
    organization_name = user.organization.name if user.organization else None
    problem = personal_password_problem(cleaned["password"], user.email, organization_name)
    if problem:
        raise ValidationError({"password": problem})
    password_hash = hash_password(cleaned["password"])
    if not credentials.consume(cleaned["token"], CredentialKind.PASSWORD_RESET):
        raise _gone()  # another request used it first
    user.password_hash = password_hash
    credentials.revoke_all(user)  # sessions, API tokens and any other reset link
    audit.record(user, "user.reset_password", user)
    return user
