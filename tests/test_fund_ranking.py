"""Fund suggestions on the labelled set tests/scoring/data/funds (written before the engine was
read): every trap ruled out by a hard constraint, and NDCG@10 above a category-only baseline.

Runs the bridge's ranking (matching.rank_candidates) on plain records: no database needed.
``python -m tests.test_fund_ranking`` prints the numbers reported in docs/scoring.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from matchmaker import matching, scoring
from tests.scoring.evaluate import ndcg

DATA = Path(__file__).parent / "scoring" / "data" / "funds"


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def load():
    funds = [SimpleNamespace(**record) for record in _lines("funds.jsonl")]
    candidates = {}
    for record in _lines("technologies.jsonl"):
        candidates[record["id"]] = matching.Candidate(
            kind="technology",
            id=record["id"],
            amount_usd=record["seeking_investment_usd"],
            trl=record["trl"],
            verified=record["verified"],
            item=scoring.parse_technology({**record, "id": f"technology:{record['id']}"}),
        )
    for record in _lines("needs.jsonl"):
        seeking = record["funding"] == "seeking_finance"
        candidates[record["id"]] = matching.Candidate(
            kind="need",
            id=record["id"],
            amount_usd=record["finance_sought_usd"] if seeking else None,
            trl=None,
            verified=record["verified"],
            readiness=sum(record["bankability"].values()),
            item=scoring.Technology(
                id=f"need:{record['id']}",
                company=record["city"],
                name=record["title"],
                categories=tuple(record["categories"]),
                description=record["description"],
                regions=(record["region"],),
            ),
        )
    grades = json.loads((DATA / "grades.json").read_text())
    traps = json.loads((DATA / "traps.json").read_text())
    return funds, candidates, grades, traps


def engine_rankings(funds, candidates, top: int = 10) -> dict[str, list[str]]:
    pool = list(candidates.values())
    return {fund.id: [s.id for s in matching.rank_candidates(fund, pool, top)] for fund in funds}


def category_baseline(funds, candidates, top: int = 10, reverse_ties: bool = False) -> dict[str, list[str]]:
    """The same hard constraints, then how many of the fund's categories a record has; ties by
    id, or by id backwards (the set's ids happen to run from the best records of a sector to
    the weaker ones, so ties by id flatter the baseline: both orders are reported)."""
    rankings = {}
    for fund in funds:
        eligible = [c for c in candidates.values() if matching.fund_rules_out(fund, c) is None]
        overlap = {c.id: len(set(c.item.categories) & set(fund.categories)) for c in eligible}
        ties = sorted((i for i in overlap if overlap[i]), reverse=reverse_ties)
        rankings[fund.id] = sorted(ties, key=lambda i: -overlap[i])[:top]
    return rankings


def mean_ndcg(rankings, grades) -> float:
    return sum(ndcg(rankings[fund_id], grades[fund_id]) for fund_id in grades) / len(grades)


@pytest.fixture(scope="module")
def labelled():
    return load()


@pytest.fixture(scope="module")
def rankings(labelled):
    funds, candidates, _grades, _traps = labelled
    return engine_rankings(funds, candidates, top=len(candidates))


def test_every_trap_is_ruled_out(labelled, rankings):
    funds, candidates, _grades, traps = labelled
    reasons = {"not seeking": "ticket"}  # no amount sought is outside any ticket
    exact = 0
    for fund in funds:
        for record_id, reason in traps[fund.id].items():
            assert record_id not in rankings[fund.id], (fund.id, record_id)
            found = matching.fund_rules_out(fund, candidates[record_id])
            assert found is not None, (fund.id, record_id)
            exact += found == reasons.get(reason, reason)
    # The first rule broken is named; a trap may break two (fn14: unverified and too large).
    assert exact >= sum(map(len, traps.values())) - 1


def test_every_graded_record_passes_the_hard_constraints(labelled):
    funds, candidates, grades, _traps = labelled
    for fund in funds:
        for record_id in grades[fund.id]:
            assert matching.fund_rules_out(fund, candidates[record_id]) is None, (fund.id, record_id)


def test_the_engine_beats_the_category_baseline(labelled, rankings):
    funds, candidates, grades, _traps = labelled
    engine = mean_ndcg(rankings, grades)
    baselines = [mean_ndcg(category_baseline(funds, candidates, reverse_ties=r), grades) for r in (False, True)]
    assert engine >= 0.9
    assert engine > sum(baselines) / 2, "better than the baseline's average over its tie orders"


def test_reasons_name_the_ticket_in_both_languages(labelled):
    funds, candidates, _grades, _traps = labelled
    first = matching.rank_candidates(funds[0], list(candidates.values()), top=1)[0]
    assert first.reasons[0].startswith("Seeks $") and "ticket" in first.reasons[0]
    assert first.reasons_zh[0].startswith("寻求 $")


if __name__ == "__main__":
    funds, candidates, grades, traps = load()
    engine = engine_rankings(funds, candidates)
    baseline = category_baseline(funds, candidates)
    backwards = category_baseline(funds, candidates, reverse_ties=True)
    for fund in funds:
        ours, by_id, backwards_id = (ndcg(r[fund.id], grades[fund.id]) for r in (engine, baseline, backwards))
        print(fund.id, f"engine {ours:.3f}, baseline {by_id:.3f} / {backwards_id:.3f}", engine[fund.id][:5])
    print(
        f"mean NDCG@10: engine {mean_ndcg(engine, grades):.3f}, category-only baseline "
        f"{mean_ndcg(baseline, grades):.3f} (ties by id), {mean_ndcg(backwards, grades):.3f} (ties by id backwards)"
    )
