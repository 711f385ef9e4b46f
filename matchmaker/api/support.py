"""Helpers every API view uses: bearer authentication, JSON bodies, OpenAPI descriptions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from flask import g, request
from flask_babel import gettext as _

from ..models import User
from ..services import accounts
from ..services.errors import DomainError, NotAuthenticated
from ..services.validation import Field


class MalformedRequest(DomainError):
    code = "bad_request"
    status = 400


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def optional_user() -> User | None:
    """The user behind the request's bearer token; None without one, 401 for a bad one."""
    if "api_user" not in g:
        token = bearer_token()
        g.api_user = accounts.user_for_api_token(token) if token else None
        if token and g.api_user is None:
            raise NotAuthenticated(_("The token is invalid, expired or revoked."))
    return g.api_user


def current_api_user() -> User:
    """The authenticated user, or a 401 error."""
    user = optional_user()
    if user is None:
        raise NotAuthenticated(_("Send a valid token as 'Authorization: Bearer TOKEN'."))
    return user


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 400 error for anything else."""
    data = request.get_json(force=True, silent=True)
    if not isinstance(data, dict):
        raise MalformedRequest(_("The request body must be a JSON object."))
    return data


def describe(
    summary: str,
    *,
    auth: bool = False,
    body: Iterable[Field] | dict | None = None,
    responses: dict[int, str] | None = None,
    parameters: list[dict] | None = None,
) -> Callable:
    """Attach an OpenAPI description to a view; openapi.json is built from these."""

    def decorate(view: Callable) -> Callable:
        view.openapi = {
            "summary": summary,
            "auth": auth,
            "body": body,
            "responses": responses or {200: "OK"},
            "parameters": parameters or [],
            "description": (view.__doc__ or "").strip(),
        }
        return view

    return decorate


