"""Domain errors. The web layer turns them into pages, the API into its JSON errors."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """Base of every error a user can cause. ``message`` is already in the user's language."""

    code = "error"
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """One or more fields are invalid; ``fields`` maps each field name to its message."""

    code = "invalid"
    status = 422

    def __init__(self, fields: Mapping[str, str], message: str | None = None) -> None:
        from flask_babel import gettext

        super().__init__(message or gettext("Some fields are not valid."))
        self.fields = dict(fields)


class NotAuthenticated(DomainError):
    code = "unauthorized"
    status = 401


class PermissionDenied(DomainError):
    code = "forbidden"
    status = 403


class NotFound(DomainError):
    code = "not_found"
    status = 404


class Conflict(DomainError):
    code = "conflict"
    status = 409


class Gone(DomainError):
    """A one-time link's token that was used, revoked or has expired."""

    code = "gone"
    status = 410


class TooManyAttempts(DomainError):
    """Throttled; ``retry_after`` seconds until the next attempt may succeed."""

    code = "too_many_requests"
    status = 429

    def __init__(self, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
