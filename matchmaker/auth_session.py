"""Flask-Login wiring: the cookie names a server-side session (see services.credentials)."""

from __future__ import annotations

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface

from .extensions import login_manager
from .services import accounts


class CookieSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, without its per-request set-up for visitors with no cookie.

    Flask builds a new signing serializer (key derivation included) for every request before
    it even looks for the cookie: for an anonymous read answered from the response cache that
    was a tenth of the work. The serializer is kept while the keys stay the same, and a request
    without the cookie gets an empty session at once, as Flask would give it.
    """

    _serializer_cache: tuple = (None, None)

    def get_signing_serializer(self, app: Flask):
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        cached_keys, serializer = self._serializer_cache
        if cached_keys != keys:
            serializer = super().get_signing_serializer(app)
            self._serializer_cache = (keys, serializer)
        return serializer

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if app.secret_key and not request.cookies.get(self.get_cookie_name(app)):
            return self.session_class()
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    app.session_interface = CookieSessionInterface()
    login_manager.login_view = "auth.login"
    login_manager.login_message = None  # the login page explains itself
    login_manager.session_protection = None  # the server-side session is the protection

    @login_manager.user_loader
    def load_user(session_id: str):
        return accounts.user_for_session(session_id)
