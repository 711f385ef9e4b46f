"""What one technology edit costs the background refresher: targeted against full refresh.

    python benchmarks/bench_refresh.py --db /tmp/mm-bench/bench.db   # built by bench_import.py --keep

Times, in one process with the index warm, `matching.refresh_all()` (every need re-ranked) and
`matching.refresh_for_technology(id)` (only the needs the technology can affect) for a few
technologies, rolling back after each so every run starts from the same suggestions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database built by bench_import.py --keep")
    parser.add_argument("--samples", type=int, default=10)
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(args.db).resolve()}"
    from matchmaker import matching
    from matchmaker.app import create_app
    from matchmaker.extensions import db
    from matchmaker.models import Match, Need, Technology

    app = create_app()
    with app.app_context():
        started = time.perf_counter()
        matching.current_engine()
        warm = time.perf_counter() - started
        technologies = db.session.execute(db.select(Technology.id).order_by(Technology.id)).scalars().all()
        needs = db.session.execute(db.select(db.func.count(Need.id))).scalar_one()
        # Half the picks at random places in the catalogue, half among today's suggestions.
        suggested = db.session.execute(db.select(Match.technology_id).distinct().order_by(Match.technology_id))
        suggested = suggested.scalars().all()
        half = max(1, args.samples // 2)
        picks = technologies[:: max(1, len(technologies) // half)][:half]
        picks += suggested[:: max(1, len(suggested) // half)][:half]
        started = time.perf_counter()
        matching.refresh_all()
        full = time.perf_counter() - started
        db.session.rollback()
        targeted, touched = [], []
        for technology_id in picks:
            started = time.perf_counter()
            totals = matching.refresh_for_technology(technology_id)
            targeted.append(time.perf_counter() - started)
            touched.append(totals["needs"])
            db.session.rollback()
    print(f"{len(technologies):,} technologies, {needs:,} needs; index warmed in {warm:.1f} s\n")
    print("| refresh after one technology changed | seconds | needs re-ranked |")
    print("|---|---:|---:|")
    print(f"| full (`refresh_all`) | {full:.2f} | {needs:,} |")
    print(
        f"| targeted (`refresh_for_technology`), median of {len(picks)} | {statistics.median(targeted):.2f} "
        f"| {statistics.median(touched):.0f} (max {max(touched)}) |"
    )


if __name__ == "__main__":
    main()
