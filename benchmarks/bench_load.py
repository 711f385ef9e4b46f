"""Requests per second under load, side by side with a bare Flask app (issue 15's measurement).

    .venv/bin/python benchmarks/bench_load.py [--quick] [--markdown FILE]
    .ci/with-postgres .venv/bin/python benchmarks/bench_load.py --database-url "$DATABASE_URL"
    .venv/bin/python benchmarks/bench_load.py --cpu          # per-request CPU cost, no server

Builds a fresh database (a SQLite file in a temporary folder, or the empty PostgreSQL database
of ``--database-url`` / ``$DATABASE_URL`` when it starts with postgresql) with
``flask db upgrade`` and ``flask import-records`` of the generated 20,000 technologies and 500
needs (benchmarks/gen_records.py, fixed seed), or takes an existing one with ``--db``. Then it
starts gunicorn with 4 sync workers for the app and the same gunicorn for a bare Flask "hello"
app (benchmarks/hello_app.py), and runs ``wrk -t2 -c32 -d8s --latency`` against the bare app,
each path, and the bare app again (the ratio is to the mean of both bare runs, since the load of
a shared machine drifts during a run). It prints requests/s, the ratio to the bare app, p99
latency, errors (socket errors and non-2xx answers) and whether each path meets the target
(≥ 0.5 of bare, p99 ≤ 100 ms, no error), and the CPU per request of the gunicorn workers and,
for a PostgreSQL server on this machine, of its processes (``/proc``, before and after each run:
the figures that move least on a shared machine). ``--quick`` runs 3 s per path; ``RESPONSE_CACHE=off``
in the environment measures the uncached cost. Debian's ``wrk`` must be installed (``apt-get install wrk``).

``--cpu`` instead times each path through Flask's test client in this process and prints the
median CPU time per request (``time.process_time``): the figure that stays meaningful on a
machine shared with other work, since two cores serve at most about 2 / cost requests a second,
and on a local PostgreSQL the server's mean CPU per request. ``--db`` also takes the URL of a
PostgreSQL database filled by an earlier run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the benchmarks package importable
    sys.path.insert(0, str(REPO))

from benchmarks import gen_records  # noqa: E402
from benchmarks.bench_import import machine  # noqa: E402

PATHS = (
    "/",
    "/api/v1/technologies?category=smart-grid&per_page=20",
    "/api/v1/technologies?q=demand%20response&per_page=20",
    "/technologies/20000",
    "/api/v1/needs?per_page=20",
    "/technologies?category=smart-grid",
    "/technologies?q=demand+response&page=3",
)
TARGET_RATIO, TARGET_P99_MS = 0.5, 100.0


@dataclass
class Result:
    label: str
    requests_per_second: float
    p99_ms: float
    errors: int
    app_cpu_us: float | None = None  # CPU of the gunicorn workers per request, µs
    db_cpu_us: float | None = None  # CPU of the PostgreSQL server per request, µs

    def ratio(self, bare: Result) -> float:
        return self.requests_per_second / bare.requests_per_second

    def meets(self, bare: Result) -> bool:
        return self.ratio(bare) >= TARGET_RATIO and self.p99_ms <= TARGET_P99_MS and self.errors == 0


# ---------------------------------------------------------------- the database


def environment(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-secret-key"),
        "MATCHING_REFRESH": "off",
        "PYTHONUTF8": "1",
    }


def flask(database_url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args],
        cwd=REPO,
        env=environment(database_url),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"flask {' '.join(args)} failed with exit status {result.returncode}")
    return result.stdout


def build(database_url: str, folder: Path, technologies: int, needs: int, seed: int) -> None:
    """Migrate the empty database and import the generated records through the CLI."""
    tech_path, need_path = folder / "technologies.jsonl", folder / "needs.jsonl"
    gen_records.write_jsonl(tech_path, gen_records.technologies(technologies, seed))
    gen_records.write_jsonl(need_path, gen_records.needs(needs, seed))
    flask(database_url, "db", "upgrade")
    print(flask(database_url, "import-records", "--technologies", str(tech_path)).strip(), file=sys.stderr)
    print(flask(database_url, "import-records", "--needs", str(need_path)).strip(), file=sys.stderr)


# ---------------------------------------------------------------- servers and wrk


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(app: str, database_url: str, workers: int, bare: bool = False) -> tuple[subprocess.Popen, str]:
    """Start gunicorn and wait until every worker has loaded the app (benchmarks/gunicorn_ready.py)."""
    port = free_port()
    ready = Path(tempfile.mkdtemp(prefix="matchmaker-ready-"))
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "benchmarks/gunicorn_ready.py", "--workers", str(workers)]
        + ["--worker-class", "sync", "--bind", f"127.0.0.1:{port}", "--log-level", "warning", app],
        cwd=REPO,
        env={**environment(database_url), "BENCH_READY_DIR": str(ready), "BENCH_BARE": "1" if bare else ""},
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    try:
        while len(list(ready.iterdir())) < workers:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn {app} exited with status {process.returncode}")
            if time.monotonic() > deadline:
                stop(process)
                raise SystemExit(f"gunicorn {app}: not every worker was ready within 300 s")
            time.sleep(0.2)
    finally:
        shutil.rmtree(ready, ignore_errors=True)
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def warm(url: str, args) -> None:
    """The path answers 200; then a short wrk run, not counted, so that every worker has
    compiled its templates and filled its caches before it is measured."""
    with urllib.request.urlopen(url, timeout=60) as answer:
        if answer.status != 200:
            raise SystemExit(f"GET {url} answered {answer.status}")
        answer.read()
    subprocess.run(["wrk", "-t1", f"-c{args.workers * 2}", "-d1s", url], capture_output=True, check=True)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(label: str, output: str) -> Result:
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if rate is None or p99 is None:
        raise SystemExit(f"could not read wrk's output for {label}:\n{output}")
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return Result(label, float(rate.group(1)), float(p99.group(1)) * UNITS[p99.group(2)], errors)


def run_wrk(label: str, url: str, args, server: subprocess.Popen | None = None) -> Result:
    """wrk against ``url``; with ``server``, also the CPU its workers (and a local PostgreSQL
    server) spent per request: on a shared machine that figure moves far less than req/s."""
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--latency", url]
    app_before = process_cpu(children(server.pid)) if server else 0.0
    db_pids = postgres_pids(args.database_url_used)
    db_before = process_cpu(db_pids)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    app_after, db_after = (process_cpu(children(server.pid)) if server else 0.0), process_cpu(db_pids)
    result = parse_wrk(label, output)
    total = re.search(r"(\d+) requests in", output)
    if total and int(total.group(1)):
        count = int(total.group(1))
        result.app_cpu_us = (app_after - app_before) / count * 1e6 if server else None
        result.db_cpu_us = (db_after - db_before) / count * 1e6 if db_pids else None
    return result


# ---------------------------------------------------------------- CPU of processes (Linux /proc)

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pids: list[int]) -> float:
    """User + system CPU seconds of ``pids`` so far (a process gone meanwhile counts 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def postgres_pids(database_url: str) -> list[int]:
    """The local PostgreSQL server's processes (postmaster and backends), if it is local."""
    if not database_url.startswith("postgresql"):
        return []
    try:
        import psycopg

        with psycopg.connect(database_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as c:
            data = c.execute("SHOW data_directory").fetchone()[0]
        postmaster = int(Path(data, "postmaster.pid").read_text().split()[0])
    except Exception:  # not local, or not readable: the figure is left out
        return []
    return [postmaster, *children(postmaster)]


def measure(database_url: str, args) -> tuple[Result, list[Result]]:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    bare_server, bare = start_gunicorn("benchmarks.hello_app:app", database_url, args.workers, bare=True)
    app_server = None
    try:
        app_server, base = start_gunicorn("wsgi:app", database_url, args.workers)
        warm(bare + "/", args)
        bare_before = run_wrk("bare Flask hello", bare + "/", args, bare_server)
        results = []
        for path in args.paths:
            warm(base + path, args)
            results.append(run_wrk(path, base + path, args, app_server))
        # The bare app again at the end: on a shared machine the load drifts during a run, and
        # the mean of both runs is the fairer yardstick for every path in between.
        bare_after = run_wrk("bare Flask hello", bare + "/", args, bare_server)
        print(
            f"bare app: {bare_before.requests_per_second:,.0f} req/s at the start, "
            f"{bare_after.requests_per_second:,.0f} at the end"
        )
        bare_result = Result(
            "bare Flask hello",
            (bare_before.requests_per_second + bare_after.requests_per_second) / 2,
            max(bare_before.p99_ms, bare_after.p99_ms),
            bare_before.errors + bare_after.errors,
            _mean(bare_before.app_cpu_us, bare_after.app_cpu_us),
        )
        return bare_result, results
    finally:
        stop(bare_server)
        if app_server is not None:
            stop(app_server)


def _mean(*values: float | None) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def table(bare: Result, results: list[Result]) -> str:
    lines = [
        "| path | req/s | of bare | p99 | errors | target | app CPU µs/req | PostgreSQL CPU µs/req |",
        "|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    rate = f"{bare.requests_per_second:,.0f}"
    bare_row = f"| bare Flask hello (mean of start and end) | {rate} | 1.00 | {bare.p99_ms:.0f} ms | {bare.errors} |"
    bare_row += f" | {_us(bare.app_cpu_us)} | |"
    lines.append(bare_row)
    for result in results:
        verdict = "met" if result.meets(bare) else "missed"
        lines.append(
            f"| `{result.label}` | {result.requests_per_second:,.0f} | {result.ratio(bare):.2f} "
            f"| {result.p99_ms:.0f} ms | {result.errors} | {verdict} "
            f"| {_us(result.app_cpu_us)} | {_us(result.db_cpu_us)} |"
        )
    return "\n".join(lines)


def _us(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


# ---------------------------------------------------------------- CPU per request


def cpu_costs(database_url: str, paths, repeat: int) -> list[tuple[str, float, float | None]]:
    """Median CPU milliseconds per request through the test client (the app alone, no HTTP),
    and on a local PostgreSQL the server's mean CPU milliseconds per request."""
    os.environ.update(environment(database_url))
    from benchmarks.hello_app import app as hello
    from matchmaker.app import create_app

    app = create_app()
    rows = [("bare Flask hello", *_cpu_cost(hello.test_client(), "/", repeat, ""))]
    client = app.test_client()
    rows += [(path, *_cpu_cost(client, path, repeat, database_url)) for path in paths]
    return rows


def _cpu_cost(client, path: str, repeat: int, database_url: str) -> tuple[float, float | None]:
    for _ in range(3):
        if client.get(path).status_code != 200:
            raise SystemExit(f"GET {path} did not answer 200")
    db_pids = postgres_pids(database_url)  # now that the app's connections are open
    samples = []
    db_before = process_cpu(db_pids)
    for _ in range(repeat):
        started = time.process_time()
        client.get(path)
        samples.append((time.process_time() - started) * 1000)
    db_ms = (process_cpu(db_pids) - db_before) / repeat * 1000 if db_pids else None
    return statistics.median(samples), db_ms


def cpu_table(rows: list[tuple[str, float, float | None]]) -> str:
    lines = ["| path | CPU ms per request (median) | PostgreSQL server CPU ms per request (mean) |", "|---|---:|---:|"]
    lines += [f"| `{path}` | {cost:.2f} | {'' if db is None else f'{db:.3f}'} |" for path, cost, db in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=None, help="an empty PostgreSQL database to fill (else SQLite)")
    parser.add_argument("--db", metavar="PATH", help="an existing SQLite file or filled PostgreSQL URL (earlier run)")
    parser.add_argument("--technologies", type=int, default=20_000)
    parser.add_argument("--needs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=int, default=8, help="seconds of wrk per path")
    parser.add_argument("--quick", action="store_true", help="3 s per path")
    parser.add_argument("--cpu", action="store_true", help="CPU time per request through the test client")
    parser.add_argument("--repeat", type=int, default=200, help="--cpu: requests timed per path")
    parser.add_argument("--path", dest="paths", action="append", help="measure this path (repeatable)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    args = parser.parse_args(argv)
    args.paths = args.paths or list(PATHS)
    if args.quick:
        args.duration = 3

    folder = Path(tempfile.mkdtemp(prefix="matchmaker-load-"))
    try:
        database_url = args.database_url or os.environ.get("DATABASE_URL", "")
        if args.db and args.db.startswith("postgresql"):  # a database filled by an earlier run
            database_url = args.db
        elif args.db:
            database_url = f"sqlite:///{Path(args.db).resolve()}"
        elif not database_url.startswith("postgresql"):
            database_url = f"sqlite:///{folder / 'load.db'}"
        if not args.db:
            print(f"Importing {args.technologies:,} technologies and {args.needs:,} needs…", file=sys.stderr)
            build(database_url, folder, args.technologies, args.needs, args.seed)
        args.database_url_used = database_url
        engine = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
        cache = os.environ.get("RESPONSE_CACHE", "on")
        print(machine())
        print(f"Database: {engine}; response cache {cache}; load average {os.getloadavg()[0]:.1f} at the start")
        if args.cpu:
            text = cpu_table(cpu_costs(database_url, args.paths, args.repeat))
        else:
            print(f"gunicorn {args.workers} sync workers; wrk -t{args.threads} -c{args.connections} -d{args.duration}s")
            bare, results = measure(database_url, args)
            text = table(bare, results)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        print()
        print(text)
        if args.markdown:
            Path(args.markdown).write_text(text + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
