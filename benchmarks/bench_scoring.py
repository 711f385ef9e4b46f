"""The scoring engine against a scikit-learn TF-IDF brute force, and the app's warm-index latency.

    python benchmarks/bench_scoring.py [--sizes 10000 30000 100000] [--needs 1000] [--top 10]

For each size: generates the files (benchmarks/gen_records.py, fixed seed), runs
``python -m matchmaker.scoring`` and ``benchmarks/baseline_tfidf.py`` on the same files as
child processes, and reports wall time and peak memory (the child's own max RSS) of each.
Then, in this process, with the largest index warm: one new need ranked at a time (the
app's path when a city publishes a need), and one technology upserted then a need ranked
(the incremental path). Prints Markdown tables for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.gen_records import needs as generate_needs  # noqa: E402
from benchmarks.gen_records import technologies as generate_technologies  # noqa: E402
from benchmarks.gen_records import write_jsonl  # noqa: E402


def run_child(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024


def compare(size: int, need_count: int, top: int, folder: Path) -> tuple[str, float, float]:
    techs, needs = folder / f"technologies-{size}.jsonl", folder / f"needs-{need_count}.jsonl"
    write_jsonl(techs, generate_technologies(size, seed=42))
    if not needs.exists():
        write_jsonl(needs, generate_needs(need_count, seed=42))
    files = ["--technologies", str(techs), "--needs", str(needs), "--top", str(top), "--out", str(folder / "out")]
    engine_time, engine_memory = run_child([sys.executable, "-m", "matchmaker.scoring", *files])
    baseline_time, baseline_memory = run_child([sys.executable, "benchmarks/baseline_tfidf.py", *files])
    row = (
        f"| {size:,} × {need_count:,} | {engine_time:.1f} s | {engine_memory:,.0f} MB "
        f"| {baseline_time:.1f} s | {baseline_memory:,.0f} MB | {engine_time / baseline_time:.2f} |"
    )
    return row, engine_time, baseline_time


def warm_latency(size: int, samples: int = 200) -> list[str]:
    from matchmaker.scoring import Engine, parse_need, parse_technology

    technologies = [parse_technology(r) for r in generate_technologies(size, seed=42)]
    needs = [parse_need(r) for r in generate_needs(samples, seed=7)]
    started = time.perf_counter()
    engine = Engine(technologies)
    build = time.perf_counter() - started
    engine.rank(needs[0], top=10)  # first call pays one-off caches
    single = []
    for need in needs:
        started = time.perf_counter()
        engine.rank(need, top=10)
        single.append((time.perf_counter() - started) * 1000)
    after_upsert = []
    for number, need in enumerate(needs[:50]):
        changed = replace(technologies[number * 97], description=technologies[number * 97].description + " Upgraded.")
        started = time.perf_counter()
        engine.upsert(changed)
        engine.rank(need, top=10)
        after_upsert.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    engine.fold()
    fold = time.perf_counter() - started

    def stats(values: list[float]) -> str:
        ordered = sorted(values)
        return f"{statistics.median(ordered):.1f} ms | {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms"

    return [
        "| warm index, one process | median | p95 |",
        "|---|---|---|",
        f"| build the index of {size:,} technologies (one process) | {build:.1f} s | |",
        f"| rank one new need against {size:,} (top 10, with reasons) | {stats(single)} |",
        f"| upsert one technology, then rank one need | {stats(after_upsert)} |",
        f"| fold 50 upserted rows into the main matrices | {fold * 1000:.0f} ms | |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--needs", type=int, default=1000)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    print(f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}\n")
    print("| technologies × needs | engine CLI | engine peak memory | sklearn TF-IDF | sklearn peak memory | ratio |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            row, _engine, _baseline = compare(size, args.needs, args.top, Path(folder))
            print(row, flush=True)
    print()
    print("\n".join(warm_latency(max(args.sizes))))


if __name__ == "__main__":
    main()
