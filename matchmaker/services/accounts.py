"""Accounts: sign-up, log-in, sessions, tokens, admins and password changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flask import current_app
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import CredentialKind, Organization, OrganizationKind, Role, User, name_key, utc_now
from . import audit, credentials, throttle
from .errors import NotAuthenticated, ValidationError
from .passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    hash_password,
    password_problem,
    personal_password_problem,
    verify_password,
)
from .regions import SUBDIVISION_PATTERN, country_list, is_country, is_subdivision, region_in_country
from .validation import Field, clean, text_problem

SIGNUP_ROLES = (Role.COMPANY.value, Role.CITY.value, Role.INVESTOR.value)


EMAIL = Field("email", "email", max_length=254, description=_l("E-mail address"), example="ana@example.org")
PASSWORD = Field(
    "password",
    "text",
    strip=False,
    max_length=MAX_LENGTH,
    checks=(password_problem,),
    description=_l("At least 12 characters, hard to guess, without your e-mail or organisation name"),
    extra={"minLength": MIN_LENGTH},
)
ACCOUNT_FIELDS = (
    EMAIL,
    PASSWORD,
    Field("role", "choice", choices=SIGNUP_ROLES, description=_l("Kind of organisation")),
)


def _country_problem(value: str) -> str | None:
    return None if is_country(value.upper()) else _("Enter an ISO 3166-1 country code such as CN or US.")


def _region_problem(value: str) -> str | None:
    return None if is_subdivision(value.upper()) else _("Enter an ISO 3166-2 region code such as CN-GD or US-CA.")


ORGANIZATION_FIELDS = (
    Field("name", "text", min_length=2, max_length=200, description=_l("Organisation name"), example="Pearl Grid Ltd"),
    Field("country", "text", max_length=2, checks=(_country_problem,), example="CN", extra={"enum": country_list()}),
    Field(
        "region",
        "text",
        max_length=6,
        checks=(_region_problem,),
        pattern=SUBDIVISION_PATTERN,
        description=_l("ISO 3166-2 region in the country given"),
        example="CN-GD",
    ),
    Field("website", "url", required=False, max_length=300),
    Field("description", "text", required=False, max_length=5000, default="", multiline=True),
)


def signup(data: Mapping[str, Any], address: str = "") -> User:
    """Create a company or city user with its unverified organisation.

    ``data`` holds email, password, role and an ``organization`` mapping. Errors in the
    organisation are reported as ``organization.<field>``. Attempts are throttled per
    e-mail and per client ``address`` (the edge commits the count even when this raises),
    and a taken e-mail is reported only once everything else is valid, so probing which
    addresses have accounts takes a complete, unique sign-up per probe.
    """
    email = data.get("email") if isinstance(data, Mapping) else None
    throttle.count(throttle.signup_keys(email if isinstance(email, str) else "", address))
    errors: dict[str, str] = {}
    account = _collect(ACCOUNT_FIELDS, data, errors)
    organization_data = data.get("organization") if isinstance(data, Mapping) else None
    if not isinstance(organization_data, Mapping):
        errors["organization"] = _("This field is required.")
        organization = None
    else:
        organization = _collect(ORGANIZATION_FIELDS, organization_data, errors, prefix="organization.")
    if organization is not None:
        organization["country"] = organization["country"].upper()
        organization["region"] = organization["region"].upper()
        if not region_in_country(organization["region"], organization["country"]):
            errors["organization.region"] = _("This region is not in the country given.")
    if account is not None:
        problem = personal_password_problem(
            account["password"], account["email"], organization["name"] if organization else None
        )
        if problem:
            errors["password"] = problem
    if errors:
        raise ValidationError(errors)
    password_hash = hash_password(account["password"])  # before the e-mail check: same time either way
    ensure_name_free(organization["name"])
    if _email_taken(account["email"]):
        raise ValidationError({"email": _("An account with this e-mail already exists.")})

    kind = OrganizationKind(account["role"])
    org = Organization(kind=kind, contact_email=account["email"], **organization)
    user = User(
        email=account["email"],
        password_hash=password_hash,
        role=Role(account["role"]),
        organization=org,
        locale=_current_language(),
    )
    try:
        with db.session.begin_nested():  # a savepoint: only this sign-up is undone
            db.session.add_all([org, user])
    except IntegrityError:  # a concurrent sign-up took the e-mail first
        raise ValidationError({"email": _("An account with this e-mail already exists.")}) from None
    audit.record(user, "user.signup", user, to_state="unverified", organization_id=org.id)
    return user


def _collect(schema, data, errors: dict[str, str], prefix: str = "") -> dict[str, Any] | None:
    """Clean ``data`` with ``schema``, merging its field errors into ``errors``."""
    try:
        return clean(schema, data)
    except ValidationError as exc:
        if not exc.fields:
            errors[prefix.rstrip(".") or "body"] = exc.message
        errors.update({prefix + name: message for name, message in exc.fields.items()})
        return None


def _email_taken(email: str) -> bool:
    return db.session.execute(db.select(User.id).where(User.email == email)).first() is not None


def ensure_name_free(name: str, field: str = "organization.name") -> None:
    """Refuse a name another organisation already has (ignoring case and spaces)."""
    if name_taken(name):
        raise ValidationError(
            {field: _("An organisation of this name is already registered. If it is yours, ask us to add you.")}
        )


def name_taken(name: str) -> bool:
    statement = db.select(Organization.id).where(Organization.name_key == name_key(name)).limit(1)
    return db.session.execute(statement).first() is not None


def find_by_email(email: str) -> User | None:
    return db.session.execute(db.select(User).where(User.email == email.strip().lower())).scalar_one_or_none()


def authenticate(email: Any, password: Any, address: str) -> User:
    """Check an e-mail and password; throttled per account and per address.

    Raises :class:`NotAuthenticated` (one message for every wrong combination, so it does
    not reveal which accounts exist) or :class:`TooManyAttempts`.
    """
    # Text the database or the hash cannot take (NUL, lone surrogates) is simply wrong.
    email = email if isinstance(email, str) and not text_problem(email) else ""
    password = password if isinstance(password, str) and not text_problem(password, multiline=True) else ""
    keys = throttle.login_keys(email, address)
    throttle.ensure_allowed(keys)
    user = find_by_email(email) if email else None
    if not verify_password(user.password_hash if user else None, password[:1024]) or not user.active:
        throttle.count(keys)  # raises TooManyAttempts if parallel failures used the allowance up
        raise NotAuthenticated(_("Wrong e-mail or password."))
    throttle.ensure_allowed_locked(keys)
    throttle.clear(keys[0])  # this account from this address; the address keeps its count
    user.last_login_at = utc_now()
    user.locale = _current_language()
    return user


def _current_language() -> str:
    """The language the user is using now; mail to them is written in it."""
    locale = get_locale()
    return locale.language if locale is not None else "en"


def start_session(user: User) -> str:
    """Open a server-side browser session for ``user``; return its id for the cookie."""
    session_id, _row = credentials.issue(user, CredentialKind.SESSION, current_app.config["SESSION_LIFETIME"])
    user.current_session_id = session_id
    return session_id


def user_for_session(session_id: str) -> User | None:
    user = credentials.resolve(session_id, CredentialKind.SESSION)
    if user is not None:
        user.current_session_id = session_id
    return user


def end_session(session_id: str | None) -> None:
    if session_id:
        credentials.revoke(session_id, CredentialKind.SESSION)


def issue_api_token(user: User) -> tuple[str, Any]:
    """A bearer token for the API; returns the token and its expiry."""
    token, row = credentials.issue(user, CredentialKind.API_TOKEN, current_app.config["API_TOKEN_LIFETIME"])
    return token, row.expires_at


def user_for_api_token(token: str) -> User | None:
    return credentials.resolve(token, CredentialKind.API_TOKEN)


def revoke_api_token(token: str) -> bool:
    return credentials.revoke(token, CredentialKind.API_TOKEN)


def create_admin(email: str, password: str) -> User:
    """Create a platform admin (the only way to get the admin role)."""
    cleaned = clean((EMAIL, PASSWORD), {"email": email, "password": password})
    problem = personal_password_problem(cleaned["password"], cleaned["email"])
    if problem:
        raise ValidationError({"password": problem})
    if _email_taken(cleaned["email"]):
        raise ValidationError({"email": _("An account with this e-mail already exists.")})
    user = User(email=cleaned["email"], password_hash=hash_password(cleaned["password"]), role=Role.ADMIN)
    db.session.add(user)
    audit.record(None, "user.create_admin", user, to_state="active")
    return user


CHANGE_PASSWORD_FIELDS = (
    Field("current_password", "text", strip=False, max_length=1024),
    replace(PASSWORD, name="new_password"),
)


def change_password(user: User, data: Mapping[str, Any]) -> None:
    """Change ``user``'s password and end all their sessions and tokens."""
    cleaned = clean(CHANGE_PASSWORD_FIELDS, data)
    if not verify_password(user.password_hash, cleaned["current_password"]):
        raise ValidationError({"current_password": _("This is not your current password.")})
    organization_name = user.organization.name if user.organization else None
    problem = personal_password_problem(cleaned["new_password"], user.email, organization_name)
    if problem:
        raise ValidationError({"new_password": problem})
    user.password_hash = hash_password(cleaned["new_password"])
    credentials.revoke_all(user)
    audit.record(user, "user.change_password", user)
