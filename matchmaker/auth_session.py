"""Flask-Login wiring: the cookie names a server-side session (see services.credentials)."""

from __future__ import annotations

from flask import Flask

from .extensions import login_manager
from .services import accounts


def init_app(app: Flask) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = None  # the login page explains itself
    login_manager.session_protection = None  # the server-side session is the protection

    @login_manager.user_loader
    def load_user(session_id: str):
        return accounts.user_for_session(session_id)
