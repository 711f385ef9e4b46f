"""Language choice: ``?lang=`` (remembered in the session), else the browser's preference."""

from __future__ import annotations

from flask import Flask, current_app, g, has_request_context, request, session, url_for


def select_locale() -> str:
    """Pick ``en`` or ``zh`` for this request."""
    if not has_request_context():  # CLI commands speak English
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    languages = current_app.config["LANGUAGES"]
    chosen = request.args.get("lang") if _may_name_language(request.query_string) else None
    if chosen in languages:
        if session.get("lang") != chosen:
            session["lang"] = chosen
        return chosen
    if session.get("lang") in languages:
        return session["lang"]
    return _browser_language(request.headers.get("Accept-Language", ""))


def _may_name_language(query: bytes) -> bool:
    """Whether the query string can hold ``lang`` (also percent-encoded): most hold neither,
    and then it need not be parsed at all."""
    return b"lang" in query or b"%" in query


_BROWSER_LANGUAGES: dict[str, str] = {}  # Accept-Language header -> en or zh
MAX_BROWSER_LANGUAGES = 256


def _browser_language(header: str) -> str:
    """The browser's preference; parsed once per distinct header (most visitors send a few)."""
    found = _BROWSER_LANGUAGES.get(header)
    if found is None:
        best = request.accept_languages.best_match(["en", "zh", "zh-CN", "zh-Hans", "zh-TW"], default="en")
        found = "zh" if best.startswith("zh") else "en"
        if len(_BROWSER_LANGUAGES) >= MAX_BROWSER_LANGUAGES:
            _BROWSER_LANGUAGES.clear()
        _BROWSER_LANGUAGES[header] = found
    return found


def current_language() -> str:
    if "language" not in g:
        g.language = select_locale()
    return g.language


def language_switch_url(language: str) -> str:
    """This page's address with ``lang`` set; the home page where that is not possible."""
    args = request.args.to_dict()
    args["lang"] = language
    if request.endpoint and request.method == "GET" and request.url_rule is not None:
        return url_for(request.endpoint, **(request.view_args or {}), **args)
    return url_for("main.home", lang=language)


def init_app(app: Flask) -> None:
    @app.context_processor
    def language_context() -> dict:
        return {"current_language": current_language(), "language_switch_url": language_switch_url}
