"""The task queue (Huey): background and scheduled work, outside the web request.

Where tasks wait: a SQLite file in the instance folder by default (``TASK_QUEUE_PATH``; no
server, the web processes and the consumer share the file), Redis when ``REDIS_URL`` is set
(several hosts). The consumer is ``huey_consumer matchmaker.worker.huey`` (see the Procfile;
``make run`` starts it beside gunicorn). Tests set ``TASKS_IMMEDIATE``: a task then runs at
once, in the process that queues it.

Defining a task (in matchmaker/jobs.py, next to the others)::

    @tasks.task()
    def refresh_need(need_id: int) -> None:
        matching.refresh_need(db.session.get(Need, need_id))  # call services; no commit

The body runs in an application context and a writer transaction that is committed when it
returns and rolled back when it raises: the task is an edge, like a view. Arguments are
pickled into the queue, so pass ids, not rows. Huey's options pass through
(``@tasks.task(retries=3, retry_delay=10)``).

Queueing it from a service, only once the change is in the database::

    tasks.after_commit(refresh_need, need.id)            # at the commit; dropped on rollback
    tasks.after_commit(refresh_need, need.id, delay=60)  # a minute after the commit

A scheduled job is ``@tasks.periodic(crontab(minute="5"))`` on a function without arguments;
the consumer runs it when due, ``flask run-scheduled`` (cron, tests) runs each due job once.
The last run of each job is kept in the database, so a job runs once per due time however
many consumers or cron entries there are.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask, current_app, has_app_context
from huey import Huey, crontab
from huey.api import TaskWrapper
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage
from sqlalchemy import event
from sqlalchemy.orm import Session

from .database import savepoint_event, writer
from .extensions import db

__all__ = ["after_commit", "crontab", "huey", "init_app", "periodic", "run_scheduled", "task"]

log = logging.getLogger("matchmaker.tasks")

# Storage is chosen by init_app from the app's settings; until then tasks stay in memory.
huey = Huey("matchmaker", results=False, utc=True, storage_class=MemoryStorage)
_bound_app: Flask | None = None

# A job whose last run is older than this is simply due (no minute-by-minute search).
_LONGEST_LOOK_BACK = timedelta(days=7)


def init_app(app: Flask) -> None:
    """Point the queue at the storage the settings name and run tasks with ``app``."""
    global _bound_app
    config = app.config
    if config.get("REDIS_URL"):
        huey.storage_class, huey.storage_kwargs = RedisStorage, {"url": config["REDIS_URL"]}
    else:
        path = Path(config["TASK_QUEUE_PATH"])
        huey.storage_class, huey.storage_kwargs = SqliteStorage, {"filename": str(path), "timeout": 15}
        if not config.get("TASKS_IMMEDIATE"):
            path.parent.mkdir(parents=True, exist_ok=True)
    huey.immediate = bool(config.get("TASKS_IMMEDIATE"))
    huey.storage = huey.create_storage()  # a fresh queue for this app (memory when immediate)
    _bound_app = app
    app.extensions["huey"] = huey
    from . import jobs  # noqa: F401 (registers the tasks, in the web processes and the consumer)


def _app() -> Flask:
    """The app to run a task with: the current one (immediate mode) or the consumer's."""
    if has_app_context():
        return current_app._get_current_object()
    if _bound_app is None:
        raise RuntimeError("matchmaker.tasks.init_app(app) has not been called")
    return _bound_app


def task(**options: Any) -> Callable[[Callable[..., Any]], TaskWrapper]:
    """Decorator: ``function`` becomes a queued task, run as an edge (see the module docstring).

    Calling the result queues it now (``send_mail(7)``); ``.call_local(7)`` runs it here.
    """

    def decorate(function: Callable[..., Any]) -> TaskWrapper:
        return huey.task(**options)(_as_edge(function))

    return decorate


