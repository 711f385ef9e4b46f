"""Database behaviour: SQLite settings and concurrency, migrations, the audit log."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from matchmaker.app import create_app
from matchmaker.database import writer
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, AuditLogIsAppendOnly, Throttle, User

from .conftest import POSTGRES_URL

sqlite_only = pytest.mark.skipif(bool(POSTGRES_URL), reason="SQLite connection settings")


@sqlite_only
def test_a_finished_post_leaves_later_reads_as_readers(app, client):
    """A POST takes the write lock; after it, two reading sessions must not queue on that lock."""
    assert client.post("/no-such-page").status_code == 404  # past CSRF, into the request hooks
    with app.app_context():
        db.session.execute(text("SELECT 1"))  # opens the outer read transaction
        with app.app_context():
            connection = db.session.connection()
            connection.exec_driver_sql("PRAGMA busy_timeout=200")  # a locked BEGIN fails fast
            assert db.session.execute(text("SELECT 1")).scalar() == 1


@sqlite_only
def test_sqlite_uses_wal_a_busy_timeout_and_foreign_keys(app):
    with app.app_context():
        assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_concurrent_writers_wait_instead_of_failing(app):
    """Eight threads each read then write in one transaction: none may hit 'database is locked'."""
    errors: list[Exception] = []

    def read_then_write(number: int) -> None:
        with app.app_context(), writer():
            try:
                for attempt in range(5):
                    db.session.execute(db.select(db.func.count()).select_from(Throttle)).scalar_one()
                    db.session.add(Throttle(scope="test", subject=f"thread:{number}", address=str(attempt)))
                    db.session.commit()
            except Exception as error:  # noqa: BLE001 - the test reports any failure
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=read_then_write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Throttle)).scalar_one() == 40


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path, database_url):
    """`flask db upgrade` from nothing gives the models' schema (no missing migration)."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "k"})
    with app.app_context():
        if POSTGRES_URL:
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
        config: Config = app.extensions["migrate"].migrate.get_config()
        command.upgrade(config, "head")
        command.check(config)  # raises if the models differ from the migrated schema
        command.downgrade(config, "base")
        assert not db.inspect(db.engine).has_table("users")
        command.upgrade(config, "head")
        db.session.remove()
        db.drop_all()
        db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()


@sqlite_only
def test_newest_first_directory_pages_walk_an_index_instead_of_sorting(app, make_user, make_technology, make_need):
    """The default directory order reads (status, updated_at, id, …) backwards: no sort of every row."""
    from sqlalchemy import event

    from matchmaker.services import needs, technologies
    from matchmaker.services.records import ListQuery

    make_technology(make_user("company"))
    make_need(make_user("city"))
    pages: list[tuple[str, tuple]] = []

    def remember(_connection, _cursor, statement, parameters, _context, _many):
        if "LIMIT" in statement:
            pages.append((statement, parameters))

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", remember)
        try:
            technologies.list_public_technologies(ListQuery())
            needs.list_public_needs(ListQuery())
        finally:
            event.remove(db.engine, "before_cursor_execute", remember)
        assert len(pages) == 2
        for (statement, parameters), index in zip(pages, ("technologies", "needs"), strict=True):
            plan = [
                row[-1]
                for row in db.session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            ]
            assert any(f"INDEX ix_{index}_status_updated_at" in step for step in plan), plan
            assert not any("TEMP B-TREE" in step for step in plan), plan


def test_audit_rows_cannot_be_changed_or_deleted(app, make_user):
    from matchmaker.services import audit

    user = make_user("admin")
    with app.app_context():
        actor = db.session.get(User, user.id)
        audit.record(actor, "test.action", actor, note="first")
        db.session.commit()
        event = db.session.execute(db.select(AuditEvent)).scalar_one()
        event.note = "rewritten"
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        db.session.delete(db.session.execute(db.select(AuditEvent)).scalar_one())
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        assert db.session.execute(db.select(AuditEvent.note)).scalar_one() == "first"
