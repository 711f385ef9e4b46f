"""No suggestion is lost when the web server dies (issue 14.4): needs created through a real
gunicorn, then ``kill -9`` of its master and workers; the queued refreshes survive in the task
queue, and a refresh that never reached the queue is repaired by the scheduled job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, Need, User
from matchmaker.services import needs

from .conftest import NEED
from .smtp import free_port

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NEEDS = 12


def environment(app, database_url: str, queue_path: Path) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": app.config["SECRET_KEY"]}
    env["TASK_QUEUE_PATH"] = str(queue_path)
    env.pop("REDIS_URL", None)
    return env


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def post_need(port: int, token: str, title: str) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/needs",
        data=json.dumps({**NEED, "title": title}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["id"]


def needs_without_suggestions(app, need_ids: list[int]) -> set[int]:
    with app.app_context():
        suggested = set(db.session.execute(db.select(Match.need_id).where(Match.need_id.in_(need_ids))).scalars())
        return set(need_ids) - suggested


@pytest.mark.timeout(180)
def test_needs_created_before_a_kill_9_all_get_their_suggestions(
    app, database_url, tmp_path, make_user, make_technology, api_token
):
    city, company = make_user("city", country="CN", region="CN-GD"), make_user("company")
    make_technology(company)  # a demand-response platform that fits NEED
    token = api_token(city)["Authorization"].removeprefix("Bearer ")
    env = environment(app, database_url, tmp_path / "tasks.db")
    port = free_port()
    web = subprocess.Popen(
        [str(BIN / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes master and workers
    )
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/healthz"), 60, "gunicorn")
        need_ids = [post_need(port, token, f"Peak load of district {n}") for n in range(NEEDS)]
    finally:
        os.killpg(web.pid, signal.SIGKILL)
        web.wait(timeout=10)
    assert needs_without_suggestions(app, need_ids) == set(need_ids), "no worker ran yet: all still owed"

    # A need whose refresh never reached the queue (a process that died right after its commit):
    # committed here with the refresh path off.
    with app.app_context():
        lost = needs.create_need(db.session.get(User, city.id), {**NEED, "title": "Peak load, refresh lost"})
        db.session.commit()
        need_ids.append(lost.id)

    worker = subprocess.Popen(
        [str(BIN / "huey_consumer"), "matchmaker.worker.huey", "--workers", "2", "--no-periodic", "--delay", "0.05"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: not needs_without_suggestions(app, need_ids[:-1]), 60, "the queued refreshes")
    finally:
        worker.send_signal(signal.SIGINT)
        worker.wait(timeout=20)
    subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", "run-scheduled"], cwd=REPO, env=env, check=True, capture_output=True
    )
    assert needs_without_suggestions(app, need_ids) == set()
    with app.app_context():
        rows = db.session.execute(db.select(Need)).scalars()
        assert all(need.suggested_version == need.version for need in rows)
