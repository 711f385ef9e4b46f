"""API sign-up and tokens."""

from __future__ import annotations

from flask import jsonify, request

from ..extensions import db
from ..services import accounts, password_reset
from ..services.errors import NotAuthenticated, TooManyAttempts, ValidationError
from . import bp
from .serializers import organization_json, timestamp, user_json
from .support import bearer_token, describe, json_body


@bp.post("/auth/signup")
@describe(
    "Sign up a company or city user with its (unverified) organisation",
    body="SignupRequest",
    responses={
        201: ("The user and its organisation, not yet verified", "SignedUp"),
        429: "Too many sign-up attempts",
    },
)
def signup():
    try:
        user = accounts.signup(json_body(), request.remote_addr or "")
    except ValidationError:
        db.session.commit()  # keep the attempt count; nothing else was stored
        raise
    db.session.commit()
    return jsonify(user=user_json(user), organization=organization_json(user.organization)), 201


@bp.post("/auth/token")
@describe(
    "Exchange e-mail and password for a bearer token",
    body="TokenRequest",
    responses={
        200: ("A bearer token and when it expires", "Token"),
        401: "Wrong e-mail or password",
        429: "Too many failures: wait",
    },
)
def create_token():
    data = json_body()
    try:
        user = accounts.authenticate(data.get("email"), data.get("password"), request.remote_addr or "")
    except (NotAuthenticated, TooManyAttempts):
        db.session.commit()  # keep the failure count
        raise
    token, expires_at = accounts.issue_api_token(user)
    db.session.commit()
    return jsonify(token=token, expires_at=timestamp(expires_at))


@bp.delete("/auth/token")
@describe("Revoke the token sent", auth=True, responses={204: "Revoked", 401: "No valid token"})
def delete_token():
    token = bearer_token()
    if not token or not accounts.revoke_api_token(token):
        raise NotAuthenticated("Send a valid token as 'Authorization: Bearer TOKEN'.")
    db.session.commit()
    return "", 204


@bp.post("/auth/password-reset")
@describe(
    "Ask for a password reset link by e-mail",
    body="PasswordResetRequest",
    responses={202: ("Accepted, whether or not the address has an account", "Empty"), 429: "Too many requests: wait"},
)
def request_password_reset():
    """The same answer whether or not the address has an account; a mail only if it has one."""
    try:
        password_reset.request_reset(json_body(), request.remote_addr or "")
    except ValidationError:
        db.session.commit()  # keep the attempt count; nothing else was stored
        raise
    db.session.commit()
    return jsonify({}), 202


@bp.post("/auth/password-reset/confirm")
@describe(
    "Choose a new password with the token from the reset mail",
    body="PasswordResetConfirm",
    responses={
        200: ("The password is changed; every session and token of the user ended", "Empty"),
        410: "The token was used, has expired or is unknown",
    },
)
def confirm_password_reset():
    password_reset.confirm_reset(json_body())
    db.session.commit()
    return jsonify({})
