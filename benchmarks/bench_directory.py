"""Time the public directory pages and the list API on a 20,000-technology SQLite database.

    .venv/bin/python benchmarks/bench_directory.py [--db /tmp/mm-bench/bench.db]

Without ``--db`` it first builds the database the way bench_import.py does (generated records,
``flask db upgrade``, ``flask import-records``) in a temporary folder. Each URL is requested
through Flask's test client (``app.test_client()``: the whole app, routing, queries and
templates, but no HTTP server): 3 warm-up requests, then 30 timed ones. Every response must
be 200. Prints the machine and a Markdown table with the median and p95 (nearest rank) in
milliseconds and the number of results the page reports. Target: under 100 ms each.
``--profile`` profiles the URLs that missed the target with cProfile and prints the hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import os
import pstats
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the benchmarks package importable
    sys.path.insert(0, str(REPO))

from benchmarks.bench_import import build_database, machine  # noqa: E402

TARGET_MS = 100.0
WARM_UP = 3
TIMED = 30

# (path, query parameters) in the order of the brief
PAGES: tuple[tuple[str, dict[str, str]], ...] = (
    ("/technologies", {}),
    ("/technologies", {"page": "50"}),
    ("/technologies", {"category": "smart-grid"}),
    ("/technologies", {"q": "demand response"}),
    ("/technologies", {"q": "需求响应"}),
    ("/technologies", {"country": "CN", "trl": "7"}),
    ("/needs", {}),
    ("/api/v1/technologies", {"q": "battery", "per_page": "50"}),
)

TOTAL_PATTERN = re.compile(r"([\d,]+) (?:technolog(?:y|ies)|open needs?)<")


def url(path: str, params: dict[str, str]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def label(path: str, params: dict[str, str]) -> str:
    """The URL as a person types it (unencoded, + for spaces)."""
    if not params:
        return path
    return path + "?" + "&".join(f"{key}={value.replace(' ', '+')}" for key, value in params.items())


def results(response) -> str:
    """How many records the page or API answer reports."""
    if response.is_json:
        return f"{response.get_json()['total']:,}"
    found = TOTAL_PATTERN.search(response.get_data(as_text=True))
    return f"{int(found.group(1).replace(',', '')):,}" if found else "?"


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def time_pages(client) -> list[tuple[str, float, float, str]]:
    rows = []
    for path, params in PAGES:
        target = url(path, params)
        for _ in range(WARM_UP):
            response = client.get(target)
            if response.status_code != 200:
                raise SystemExit(f"GET {label(path, params)} answered {response.status_code}, not 200")
        samples = []
        for _ in range(TIMED):
            started = time.perf_counter()
            response = client.get(target)
            samples.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"GET {label(path, params)} answered {response.status_code}, not 200")
        rows.append((label(path, params), statistics.median(samples), percentile(samples, 0.95), results(response)))
    return rows


def markdown(rows: list[tuple[str, float, float, str]]) -> str:
    lines = ["| URL | results | median ms | p95 ms |", "|---|---:|---:|---:|"]
    for page, median, p95, count in rows:
        lines.append(f"| `{page}` | {count} | {median:.1f} | {p95:.1f} |")
    return "\n".join(lines)


def profile(client, pages: list[str], top: int = 25) -> None:
    for page in pages:
        path, _, query = page.partition("?")
        params = dict(part.split("=", 1) for part in query.split("&")) if query else {}
        target = url(path, {key: value.replace("+", " ") for key, value in params.items()})
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            client.get(target)
        profiler.disable()
        print(f"\n### cProfile of 10 × GET {page}")
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the directory pages with Flask's test client.")
    parser.add_argument("--db", metavar="PATH", help="an existing database from bench_import.py --keep DIR")
    parser.add_argument("--technologies", type=int, default=20_000, help="when building: technologies")
    parser.add_argument("--needs", type=int, default=500, help="when building: needs")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--profile", action="store_true", help="profile the URLs that miss the target")
    args = parser.parse_args(argv)

    folder = None
    if args.db:
        database = Path(args.db).resolve()
        if not database.exists():
            raise SystemExit(f"{database}: no such file")
    else:
        folder = Path(tempfile.mkdtemp(prefix="matchmaker-bench-"))
        print(f"Building a database of {args.technologies:,} technologies and {args.needs:,} needs…", file=sys.stderr)
        build_database(folder, args.technologies, args.needs, args.seed, rescore=True)
        database = folder / "bench.db"
    try:
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
        os.environ.setdefault("SECRET_KEY", "benchmark-secret-key")
        from matchmaker.app import create_app

        app = create_app()
        client = app.test_client()
        rows = time_pages(client)
        print(machine())
        print(f"Database: {database.name}, {database.stat().st_size / 1e6:.0f} MB; {WARM_UP} warm-up + {TIMED} timed")
        print()
        print(markdown(rows))
        missed = [page for page, _median, p95, _count in rows if p95 >= TARGET_MS]
        print(f"\nTarget (p95 < {TARGET_MS:.0f} ms each): {'met' if not missed else 'MISSED by ' + ', '.join(missed)}")
        if args.profile and missed:
            profile(client, missed)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
