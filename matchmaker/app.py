"""The application factory."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from flask import Flask, request
from werkzeug.exceptions import RequestEntityTooLarge

from . import routing
from .config import settings_from_environment
from .database import configure_engine, mark_as_writer
from .extensions import babel, csrf, db, login_manager, migrate
from .json_provider import OrjsonProvider

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
    app.json = OrjsonProvider(app)
    # Flask asks inspect whether each hook and view is a coroutine, nine times a request: the
    # answer never changes for a function (bounded: after_this_request makes new ones).
    app.ensure_sync = functools.lru_cache(maxsize=1024)(app.ensure_sync)
    app.config.from_mapping(settings_from_environment(app.instance_path))
    if test_config:
        app.config.from_mapping(test_config)
    register_extensions(app)
    routing.init_app(app)
    register_blueprints(app)
    register_request_hooks(app)
    register_commands(app)
    trust_proxies(app)
    return app


def trust_proxies(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies, take the client address and scheme from
    their X-Forwarded-For/-Proto headers; with none (the default) such headers are ignored,
    since anybody could send them."""
    count = int(app.config.get("TRUSTED_PROXIES") or 0)
    if count > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)


def register_extensions(app: Flask) -> None:
    from . import auth_session, i18n, labels, tasks

    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine, app.config.get("SQLITE_BUSY_TIMEOUT_MS", 15_000))
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
    from . import errors, matching, response_cache, security

    @app.before_request
    def take_write_lock_for_unsafe_methods() -> None:
        mark_as_writer(request.method in UNSAFE_METHODS)

    @app.teardown_request
    def forget_write_lock(_error: BaseException | None) -> None:
        # The flag lives in the thread's context, which outlives the request: left set, the
        # next app context on this thread (a CLI command, a test) would start as a writer.
        mark_as_writer(False)

    @app.before_request
    def refuse_streamed_body_over_limit() -> None:
        refuse_oversized_stream(app.config["MAX_CONTENT_LENGTH"])

    security.init_app(app)
    response_cache.init_app(app)
    errors.init_app(app)
    matching.init_app(app)


def refuse_oversized_stream(limit: int | None) -> None:
    """413 for a chunked body (no Content-Length) over ``limit``.

    Werkzeug stops reading such a stream at the limit and hands on the truncated body, which
    then reads as malformed (400). One byte more from the server's stream tells them apart.
    """
    if limit is None or request.content_length is not None or "wsgi.input_terminated" not in request.environ:
        return
    if len(request.get_data(cache=True)) >= limit and request.environ["wsgi.input"].read(1):
        raise RequestEntityTooLarge()


def register_commands(app: Flask) -> None:
    from . import cli

    cli.init_app(app)
