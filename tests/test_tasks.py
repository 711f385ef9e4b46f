"""The task queue's plumbing: storage from the settings, tasks as edges, after_commit, scheduled jobs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

from matchmaker import tasks
from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import ScheduledRun, Setting

CALLS: list[tuple] = []


@tasks.task()
def remember(value: str) -> None:
    """A test task: writes a setting row (committed by the edge) and notes the call."""
    CALLS.append((value,))
    db.session.merge(Setting(key=f"seen-{value}", value=value))


@tasks.task()
def write_then_fail(value: str) -> None:
    db.session.add(Setting(key=f"seen-{value}", value=value))
    raise RuntimeError("the task failed half way")


@pytest.fixture(autouse=True)
def no_calls():
    CALLS.clear()
    yield
    CALLS.clear()


def setting(app, key: str):
    with app.app_context():
        row = db.session.get(Setting, key)
        return row.value if row else None


# -- storage from the settings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "storage"),
    [
        ({"TASKS_IMMEDIATE": True}, MemoryStorage),
        ({}, SqliteStorage),
        ({"REDIS_URL": "redis://127.0.0.1:1/0"}, RedisStorage),  # nothing connects until a task is queued
    ],
)
def test_the_queue_storage_follows_the_settings(tmp_path, settings, storage):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x", "TASK_QUEUE_PATH": str(tmp_path / "q.db")}
        | settings
    )
    assert isinstance(tasks.huey.storage, storage)
    assert app.extensions["huey"] is tasks.huey
    assert tasks.huey.immediate is bool(settings.get("TASKS_IMMEDIATE"))
    if storage is SqliteStorage:
        assert tasks.huey.storage.filename == str(tmp_path / "q.db") and (tmp_path / "q.db").exists()


def test_the_default_queue_lives_in_the_instance_folder():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x", "TASKS_IMMEDIATE": True})
    assert app.config["TASK_QUEUE_PATH"] == f"{app.instance_path}/tasks.db"
    assert app.config["REDIS_URL"] is None


# -- tasks as edges -----------------------------------------------------------------------------


def test_a_task_runs_in_its_own_app_context_and_its_changes_are_committed(app):
    remember.call_local("outside")  # no app context here: the bound app is used
    assert CALLS == [("outside",)] and setting(app, "seen-outside") == "outside"


def test_a_task_that_raises_leaves_nothing_behind(app):
    with pytest.raises(RuntimeError):
        write_then_fail.call_local("broken")
    assert setting(app, "seen-broken") is None


# -- after_commit -------------------------------------------------------------------------------


def test_after_commit_queues_only_when_the_transaction_commits(app):
    with app.app_context():
        db.session.add(Setting(key="change", value=1))
        tasks.after_commit(remember, "committed")
        db.session.flush()
        assert CALLS == []  # not before the commit
        db.session.commit()
        assert CALLS == [("committed",)]
        db.session.commit()  # a later commit does not queue it again
    assert CALLS == [("committed",)] and setting(app, "seen-committed") == "committed"


def test_the_same_call_recorded_twice_in_a_transaction_is_queued_once(app):
    with app.app_context():
        for value in ("a", "b", "a", "a"):
            tasks.after_commit(remember, value)
        db.session.add(Setting(key="change", value=1))
        db.session.commit()
        tasks.after_commit(remember, "a")  # a new transaction: queued again
        db.session.add(Setting(key="another change", value=2))
        db.session.commit()
    assert CALLS == [("a",), ("b",), ("a",)]


def test_a_savepoint_neither_queues_nor_drops_the_transactions_work(app):
    with app.app_context():
        db.session.add(Setting(key="change", value=1))
        tasks.after_commit(remember, "outer")
        with db.session.begin_nested():  # released: the transaction is still open
            db.session.add(Setting(key="inside", value=2))
        assert CALLS == []
        try:
            with db.session.begin_nested():  # undone: the outer work still stands
                raise ValueError
        except ValueError:
            pass
        db.session.commit()
    assert CALLS == [("outer",)] and setting(app, "seen-outer") == "outer"


def test_a_savepoint_neither_starts_nor_drops_matching_alerts_or_a_new_public_version(app, monkeypatch):
    """The other after-commit work keeps the same rule. Before, each released savepoint (an
    event registration has one) started the alert check at once, which waited 15 s on the
    open transaction's lock; an undone one dropped the transaction's pending work."""
    from matchmaker import jobs, matching
    from matchmaker.models import Technology
    from matchmaker.services import alerts, changes, public_version

    started = []
    monkeypatch.setattr(matching, "refresh_suggestions", lambda pending: started.append(("refresh", pending)))
    monkeypatch.setattr(jobs, "check_alerts", lambda pending: started.append(("alerts", pending)))
    monkeypatch.setitem(app.config, "MATCHING_REFRESH", "queue")
    before = setting(app, public_version.VERSION_KEY)
    with app.app_context():
        changes.need_changed(7)
        alerts.listing_saved("need", 7)
        db.session.execute(db.update(Technology).where(Technology.id == -1).values(name="x"))  # a public change
        with db.session.begin_nested():
            db.session.add(Setting(key="inside", value=1))
        assert started == []
        try:
            with db.session.begin_nested():
                raise ValueError
        except ValueError:
            pass
        db.session.commit()
    assert sorted(started) == [("alerts", [("need", 7)]), ("refresh", [("need", 7)])]  # once each
    assert setting(app, public_version.VERSION_KEY) not in (None, before)


def test_after_commit_is_dropped_when_the_transaction_rolls_back(app):
    with app.app_context():
        db.session.add(Setting(key="change", value=1))
        tasks.after_commit(remember, "rolled back")
        db.session.flush()
        db.session.rollback()
        db.session.add(Setting(key="other", value=2))
        db.session.commit()
    assert CALLS == [] and setting(app, "seen-rolled back") is None


def test_after_commit_with_a_delay_schedules_the_task_for_later(app):
    with app.app_context():
        tasks.after_commit(remember, "later", delay=60)
        db.session.add(Setting(key="change", value=1))
        db.session.commit()
    assert CALLS == []
    scheduled = tasks.huey.scheduled()
    assert [task.args for task in scheduled] == [("later",)]
    assert scheduled[0].eta > datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=50)


def test_a_queue_that_cannot_be_reached_does_not_undo_the_commit(app, monkeypatch, caplog):
    def refuse(_task):
        raise ConnectionError("queue is down")

    monkeypatch.setattr(tasks.huey, "enqueue", refuse)
    with app.app_context(), caplog.at_level(logging.ERROR, logger="matchmaker.tasks"):
        db.session.add(Setting(key="kept", value=1))
        tasks.after_commit(remember, "lost")
        db.session.commit()
    assert setting(app, "kept") == 1
    assert any("could not queue" in record.getMessage() for record in caplog.records)


# -- scheduled jobs -----------------------------------------------------------------------------

EVERY_HOUR_AT_5 = tasks.crontab(minute="5")


@pytest.mark.parametrize(
    ("last_run", "now", "due"),
    [
        ("10:05:00", "10:06:00", False),  # ran this hour
        ("10:05:00", "11:04:59", False),
        ("10:05:00", "11:05:00", True),
        ("10:04:59", "10:05:30", True),  # ran just before the due minute
        ("10:05:30", "10:05:59", False),  # ran in the due minute already
        ("09:00:00", "11:00:00", True),  # the consumer was down at 10:05: catch up once
    ],
)
def test_a_job_is_due_when_its_schedule_names_a_minute_since_its_last_run(last_run, now, due):
    def at(clock: str) -> datetime:
        return datetime.fromisoformat(f"2026-03-02T{clock}+00:00")

    assert tasks.is_due(EVERY_HOUR_AT_5, at(last_run), at(now)) is due


def test_a_job_last_run_long_ago_is_due():
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert tasks.is_due(tasks.crontab(month="12", day="25"), now - timedelta(days=30), now)


def test_run_scheduled_runs_each_due_job_once(app, runner):
    assert set(tasks.SCHEDULE) >= {"mail_outbox", "close_past_deadlines", "repair_suggestions", "expire_listings"}
    assert {"daily_alert_digest", "weekly_alert_digest"} <= set(tasks.SCHEDULE)
    first = runner.invoke(args=["run-scheduled"])
    assert first.exit_code == 0, first.output
    assert "mail_outbox: ran" in first.output and "close_past_deadlines: ran" in first.output
    again = runner.invoke(args=["run-scheduled"])
    assert "mail_outbox: not due" in again.output and "close_past_deadlines: not due" in again.output

    with app.app_context():  # an hour later both are due again
        for row in db.session.execute(db.select(ScheduledRun)).scalars():
            row.last_run_at -= timedelta(hours=1, minutes=1)
        db.session.commit()
    later = runner.invoke(args=["run-scheduled"])
    assert "mail_outbox: ran" in later.output and "close_past_deadlines: ran" in later.output


def test_run_scheduled_lists_the_jobs(runner):
    result = runner.invoke(args=["run-scheduled", "--list"])
    assert result.exit_code == 0
    assert "mail_outbox" in result.output and "Every hour: close the open needs" in result.output
