"""Database engine set-up that differs between SQLite and PostgreSQL.

On SQLite: WAL so readers never wait for the writer, a busy timeout so a writer waits for
the lock instead of failing, foreign keys on, and ``BEGIN IMMEDIATE`` for transactions that
will write, so two writers never both hold a read lock and then deadlock on the upgrade
("database is locked"). Requests with unsafe methods and CLI commands are writers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

SQLITE_BUSY_TIMEOUT_MS = 15_000

_takes_write_lock: ContextVar[bool] = ContextVar("takes_write_lock", default=False)


def configure_engine(engine: Engine, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    """Attach the per-dialect connection hooks to ``engine``."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", partial(_on_sqlite_connect, busy_timeout_ms=busy_timeout_ms))
        event.listen(engine, "begin", _on_sqlite_begin)


def _on_sqlite_connect(dbapi_connection, _record, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if _takes_write_lock.get() else "BEGIN")


def mark_as_writer(writes: bool = True) -> None:
    """Make the transactions of the current context take the write lock up front."""
    _takes_write_lock.set(writes)


def savepoint_event(session: Session) -> bool:
    """Whether an ``after_commit`` or ``after_rollback`` event is a savepoint's end, not the
    transaction's: SQLAlchemy sends both for savepoints too (``begin_nested``). Work that must
    follow a commit waits for the real one (started now, a task would wait on the lock the open
    transaction holds, or read what is not committed yet), and a savepoint undone leaves the
    outer transaction's pending work standing."""
    return session.in_nested_transaction()


@contextmanager
def writer() -> Iterator[None]:
    """Context manager form of :func:`mark_as_writer`, for CLI commands and tests."""
    token = _takes_write_lock.set(True)
    try:
        yield
    finally:
        _takes_write_lock.reset(token)
