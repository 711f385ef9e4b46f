"""Password policy and hashing, in one place for sign-up, admin creation and changes."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from flask_babel import gettext as _
from werkzeug.security import check_password_hash, generate_password_hash
from zxcvbn import zxcvbn

MIN_LENGTH = 12
MAX_LENGTH = 128
# zxcvbn's estimate, 0 (guessed at once) to 4: 3 means about 10^8 guesses or more, beyond
# an online attacker under the log-in throttle and costly offline against scrypt.
MIN_STRENGTH = 3
# Pieces of an e-mail or organisation name shorter than this are left to zxcvbn's estimate.
MIN_PERSONAL_PART = 4
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
    if zxcvbn(password)["score"] < MIN_STRENGTH:
        return _(
            "This password is too easy to guess: it follows a common pattern (a keyboard row, a sequence, "
            "a common word with digits). Add a few uncommon words."
        )
    return None


def personal_password_problem(password: str, email: str | None, organization_name: str | None = None) -> str | None:
    """Refuse a password built from the account's own e-mail or organisation name."""
    squeezed = _squeeze(password)
    local_part = _squeeze((email or "").partition("@")[0])
    whole = _squeeze(email or "")
    if (len(local_part) >= MIN_PERSONAL_PART and local_part in squeezed) or (whole and whole in squeezed):
        return _("The password must not contain your e-mail address.")
    name = _squeeze(organization_name or "")
    if len(name) >= MIN_PERSONAL_PART and name in squeezed:
        return _("The password must not contain your organisation's name.")
    inputs = [part for part in (email, organization_name) if part]
    if inputs and zxcvbn(password[:MAX_LENGTH], user_inputs=inputs)["score"] < MIN_STRENGTH:
        return _("The password is too close to your e-mail address or organisation's name.")
    return None


def _squeeze(text: str) -> str:
    """Lower-cased, without spaces and punctuation: "Sierra Loop" in "sierra-loop!2026"."""
    return "".join(char for char in text.casefold() if char.isalnum())


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=HASH_METHOD)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-time check; costs a hash even when there is no account."""
    return check_password_hash(password_hash or _DUMMY_HASH, password) and password_hash is not None
