"""The real consumer (``huey_consumer matchmaker.worker.huey`` in a subprocess) sending mail.

Against both storages: the SQLite file (the default) and a Redis server started here. Mail
goes to a real SMTP server (aiosmtpd); the consumer is killed mid-job, and the SMTP server is
down for a while: every mail arrives, exactly once.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis

from matchmaker import tasks
from matchmaker.extensions import db
from matchmaker.models import MailStatus, OutgoingMail
from matchmaker.services import mail
from matchmaker.services.mail import Mail

from .smtp import SMTPServer, free_port

REPO = Path(__file__).resolve().parents[1]
CONSUMER = Path(sys.executable).with_name("huey_consumer")
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
RETRY_DELAY, LEASE = 0.5, 1.0  # seconds; the defaults are a minute and two


@pytest.fixture
def redis_url(tmp_path):
    """A throw-away Redis server on a free port, with nothing written to disk."""
    if not os.path.exists(REDIS_SERVER):
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    port = free_port()
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(params=["sqlite", "redis"])
def storage(request, app):
    """Queue for real (not immediate) in this process, on the storage under test."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    app.config.update(TASKS_IMMEDIATE=False, REDIS_URL=url, MAIL_RETRY_DELAY=RETRY_DELAY, MAIL_SEND_LEASE=LEASE)
    tasks.init_app(app)
    yield request.param
    app.config.update(TASKS_IMMEDIATE=True, REDIS_URL=None)
    tasks.init_app(app)


class ConsumerProcess:
    """``huey_consumer`` as production runs it, with the test's database, queue and mail server."""

    def __init__(self, app, database_url: str, smtp_port: int, log_path: Path) -> None:
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "SECRET_KEY": app.config["SECRET_KEY"],
            "TASK_QUEUE_PATH": app.config["TASK_QUEUE_PATH"],
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": str(smtp_port),
            "MAIL_RETRY_DELAY": str(RETRY_DELAY),
            "MAIL_SEND_LEASE": str(LEASE),
        }
        self.env.pop("REDIS_URL", None)
        if app.config["REDIS_URL"]:
            self.env["REDIS_URL"] = app.config["REDIS_URL"]
        self.log_path = log_path
        self.workers = 2
        self.process: subprocess.Popen | None = None

    def start(self) -> ConsumerProcess:
        # --no-periodic: the test runs the scheduled jobs itself (flask run-scheduled).
        command = [
            str(CONSUMER),
            "matchmaker.worker.huey",
            "--workers",
            str(self.workers),
            "--delay",
            "0.05",
            "--max-delay",
            "0.2",
        ]
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(
                [*command, "--no-periodic"], cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        return self

    def kill(self) -> None:
        """SIGKILL: no chance to finish the job or to clean up."""
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # huey's graceful shutdown
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""


@pytest.fixture
def smtp():
    server = SMTPServer()
    yield server
    server.stop()


@pytest.fixture
def consumer(app, storage, smtp, database_url, tmp_path):
    process = ConsumerProcess(app, database_url, smtp.port, tmp_path / "consumer.log")
    yield process
    process.stop()


def queue_mails(app, count: int) -> list[int]:
    with app.app_context():
        rows = [mail.queue(Mail(to=f"person{n}@example.org", subject=f"Mail {n}", body="Hello")) for n in range(count)]
        db.session.commit()
        return [row.id for row in rows]


def outbox(app) -> list[OutgoingMail]:
    with app.app_context():
        rows = db.session.execute(db.select(OutgoingMail).order_by(OutgoingMail.id)).scalars().all()
        db.session.expunge_all()
        return rows


def assert_each_arrived_once(smtp: SMTPServer, count: int, consumer: ConsumerProcess) -> None:
    smtp.inbox.wait_for(count, timeout=30)
    time.sleep(2 * LEASE)  # room for a duplicate to show up
    arrived = Counter(message["To"] for message in smtp.inbox.messages)
    assert arrived == Counter(f"person{n}@example.org" for n in range(count)), consumer.log()


def test_the_consumer_sends_queued_mail(app, storage, smtp, consumer):
    smtp.start()
    consumer.start()
    ids = queue_mails(app, 3)
    assert_each_arrived_once(smtp, 3, consumer)
    rows = outbox(app)
    assert [row.id for row in rows] == ids
    assert {(row.status, row.attempts) for row in rows} == {(MailStatus.SENT, 1)}
    assert tasks.huey.pending_count() == 0  # the consumer took every task off this storage


def test_killing_the_consumer_mid_job_loses_no_mail_and_sends_none_twice(app, runner, storage, smtp, consumer):
    smtp.start()
    smtp.inbox.stall_next = True  # the first mail hangs in the middle of the SMTP conversation
    consumer.workers = 1  # so the kill finds exactly one job under way: the held one
    consumer.start()
    queue_mails(app, 4)
    assert smtp.inbox.stalled.wait(timeout=30), consumer.log()
    consumer.kill()
    smtp.inbox.release.set()  # the server refuses the held mail, to a client that is gone
    consumer.start()  # the restarted consumer sends what is still in the queue

    time.sleep(LEASE + 0.2)  # the killed job's claim runs out; the scheduled job finds the mail
    result = runner.invoke(args=["run-scheduled"])
    assert "mail_outbox: ran" in result.output, result.output

    assert_each_arrived_once(smtp, 4, consumer)
    rows = outbox(app)
    assert {row.status for row in rows} == {MailStatus.SENT}
    assert sorted(row.attempts for row in rows) == [1, 1, 1, 2]  # the held one was tried again


def test_with_the_smtp_server_down_for_a_while_every_mail_arrives_once_it_is_back(app, storage, smtp, consumer):
    consumer.start()
    queue_mails(app, 3)
    deadline = time.monotonic() + 20
    while not all(row.attempts >= 2 for row in outbox(app)):  # failed, and failed again after the delay
        assert time.monotonic() < deadline, consumer.log()
        time.sleep(0.1)
    assert {row.status for row in outbox(app)} == {MailStatus.QUEUED}
    assert all("Connection refused" in row.last_error for row in outbox(app))

    smtp.start()  # back: the retries with back-off get through
    assert_each_arrived_once(smtp, 3, consumer)
    rows = outbox(app)
    assert {(row.status, row.last_error) for row in rows} == {(MailStatus.SENT, None)}
    assert all(row.attempts >= 3 for row in rows)
