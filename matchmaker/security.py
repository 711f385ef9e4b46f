"""Security headers on every response; private responses are never cached."""

from __future__ import annotations

from flask import Flask, Response, g, request, session

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


SECURITY_HEADER_ITEMS = tuple((name.lower(), name, value) for name, value in SECURITY_HEADERS.items())


def init_app(app: Flask) -> None:
    @app.after_request
    def add_security_headers(response: Response) -> Response:
        # One pass over the few headers already set, not one case-folded search per header.
        present = {name.lower() for name, _value in response.headers}
        response.headers.extend([(name, value) for key, name, value in SECURITY_HEADER_ITEMS if key not in present])
        if is_private(response):
            response.headers["Cache-Control"] = "no-store"
        if app.config["SESSION_COOKIE_SECURE"]:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response


def is_private(response: Response) -> bool:
    """A response that browsers and proxies must not keep: it answers a signed-in user or a
    bearer token, or it holds a secret (the API token, a CSRF token bound to one session).

    Decided from the request alone, without a database query: a cookie naming a session
    counts as signed in even if that session has ended (no-store costs such a page nothing).
    """
    if request.endpoint == "static":
        return False
    return (
        "_user_id" in session
        or "Authorization" in request.headers
        or request.path.startswith("/api/v1/auth/")
        or g.get("csrf_token") is not None  # Flask-WTF keeps the token it rendered here
    )
