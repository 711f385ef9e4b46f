"""A second reader against the author's grades: how far reading alone gets on a labelled set.

``python -m tests.scoring.agreement [SET ...]`` prints, for each set that has a reader's file
(``data/readers/SET_reader.json``), the reader's top 10 and the engine's scored the same way
against the author's grades, and how often the two gave a pair the same grade.

A reader (a helper that saw only the set's needs and technologies and ``data/readers/BRIEF.md``,
never the grades, the set's sources or the engine) listed for every need the ten technologies
it would show, best first, each with its own grade 0-3. Scoring that list with the author's
grades tells whether the set's labels are reproducible by reading, so whether a target such as
NDCG@10 >= 0.93 asks the engine for something a careful reader does reach.
"""

from __future__ import annotations

import json
import sys

from tests.scoring.evaluate import DATA, allowed, cross_lingual_recall, engine_rankings, load, metrics

READERS = DATA / "readers"


def reader_sets() -> list[str]:
    return sorted(path.name.removesuffix("_reader.json") for path in READERS.glob("*_reader.json"))


def reader_lists(name: str) -> dict[str, list[tuple[str, int]]]:
    """Need id -> the reader's ten (technology id, grade), best first."""
    raw = json.loads((READERS / f"{name}_reader.json").read_text())
    return {need: [(tech, int(grade)) for tech, grade in listed] for need, listed in raw.items()}


def reader_rankings(name: str) -> dict[str, list[str]]:
    """Need id -> the reader's ten technology ids, best first: a ranking as ``evaluate.metrics`` takes it."""
    return {need: [tech for tech, _grade in listed] for need, listed in reader_lists(name).items()}


def problems(name: str) -> list[str]:
    """What makes a reader's file unusable: a need missing, not ten distinct known ids, a grade
    out of range or rising down a list, or a pair the hard constraints rule out."""
    technologies, needs, _grades, _traps = load(name)
    by_id = {t.id: t for t in technologies}
    lists = reader_lists(name)
    found = []
    for need in needs:
        if need.id not in lists:
            found.append(f"{need.id}: missing")
            continue
        listed = lists[need.id]
        ids = [tech for tech, _grade in listed]
        grades = [grade for _tech, grade in listed]
        if len(ids) != 10 or len(set(ids)) != 10 or not set(ids) <= by_id.keys():
            found.append(f"{need.id}: not ten distinct known technologies")
            continue
        if any(g not in (0, 1, 2, 3) for g in grades) or grades != sorted(grades, reverse=True):
            found.append(f"{need.id}: grades out of 0-3 or rising down the list")
        found += [f"{need.id}: {tech} is ruled out" for tech in ids if not allowed(by_id[tech], need)]
    return found


def same_grade_share(name: str) -> tuple[float, int]:
    """Of the pairs the author graded 2 or 3, the share the reader listed with the same grade."""
    _technologies, _needs, grades, _traps = load(name)
    lists = reader_lists(name)
    pairs = [(need, tech, grade) for need, graded in grades.items() for tech, grade in graded.items() if grade >= 2]
    same = sum(1 for need, tech, grade in pairs if dict(lists.get(need, ())).get(tech) == grade)
    return same / len(pairs), len(pairs)


def table(names: list[str]) -> str:
    lines = [
        "| set | ranked by | NDCG@10 | P@5 | MRR | cross-lingual R@10 (pairs) | top 1 graded 3 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in names:
        technologies, needs, grades, _traps = load(name)
        for label, rankings in (("reader", reader_rankings(name)), ("engine", engine_rankings(technologies, needs))):
            m = metrics(rankings, grades, needs)
            recall, pairs = cross_lingual_recall(rankings, grades, needs, technologies)
            top = sum(1 for n in needs if rankings[n.id] and grades[n.id].get(rankings[n.id][0]) == 3)
            lines.append(
                f"| {name} | {label} | {m['NDCG@10']:.3f} | {m['P@5']:.3f} | {m['MRR']:.3f} "
                f"| {recall:.3f} ({pairs}) | {top} of {len(needs)} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    chosen = sys.argv[1:] or reader_sets()
    unknown = sorted(set(chosen) - set(reader_sets()))
    if unknown:
        raise SystemExit(f"no reader's file for {', '.join(unknown)}; there are: {', '.join(reader_sets())}")
    for name in chosen:
        for problem in problems(name):
            print(f"{name}: {problem}", file=sys.stderr)
    print(table(chosen))
    for name in chosen:
        share, pairs = same_grade_share(name)
        print(f"{name}: the reader gave {share:.0%} of the author's {pairs} grade-2/3 pairs the same grade")
