"""Where the engine misses: per need below a NDCG@10 bar, its top 10 with grades and reasons.

    python -m tests.scoring.misses SET [--below 0.95] [--all]

Reads one labelled set and prints, for every need whose NDCG@10 is below the bar, the title, the
engine's top 10 (grade, score, text and category signals, first reason) and the relevant
technologies it left out of the top 10 (with their rank in the top 50, if any).
"""

from __future__ import annotations

import sys

from matchmaker.scoring import Engine

from . import evaluate


def misses(name: str, below: float = 0.95) -> str:
    technologies, needs, grades, _traps = evaluate.load(name)
    by_id = {t.id: t for t in technologies}
    engine = Engine(technologies)
    lines = []
    for need, ranked in zip(needs, engine.rank_many(needs, 50), strict=True):
        graded = grades.get(need.id, {})
        ids = [s.technology_id for s in ranked]
        score = evaluate.ndcg(ids, graded)
        if score >= below or not graded:
            continue
        lines.append(f"\n## {need.id} NDCG {score:.3f} [{','.join(need.categories)}] {need.title}")
        lines.append(f"   {need.description[:300]}")
        for rank, s in enumerate(ranked[:10], 1):
            t = by_id[s.technology_id]
            lines.append(
                f"  {rank:2} g{graded.get(t.id, 0)} {s.score:.3f} t{s.signals['text']:.2f} c{s.signals['category']:.2f}"
                f" {t.id} {t.name[:60]} [{t.categories[0]}] | {s.reasons[0][:90] if s.reasons else ''}"
            )
        for tid, grade in sorted(graded.items(), key=lambda item: -item[1]):
            if grade >= evaluate.RELEVANT and tid not in ids[:10]:
                where = ids.index(tid) + 1 if tid in ids else None
                t = by_id[tid]
                lines.append(f"  MISSING g{grade} rank {where} {tid} {t.name[:60]} [{t.categories[0]}]")
    return "\n".join(lines)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    bar = 1.01 if "--all" in sys.argv else 0.95
    if "--below" in sys.argv:
        bar = float(sys.argv[sys.argv.index("--below") + 1])
        arguments = [a for a in arguments if a != sys.argv[sys.argv.index("--below") + 1]]
    for set_name in arguments or evaluate.SETS:
        print(f"# {set_name}")
        print(misses(set_name, bar))
