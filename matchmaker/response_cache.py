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
        engine = db.engine
        reader = readers.get(engine)
        if reader is None:
            reader = readers[engine] = VersionReader(engine)
        if reader.usable:
            try:
                return reader.read()
            except Exception:  # the database did not answer there: the session says why
                pass
        return public_version()

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
        return _conditional(response)


KEPT_HEADERS = frozenset({"Content-Type", "ETag", "Cache-Control", "Vary"})  # stored with the body


def _mark_public(response: Response, key: tuple) -> None:
    """A public answer: its ETag, revalidated on every use."""
    response.set_etag(_etag(key))
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(("Accept-Language", "Cookie"))


def _conditional(response: Response) -> Response:
    """304 Not Modified when the client already has this answer."""
    return response.make_conditional(request) if request.if_none_match else response
