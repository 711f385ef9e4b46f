"""Time ``flask import-records`` on a fresh SQLite database.

    .venv/bin/python benchmarks/bench_import.py [--technologies 20000] [--needs 500] [--keep DIR]

Generates the records with benchmarks/gen_records.py into a temporary folder, creates the
schema the way ``make run`` does (``flask --app wsgi db upgrade``), then runs the real command
line, ``flask --app wsgi import-records --technologies FILE`` and ``--needs FILE``, each as a
subprocess with ``DATABASE_URL`` pointing at the new database, and times it from start to exit
(Python start-up and app creation included, measured on their own in the last row). The
importer creates one verified organisation per company or city name, so no account has to
exist first. ``flask rescore`` (the suggestions for every need; import-records itself does not
refresh them) is timed too unless ``--no-rescore``.

Prints the machine and a Markdown table for docs/benchmarks.md. Target: 20,000 technologies
in under 60 s. ``--keep DIR`` keeps the database (DIR/bench.db) for bench_directory.py;
``--profile`` runs the technologies import in-process under cProfile and prints the hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the benchmarks package importable
    sys.path.insert(0, str(REPO))

from benchmarks import gen_records  # noqa: E402

TARGET_SECONDS = 60.0


def machine() -> str:
    """The machine, for the record next to the results."""
    return (
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()} ({platform.python_implementation()}), SQLite {sqlite3.sqlite_version}"
    )


def flask_env(database: Path) -> dict[str, str]:
    """Environment for the ``flask`` subprocesses: the benchmark database, a fixed secret."""
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-secret-key"),
        "PYTHONUTF8": "1",
    }


def run_flask(database: Path, *args: str) -> tuple[float, str]:
    """Run ``flask --app wsgi ARGS`` from the repository; return (seconds, stdout)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args],
        cwd=REPO,
        env=flask_env(database),
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"flask {' '.join(args)} failed with exit status {result.returncode}")
    return seconds, result.stdout


def generate(folder: Path, technologies: int, needs: int, seed: int) -> tuple[Path, Path, float]:
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    tech_path, need_path = folder / "technologies.jsonl", folder / "needs.jsonl"
    gen_records.write_jsonl(tech_path, gen_records.technologies(technologies, seed))
    gen_records.write_jsonl(need_path, gen_records.needs(needs, seed))
    return tech_path, need_path, time.perf_counter() - started


def build_database(folder: Path, technologies: int, needs: int, seed: int, rescore: bool = True) -> list[tuple]:
    """Generate, migrate and import into ``folder/bench.db``; return the table rows."""
    database = folder / "bench.db"
    for stale in folder.glob("bench.db*"):
        stale.unlink()
    tech_path, need_path, generated = generate(folder, technologies, needs, seed)
    rows: list[tuple] = [("generate records (gen_records.py, in-process)", technologies + needs, generated, "")]
    seconds, _out = run_flask(database, "db", "upgrade")
    rows.append(("`flask db upgrade` (empty database)", None, seconds, ""))
    for kind, path, count in (("technologies", tech_path, technologies), ("needs", need_path, needs)):
        seconds, out = run_flask(database, "import-records", f"--{kind}", str(path))
        created = re.search(rf"(\d+) {kind} created", out)
        if created is None or int(created.group(1)) != count:
            raise SystemExit(f"import-records reported: {out.strip()!r}, expected {count} {kind} created")
        rows.append((f"`flask import-records --{kind}`", count, seconds, out.strip().split(": ", 1)[-1]))
    if rescore:
        seconds, out = run_flask(database, "rescore")
        rows.append(("`flask rescore` (suggestions for every need)", needs, seconds, out.strip()))
    seconds, _out = run_flask(database, "--help")
    rows.append(("start-up alone (`flask --app wsgi --help`, in every row above)", None, seconds, ""))
    return rows


def markdown(rows: list[tuple]) -> str:
    lines = ["| step | records | seconds | records/s |", "|---|---:|---:|---:|"]
    for step, count, seconds, _note in rows:
        rate = f"{count / seconds:,.0f}" if count else ""
        lines.append(f"| {step} | {f'{count:,}' if count else ''} | {seconds:.2f} | {rate} |")
    return "\n".join(lines)


def profile_import(folder: Path, technologies: int, seed: int, top: int = 30) -> None:
    """Import the technologies in-process under cProfile (same CLI command, test runner)."""
    profile_folder = folder / "profile"
    profile_folder.mkdir(parents=True, exist_ok=True)
    database = profile_folder / "bench.db"
    tech_path, _need_path, _seconds = generate(profile_folder, technologies, 1, seed)
    run_flask(database, "db", "upgrade")
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("SECRET_KEY", "benchmark-secret-key")
    from matchmaker.app import create_app

    app = create_app()
    runner = app.test_cli_runner()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    result = runner.invoke(args=["import-records", "--technologies", str(tech_path)])
    profiler.disable()
    print(f"\nIn-process import of {technologies:,} technologies under cProfile: {time.perf_counter() - started:.1f} s")
    print(result.output.strip())
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time flask import-records on a fresh SQLite database.")
    parser.add_argument("--technologies", type=int, default=20_000)
    parser.add_argument("--needs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep DIR/bench.db (default: a temp dir)")
    parser.add_argument("--no-rescore", dest="rescore", action="store_false", help="skip timing flask rescore")
    parser.add_argument("--profile", action="store_true", help="also profile the import in-process (cProfile)")
    args = parser.parse_args(argv)

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="matchmaker-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        rows = build_database(folder.resolve(), args.technologies, args.needs, args.seed, args.rescore)
        print(machine())
        print()
        print(markdown(rows))
        print()
        for step, _count, _seconds, note in rows:
            if note:
                print(f"- {step}: {note}")
        tech_seconds = next(seconds for step, _c, seconds, _n in rows if "--technologies" in step)
        verdict = "met" if tech_seconds < TARGET_SECONDS * args.technologies / 20_000 else "MISSED"
        print(f"\nTarget ({TARGET_SECONDS:.0f} s for 20,000 technologies, pro rata): {verdict}")
        if args.profile:
            profile_import(folder.resolve(), args.technologies, args.seed)
        if args.keep:
            print(f"\nDatabase kept: {folder.resolve() / 'bench.db'}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
