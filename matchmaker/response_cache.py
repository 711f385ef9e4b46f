"""Anonymous public reads answered from memory, never stale.

Under load the CPU cost of a request is the limit (two cores serve about 2 / cost requests a
second), and the public directory is read far more often than it changes. So each process
keeps the rendered answers of anonymous GETs of the public pages and the public list API,
keyed by the address, the language and the *public version* (services/public_version.py): a
token that every committed change of a public record replaces, in the same transaction. A
request reads the version first; an answer cached under another version is never served, so
a change is visible to the very next request in every process. Signed-in users, bearer tokens,
flashed messages and pages carrying a CSRF token are never cached.

The answer carries an ``ETag`` made from the version and the address: a client that sends it
back gets ``304 Not Modified`` until something changes.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from urllib.parse import unquote

from flask import Flask, Response, g, request, session

from .extensions import db
from .services.public_version import VersionReader, public_version

MAX_ENTRIES = 512
MAX_BODY = 512 * 1024
CACHED_ENDPOINTS = frozenset(
    {
        "main.home",
        "directory.technology_list",
        "directory.technology_detail",
        "directory.need_list",
        "directory.need_detail",
        "directory.organization_detail",
        "api.list_technologies",
        "api.get_technology",
        "api.list_needs",
        "api.get_need",
    }
)
SESSION_KEYS_ALLOWED = frozenset({"lang", "csrf_token"})  # nothing in them changes a public page


class ResponseCache:
    """A small LRU of rendered answers for one process."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self.entries: OrderedDict[tuple, tuple[int, bytes, list[tuple[str, str]]]] = OrderedDict()

    def get(self, key: tuple):
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: tuple, value) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


# ---------------------------------------------------------------- the request hooks


def _cacheable_request() -> bool:
    return (
        request.method in ("GET", "HEAD")
        and request.endpoint in CACHED_ENDPOINTS
        and "Authorization" not in request.headers
        and set(session.keys()) <= SESSION_KEYS_ALLOWED
    )


def _key(language: str, version: str | None) -> tuple:
    return (request.full_path, language, version)


def _etag(key: tuple) -> str:
    return hashlib.blake2b(repr(key).encode(), digest_size=12).hexdigest()


def init_app(app: Flask) -> None:
    from .i18n import current_language

    cache = ResponseCache()
    app.extensions["response_cache"] = cache
    readers: dict = {}  # engine -> VersionReader, made on first use (the engine is per app)
    app.extensions["public_version_readers"] = readers

    def current_version() -> str | None:
        version = version_on_own_connection(readers, db.engine)
        return public_version() if version is UNREAD else version  # else the session says why

    @app.before_request
    def answer_from_cache():
        if app.config.get("RESPONSE_CACHE") == "off" or not _cacheable_request():
            return None
        language = current_language()
        if session.modified:  # ?lang= changed the remembered language: the answer sets a cookie
            return None
        key = _key(language, current_version())
        found = cache.get(key)
        if found is None:
            g.response_cache_key = key  # keep_in_cache stores the answer
            return None
        _may_answer_before_flask(key)
        status, body, headers = found  # the headers of _mark_public included
        return _conditional(Response(body, status=status, headers=headers))

    @app.after_request
    def keep_in_cache(response: Response) -> Response:
        key = g.pop("response_cache_key", None)
        if key is None or response.status_code != 200 or response.direct_passthrough:
            return response
        if session.modified or g.get("csrf_token") is not None or "Set-Cookie" in response.headers:
            return response
        _mark_public(response, key)
        if request.method == "GET" and response.content_length is not None and response.content_length <= MAX_BODY:
            headers = [(name, value) for name, value in response.headers if name in KEPT_HEADERS]
            cache.put(key, (response.status_code, response.get_data(), headers))
            _may_answer_before_flask(key)
        return _conditional(response)

    app.wsgi_app = app.extensions["answers_before_flask"] = BeforeFlask(app, app.wsgi_app, readers)


def forget_answers(app: Flask) -> None:
    """Empty both kept sets of answers (tests that put the database back to an earlier state)."""
    app.extensions["response_cache"].entries.clear()
    app.extensions["answers_before_flask"].answers.entries.clear()


