"""CPU of reading technology texts: this engine against the engine of other commits, in turns.

    python benchmarks/bench_features_ab.py --against 57b1db1 [--against 9707887] [--count 3000] [--rounds 6]

Each engine (``matchmaker/scoring`` of this checkout, and of each ``--against`` commit, taken
with ``git archive`` into a temporary folder under another package name) reads the same
generated technologies (benchmarks/gen_records.py, fixed seed) in one process, taking turns
``--rounds`` times, forwards then backwards. Taking turns in one process makes the ratio
robust to the machine's speed drifting, which on a shared machine swamps a 10% change in wall
time. Prints each engine's total CPU and its ratio to the first ``--against``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.gen_records import technologies as generate_technologies  # noqa: E402


def engine_copy(folder: Path, name: str, commit: str | None) -> None:
    """``matchmaker/scoring`` of ``commit`` (None: this checkout) as the package ``name``."""
    target = folder / name
    if commit is None:
        shutil.copytree(ROOT / "matchmaker" / "scoring", target)
        return
    archive = folder / f"{name}.tar"
    with archive.open("wb") as out:
        archive_command = ["git", "archive", commit, "matchmaker/scoring"]
        subprocess.run(archive_command, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL, check=True)
    with tarfile.open(archive) as tar:
        options = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python 3.11.4 and later
        tar.extractall(folder / f"{name}.src", **options)
    shutil.move(folder / f"{name}.src" / "matchmaker" / "scoring", target)


def reader(name: str, records: list[dict]):
    """The engine's own technology reader and its parsed records."""
    text = importlib.import_module(f"{name}.text")
    engine = importlib.import_module(f"{name}.engine")
    parse = importlib.import_module(f"{name}.records").parse_technology
    text.lexicon()  # loaded once, outside the timing
    if hasattr(engine, "technology_features"):
        read = engine.technology_features
    else:  # engines before the name was read once and counted twice

        def read(technology):
            return text.features(engine.technology_text(technology))

    return read, [parse(record) for record in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", required=True, metavar="COMMIT")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=6)
    options = parser.parse_args()
    records = generate_technologies(options.count)
    engines = [(commit, f"engine_{index}") for index, commit in enumerate(options.against)] + [(None, "engine_here")]
    with tempfile.TemporaryDirectory() as folder:
        for commit, name in engines:
            try:
                engine_copy(Path(folder), name, commit)
            except subprocess.CalledProcessError:
                parser.error(f"--against {commit}: no matchmaker/scoring at that commit (git archive failed)")
        sys.path.insert(0, folder)
        readers = {name: reader(name, records) for _commit, name in engines}
        totals = dict.fromkeys(readers, 0.0)
        gc.disable()  # as the engine's own build does
        for round_ in range(options.rounds):
            for name in list(readers) if round_ % 2 == 0 else list(readers)[::-1]:
                read, technologies = readers[name]
                started = time.process_time()
                for technology in technologies:
                    read(technology)
                totals[name] += time.process_time() - started
            gc.collect()
    base = totals[engines[0][1]]
    for commit, name in engines:
        label = commit or "this checkout"
        share = totals[name] / base
        print(f"{label:>14}: {totals[name]:6.2f} s CPU for {options.rounds} x {options.count} ({share:.3f})")


if __name__ == "__main__":
    main()
