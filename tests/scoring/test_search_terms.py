"""Query expansion across English and Chinese (matchmaker/scoring/search_terms.py): pure."""

from __future__ import annotations

from matchmaker.scoring.search_terms import expand_query, parse_bridges

LEXICON = ["demand-response | smart-grid | demand response; AMI; flexible load | 需求响应; 可调负荷; 调频"]
GLOSSARY = ["污泥 | sludge", "储能 | energy storage", "系统 | system"]


def small():
    return parse_bridges(LEXICON, GLOSSARY)


def test_an_english_concept_brings_its_chinese_forms_and_the_other_way_round():
    """The other language's forms first, alternating with synonyms in the same language."""
    assert expand_query("Demand  Response", small()) == [("demand response", "需求响应", "flexible load", "可调负荷")]
    assert expand_query("需求响应", small()) == [("需求响应", "demand response", "可调负荷", "flexible load")]


def test_a_group_holds_at_most_eight_terms():
    """Each term costs the index a walk: the shipped demand-response concept has 16 forms."""
    group = expand_query("demand response")[0]
    assert len(group) == 8 and group[:2] == ("demand response", "需求响应")


def test_a_glossary_word_brings_its_translation():
    assert expand_query("污泥", small()) == [("污泥", "sludge")]


def test_every_phrase_is_a_group_and_unknown_words_stay_as_typed():
    assert expand_query("需求响应储能 battery", small()) == [
        ("需求响应", "demand response", "可调负荷", "flexible load"),
        ("储能", "energy storage"),
        ("battery",),
    ]


def test_forms_too_short_to_search_as_substrings_are_not_added():
    """'AMI' would match inside 'dynamic'; '调频' has no trigram: typed, they are kept."""
    groups = expand_query("flexible load", small())
    assert "ami" not in groups[0] and "调频" not in groups[0]
    assert expand_query("AMI", small())[0][0] == "ami"


def test_generic_glossary_words_bring_nothing():
    assert expand_query("system", small()) == [("system",)]


def test_the_shipped_lexicon_bridges_the_issue_examples():
    assert "需求响应" in expand_query("demand response")[0]
    assert "demand response" in expand_query("需求响应")[0]
    assert "sludge" in expand_query("污泥")[0]


def test_an_empty_query_has_no_groups():
    assert expand_query("   ", small()) == []
