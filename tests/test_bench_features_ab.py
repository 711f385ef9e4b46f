"""benchmarks/bench_features_ab.py: each engine copy is the engine it names, read the same way."""

import subprocess
import sys

import pytest

from benchmarks import bench_features_ab
from benchmarks.gen_records import technologies
from matchmaker.scoring.engine import technology_features
from matchmaker.scoring.records import parse_technology


def test_a_copy_of_this_checkout_reads_texts_exactly_as_the_engine_does(tmp_path, monkeypatch):
    records = technologies(5)
    bench_features_ab.engine_copy(tmp_path, "engine_here_copy", None)
    monkeypatch.syspath_prepend(str(tmp_path))
    read, parsed = bench_features_ab.reader("engine_here_copy", records)
    expected = [technology_features(parse_technology(record)) for record in records]

    def fields(found):
        return found.words, found.concepts, found.senses, found.grams

    assert list(map(fields, map(read, parsed))) == list(map(fields, expected))
    assert sys.modules["engine_here_copy.text"].__file__.startswith(str(tmp_path))


def test_a_copy_of_a_commit_is_that_commit_s_engine(tmp_path):
    bench_features_ab.engine_copy(tmp_path, "engine_head_copy", "HEAD")
    show = ["git", "show", "HEAD:matchmaker/scoring/lexicon.txt"]
    committed = subprocess.run(show, cwd=bench_features_ab.ROOT, capture_output=True, check=True).stdout
    assert (tmp_path / "engine_head_copy" / "lexicon.txt").read_bytes() == committed


def test_a_commit_without_the_engine_is_a_clear_error_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["bench_features_ab.py", "--against", "no-such-commit", "--count", "1"])
    with pytest.raises(SystemExit) as stop:
        bench_features_ab.main()
    assert stop.value.code == 2
    assert "--against no-such-commit: no matchmaker/scoring at that commit" in capsys.readouterr().err
