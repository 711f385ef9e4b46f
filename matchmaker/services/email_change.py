"""A change of e-mail address, confirmed by a link sent to the new address.

The signed-in user asks with their password; the new address gets a one-time link (stored
hashed, expiring, a credential of its own kind carrying the new address). Only when the
link is used does the address change; the old address is then told.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flask import current_app
from flask_babel import force_locale, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Credential, CredentialKind, User, utc_now
from . import audit, credentials, mail
from .accounts import EMAIL, find_by_email
from .errors import Gone, ValidationError
from .passwords import verify_password
from .validation import Field, clean

CONFIRM_PATH = "/account/email/confirm"  # the page the mail's link opens, ?token=...
KIND = CredentialKind.EMAIL_CHANGE
REQUEST_FIELDS = (
    replace(EMAIL, name="new_email", description=_l("The new e-mail address")),
    Field("password", "text", strip=False, max_length=1024),
)
TOKEN = Field("token", "text", max_length=200)
TAKEN = _l("An account with this e-mail already exists.")


def request_change(user: User, data: Mapping[str, Any]) -> str:
    """Mail a confirmation link to the new address; return it (lower-cased). Nothing changes yet."""
    cleaned = clean(REQUEST_FIELDS, data)
    if not verify_password(user.password_hash, cleaned["password"]):
        raise ValidationError({"password": _("This is not your current password.")})
    new_email = cleaned["new_email"].lower()
    if new_email == user.email:
        raise ValidationError({"new_email": _("This is already your e-mail address.")})
    if find_by_email(new_email) is not None:
        raise ValidationError({"new_email": str(TAKEN)})
    _revoke_pending(user)  # only the latest link works
    secret, row = credentials.issue(user, KIND, current_app.config["EMAIL_CHANGE_LIFETIME"])
    row.detail = new_email
    user.locale = _language()
    mail.queue(_confirmation_mail(user, new_email, secret))
    audit.record(user, "user.request_email_change", user, new_email=new_email)
    return new_email


def _language() -> str:
    locale = get_locale()
    return locale.language if locale is not None else "en"


def _revoke_pending(user: User) -> None:
    db.session.execute(
        db.update(Credential)
        .where(Credential.user_id == user.id, Credential.kind == KIND, Credential.revoked_at.is_(None))
        .values(revoked_at=utc_now())
        .execution_options(synchronize_session=False)
    )


def confirm_link(secret: str) -> str:
    return f"{current_app.config['BASE_URL']}{CONFIRM_PATH}?token={secret}"


def _confirmation_mail(user: User, new_email: str, secret: str) -> mail.Mail:
    language = user.locale or "en"
    with force_locale(language):
        subject = _("Confirm your new Matchmaker e-mail address")
        body = "\n\n".join(
            [
                _(
                    "The Matchmaker account %(old)s asked to use this address, %(new)s, from now on.",
                    old=user.email,
                    new=new_email,
                ),
                _("To confirm, open this link within 24 hours. It works once:"),
                confirm_link(secret),
                _("If you did not ask for this, ignore this mail: nothing changes."),
            ]
        )
    return mail.Mail(to=new_email, subject=subject, body=body + "\n", language=language, secret=True)


def _changed_mail(user: User, old_email: str) -> mail.Mail:
    language = user.locale or "en"
    with force_locale(language):
        subject = _("Your Matchmaker e-mail address was changed")
        body = _(
            "The e-mail address of your Matchmaker account is now %(new)s instead of %(old)s. "
            "If you did not do this, write to us at once.",
            new=user.email,
            old=old_email,
        )
    return mail.Mail(to=old_email, subject=subject, body=body + "\n", language=language)


def pending_change(token: Any) -> Credential:
    """The live e-mail change behind a link's token, or :class:`Gone`."""
    row = None
    if isinstance(token, str) and 0 < len(token) <= 200:
        row = db.session.execute(
            db.select(Credential).where(Credential.secret_hash == credentials.digest(token), Credential.kind == KIND)
        ).scalar_one_or_none()
    if row is None or row.revoked_at is not None or row.expires_at <= utc_now() or not row.user.active:
        raise _gone()
    return row


def _gone() -> Gone:
    return Gone(_("This confirmation link was already used, has expired or is unknown. Ask for a new one."))


def confirm_change(data: Mapping[str, Any]) -> User:
    """Use the link: the address changes now; the old address is told."""
    token = clean((TOKEN,), data)["token"]
    row = pending_change(token)
    user, new_email = row.user, row.detail
    if find_by_email(new_email) is not None:  # taken since the link was sent
        raise ValidationError({"new_email": str(TAKEN)}, str(TAKEN))
    if not credentials.consume(token, KIND):
        raise _gone()  # another request used it first
    old_email = user.email
    user.email = new_email
    organization = user.organization
    if organization is not None and organization.contact_email == old_email:
        organization.contact_email = new_email  # the contact followed the signing-up address
    mail.queue(_changed_mail(user, old_email))
    audit.record(user, "user.change_email", user, old_email=old_email, new_email=new_email)
    return user
