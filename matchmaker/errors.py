"""Error pages for people and JSON errors for programs; never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db
from .services.errors import DomainError

log = logging.getLogger(__name__)

# Seconds a client is asked to wait when the database was too busy to take its write.
BUSY_RETRY_AFTER = 5


# Short messages for the HTTP errors a client can cause, in the user's language.
def _http_messages() -> dict[int, str]:
    return {
        400: _("The request could not be understood."),
        401: _("Sign in first."),
        403: _("You are not allowed to do this."),
        404: _("This page does not exist, or you cannot see it."),
        405: _("This method is not allowed here."),
        409: _("This conflicts with the current state."),
        413: _("The request is too large (1 MiB at most)."),
        422: _("Some fields are not valid."),
        429: _("Too many requests. Try again later."),
        500: _("Something went wrong on our side. It has been logged."),
        503: _("The service is unavailable. Try again shortly."),
    }


HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "too_many_requests",
    500: "server_error",
    503: "unavailable",
}


def wants_json() -> bool:
    return request.path.startswith("/api/")


def json_error(status: int, message: str, code: str | None = None, fields: dict | None = None):
    """The contract's error body: ``{"error": {"code", "message", "fields"?}}``."""
    body: dict = {"code": code or HTTP_CODES.get(status, "error"), "message": message}
    if fields:
        body["fields"] = fields
    return jsonify(error=body), status


def error_page(status: int, message: str | None = None):
    message = message or _http_messages().get(status, _http_messages()[400])
    template = f"errors/{status}.html" if status in (403, 404, 500) else "errors/generic.html"
    return render_template(template, status=status, message=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def handle_domain_error(error: DomainError):
        db.session.rollback()
        if wants_json():
            response = json_error(error.status, error.message, error.code, getattr(error, "fields", None))
        else:
            response = error_page(error.status, error.message)
        if getattr(error, "retry_after", None):
            response = make_response(response)
            response.headers["Retry-After"] = str(error.retry_after)
        return response

    @app.errorhandler(CSRFError)
    def handle_csrf_error(error: CSRFError):
        message = _("The form expired or was sent from elsewhere. Reload the page and try again.")
        return json_error(400, message, "csrf") if wants_json() else error_page(400, message)

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        status = error.code or 500
        message = _http_messages().get(status, error.description or "")
        response = make_response(json_error(status, message) if wants_json() else error_page(status, message))
        if status == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(OperationalError)
    def handle_busy_database(error: OperationalError):
        """SQLite's write lock stayed taken past the busy timeout (a long import, say): the
        write is refused whole, and the client told to try again, instead of a 500."""
        db.session.rollback()
        if not is_lock_timeout(error):
            log.error("database error", exc_info=error)
            return json_error(500, _http_messages()[500]) if wants_json() else error_page(500)
        log.warning("database busy, answered 503: %s", error.orig)
        message = _("The database is busy. Nothing was changed; try again in a few seconds.")
        response = make_response(json_error(503, message, "busy") if wants_json() else error_page(503, message))
        response.headers["Retry-After"] = str(BUSY_RETRY_AFTER)
        return response

    @app.errorhandler(InternalServerError)
    def handle_server_error(error: InternalServerError):
        db.session.rollback()
        return json_error(500, _http_messages()[500]) if wants_json() else error_page(500)


def is_lock_timeout(error: OperationalError) -> bool:
    """SQLite's "database is locked" / "database table is locked" after the busy timeout."""
    text = str(error.orig).lower()
    return "database is locked" in text or "database table is locked" in text or "database is busy" in text
