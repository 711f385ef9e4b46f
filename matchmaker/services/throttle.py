"""Throttling of failed log-ins, per account and per address.

Failures are rows in the database, so the limit holds across gunicorn workers and hosts
without another service. Only failures count; a success clears the account's count.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _

from ..extensions import db
from ..models import LoginFailure, utc_now
from .errors import TooManyAttempts


def _keys(email: str, address: str) -> tuple[str, str]:
    return f"account:{email.strip().lower()[:254]}", f"address:{address}"


def _recent_failures(key: str) -> int:
    since = utc_now() - current_app.config["LOGIN_FAILURE_WINDOW"]
    return db.session.execute(
        db.select(db.func.count()).select_from(LoginFailure).where(LoginFailure.key == key, LoginFailure.at > since)
    ).scalar_one()


def ensure_allowed(email: str, address: str) -> None:
    """Raise :class:`TooManyAttempts` when this account or address failed too often."""
    account_key, address_key = _keys(email, address)
    config = current_app.config
    if (
        _recent_failures(account_key) >= config["LOGIN_MAX_FAILURES_PER_ACCOUNT"]
        or _recent_failures(address_key) >= config["LOGIN_MAX_FAILURES_PER_ADDRESS"]
    ):
        minutes = int(config["LOGIN_FAILURE_WINDOW"].total_seconds() // 60)
        raise TooManyAttempts(_("Too many failed attempts. Try again in %(n)d minutes.", n=minutes))


def record_failure(email: str, address: str) -> None:
    """Count one failed attempt against the account and the address; forget old ones."""
    account_key, address_key = _keys(email, address)
    db.session.add_all([LoginFailure(key=account_key), LoginFailure(key=address_key)])
    cutoff = utc_now() - current_app.config["LOGIN_FAILURE_WINDOW"]
    db.session.execute(db.delete(LoginFailure).where(LoginFailure.at < cutoff))


def clear_account(email: str) -> None:
    """Forget the failures of an account after it signed in successfully."""
    account_key, _address_key = _keys(email, "")
    db.session.execute(db.delete(LoginFailure).where(LoginFailure.key == account_key))
