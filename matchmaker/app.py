"""The application factory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, request

from .config import settings_from_environment
from .database import configure_engine, mark_as_writer
from .extensions import babel, csrf, db, login_manager, migrate

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create and configure the Flask application.

    ``test_config`` overrides settings (tests pass a database URL and fast options).
    """
    app = Flask(
        __name__,
        template_folder="../templates",
        static_folder="../static",
        instance_relative_config=True,
    )
    app.config.from_mapping(settings_from_environment(app.instance_path))
    if test_config:
        app.config.from_mapping(test_config)
    register_extensions(app)
    register_blueprints(app)
    register_request_hooks(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    from . import auth_session, i18n, labels, tasks

    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine)
    migrate.init_app(app, db, directory=str(app.root_path + "/migrations"), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale)
    login_manager.init_app(app)
    auth_session.init_app(app)
    i18n.init_app(app)
    labels.init_app(app)
    tasks.init_app(app)


def register_blueprints(app: Flask) -> None:
    from .api import bp as api_bp
    from .web import register_web

    register_web(app)
    app.register_blueprint(api_bp)
    csrf.exempt(api_bp)  # the API takes bearer tokens, never cookies


def register_request_hooks(app: Flask) -> None:
    from . import errors, matching, security

    @app.before_request
    def take_write_lock_for_unsafe_methods() -> None:
        mark_as_writer(request.method in UNSAFE_METHODS)

    security.init_app(app)
    errors.init_app(app)
    matching.init_app(app)


def register_commands(app: Flask) -> None:
    from . import cli

    cli.init_app(app)
