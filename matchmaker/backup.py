"""``flask backup PATH`` and ``flask restore PATH`` for the SQLite database.

A plain ``cp`` of the database file misses what is still in the write-ahead log (``-wal``)
and can copy a page half-written. SQLite's online backup API copies a consistent snapshot
through SQLite itself, WAL included, while the site keeps running (in WAL mode the copy is
a reader: writers are not held up). On PostgreSQL use ``pg_dump`` / ``pg_restore``
(docs/operations.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import click
from flask.cli import with_appcontext

from .extensions import db

POSTGRES_HINT = (
    "flask backup and restore work on SQLite. On PostgreSQL use its own tools: "
    'pg_dump --format=custom --file=PATH "$DATABASE_URL" to back up, '
    'pg_restore --clean --if-exists --dbname="$DATABASE_URL" PATH to restore (see docs/operations.md).'
)
REQUIRED_TABLES = ("organizations", "users", "technologies", "needs")


def _sqlite_file() -> str:
    url = db.engine.url
    if url.get_backend_name() != "sqlite":
        raise click.ClickException(POSTGRES_HINT)
    if not url.database or url.database == ":memory:":
        raise click.ClickException("The database is in memory: there is nothing to back up.")
    return url.database


def backup_to(path: Path) -> None:
    """Copy the live database into a new file ``path`` with the online backup API."""
    source_file = _sqlite_file()
    partial = path.with_name(f".{path.name}.partial")
    source = sqlite3.connect(source_file)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)  # one step: a consistent snapshot in one read transaction
        target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    finally:
        target.close()
        source.close()
    problem = backup_problem(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise click.ClickException(f"The copy failed its check: {problem}")
    os.replace(partial, path)


def backup_problem(path: Path) -> str | None:
    """What is wrong with a backup file, or None if it is a sound Matchmaker database."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"not an SQLite database ({error})"
    if integrity != "ok":
        return f"integrity check says {integrity}"
    missing = [table for table in REQUIRED_TABLES if table not in tables]
    return f"not a Matchmaker database (no {', '.join(missing)} table)" if missing else None


def restore_from(path: Path) -> None:
    """Replace the live database's content with the backup at ``path``."""
    target_file = _sqlite_file()
    problem = backup_problem(path)
    if problem:
        raise click.ClickException(f"{path}: {problem}; nothing was restored.")
    db.session.remove()
    db.engine.dispose()  # no connection of ours holds the old content
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    target = sqlite3.connect(target_file, timeout=30)
    try:
        source.backup(target)  # takes the target's write lock; all or nothing
    finally:
        target.close()
        source.close()


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(path: Path) -> None:
    """Copy the SQLite database to PATH safely while the site runs (PostgreSQL: pg_dump)."""
    if path.exists():
        raise click.ClickException(f"{path} exists already; give a new file name.")
    backup_to(path)
    click.echo(f"Backed up {_sqlite_file()} to {path} ({path.stat().st_size:,} bytes).")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="do not ask for confirmation")
@with_appcontext
def restore_command(path: Path, yes: bool) -> None:
    """Replace the SQLite database's content with the backup PATH (stop the site first)."""
    target = _sqlite_file()
    if not yes:
        click.confirm(f"Replace everything in {target} with {path}?", abort=True)
    restore_from(path)
    click.echo(f"Restored {path} into {target}. Run `flask db upgrade` if the backup is older than the code.")
