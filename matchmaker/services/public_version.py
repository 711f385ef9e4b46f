"""The public version: a token that every committed change of what the public sees replaces.

Caches of public answers (the response cache, the directory's counts) are keyed by it, so
they never serve what was true before a commit. The listeners see every ORM flush and every
bulk INSERT/UPDATE/DELETE of the session, and write the new token in the same transaction as
the change, just before it commits; a rollback writes nothing. Writes that no public page
shows (audit rows, mails, sessions, throttles, notifications, messages) keep the token.
"""

from __future__ import annotations

import uuid

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

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