def _as_edge(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        # A new app context is a new database session, even inside another one (immediate mode).
        with _app().app_context(), writer():
            try:
                result = function(*args, **kwargs)
                db.session.commit()
            except BaseException:
                db.session.rollback()
                raise
            return result

    return run


# -- queueing after the commit ----------------------------------------------------------------

_AFTER_COMMIT = "matchmaker_tasks_after_commit"


def after_commit(task_: TaskWrapper, *args: Any, delay: float | None = None) -> None:
    """Queue ``task_(*args)`` when the current transaction commits (``delay`` seconds later).

    Recorded on the database session: a rollback drops it, so a change that never happened
    never starts work. Nothing is queued until the caller's edge commits. The same call
    recorded twice in one transaction is queued once (ten edits, one refresh).
    """
    pending = db.session().info.setdefault(_AFTER_COMMIT, [])
    if (task_, args, delay) not in pending:
        pending.append((task_, args, delay))


@event.listens_for(Session, "after_commit")
def _queue_after_commit(session: Session) -> None:
    if savepoint_event(session):
        return
    for task_, args, delay in session.info.pop(_AFTER_COMMIT, []):
        try:
            if delay:
                task_.schedule(args, delay=delay)
            else:
                task_(*args)
        except Exception:  # the commit stands; work kept in the database is picked up again later
            log.exception("could not queue %s%r", task_.name, args)


@event.listens_for(Session, "after_rollback")
def _drop_after_rollback(session: Session) -> None:
    if savepoint_event(session):
        return
    session.info.pop(_AFTER_COMMIT, None)


# -- scheduled (periodic) jobs ----------------------------------------------------------------


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    schedule: Callable[[datetime], bool]
    description: str
    task: TaskWrapper

    def run_if_due(self) -> bool:
        """Run the job here and now if it is due; True if it ran."""
        return self.task.call_local()


SCHEDULE: dict[str, ScheduledJob] = {}


def periodic(schedule: Callable[[datetime], bool], **options: Any) -> Callable[[Callable[[], Any]], TaskWrapper]:
    """Decorator: run ``function`` whenever ``schedule`` (a huey ``crontab``) says, once per due time.

    The first line of the function's docstring says what it does (``flask run-scheduled --list``).
    """

    def decorate(function: Callable[[], Any]) -> TaskWrapper:
        name = function.__name__

        @functools.wraps(function)
        def run_if_due() -> bool:
            if not _claim_run(name, schedule):
                return False
            function()
            return True

        wrapper = huey.periodic_task(schedule, **options)(_as_edge(run_if_due))
        description = (function.__doc__ or name).strip().splitlines()[0]
        SCHEDULE[name] = ScheduledJob(name, schedule, description, wrapper)
        return wrapper

    return decorate


def _claim_run(name: str, schedule: Callable[[datetime], bool]) -> bool:
    """Record a run of job ``name`` now if one is due; False if it already ran for this time.

    The job's row is locked for the transaction (PostgreSQL; SQLite's writer lock does the
    same), so of two consumers or cron entries at once exactly one runs the job.
    """
    from .models import ScheduledRun, utc_now

    now = utc_now()
    row = db.session.get(ScheduledRun, name, with_for_update=True)
    if row is None:
        db.session.add(ScheduledRun(name=name, last_run_at=now))
        db.session.flush()
        return True
    if not is_due(schedule, row.last_run_at, now):
        return False
    row.last_run_at = now
    return True


def is_due(schedule: Callable[[datetime], bool], last_run: datetime, now: datetime) -> bool:
    """Whether ``schedule`` names a minute after ``last_run`` and no later than ``now``."""
    if now - last_run > _LONGEST_LOOK_BACK:
        return True
    minute = last_run.replace(second=0, microsecond=0, tzinfo=None) + timedelta(minutes=1)
    end = now.replace(tzinfo=None)
    while minute <= end:
        if schedule(minute):  # huey's crontabs take naive UTC times
            return True
        minute += timedelta(minutes=1)
    return False


def run_scheduled() -> list[str]:
    """Run every scheduled job that is due, once, now; the names of those that ran."""
    return [job.name for job in SCHEDULE.values() if job.run_if_due()]
