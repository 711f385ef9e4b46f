"""Browser sessions and API tokens: random secrets, stored hashed, expiring, revocable.

A browser cookie carries the id of a server-side session, so log-out and password changes
really end it: a copy of the cookie taken earlier stops working.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from ..extensions import db
from ..models import Credential, CredentialKind, User, utc_now


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def digest(secret: str) -> str:
    """The stored form of a one-time secret (for tables of their own, such as invitations)."""
    return _digest(secret)


def new_secret() -> tuple[str, str]:
    """A fresh random secret and its digest (what is stored)."""
    secret = secrets.token_urlsafe(32)
    return secret, _digest(secret)


def issue(user: User, kind: CredentialKind, lifetime: timedelta, secret: str | None = None) -> tuple[str, Credential]:
    """Create a credential for ``user``; return the secret (shown once) and its row."""
    secret = secret or new_secret()[0]
    credential = Credential(kind=kind, secret_hash=_digest(secret), user=user, expires_at=utc_now() + lifetime)
    db.session.add(credential)
    return secret, credential


def consume(secret: str, kind: CredentialKind) -> bool:
    """Use up a live one-time credential; False if it was used, revoked or expired meanwhile.

    A conditional UPDATE: of two requests with the same token, exactly one wins.
    """
    now = utc_now()
    result = db.session.execute(
        db.update(Credential)
        .where(
            Credential.secret_hash == _digest(secret),
            Credential.kind == kind,
            Credential.revoked_at.is_(None),
            Credential.expires_at > now,
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def resolve(secret: str, kind: CredentialKind, now: datetime | None = None) -> User | None:
    """The active user behind a live credential, or ``None``."""
    if not secret or len(secret) > 200:
        return None
    now = now or utc_now()
    credential = db.session.execute(
        db.select(Credential).where(Credential.secret_hash == _digest(secret), Credential.kind == kind)
    ).scalar_one_or_none()
    if credential is None or credential.revoked_at is not None or credential.expires_at <= now:
        return None
    user = credential.user
    return user if user.active else None


def revoke(secret: str, kind: CredentialKind) -> bool:
    """Revoke one credential by its secret; say whether there was a live one."""
    result = db.session.execute(
        db.update(Credential)
        .where(
            Credential.secret_hash == _digest(secret),
            Credential.kind == kind,
            Credential.revoked_at.is_(None),
        )
        .values(revoked_at=utc_now())
    )
    return result.rowcount > 0


def revoke_all(user: User) -> int:
    """Revoke every session and token of ``user`` (password change, deactivation)."""
    result = db.session.execute(
        db.update(Credential)
        .where(Credential.user_id == user.id, Credential.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    return result.rowcount
