"""A big import shares SQLite with the site; a write that cannot get the lock answers 503
with Retry-After, never 500 (issue 14.5)."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager

import pytest

from matchmaker import cli
from matchmaker.database import writer
from matchmaker.extensions import db
from matchmaker.models import Need, Technology
from matchmaker.services import importer

from .conftest import NEED, POSTGRES_URL
from .helpers import PASSWORD, csrf_token_from, table_count
from .test_import_export import TECHNOLOGIES, write_jsonl

sqlite_only = pytest.mark.skipif(bool(POSTGRES_URL), reason="SQLite's single write lock")


def many_technologies(count: int) -> list[dict]:
    return [
        {**TECHNOLOGIES[0], "id": f"t{number}", "company": f"Importer Co {number % 40}", "name": f"Grid kit {number}"}
        for number in range(count)
    ]


def import_in_background(app, path: str, chunked: bool) -> threading.Thread:
    """What `flask import-records` does after checking the file (or did: one transaction)."""
    parsed = importer.parse_file(path, "technologies")

    def load() -> None:
        with app.app_context():
            if chunked:  # each batch held a little longer: the import as a whole outlasts any wait
                cli.load_checked(importer, "technologies", parsed, progress=lambda _count: time.sleep(0.03))
            else:
                with writer():
                    importer.import_records(None, "technologies", parsed)
                    time.sleep(1.5)  # a long transaction, however fast or loaded the machine is
                    db.session.commit()
            db.session.remove()

    thread = threading.Thread(target=load)
    thread.start()
    return thread


def writes_during(thread: threading.Thread, client, headers, limit: int = 12) -> list[int]:
    statuses = []
    time.sleep(0.2)  # the import has the lock
    while thread.is_alive() and len(statuses) < limit:
        statuses.append(client.post("/api/v1/needs", json=NEED, headers=headers).status_code)
        time.sleep(0.05)
    return statuses


@sqlite_only
def test_web_writes_go_through_while_a_big_import_runs(app, client, make_user, api_token, tmp_path, monkeypatch):
    app.config.update(IMPORT_TRANSACTION_SECONDS=0.1)
    # Small batches and a 2 s wait: a transaction is one batch past 0.1 s, and even on a machine
    # loaded five times over a batch of 20 ends well inside the wait (with 50 and 1 s, it did not).
    # The import holds its batches 2.25 s in all, so in one transaction it would starve the writes.
    monkeypatch.setattr(importer, "BATCH", 20)
    headers = api_token(make_user("city"))
    path = write_jsonl(tmp_path / "big.jsonl", many_technologies(1500))
    _reconnect_with_busy_timeout(app, 2000)

    thread = import_in_background(app, path, chunked=True)
    statuses = writes_during(thread, client, headers)
    thread.join()

    assert len(statuses) >= 3, "the import ended before the writes could overlap it"
    assert set(statuses) == {201}
    assert table_count(app, Technology) == 1500
    assert table_count(app, Need) == len(statuses)


@sqlite_only
def test_one_long_import_transaction_would_starve_the_writes(app, client, make_user, api_token, tmp_path):
    """The same import without checkpoints (as before): the writes time out, with 503s."""
    headers = api_token(make_user("city"))
    path = write_jsonl(tmp_path / "big.jsonl", many_technologies(1500))
    _reconnect_with_busy_timeout(app, 300)

    thread = import_in_background(app, path, chunked=False)
    statuses = writes_during(thread, client, headers, limit=3)
    thread.join()

    assert statuses, "the writes began only after the import"
    assert 503 in statuses and 500 not in statuses


def _reconnect_with_busy_timeout(app, milliseconds: int) -> None:
    from sqlalchemy import event

    with app.app_context():
        db.engine.dispose()

        @event.listens_for(db.engine, "connect")
        def short_timeout(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA busy_timeout={milliseconds}")


@contextmanager
def database_locked_elsewhere(app):
    """Another process holds SQLite's write lock; writers here give up after 200 ms."""
    _reconnect_with_busy_timeout(app, 200)
    with app.app_context():
        path = db.engine.url.database
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@sqlite_only
def test_an_api_write_that_cannot_get_the_lock_answers_503_with_retry_after(app, client, make_user, api_token):
    headers = api_token(make_user("city"))
    with database_locked_elsewhere(app):
        response = client.post("/api/v1/needs", json=NEED, headers=headers)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.get_json()["error"]["code"] == "busy"
    assert "try again" in response.get_json()["error"]["message"]
    assert table_count(app, Need) == 0


@sqlite_only
def test_sign_in_that_cannot_get_the_lock_answers_an_html_503(app, client, make_user):
    make_user("company", email="bd@pearl.example")
    token = csrf_token_from(client.get("/login").get_data(as_text=True))
    with database_locked_elsewhere(app):
        response = client.post("/login", data={"email": "bd@pearl.example", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.content_type.startswith("text/html")
    assert "The database is busy" in response.get_data(as_text=True)
