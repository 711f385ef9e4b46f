"""The general dictionary (CC-CEDICT) as the glossary's fallback: how it is built and read."""

from __future__ import annotations

import math
from importlib import resources

import pytest

from matchmaker.scoring.text import Features, features, lexicon, parse_dictionary, parse_glossary, parse_lexicon
from scripts.build_dictionary import MOST_STEMS, SENSES, dictionary_stems, entries, plain_senses

LINES = ["sludge-drying | clean-water | sludge drying | 污泥干化"]


def row(simplified: str, pinyin: str, senses) -> list:
    return [simplified, simplified, pinyin, senses, [], []]


@pytest.mark.parametrize(
    ("senses", "english"),
    [
        ("heat pump", ["heat pump"]),
        (["mud", "sludge"], ["mud", "sludge"]),
        (["exploit", "make use of", "use", "take advantage of"], ["exploit", "make use", "use"]),  # the first three
        ("to store energy (esp. in batteries, fuel cells etc)", ["store energy"]),  # no "to", no aside
        ("one-to-one correspondence", ["one-to-one correspondence"]),  # "to" inside a word stays
        ("to help sb do sth; to assist", ["help do"]),  # up to the first ";", no placeholders
        (["variant of 污泥[wu1 ni2]", "(literary) mire", "silt"], ["silt"]),  # skipped senses
        (["see 余热[yu2 re4]", "used in 余热"], []),  # nothing worth keeping
        ("the 4th of the 10 Heavenly Stems 天干[tian1 gan1]", ["4th 10 Heavenly Stems"]),  # no Chinese or pinyin
    ],
)
def test_a_word_keeps_the_english_of_its_first_plain_senses(senses, english):
    assert plain_senses(senses) == english
    assert SENSES == 3


def test_the_dictionary_keeps_common_words_once_and_leaves_out_names_single_characters_and_descriptions():
    rows = [
        row("热泵", "re4 beng4", "heat pump"),
        row("热泵", "re4 beng4", "a second entry of the same word"),
        row("北京", "Bei3 jing1", "Beijing"),  # a proper name: capitalised pinyin
        row("泵", "beng4", "pump"),  # one character: too ambiguous alone
        row("低碳", "di1 tan4", "low-carbon"),  # only generic stems
        row("碳纤维板", "tan4 xian1 wei2 ban3", "carbon fibre board panel sheet"),  # more than MOST_STEMS stems
    ]
    assert list(entries(rows)) == [("热泵", "heat pump", ("heat", "pump"))]
    assert len(dictionary_stems("carbon fibre board panel sheet")) == 0
    assert MOST_STEMS == 3
    # senses each give their stems once; a sense too long to be a rendering gives none
    assert dictionary_stems("mud / sludge / mud / wet soil from a river bed") == ("mud", "sludge")


def test_the_vendored_dictionary_says_its_source_and_licence_and_is_stemmed_as_the_engine_stems():
    text = resources.files("matchmaker.scoring").joinpath("dictionary.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:10] if line.startswith("#")]
    assert any("CC-CEDICT" in line for line in header)
    assert any("Attribution-ShareAlike 4.0" in line for line in header)
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(lines) > 50_000
    stale = [line for line in lines if line.split(" | ")[2].split() != list(dictionary_stems(line.split(" | ")[1]))]
    assert not stale, f"{len(stale)} lines were stemmed otherwise, e.g. {stale[:3]}: run `make dictionary`"


def test_a_chinese_word_the_glossary_lacks_gets_its_english_from_the_dictionary():
    found = lexicon()
    assert "铸造" not in found.glossary and "铸造" in found.dictionary
    assert "cast" in features("铸造车间废砂再生").vocabulary()


def test_the_glossary_wins_on_the_same_word_and_the_longest_word_wins_at_a_place():
    small = parse_lexicon(
        LINES,
        parse_glossary(["污泥 | sludge", "干化 | drying"]),
        parse_dictionary(["污泥 | mud | mud", "干化机 | dryer | dryer", "车间 | workshop | workshop"]),
    )
    assert small.senses_of("污泥干化机在车间") == [("sludge", 1.0), ("dryer", 1.0), ("workshop", 1.0)]
    assert small.senses_of("no chinese") == []
    assert parse_lexicon(LINES).senses_of("污泥") == []  # neither glossary nor dictionary


def test_a_word_of_several_senses_gives_each_its_share_so_that_it_weighs_one_word():
    small = parse_lexicon(LINES, {}, parse_dictionary(["酒店 | wine shop / pub / hotel | wine shop pub hotel"]))
    assert small.senses_of("酒店") == [("wine", 0.25), ("shop", 0.25), ("pub", 0.25), ("hotel", 0.25)]
    counted = Features([], [], senses=tuple(small.senses_of("酒店酒店")) + (("hotel", 1.0),)).counts()
    # the engine's TF is 1 + log(count): a quarter for a sense met once; the heaviest mention sets the weight
    assert 1 + math.log(counted["wine"]) == pytest.approx(0.25 * (1 + math.log(2)))
    assert 1 + math.log(counted["hotel"]) == pytest.approx(1 + math.log(3))


def test_a_weighted_feature_that_is_also_a_plain_word_counts_in_full():
    counted = Features(["hotel", "hotel"], [], senses=(("hotel", 0.25), ("pub", 0.25))).counts()
    assert counted["hotel"] == 3 and 1 + math.log(counted["pub"]) == pytest.approx(0.25)


def test_dictionary_words_add_words_and_never_concepts():
    small = parse_lexicon(LINES, {}, parse_dictionary(["污泥 | sludge | sludg"]))
    plain = parse_lexicon(LINES)
    assert small.read_chinese("污泥干化") == plain.read_chinese("污泥干化")
