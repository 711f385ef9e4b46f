"""The second readers' lists: well formed, and scored against the author's grades as docs/scoring.md says."""

from __future__ import annotations

import json

import pytest

from . import agreement, evaluate


def test_every_reader_file_belongs_to_a_labelled_set():
    assert agreement.reader_sets() == ["blind24", "blind25", "blind26"]
    assert set(agreement.reader_sets()) <= set(evaluate.SETS)


@pytest.mark.parametrize("name", agreement.reader_sets())
def test_a_readers_file_lists_ten_allowed_technologies_a_need_graded_best_first(name):
    assert agreement.problems(name) == []


@pytest.mark.parametrize("name", agreement.reader_sets())
def test_a_second_reader_reaches_the_issue_17_target_on_the_authors_grades(name):
    """The labels are reproducible by reading: what the engine misses is not noise in the grades."""
    _technologies, needs, grades, _traps = evaluate.load(name)
    assert evaluate.metrics(agreement.reader_rankings(name), grades, needs)["NDCG@10"] >= 0.98
    share, _pairs = agreement.same_grade_share(name)
    assert share >= 0.8


def test_problems_names_a_broken_list(tmp_path, monkeypatch):
    technologies, needs, _grades, _traps = evaluate.load("blind24")
    lists = {n.id: [] for n in needs[1:-1]}  # the last need is missing
    rising = needs[0].id
    lists[rising] = [[t.id, 1] for t in technologies[:9]] + [[technologies[9].id, 3]]
    need, ruled_out = next((n, t) for n in needs[1:-1] for t in technologies if not evaluate.allowed(t, n))
    allowed = [t for t in technologies if evaluate.allowed(t, need)][:9]
    lists[need.id] = [[ruled_out.id, 0]] + [[t.id, 0] for t in allowed]
    (tmp_path / "blind24_reader.json").write_text(json.dumps(lists))
    monkeypatch.setattr(agreement, "READERS", tmp_path)
    found = agreement.problems("blind24")
    assert f"{rising}: grades out of 0-3 or rising down the list" in found
    assert f"{need.id}: {ruled_out.id} is ruled out" in found
    assert f"{needs[-1].id}: missing" in found
    assert sum("not ten distinct" in p for p in found) == len(needs) - 3
