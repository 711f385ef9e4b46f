"""Anonymous public reads answered from memory, never stale.

Under load the CPU cost of a request is the limit (two cores serve about 2 / cost requests a
second), and the public directory is read far more often than it changes. So each process
keeps the rendered answers of anonymous GETs of the public pages and the public list API,
keyed by the address, the language and the *public version*: a token in the settings table
that every committed change of a public record replaces (the listeners below see every ORM
flush and every bulk statement of the session, in the same transaction as the change). A
request reads the version first; an answer cached under another version is never served, so
a change is visible to the very next request in every process. Signed-in users, bearer tokens,
flashed messages and pages carrying a CSRF token are never cached.

The answer carries an ``ETag`` made from the version and the address: a client that sends it
back gets ``304 Not Modified`` until something changes.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import OrderedDict

from flask import Flask, Response, g, request, session
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from .extensions import db
from .models import Setting

VERSION_KEY = "public_version"
CHANGED = "matchmaker_public_changed"
MAX_ENTRIES = 512
MAX_BODY = 512 * 1024

# Tables whose rows no public page or public API answer shows: writing them keeps the cache.
PRIVATE_TABLES = frozenset(
    {"audit_events", "notifications", "outgoing_mails", "scheduled_runs", "credentials", "throttles", "match_messages"}
)
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


# ---------------------------------------------------------------- the public version


# Plain SQL without parameters: compiling a statement would cost more than running it.
VERSION_QUERY = f"SELECT value FROM settings WHERE key = '{VERSION_KEY}'"


def public_version() -> str | None:
    """The token of the public data as this transaction sees it (one indexed read)."""
    return db.session.connection().exec_driver_sql(VERSION_QUERY).scalar()


def _is_public_table(name: str | None) -> bool:
    return name is not None and name not in PRIVATE_TABLES


def _mark_changed(session: Session) -> None:
    session.info[CHANGED] = True


@event.listens_for(Session, "after_flush")
def _note_flushed_changes(session: Session, _context) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if isinstance(obj, Setting) and obj.key == VERSION_KEY:
            continue
        if _is_public_table(table):
            _mark_changed(session)
            return


@event.listens_for(Session, "do_orm_execute")
def _note_bulk_changes(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE through the session (the importer, conditional moves)."""
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if _is_public_table(getattr(table, "name", None)):
            _mark_changed(state.session)


@event.listens_for(Session, "before_commit")
def _replace_version(session: Session) -> None:
    session.flush()  # the commit's own flush comes after this hook: see its changes now
    if not session.info.pop(CHANGED, False):
        return
    row = session.get(Setting, VERSION_KEY)
    token = uuid.uuid4().hex
    if row is None:
        session.add(Setting(key=VERSION_KEY, value=token))
    else:
        row.value = token


@event.listens_for(Session, "after_rollback")
def _forget_changes(session: Session) -> None:
    session.info.pop(CHANGED, None)


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

    @app.before_request
    def answer_from_cache():
        if app.config.get("RESPONSE_CACHE") == "off" or not _cacheable_request():
            return None
        language = current_language()
        if session.modified:  # ?lang= changed the remembered language: the answer sets a cookie
            return None
        key = _key(language, public_version())
        found = cache.get(key)
        if found is None:
            g.response_cache_key = key  # keep_in_cache stores the answer
            return None
        status, body, headers = found
        return _public(Response(body, status=status, headers=headers), key)

    @app.after_request
    def keep_in_cache(response: Response) -> Response:
        key = g.pop("response_cache_key", None)
        if key is None or response.status_code != 200 or response.direct_passthrough:
            return response
        if session.modified or g.get("csrf_token") is not None or "Set-Cookie" in response.headers:
            return response
        if request.method == "GET" and response.content_length is not None and response.content_length <= MAX_BODY:
            headers = [(name, value) for name, value in response.headers if name in ("Content-Type",)]
            cache.put(key, (response.status_code, response.get_data(), headers))
        return _public(response, key)


def _public(response: Response, key: tuple) -> Response:
    """A public answer: its ETag, revalidated on every use, 304 when the client has it."""
    response.set_etag(_etag(key))
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(("Accept-Language", "Cookie"))
    return response.make_conditional(request) if request.if_none_match else response
