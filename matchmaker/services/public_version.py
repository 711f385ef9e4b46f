"""The public version: a token that every committed change of what the public sees replaces.

Caches of public answers (the response cache, the directory's counts) are keyed by it, so
they never serve what was true before a commit. The listeners see every ORM flush and every
bulk INSERT/UPDATE/DELETE of the session, and write the new token in the same transaction as
the change, just before it commits; a rollback writes nothing. Writes that no public page
shows (audit rows, mails, sessions, throttles, notifications, messages) keep the token.
"""

from __future__ import annotations

import os
import threading
import uuid

from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, Session

from ..database import savepoint_event
from ..extensions import db
from ..models import Setting

VERSION_KEY = "public_version"
CHANGED = "matchmaker_public_changed"

# Tables whose rows no public page or public API answer shows: writing them keeps the token.
PRIVATE_TABLES = frozenset(
    {"audit_events", "notifications", "outgoing_mails", "scheduled_runs", "credentials", "throttles", "match_messages"}
)

# Plain SQL without parameters: compiling a statement would cost more than running it.
VERSION_QUERY = f"SELECT value FROM settings WHERE key = '{VERSION_KEY}'"
PREPARED_NAME = b"matchmaker_public_version"  # the reader's server-side prepared statement


def public_version() -> str | None:
    """The token of the public data as this transaction sees it (one indexed read)."""
    return db.session.connection().exec_driver_sql(VERSION_QUERY).scalar()


def uncommitted_public_changes() -> bool:
    """Whether this session holds public changes not yet committed: its version is still the
    one before them, so nothing read now may be kept under it."""
    session = db.session
    return bool(session.info.get(CHANGED) or session.new or session.dirty or session.deleted)


class VersionReader:
    """The committed token read on a connection of its own, outside the request's session.

    The response cache checks the token on every anonymous read. Through the session that
    meant a pool checkout, a BEGIN, the query, a rollback and the session's teardown: about
    half of a cached answer's CPU. This reader keeps one autocommit DBAPI connection per
    process and thread (never shared across a fork) and runs the plain query on it, so each
    call sees the latest committed token, as a new transaction would: nothing stale, no TTL.

    The request reads its data later, in its own transaction, so what it renders is at least
    as new as the token it is keyed by. An in-memory SQLite database is private to each
    connection: there the reader is not ``usable`` and the caller reads through the session.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        in_memory = engine.url.database in (None, "", ":memory:")
        self.usable = engine.dialect.name in ("sqlite", "postgresql") and not in_memory
        self.prepared = engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"
        self.local = threading.local()
        if self.usable:  # a disposed engine (tests, shutdown) lets its connections go: this one too
            event.listen(engine, "engine_disposed", lambda _engine: self._forget())

    def read(self) -> str | None:
        """The token now committed; raises the driver's error if the database does not answer."""
        connection = self._connection()
        try:
            if self.prepared:
                return _read_prepared(connection)
            cursor = connection.cursor()
            try:
                cursor.execute(VERSION_QUERY)
                row = cursor.fetchone()
            finally:
                cursor.close()
        except Exception:
            self._forget()  # a broken connection: the next call opens a new one
            raise
        return None if row is None else row[0]

    def _connection(self):
        local = self.local
        if getattr(local, "pid", None) != os.getpid():  # new thread, or a forked child
            if getattr(local, "connection", None) is not None:
                # The parent's: closing it here would end the parent's session on the server.
                _INHERITED.append(local.connection)
            local.connection, local.pid = self._connect(), os.getpid()
        return local.connection

    def _connect(self):
        dialect = self.engine.dialect
        args, kwargs = dialect.create_connect_args(self.engine.url)
        connection = dialect.connect(*args, **kwargs)
        if dialect.name == "sqlite":
            connection.isolation_level = None  # autocommit: each SELECT sees the last commit
            connection.execute("PRAGMA busy_timeout=15000")
        else:
            connection.autocommit = True
            if self.prepared:
                _prepare(connection)
        return connection

    def _forget(self) -> None:
        local = self.local
        connection, ours = getattr(local, "connection", None), getattr(local, "pid", None) == os.getpid()
        local.connection = local.pid = None
        if connection is not None and not ours:
            _INHERITED.append(connection)
        elif connection is not None:
            try:
                connection.close()
            except Exception:  # already gone
                pass


_INHERITED: list = []  # connections a forked child keeps open but never uses


# On PostgreSQL the token read is a round trip to a server that often shares the machine's
# cores. Through psycopg's cursor it cost about 80 µs of the worker's CPU and 50 µs of the
# server's; a statement prepared once per connection and run through libpq (psycopg.pq)
# costs about 17 µs and 24 µs (docs/benchmarks.md, issue 15). The answer is the same row.


def _prepare(connection) -> None:
    _checked(connection.pgconn.prepare(PREPARED_NAME, VERSION_QUERY.encode()), connection)


def _read_prepared(connection) -> str | None:
    result = _checked(connection.pgconn.exec_prepared(PREPARED_NAME, []), connection)
    value = result.get_value(0, 0) if result.ntuples else None
    return None if value is None else value.decode()  # the JSON text, as SQLite's driver gives it


def _checked(result, connection):
    """libpq reports a failed statement in its result, not by raising: raise as psycopg would."""
    import psycopg
    from psycopg import pq

    if result.status not in (pq.ExecStatus.TUPLES_OK, pq.ExecStatus.COMMAND_OK):
        message = result.error_message.decode(errors="replace") or connection.pgconn.error_message.decode()
        raise psycopg.OperationalError(message or "the token read failed")
    return result


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
    if savepoint_event(session):  # the outer transaction's changes still need a new token
        return
    session.info.pop(CHANGED, None)
