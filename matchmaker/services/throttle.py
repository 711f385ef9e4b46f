"""Throttling of log-ins and sign-ups, with a growing back-off instead of a hard lock.

Each limit counts attempts under one key, a row of ``throttles``: failed log-ins per
(account, address) and per address, sign-ups per e-mail address and per client address.
A key has a free allowance; the attempt that uses it up blocks the key for
``THROTTLE_BACKOFF``, and every further attempt after a block doubles the block (up to
``THROTTLE_BACKOFF_MAX``). A key that stayed quiet for ``THROTTLE_WINDOW`` after its last
attempt (or block) starts afresh. An account is never locked as such: its owner signs in
from another address while a guesser is held back at theirs.

The rows live in the database, so the limits hold across gunicorn workers and hosts. They
are exact under concurrency: each counting step locks its rows (``SELECT … FOR UPDATE`` on
PostgreSQL; on SQLite the writer's ``BEGIN IMMEDIATE`` already serialises), always in the
same order, so of 40 parallel tries exactly the allowance gets through.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import Throttle, utc_now
from .errors import TooManyAttempts
from .validation import text_problem

LOGIN = "login"  # failed log-ins of one account from one address
LOGIN_ADDRESS = "login-address"  # failed log-ins from one address, any account
SIGNUP = "signup"  # sign-up attempts with one e-mail address
SIGNUP_ADDRESS = "signup-address"  # sign-up attempts from one client address
RESET = "reset"  # password-reset requests for one e-mail address
RESET_ADDRESS = "reset-address"  # password-reset requests from one client address

ALLOWANCE_SETTINGS = {
    LOGIN: "LOGIN_FAILURES_PER_ACCOUNT_ADDRESS",
    LOGIN_ADDRESS: "LOGIN_FAILURES_PER_ADDRESS",
    SIGNUP: "SIGNUPS_PER_EMAIL",
    SIGNUP_ADDRESS: "SIGNUPS_PER_ADDRESS",
    RESET: "PASSWORD_RESETS_PER_EMAIL",
    RESET_ADDRESS: "PASSWORD_RESETS_PER_ADDRESS",
}


@dataclass(frozen=True, order=True)
class Key:
    scope: str
    subject: str  # the e-mail address, lower-cased; "" for per-address limits
    address: str


def login_keys(email: str, address: str) -> list[Key]:
    return [Key(LOGIN, _email(email), address[:64]), Key(LOGIN_ADDRESS, "", address[:64])]


def signup_keys(email: str, address: str) -> list[Key]:
    keys = [Key(SIGNUP_ADDRESS, "", address[:64])]
    if _email(email):  # no shared bucket for forms sent without an e-mail
        keys.append(Key(SIGNUP, _email(email), ""))
    return keys


def reset_keys(email: str, address: str) -> list[Key]:
    keys = [Key(RESET_ADDRESS, "", address[:64])]
    if _email(email):
        keys.append(Key(RESET, _email(email), ""))
    return keys


def _email(email: str) -> str:
    """The e-mail as a throttle key; text no database can store (NUL, lone surrogates) is none."""
    if not isinstance(email, str) or text_problem(email):
        return ""
    return email.strip().lower()[:254]


def ensure_allowed(keys: list[Key]) -> None:
    """Raise :class:`TooManyAttempts` if any key is blocked now (a read, no lock)."""
    now = utc_now()
    for row in _rows(keys):
        if _blocked(row, now):
            raise _too_many(row, now)


def count(keys: list[Key]) -> None:
    """Count one attempt against every key, atomically; raise if one was blocked meanwhile."""
    now = utc_now()
    rows = [_locked_row(key) for key in sorted(keys)]
    for row in rows:
        _forget_if_quiet(row, now)
        if _blocked(row, now):
            raise _too_many(row, now)
    for row in rows:
        row.attempts += 1
        row.last_at = now
        excess = row.attempts - _allowance(row.scope)
        if excess >= 0:
            row.blocked_until = now + _backoff(excess)


def ensure_allowed_locked(keys: list[Key]) -> None:
    """Like :func:`ensure_allowed`, holding the rows' locks (a success racing failures)."""
    now = utc_now()
    for key in sorted(keys):
        row = _locked_row(key)
        if _blocked(row, now):
            raise _too_many(row, now)


def clear(key: Key) -> None:
    """Forget one key's attempts (an account signed in successfully from this address)."""
    db.session.execute(
        db.delete(Throttle).where(
            Throttle.scope == key.scope, Throttle.subject == key.subject, Throttle.address == key.address
        )
    )


def unlock_account(email: str) -> int:
    """Forget every failed log-in of an account, from every address (the admin command)."""
    result = db.session.execute(db.delete(Throttle).where(Throttle.scope == LOGIN, Throttle.subject == _email(email)))
    return result.rowcount


def _rows(keys: list[Key]) -> list[Throttle]:
    rows = []
    for key in keys:
        row = db.session.execute(_select(key)).scalar_one_or_none()
        if row is not None:
            rows.append(row)
    return rows


def _select(key: Key):
    return db.select(Throttle).where(
        Throttle.scope == key.scope, Throttle.subject == key.subject, Throttle.address == key.address
    )


def _locked_row(key: Key) -> Throttle:
    """The key's row, created if missing, locked until the transaction ends."""
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    db.session.execute(
        insert(Throttle)
        .values(scope=key.scope, subject=key.subject, address=key.address, attempts=0, last_at=utc_now())
        .on_conflict_do_nothing(index_elements=["scope", "subject", "address"])
    )
    return db.session.execute(_select(key).with_for_update().execution_options(populate_existing=True)).scalar_one()


def _forget_if_quiet(row: Throttle, now: datetime) -> None:
    quiet_since = max(row.last_at, row.blocked_until or row.last_at)
    if now - quiet_since > current_app.config["THROTTLE_WINDOW"]:
        row.attempts, row.blocked_until = 0, None


def _blocked(row: Throttle, now: datetime) -> bool:
    return row.blocked_until is not None and row.blocked_until > now


def _allowance(scope: str) -> int:
    return current_app.config[ALLOWANCE_SETTINGS[scope]]


def _backoff(excess: int) -> timedelta:
    config = current_app.config
    return min(config["THROTTLE_BACKOFF"] * 2 ** min(excess, 30), config["THROTTLE_BACKOFF_MAX"])


def _too_many(row: Throttle, now: datetime) -> TooManyAttempts:
    seconds = max(1, math.ceil((row.blocked_until - now).total_seconds()))
    if row.scope in (SIGNUP, SIGNUP_ADDRESS):
        message = _("Too many sign-up attempts. Try again in %(n)d seconds.", n=seconds)
    elif row.scope in (RESET, RESET_ADDRESS):
        message = _("Too many password reset requests. Try again in %(n)d seconds.", n=seconds)
    elif seconds > 120:
        message = _("Too many failed attempts. Try again in %(n)d minutes.", n=math.ceil(seconds / 60))
    else:
        message = _("Too many failed attempts. Try again in %(n)d seconds.", n=seconds)
    return TooManyAttempts(message, retry_after=seconds)
