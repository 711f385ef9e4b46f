"""`flask backup` and `flask restore` (issue 14.11)."""

from __future__ import annotations

import sqlite3

import pytest

from matchmaker.extensions import db
from matchmaker.models import Organization, User

from .conftest import POSTGRES_URL
from .helpers import table_count

sqlite_only = pytest.mark.skipif(bool(POSTGRES_URL), reason="the SQLite backup API")


def rows(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@sqlite_only
def test_backup_holds_what_is_still_in_the_write_ahead_log(app, runner, make_user, tmp_path):
    for _ in range(3):
        make_user("company")
    with app.app_context():
        live = db.engine.url.database
        db.session.execute(db.text("SELECT 1"))  # a pooled connection stays open: no checkpoint
    assert (tmp_path / "test.db-wal").stat().st_size > 0  # the new rows sit in the WAL

    result = runner.invoke(args=["backup", str(tmp_path / "copy.db")])

    assert result.exit_code == 0, result.output
    assert "Backed up" in result.output
    assert rows(tmp_path / "copy.db", "users") == 3
    assert not (tmp_path / "copy.db-wal").exists()  # one self-contained file
    assert live.endswith("test.db")


@sqlite_only
def test_restore_brings_the_backup_back_and_the_site_reads_it(app, client, runner, make_user, tmp_path):
    kept = make_user("city")
    assert runner.invoke(args=["backup", str(tmp_path / "copy.db")]).exit_code == 0
    make_user("company")
    with app.app_context():
        db.session.get(Organization, kept.organization_id).name = "Changed after the backup"
        db.session.commit()

    result = runner.invoke(args=["restore", "--yes", str(tmp_path / "copy.db")])

    assert result.exit_code == 0, result.output
    assert table_count(app, User) == 1
    with app.app_context():
        assert db.session.get(Organization, kept.organization_id).name == "City Org 1"
        assert db.session.execute(db.text("PRAGMA integrity_check")).scalar() == "ok"
    assert client.get(f"/api/v1/organizations/{kept.organization_id}").get_json()["name"] == "City Org 1"


@sqlite_only
def test_restore_asks_before_replacing_everything(app, runner, make_user, tmp_path):
    make_user("city")
    runner.invoke(args=["backup", str(tmp_path / "copy.db")])
    make_user("city")
    result = runner.invoke(args=["restore", str(tmp_path / "copy.db")], input="n\n")
    assert result.exit_code != 0 and "Replace everything" in result.output
    assert table_count(app, User) == 2


@sqlite_only
def test_restore_refuses_a_file_that_is_not_a_matchmaker_backup(app, runner, make_user, tmp_path):
    make_user("city")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE notes (x)")
    other.close()
    for name, reason in (("junk.db", "not an SQLite database"), ("other.db", "not a Matchmaker database")):
        result = runner.invoke(args=["restore", "--yes", str(tmp_path / name)])
        assert result.exit_code != 0
        assert reason in result.output and "nothing was restored" in result.output
    assert table_count(app, User) == 1


@sqlite_only
def test_backup_never_overwrites_a_file(app, runner, tmp_path):
    (tmp_path / "copy.db").write_text("an older backup")
    result = runner.invoke(args=["backup", str(tmp_path / "copy.db")])
    assert result.exit_code != 0 and "exists already" in result.output
    assert (tmp_path / "copy.db").read_text() == "an older backup"


@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL only")
def test_on_postgresql_backup_points_at_pg_dump(app, runner, tmp_path):
    result = runner.invoke(args=["backup", str(tmp_path / "copy.db")])
    assert result.exit_code != 0
    assert "pg_dump" in result.output and "pg_restore" in result.output
