"""``flask`` commands: create-admin, seed-demo, import/export-records, rescore, run-scheduled, unlock-account,
backup, restore."""

from __future__ import annotations

import os
import sys
import time

import click
from flask import Flask
from flask.cli import with_appcontext

from .database import writer
from .extensions import db
from .services import accounts
from .services.errors import ValidationError


def init_app(app: Flask) -> None:
    from . import backup

    for command in (
        create_admin,
        seed_demo,
        import_records,
        export_records,
        rescore,
        run_scheduled,
        unlock_account,
        backup.backup_command,
        backup.restore_command,
    ):
        app.cli.add_command(command)


def fail(message: str) -> None:
    """Stop the command with a clear message and a non-zero exit status."""
    raise click.ClickException(message)


@click.command("create-admin")
@click.argument("email")
@with_appcontext
def create_admin(email: str) -> None:
    """Create an admin. Password from MATCHMAKER_ADMIN_PASSWORD, else asked for."""
    password = os.environ.get("MATCHMAKER_ADMIN_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    with writer():
        try:
            user = accounts.create_admin(email, password)
            db.session.commit()
        except ValidationError as error:
            db.session.rollback()
            fail("; ".join(f"{field}: {message}" for field, message in error.fields.items()) or error.message)
    click.echo(f"Admin {user.email} created.")


@click.command("seed-demo")
@with_appcontext
def seed_demo() -> None:
    """Load the demo data set (idempotent: does nothing if it is already there)."""
    from .demo import load_demo_data

    with writer():
        created = load_demo_data()
        db.session.commit()
    if not created:
        click.echo("Demo data already loaded; nothing to do.")
        return
    click.echo("Demo data loaded. Accounts (e-mail / password):")
    for email, password, role in created:
        click.echo(f"  {role:8} {email:40} {password}")


@click.command("import-records")
@click.option(
    "--technologies", "technologies_path", type=click.Path(dir_okay=False), help="technologies JSON Lines file"
)
@click.option("--needs", "needs_path", type=click.Path(dir_okay=False), help="needs JSON Lines file")
@with_appcontext
def import_records(technologies_path: str | None, needs_path: str | None) -> None:
    """Bulk-load records in the scoring contract's format; a bad file loads nothing."""
    from .services import importer

    if not technologies_path and not needs_path:
        fail("Give --technologies FILE, --needs FILE or both.")
    for kind, path in (("technologies", technologies_path), ("needs", needs_path)):
        if path:
            _import_file(importer, kind, path)


def _import_file(importer, kind: str, path: str) -> None:
    """Check the whole file, then store it in short transactions, with progress bars on stderr."""
    try:
        total = sum(1 for _ in importer.read_jsonl(path))
    except OSError as error:
        fail(f"{path}: {error.strerror}")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text")
    try:
        with click.progressbar(length=total, label=f"Checking {kind}", file=sys.stderr) as bar:
            parsed = importer.parse_file(path, kind, bar.update)
    except importer.ImportFailure as error:
        fail(f"{error} (nothing from this file was loaded)")
    with click.progressbar(length=len(parsed), label=f"Loading {kind}", file=sys.stderr) as bar:
        counts = load_checked(importer, kind, parsed, bar.update)
    click.echo(
        f"{path}: {counts['created']} {kind} created, {counts['updated']} updated, "
        f"{counts['organizations']} organisations created."
    )


# On SQLite a writer waiting for the lock polls it every 100 ms at worst: after each of a
# long job's commits, pause longer than that so waiting web writes get their turn.
SQLITE_YIELD_SECONDS = 0.12


def commit_and_yield() -> None:
    """Commit a long job's transaction so far and let other writers in (CLI checkpoints)."""
    db.session.commit()
    if db.engine.dialect.name == "sqlite":
        time.sleep(SQLITE_YIELD_SECONDS)


def load_checked(importer, kind: str, parsed: list, progress=lambda n: None) -> dict[str, int]:
    """Store checked records in short transactions, yielding the write lock between them."""
    session = db.session()
    session.expire_on_commit = False  # the loaded rows stay usable across the checkpoints
    try:
        with writer():
            counts = importer.import_records(None, kind, parsed, progress, checkpoint=commit_and_yield)
            db.session.commit()
    finally:
        session.expire_on_commit = True
    return counts


@click.command("unlock-account")
@click.argument("email")
@with_appcontext
def unlock_account(email: str) -> None:
    """Forget an account's failed log-ins from every address, so it can sign in at once."""
    from .services import throttle

    with writer():
        if accounts.find_by_email(email) is None:
            fail(f"No account with the e-mail {email}.")
        cleared = throttle.unlock_account(email)
        db.session.commit()
    click.echo(f"{email.strip().lower()}: unlocked ({cleared} throttled address(es) cleared).")


@click.command("export-records")
@click.argument("kind", type=click.Choice(["technologies", "needs"]))
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="file to write (default stdout)")
@with_appcontext
def export_records(kind: str, output_format: str, out) -> None:
    """Export all technologies or needs as JSON Lines (the scoring contract's format) or CSV."""
    from .services import exports

    rows = exports.records(kind)
    chunks = exports.as_jsonl(rows) if output_format == "jsonl" else exports.as_csv(kind, rows)
    for chunk in chunks:
        out.write(chunk)


@click.command("rescore")
@with_appcontext
def rescore() -> None:
    """Recompute the engine's suggestions for every need (matches people acted on are kept)."""
    from . import matching
    from .models import Need

    with writer():
        total = db.session.execute(db.select(db.func.count()).select_from(Need)).scalar_one()
        click.echo("Indexing technologies…", err=True)
        matching.current_engine()
        with click.progressbar(length=total, label="Scoring needs", file=sys.stderr) as bar:
            counts = matching.refresh_all(bar.update, checkpoint=db.session.commit)
        db.session.commit()
    click.echo(
        f"{counts['needs']} needs scored: {counts['added']} suggestions added, {counts['updated']} updated, "
        f"{counts['removed']} removed, {counts['revived']} rejected pairs suggested again after a change."
    )


@click.command("run-scheduled")
@click.option("--list", "list_only", is_flag=True, help="Show the scheduled jobs and run nothing.")
@with_appcontext
def run_scheduled(list_only: bool) -> None:
    """Run every scheduled job that is due, once, now (for cron and tests)."""
    from . import tasks

    if list_only:
        for job in tasks.SCHEDULE.values():
            click.echo(f"{job.name:24} {job.description}")
        return
    ran = tasks.run_scheduled()
    for name in tasks.SCHEDULE:
        click.echo(f"{name}: {'ran' if name in ran else 'not due'}")
