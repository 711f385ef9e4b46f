"""Password policy and hashing, in one place for sign-up, admin creation and changes."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from flask_babel import gettext as _
from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH = 12
MAX_LENGTH = 128
# scrypt (werkzeug's default) with its standard work factor: slow on purpose.
HASH_METHOD = "scrypt"
# Hash checked against when the account does not exist, so both paths take as long.
_DUMMY_HASH = generate_password_hash("not a real password", method=HASH_METHOD)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The offline list of common passwords, lower-cased."""
    data = resources.files("matchmaker.data").joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode().split())


def password_problem(password: str) -> str | None:
    """Say what is wrong with a proposed password, or ``None`` if it is acceptable."""
    if len(password) < MIN_LENGTH:
        return _("Use at least %(n)d characters.", n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return _("Use at most %(n)d characters.", n=MAX_LENGTH)
    if password.lower() in common_passwords() or len(set(password)) < 4:
        return _("This password is too common. Choose another.")
    return None


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=HASH_METHOD)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-time check; costs a hash even when there is no account."""
    return check_password_hash(password_hash or _DUMMY_HASH, password) and password_hash is not None