KEPT_HEADERS = frozenset({"Content-Type", "ETag", "Cache-Control", "Vary"})  # stored with the body


def _mark_public(response: Response, key: tuple) -> None:
    """A public answer: its ETag, revalidated on every use."""
    response.set_etag(_etag(key))
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(("Accept-Language", "Cookie"))


def _conditional(response: Response) -> Response:
    """304 Not Modified when the client already has this answer."""
    return response.make_conditional(request) if request.if_none_match else response


UNREAD = object()  # the version could not be read on the reader's own connection


def version_on_own_connection(readers: dict, engine) -> str | None | object:
    """The committed public version read on ``engine``'s reader (one per engine, made on first
    use), or UNREAD where it has none (an in-memory database) or the database did not answer."""
    reader = readers.get(engine)
    if reader is None:
        reader = readers[engine] = VersionReader(engine)
    if not reader.usable:
        return UNREAD
    try:
        return reader.read()
    except Exception:
        return UNREAD


# ---------------------------------------------------------------- before Flask runs

# Most of a cached hit's cost is Flask's own work around it: the request context, routing, the
# session, the hooks, the response object (issue 15). A GET that carries no cookie and no
# token (a first visit, a crawler, an API client reading the public lists) is answered here,
# before all that, with the very status, headers and body Flask sent for the same request
# under the same public version. Anything else, or anything not yet confirmed, goes to Flask.

KEY_IN_ENVIRON = "matchmaker.answer_key"  # what BeforeFlask would keep the answer under
KEEP_IN_ENVIRON = "matchmaker.keep_answer"  # set by the Flask hooks: this answer may be kept


def _may_answer_before_flask(key: tuple) -> None:
    """Tell BeforeFlask that the answer now going out is the public one for its request (the
    one cached under ``key``), read at the version BeforeFlask read: it may keep it."""
    wanted = request.environ.get(KEY_IN_ENVIRON)
    if wanted is not None and wanted[-1] == key[-1]:
        request.environ[KEEP_IN_ENVIRON] = True


class BeforeFlask:
    """WSGI middleware: cookie-less, token-less GETs answered from the answers Flask confirmed."""

    def __init__(self, app: Flask, wsgi_app, readers: dict) -> None:
        self.app, self.wsgi_app, self.readers = app, wsgi_app, readers
        self.answers = ResponseCache()
        self.engine = None

    def __call__(self, environ, start_response):
        key = self._key(environ)
        if key is None:
            return self.wsgi_app(environ, start_response)
        found = self.answers.get(key)
        if found is not None:
            status, headers, body = found
            start_response(status, list(headers))
            return [body]
        environ[KEY_IN_ENVIRON] = key
        sent = []

        def keep_status(status, headers, exc_info=None):
            sent[:] = [status, headers]
            return start_response(status, headers, exc_info)

        body = self.wsgi_app(environ, keep_status)
        if not environ.get(KEEP_IN_ENVIRON) or not sent:
            return body
        try:
            content = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        self.answers.put(key, (sent[0], tuple(sent[1]), content))
        return [content]

    def _key(self, environ) -> tuple | None:
        if environ.get("REQUEST_METHOD") != "GET" or self.app.config.get("RESPONSE_CACHE") == "off":
            return None
        if "HTTP_COOKIE" in environ or "HTTP_AUTHORIZATION" in environ or "HTTP_IF_NONE_MATCH" in environ:
            return None
        query = environ.get("QUERY_STRING", "")
        if "lang" in unquote(query):  # ?lang= is remembered in a new session: Flask decides
            return None
        version = self._version()
        if version is None:
            return None
        return (
            environ.get("wsgi.url_scheme"),
            environ.get("HTTP_HOST"),
            environ.get("SCRIPT_NAME", ""),
            environ.get("PATH_INFO", ""),
            query,
            environ.get("HTTP_ACCEPT_LANGUAGE", ""),
            environ.get("HTTP_ACCEPT", ""),
            version,
        )

    def _version(self) -> str | None:
        """The committed public version, or None when it cannot be read on the reader's own
        connection (Flask's hooks then read it through the session, as they always do)."""
        if self.engine is None:
            with self.app.app_context():
                self.engine = db.engine
        version = version_on_own_connection(self.readers, self.engine)
        return None if version is UNREAD else version
