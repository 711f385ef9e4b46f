"""benchmarks/bench_load.py's CPU accounting: the figures judged on a shared machine."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from benchmarks import bench_load


def test_the_cpu_of_a_process_is_read_from_proc():
    before = bench_load.process_cpu([os.getpid()])
    deadline = time.process_time() + 0.05
    while time.process_time() < deadline:  # 50 ms of CPU: five clock ticks
        pass
    assert bench_load.process_cpu([os.getpid()]) - before >= 0.03
    assert bench_load.process_cpu([2**22 + 1]) == 0  # a process that is gone counts nothing


def test_a_servers_workers_are_its_children():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in bench_load.children(os.getpid())
    finally:
        child.kill()
        child.wait()


def test_the_table_shows_the_cpu_per_request():
    bare = bench_load.Result("bare Flask hello", 1000.0, 40.0, 0, app_cpu_us=500.0)
    path = bench_load.Result("/", 600.0, 50.0, 0, app_cpu_us=900.0, db_cpu_us=80.0)
    lines = bench_load.table(bare, [path]).splitlines()
    assert lines[0].endswith("| app CPU µs/req | PostgreSQL CPU µs/req |")
    assert lines[2].endswith("| 500 | |")
    assert lines[3] == "| `/` | 600 | 0.60 | 50 ms | 0 | met | 900 | 80 |"
    assert bench_load.postgres_pids("sqlite:///x.db") == []
