"""The scoring engine alone: purity, each signal, hard constraints, reasons, determinism, the warm index."""

from __future__ import annotations

import functools
import subprocess
import sys
from collections import Counter
from dataclasses import replace

import hypothesis
import numpy as np
import pytest
from hypothesis import strategies as st

from matchmaker.scoring import DEFAULT_WEIGHTS, Engine, Need, Technology, affinity, category_fit, resolve_weights
from matchmaker.scoring.explain import region_fit
from matchmaker.scoring.text import CJK, features, lexicon, parse_lexicon, stem

PEAK = Technology(
    id="dr",
    company="GridFlex",
    name="Demand response aggregation",
    categories=("smart-grid",),
    description="Aggregates office building loads for demand response and peak shaving.",
    trl=8,
    cost_usd=(100_000, 500_000),
    regions=("*",),
    co2e_reduction_t_per_year=3000,
)
SLUDGE = Technology(
    id="sludge",
    company="DryCo",
    name="Solar sludge dryer",
    categories=("clean-water",),
    description="Dries wastewater sludge in solar greenhouses before disposal.",
    trl=9,
    cost_usd=(200_000, 900_000),
    regions=("US",),
    co2e_reduction_t_per_year=400,
)
NEED = Need(
    id="n1",
    city="Shenzhen",
    title="夏季用电高峰需求响应",
    categories=("smart-grid",),
    description="希望通过需求响应削减办公楼夏季峰值负荷。",
    budget_usd=2_000_000,
    min_trl=7,
    region="CN-GD",
    co2e_target_t_per_year=7500,
)


def test_the_engine_imports_no_flask_sqlalchemy_or_models():
    code = (
        "import sys, matchmaker.scoring, matchmaker.scoring.__main__\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'flask_sqlalchemy',"
        " 'werkzeug') or m.startswith(('matchmaker.models', 'matchmaker.app', 'matchmaker.services')))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_chinese_need_finds_the_english_technology_through_shared_concepts():
    [best, *_rest] = Engine([SLUDGE, PEAK]).rank(NEED, top=2)
    assert best.technology_id == "dr"
    assert best.reasons[0].startswith("Both about demand response")  # English labels in English
    assert best.reasons_zh[0].startswith("双方都涉及需求响应")  # Chinese labels in Chinese
    assert "demand response / 需求响应" in best.concepts


@pytest.mark.parametrize(
    ("change", "ruled_out"),
    [
        ({"trl": 6}, True),  # known readiness below the need's minimum of 7
        ({"trl": 7}, False),  # exactly the minimum is fine
        ({"trl": None}, False),  # unknown readiness is not a veto
        ({"cost_usd": (2_000_001, 3_000_000)}, True),  # cheapest deployment above the budget
        ({"cost_usd": (2_000_000, 9_000_000)}, False),  # cheapest fits, dearer ones do not: soft
        ({"cost_usd": None}, False),
        ({"regions": ("US",)}, False),  # another country is a soft minus, never a veto
    ],
)
def test_hard_constraints_rule_out_exactly_the_contracts_cases(change, ruled_out):
    ranked = Engine([replace(PEAK, **change)]).rank(NEED, top=5)
    assert (ranked == []) is ruled_out


@pytest.mark.parametrize(
    ("need_categories", "tech_categories", "expected"),
    [
        (("smart-grid",), ("smart-grid",), 1.0),
        (("electric-vehicles",), ("green-transportation",), 0.4),  # electric buses filed under transport
        (("energy-retrofits",), ("smart-grid",), 0.25),  # building controls filed under smart grid
        (("clean-water",), ("carbon-capture",), 0.0),
        (("smart-grid", "energy-storage"), ("smart-grid",), 0.75 + 0.25 * (1 + 0.35) / 2),
    ],
)
def test_category_fit_knows_neighbouring_categories(need_categories, tech_categories, expected):
    assert category_fit(need_categories, tech_categories)[0] == pytest.approx(expected)


def test_the_affinity_table_is_symmetric_and_within_bounds():
    from matchmaker.scoring import CATEGORIES

    for a in CATEGORIES:
        for b in CATEGORIES:
            assert affinity(a, b) == affinity(b, a)
            assert 0.0 <= affinity(a, b) <= 1.0
            assert (affinity(a, b) == 1.0) == (a == b)


@pytest.mark.parametrize(
    ("need_region", "served", "expected"),
    [
        ("CN-GD", ("*",), 1.0),
        ("CN-GD", ("CN",), 1.0),
        ("CN-GD", ("CN-GD", "US"), 1.0),
        ("CN-GD", ("CN-SH",), 0.5),  # same country, another province
        ("CN-GD", ("US", "US-CA"), 0.0),  # abroad: a soft minus
    ],
)
def test_region_fit_follows_the_contract(need_region, served, expected):
    assert region_fit(need_region, served) == expected


_CODES = st.sampled_from(["*", "CN", "CN-GD", "CN-SH", "US", "US-CA", "US-NY", "MX", ""])


@hypothesis.settings(max_examples=200, deadline=None, derandomize=True)
@hypothesis.given(st.lists(st.lists(_CODES.filter(bool), min_size=1, max_size=3), min_size=1, max_size=8), _CODES)
def test_the_index_fits_regions_as_the_contract_does_for_every_technology(served_lists, need_region):
    """The index's region fit (looked up by code over the distinct region lists) is region_fit."""
    from matchmaker.scoring.engine import _Columns

    technologies = [replace(PEAK, id=f"t{i}", regions=tuple(served)) for i, served in enumerate(served_lists)]
    fits = _Columns(technologies).region_fit(need_region, slice(0, len(technologies)))
    assert fits.tolist() == [region_fit(need_region, served) for served in served_lists]


def signal(technology: Technology, need: Need, name: str) -> float:
    return Engine([technology]).rank(need, top=1)[0].signals[name]


@pytest.mark.parametrize(
    ("cost", "budget", "expected"),
    [
        ((100_000, 500_000), 2_000_000, 1.0),
        ((1_000_000, 3_000_000), 2_000_000, 0.75),
        (None, 2_000_000, 0.5),
        ((100_000, 500_000), None, 0.5),
    ],
)
def test_budget_fit(cost, budget, expected):
    assert signal(replace(PEAK, cost_usd=cost), replace(NEED, budget_usd=budget), "budget") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("trl", "min_trl", "expected"),
    [(7, 7, 0.8), (9, 7, 1.0), (None, 7, 0.4), (9, None, 1.0), (5, None, 0.7)],
)
def test_readiness_margin(trl, min_trl, expected):
    assert signal(replace(PEAK, trl=trl), replace(NEED, min_trl=min_trl), "readiness") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("cut", "target", "expected"),
    [(7500, 7500, 1.0), (1875, 7500, 0.5), (30_000, 7500, 1.0), (None, 7500, 0.3), (10_000, None, 1.0)],
)
def test_impact_against_the_target(cut, target, expected):
    technology, need = replace(PEAK, co2e_reduction_t_per_year=cut), replace(NEED, co2e_target_t_per_year=target)
    assert signal(technology, need, "impact") == pytest.approx(expected, abs=1e-3)


def test_impact_reason_gives_the_estimate_and_the_share_of_the_target():
    need = replace(NEED, co2e_target_t_per_year=7500, min_trl=None, budget_usd=None)
    weights = {**DEFAULT_WEIGHTS, "impact": 5.0}
    [suggestion] = Engine([PEAK], weights=weights).rank(need, top=1)
    assert "Cuts ≈ 3,000 t CO2e/yr, 40% of the target" in suggestion.reasons
    assert "减排约 3,000 吨CO2e/年，目标的 40%" in suggestion.reasons_zh


def contribution(suggestion, name: str) -> float:
    """A signal's share of the score, as the engine counts it (practical signals scaled by the fit)."""
    from matchmaker.scoring import engine as engine_module

    fit = min(1.0, suggestion.signals["text"] / engine_module.FIT_FULL)
    scale = fit if name in engine_module.PRACTICAL else 1.0
    return DEFAULT_WEIGHTS[name] * suggestion.signals[name] * scale


def assert_reasons_agree_with_the_score(suggestion):
    kinds = [kind.split(":") for kind in suggestion.reason_kinds]
    assert len(kinds) == len(suggestion.reasons) == len(suggestion.reasons_zh)
    if kinds and kinds[0] == ["gap", "text"]:
        kinds = kinds[1:]  # a weak problem fit is named first: it shapes the whole score
    strengths = [name for kind, name in kinds if kind == "strength"]
    assert [kind for kind, _ in kinds] == sorted(kind for kind, _ in kinds)[::-1]  # strengths, then gaps
    shares = [contribution(suggestion, name) for name in strengths]
    assert all(a >= b - 1e-3 for a, b in zip(shares, shares[1:], strict=False)), (suggestion.reasons, shares)


def test_reasons_follow_the_contributions_in_order():
    [suggestion] = Engine([PEAK]).rank(NEED, top=1)
    assert suggestion.reason_kinds[:2] == ("strength:text", "strength:category")
    assert_reasons_agree_with_the_score(suggestion)
    [foreign] = Engine([replace(PEAK, regions=("US-CA",), trl=7)]).rank(NEED, top=1)
    assert_reasons_agree_with_the_score(foreign)
    assert "Serves US-CA only: a cross-border partner" in foreign.reasons  # gaps are named too
    assert "TRL 7, just the city's minimum of 7" in foreign.reasons
    assert "仅服务 US-CA：跨境合作" in foreign.reasons_zh and "TRL 7，刚达到城市要求的 7" in foreign.reasons_zh


def test_reasons_on_the_development_set_agree_with_the_score_and_use_readable_names():
    from matchmaker.scoring import CATEGORIES

    from .evaluate import load

    technologies, needs, _grades, _traps = load("dev")
    for ranked in Engine(technologies).rank_many(needs, top=10):
        for suggestion in ranked:
            assert_reasons_agree_with_the_score(suggestion)
            for reason in suggestion.reasons + suggestion.reasons_zh:
                assert not any(slug in reason for slug in CATEGORIES), reason  # no `clean-air`
                assert not reason.startswith(("text:", "category:", "region:", "文本：")), reason


def test_a_foreign_company_is_named_as_a_caution_and_scores_lower_but_stays():
    home, abroad = replace(PEAK, id="home"), replace(PEAK, id="abroad", regions=("US",))
    ranked = Engine([abroad, home]).rank(NEED, top=2)
    assert [s.technology_id for s in ranked] == ["home", "abroad"]
    assert ranked[1].reasons[-1] == "Serves US only: a cross-border partner"
    assert ranked[1].reason_kinds[-1] == "gap:region"


def test_unrelated_technologies_are_not_suggested_even_when_everything_else_fits():
    same_category = replace(SLUDGE, regions=("*",), categories=("smart-grid",), co2e_reduction_t_per_year=10**6)
    ranked = {s.technology_id: s for s in Engine([PEAK, same_category]).rank(NEED, top=2)}
    assert ranked["dr"].score > 0.8
    assert "sludge" not in ranked  # negligible problem fit: never suggested, whatever its other signals


def test_generic_words_carry_no_evidence():
    generic = replace(
        SLUDGE,
        id="generic",
        name="Smart platform",
        description="A smart system platform for public operation: cut carbon and CO2 every day, low cost.",
        categories=("smart-grid",),
        regions=("*",),
    )
    need = replace(
        NEED, title="Smart system", description="A smart platform to cut carbon and CO2 in public operation."
    )
    assert Engine([generic, PEAK]).rank(need, top=5) == []


def test_practical_signals_add_only_in_proportion_to_the_problem_fit():
    from matchmaker.scoring import engine as engine_module

    engine = Engine([PEAK])
    base = {
        "category": np.array([1.0]),
        "region": np.array([1.0]),
        "budget": np.array([1.0]),
        "readiness": np.array([1.0]),
    }
    total = sum(DEFAULT_WEIGHTS.values())
    gains = []
    for text in (0.15, 0.3, 0.9):
        with_impact = engine.combine({**base, "text": np.array([text]), "impact": np.array([1.0])})
        without = engine.combine({**base, "text": np.array([text]), "impact": np.array([0.0])})
        gains.append(float(with_impact[0] - without[0]))
        fit = min(1.0, text / engine_module.FIT_FULL)
        assert gains[-1] <= DEFAULT_WEIGHTS["impact"] * fit / total + 1e-4  # at most the fit's share of impact
    assert gains[0] < gains[1] < gains[2]
    assert engine.combine({**base, "text": np.array([0.05]), "impact": np.array([1.0])})[0] == 0.0


def test_ties_are_broken_by_id_and_runs_are_deterministic():
    twins = [replace(PEAK, id=i) for i in ("b", "c", "a")]
    first = Engine(twins).rank(NEED, top=3)
    assert [s.technology_id for s in first] == ["a", "b", "c"]
    assert first == Engine(list(reversed(twins))).rank(NEED, top=3)
    assert [s.technology_id for s in Engine(twins).rank(NEED, top=2)] == ["a", "b"]


def test_weights_are_data_and_checked():
    assert resolve_weights({"text": 1.0})["text"] == 1.0
    with pytest.raises(ValueError, match="unknown signal"):
        resolve_weights({"colour": 1.0})
    with pytest.raises(ValueError, match=">= 0"):
        resolve_weights({"text": -1})
    with pytest.raises(ValueError, match="above 0"):
        resolve_weights(dict.fromkeys(DEFAULT_WEIGHTS, 0))
    region_only = Engine(
        [replace(PEAK, id="home"), replace(PEAK, id="abroad", regions=("US",))],
        weights={**dict.fromkeys(DEFAULT_WEIGHTS, 0.0), "text": 0.01, "region": 1.0},
    )
    scores = {s.technology_id: s.score for s in region_only.rank(NEED, top=2)}
    assert scores["home"] > 0.9 > scores["abroad"]


def test_the_warm_index_takes_upserts_and_removals_without_a_rebuild():
    engine = Engine([SLUDGE])
    assert engine.rank(NEED, top=3) == [] or engine.rank(NEED, top=3)[0].technology_id == "sludge"
    engine.upsert(PEAK)
    assert engine.rank(NEED, top=1)[0].technology_id == "dr"
    engine.upsert(replace(PEAK, trl=5))  # now below the minimum: ruled out
    assert "dr" not in [s.technology_id for s in engine.rank(NEED, top=3)]
    engine.upsert(PEAK)
    engine.remove("dr")
    assert "dr" not in engine and len(engine) == 1
    assert "dr" not in [s.technology_id for s in engine.rank(NEED, top=3)]


def test_an_incremental_index_ranks_like_a_fresh_one_after_folding():
    from matchmaker.scoring import engine as engine_module

    items = [replace(PEAK, id=f"t{i:03d}", description=PEAK.description + f" Site {i}.") for i in range(40)]
    grown = Engine(items[:10])
    for item in items[10:]:
        grown.upsert(item)
    grown.fold()
    fresh = Engine(items)
    ours = [(s.technology_id, s.score) for s in grown.rank(NEED, top=40)]
    theirs = [(s.technology_id, s.score) for s in fresh.rank(NEED, top=40)]
    assert [i for i, _ in ours] == [i for i, _ in theirs]
    assert np.allclose([s for _, s in ours], [s for _, s in theirs], atol=1e-4)  # folding recomputes IDF and norms
    assert engine_module.FOLD_AT > 0


def test_rank_many_equals_rank_one_by_one():
    needs = [
        NEED,
        replace(
            NEED,
            id="n2",
            title="Sludge",
            description="Dry wastewater sludge",
            categories=("clean-water",),
            region="US-CA",
            min_trl=None,
            budget_usd=None,
        ),
    ]
    engine = Engine([PEAK, SLUDGE])
    assert engine.rank_many(needs, top=2) == [engine.rank(n, top=2) for n in needs]


def test_text_features_stem_pair_and_cut_chinese_into_bigrams():
    assert stem("batteries") == "battery" and stem("chargers") == "charger" and stem("charging") == "charg"
    found = features("Batteries for peak shaving 削峰填谷")
    assert {"battery", "peak", "shav", "削峰", "峰填", "填谷"} <= found.vocabulary()
    names = {lexicon().concepts[c].id for c in found.concepts}
    assert "peak-shaving" in names


def test_a_chinese_bigram_weighs_a_tenth_of_a_word_and_the_dictionary_s_words_in_full():
    from matchmaker.scoring.text import BIGRAM_WEIGHT

    assert features("锅炉").counts()["boiler"] == 1  # 锅炉 | boiler, from the glossary
    counted = features("污泥干化").counts()  # 污泥干化 | sludge drying: each stem half the word
    assert 1 + np.log(counted["sludge"]) == pytest.approx(0.5) == 1 + np.log(counted["dry"])
    assert {gram: 1 + np.log(counted[gram]) for gram in ("污泥", "泥干", "干化")} == pytest.approx(
        dict.fromkeys(("污泥", "泥干", "干化"), BIGRAM_WEIGHT)
    )


def test_a_page_sharing_only_the_need_s_setting_is_weak_evidence(monkeypatch):
    from matchmaker.scoring import engine as engine_module

    from .evaluate import load

    catalogue = load("dev")[0]  # a catalogue large enough that one shared concept does not saturate

    need = replace(NEED, title="医院夏季需求响应", description="医院希望通过需求响应削减夏季峰值负荷。")
    ward = replace(
        SLUDGE,
        id="ward",
        name="Hospital ward lighting",
        description="Lighting for hospital wards and clinics.",
        categories=("smart-grid",),
        regions=("*",),
    )

    def text_signals(setting_weight: float) -> dict[str, float]:
        monkeypatch.setattr(engine_module, "SETTING_WEIGHT", setting_weight)
        engine = Engine([PEAK, ward, *catalogue])
        return {t: engine.suggestions_of(t, [need])[0].signals["text"] for t in ("dr", "ward")}

    damped, full = text_signals(engine_module.SETTING_WEIGHT), text_signals(1.0)
    assert next(c for c in lexicon().concepts if c.id == "hospital").category == "setting"
    assert damped["ward"] < full["ward"] and damped["dr"] >= full["dr"]


def test_lexicon_lines_are_checked():
    with pytest.raises(ValueError, match="line 1"):
        parse_lexicon(["only | three | fields"])
    with pytest.raises(ValueError, match="unknown category"):
        parse_lexicon(["x | no-such | thing | 东西"])
    # a form claimed by a second concept would be dead there: refused, naming the first owner
    shore = "shore-power | green-transportation | shore power; cold ironing | 岸电"
    for second in (
        "cold-ironing | green-transportation | cold ironing | 冷熨",
        "port-power | green-transportation | x | 岸电",
    ):
        with pytest.raises(ValueError, match="line 2: .* already a form of 'shore-power'"):
            parse_lexicon([shore, second])
    with pytest.raises(ValueError, match="already a form of 'a'"):
        parse_lexicon(["a | clean-air | x | 低温SCR", "b | clean-air | y | 低温scr"])  # mixed forms, any case
    small = parse_lexicon(["# comment", "", "shore-power | green-transportation | shore power; cold ironing | 岸电"])
    assert small.find(["cold", "iron"], "") == [0] and small.find([], "港口岸电改造") == [0]


def test_forked_workers_build_and_rank_exactly_like_one_process(monkeypatch):
    from matchmaker.scoring import engine as engine_module

    monkeypatch.setattr(engine_module, "CHUNK", 7)  # several chunks and batches from a small catalogue
    monkeypatch.setattr(engine_module, "BATCH", 2)
    items = [
        replace(PEAK, id=f"t{i:02d}", description=f"{PEAK.description} Site {i} 削峰填谷 {i % 3}.") for i in range(30)
    ]
    items += [replace(SLUDGE, id=f"s{i:02d}", description=f"{SLUDGE.description} Plant {i}.") for i in range(10)]
    needs = [NEED, replace(NEED, id="n2", description="Sludge drying", categories=("clean-water",))] * 3
    alone, forked = Engine(items), Engine(items, workers=2)
    assert forked.rank_many(needs, top=5, workers=2) == alone.rank_many(needs, top=5)


def test_chinese_words_also_give_their_english_stems_through_the_glossary():
    found = features("污泥干化")
    assert {"sludge", "dry"} <= found.vocabulary()  # from 污泥 | sludge and 干化 | drying
    sludge_need = replace(NEED, title="污泥干化", description="城市污水厂污泥干化处置", categories=("clean-water",))
    assert Engine([SLUDGE, PEAK]).rank(sludge_need, top=1)[0].technology_id == "sludge"


def test_glossary_lines_are_checked():
    from matchmaker.scoring.text import parse_glossary

    assert parse_glossary(["# comment", "", "光伏 | solar", "光伏 | photovoltaic"]) == {
        "光伏": ("solar", "photovoltaic")
    }
    with pytest.raises(ValueError, match="glossary line 1"):
        parse_glossary(["LNG船 | LNG vessel"])


def bus(id_: str, name: str, description: str) -> Technology:
    return replace(PEAK, id=id_, name=name, description=description, categories=("electric-vehicles",))


ELECTRIC = bus("electric", "Battery-electric bus", "Battery-electric buses for urban routes, 300 km range.")
HYDROGEN = bus(
    "hydrogen", "Hydrogen fuel cell bus", "Fuel cell buses for urban routes, 400 km range, refuel in 10 minutes."
)
BROAD = bus("broad", "Zero-emission bus consulting", "Fleet planning advice.")
BUS_NEED = replace(
    NEED,
    title="Battery-electric buses",
    description="Replace 40 diesel buses on urban routes with battery-electric buses.",
    categories=("electric-vehicles",),
)


def test_a_sibling_solution_is_credited_as_a_sibling_and_the_reason_names_the_gap():
    ranked = Engine([HYDROGEN, ELECTRIC]).rank(BUS_NEED, top=2)
    assert [s.technology_id for s in ranked] == ["electric", "hydrogen"]
    sibling = ranked[1]
    assert sibling.reasons[0] == "A different way to clean bus: fuel cell bus, not electric bus"
    assert sibling.reasons_zh[0] == "新能源公交的另一种方式：氢燃料电池公交，而非电动公交"
    assert sibling.reason_kinds[0] == "gap:text"
    assert sibling.signals["text"] < 0.7 * ranked[0].signals["text"]


def test_the_hierarchy_switched_off_leaves_the_sibling_its_full_text(monkeypatch):
    from matchmaker.scoring import engine as engine_module

    with_hierarchy = Engine([HYDROGEN, ELECTRIC]).rank(BUS_NEED, top=2)[1].signals["text"]
    monkeypatch.setattr(engine_module, "HIERARCHY", False)
    assert Engine([HYDROGEN, ELECTRIC]).rank(BUS_NEED, top=2)[1].signals["text"] > with_hierarchy


def test_a_broad_match_counts_a_little_and_a_specific_one_fully():
    ranked = {s.technology_id: s for s in Engine([ELECTRIC, BROAD]).rank(BUS_NEED, top=2)}
    assert ranked["electric"].score > ranked["broad"].score
    assert ranked["broad"].reasons[0] == "Names clean bus only, not electric bus itself"
    assert ranked["broad"].reasons_zh[0] == "仅涉及新能源公交，未明确电动公交"
    from matchmaker.scoring import engine as engine_module

    broad_need = replace(BUS_NEED, title="Zero-emission buses", description="Zero-emission buses for our fleet.")
    chinese = bus("zh", "纯电动公交车", "纯电动公交车，续航300公里。")
    [specific] = Engine([chinese]).rank(broad_need, top=1)  # a specific solution of the broad concept asked
    assert specific.reasons[0] == "A specific way to clean bus: electric bus"
    assert specific.signals["text"] >= engine_module.BROAD_CREDIT


def test_the_lexicon_hierarchy_is_checked():
    lines = ["bus | electric-vehicles | clean bus | 公交", "e-bus | electric-vehicles | electric bus | 电动公交"]
    small = parse_lexicon([*lines, "> bus: e-bus"])
    assert small.parents == {1: frozenset({0})} and small.children == {0: frozenset({1})}
    with pytest.raises(ValueError, match="line 3: unknown concept 'tram'"):
        parse_lexicon([*lines, "> bus: tram"])
    with pytest.raises(ValueError, match="line 3: expected"):
        parse_lexicon([*lines, "> bus e-bus"])
    with pytest.raises(ValueError, match="cannot sit under itself"):
        parse_lexicon([*lines, "> bus: bus"])
    with pytest.raises(ValueError, match="'bus' is defined twice"):
        parse_lexicon([*lines, "bus | green-transportation | coach | 大巴"])


def test_specificity_weighs_a_term_spread_over_every_category_below_a_focused_one():
    from scipy import sparse

    from matchmaker.scoring import engine as engine_module

    # feature 0 in 16 technologies of 16 categories, feature 1 in 16 technologies of one category
    rows = [0] * 16 + [1] * 16
    columns = list(range(16)) + list(range(16, 32))
    matrix = sparse.csr_matrix((np.ones(32, np.float32), (rows, columns)), shape=(2, 32))
    topics = np.array(list(range(16)) + [3] * 16)
    weights = engine_module._specificity(matrix, topics)
    assert weights[1] == pytest.approx(1.0) and weights[0] == pytest.approx(1.0 - engine_module.SPREAD)


def test_a_need_s_clauses_that_rule_something_out_are_split_off():
    from matchmaker.scoring.text import exclusions

    kept, ruled_out = exclusions("Electric buses. Hybrid models are not considered. Depot charging too.")
    assert "Hybrid" not in kept and "Depot charging" in kept and ruled_out == "Hybrid models are not considered."
    kept, ruled_out = exclusions("Build in timber instead of concrete and steel, cutting carbon.")
    assert "timber" in kept and "cutting carbon" in kept and ruled_out == "instead of concrete and steel"
    kept, ruled_out = exclusions("全部替换为纯电动车型，本项目不考虑“煤改气”。")
    assert "纯电动" in kept and "煤改气" in ruled_out and "煤改气" not in kept
    unchanged = "Peak must not exceed 3 MW, not only in summer. PM2.5 and NO2 maps."
    assert exclusions(unchanged) == (unchanged, "")


RULED_OUT_NEED = replace(
    NEED,
    title="Zero-emission buses",
    description="Zero-emission buses for urban routes. Hydrogen fuel cell buses are not considered.",
    categories=("electric-vehicles",),
)


def test_what_a_need_rules_out_is_credited_as_a_sibling_and_the_reason_says_so(monkeypatch):
    from matchmaker.scoring import engine as engine_module

    ranked = Engine([HYDROGEN, ELECTRIC]).rank(RULED_OUT_NEED, top=2)
    assert [s.technology_id for s in ranked] == ["electric", "hydrogen"]
    ruled_out = ranked[1]
    assert ruled_out.reasons[0].startswith("The city rules out fuel cell")  # the most telling concept ruled out
    assert ruled_out.reasons_zh[0].startswith("城市已排除") and "燃料电池" in ruled_out.reasons_zh[0]
    assert ruled_out.reason_kinds[0] == "gap:text"
    monkeypatch.setattr(engine_module, "EXCLUSIONS", False)
    unexcluded = {s.technology_id: s for s in Engine([HYDROGEN, ELECTRIC]).rank(RULED_OUT_NEED, top=2)}
    assert unexcluded["hydrogen"].signals["text"] > ruled_out.signals["text"]
    assert not unexcluded["hydrogen"].reasons[0].startswith("The city rules out")


def test_latin_words_inside_chinese_text_and_british_iser_spellings_are_found():
    concepts = {lexicon().concepts[c].id for c in features("PVDF中空纤维MBR膜组器").concepts}
    assert "membrane-bioreactor" in concepts
    assert stem("oxidiser") == stem("oxidizer") and stem("riser") == "riser"


def test_hyphenated_numbers_belong_to_their_word_and_number_phrases_never_shrink_to_one_word():
    def ids(text):
        return {lexicon().concepts[c].id for c in features(text).concepts}

    assert "r290-propane" in ids("R-290 chillers") and "r290-propane" in ids("R290 chillers")
    assert "r290-propane" not in ids("racks on R-22 and R-404A, R&D")  # "R" alone is no refrigerant
    assert "vehicle-emission-standard" not in ids("installed in China and Europe")  # not "China 6"
    assert "just-transition" not in ids("the transition to heat pumps")  # not "just transition"


def air(id_: str, name: str, description: str) -> Technology:
    return replace(PEAK, id=id_, name=name, description=description, categories=("clean-air",))


SENSORS = air("sensors", "NO2 and PM2.5 sensor network", "Nitrogen dioxide and PM2.5 data along truck routes.")
FILTERS = air("filters", "Diesel particulate filter retrofit", "Cuts nitrogen dioxide and PM2.5 of trucks on routes.")
MONITORING_NEED = replace(
    NEED,
    title="Air monitoring along truck corridors",
    description="Block-level nitrogen dioxide and PM2.5 measurements along truck routes.",
    categories=("clean-air",),
)


def test_a_need_to_monitor_meets_a_control_technology_as_another_kind_of_answer(monkeypatch):
    from matchmaker.scoring import engine as engine_module
    from matchmaker.scoring.text import CONTROL, MONITOR, intent

    assert intent("大气网格化监测") == MONITOR and intent("餐饮油烟净化") == CONTROL
    assert intent("CEMS monitoring for the scrubber") == MONITOR | CONTROL and intent("Battery-electric bus") == 0
    ranked = {s.technology_id: s for s in Engine([FILTERS, SENSORS]).rank(MONITORING_NEED, top=2)}
    assert ranked["sensors"].score > ranked["filters"].score
    assert ranked["filters"].reasons[0] == "Another kind of answer: pollution control, not monitoring"
    assert ranked["filters"].reasons_zh[0] == "另一类方案：治理，而非监测"
    assert ranked["filters"].reason_kinds[0] == "gap:text"
    assert Engine([FILTERS, SENSORS]).scores_of("filters", [MONITORING_NEED]) == [ranked["filters"].score]
    monkeypatch.setattr(engine_module, "INTENT_CREDIT", 1.0)
    unpenalised = Engine([FILTERS]).rank(MONITORING_NEED, top=1)[0]
    assert unpenalised.signals["text"] > ranked["filters"].signals["text"]
    assert not unpenalised.reasons[0].startswith("Another kind")


def test_gap_forms_find_a_solution_named_with_words_between_and_a_sibling_s_name_wins_inside_it():
    def ids(text):
        return [lexicon().concepts[c].id for c in features(text).concepts]

    assert ids("柴油公交车纯电动化替换") == ["electric-bus"]  # 公交 ... 纯电动, a few characters apart
    assert ids("纯电动侧装式垃圾收集车") == ["electric-refuse-truck"]
    assert "electric-bus" not in ids("电动汽车与公交车")  # a gap never spans a list
    assert "electric-bus" in ids("battery-electric transit buses")
    # "fuel-cell electric bus" names a fuel cell bus; the sibling "electric bus" inside it is not named
    assert "fuel-cell-bus" in ids("40-ft hydrogen fuel-cell electric bus")
    assert "electric-bus" not in ids("40-ft hydrogen fuel-cell electric bus")


def test_outside_the_scope_rules_out_as_not_does():
    from matchmaker.scoring.text import exclusions

    kept, ruled_out = exclusions("Electric buses. Fuel-cell and CNG buses are outside the scope of this tender.")
    assert "Fuel-cell" in ruled_out and "Fuel-cell" not in kept


def test_chinese_procurement_cues_rule_out_and_a_cue_alone_rules_out_the_clause_before_it():
    from matchmaker.scoring.text import exclusions

    kept, ruled_out = exclusions("拟建设超低排放一体化治理。以焚烧为主体工艺的方案不予考虑。")
    assert "焚烧" in ruled_out and "焚烧" not in kept and "一体化治理" in kept
    kept, ruled_out = exclusions("排水管网CCTV检测不在本项目范围内。")
    assert "CCTV" in ruled_out and kept.strip() == ""
    # the cue stands alone after a comma: what it refuses is the clause before it
    kept, ruled_out = exclusions("采用低温SCR一体化技术。仅采用湿法脱硫的方案无法满足限值，不予接受。")
    assert "湿法脱硫" in ruled_out and "湿法脱硫" not in kept and "低温SCR" in kept
    # filler words either side of the cue ("本期…之列") leave it a cue alone
    kept, ruled_out = exclusions("采用纯电动自卸车。氢燃料车需要新建加氢站，本期不在考虑之列。")
    assert "加氢站" in ruled_out and "加氢站" not in kept and "纯电动" in kept
    # who refuses is a filler too ("管委会不考虑", "不是我们要的答案")
    kept, ruled_out = exclusions("拟建集中预处理站。蒸发结晶能耗太高，管委会不考虑。")
    assert "蒸发结晶" in ruled_out and "预处理" in kept
    kept, ruled_out = exclusions("企业想在厂内解决。继续签外运处置合同，不是我们要的答案。")
    assert "外运处置" in ruled_out and "厂内" in kept
    # but a clause with words of its own beside the cue rules out only itself
    kept, ruled_out = exclusions("采用纯电动自卸车，加氢站建设不在考虑之列。")
    assert "纯电动" in kept and "加氢站" in ruled_out


@pytest.mark.parametrize(
    "clause",
    [
        "蒸发冷却类方案不予采用。",
        "不得采用蒸发冷却方案。",
        "禁止使用蒸发冷却。",
        "不允许蒸发冷却方案。",
        "Evaporative cooling is prohibited on this site.",
        "Any cooling type is considered, excluding evaporative cooling.",
        "Evaporative cooling is outside this call.",
        "蒸发冷却方案不批准。",
        "Not considered: evaporative cooling of any kind.",  # the cue starts the sentence
        "本期不新建蒸发冷却设施。",
        "不再使用蒸发冷却。",
        "仅靠蒸发冷却的方案不满足要求。",
        "蒸发冷却不符合本项目节水要求。",
        "蒸发冷却方案，本期暂不考虑。",  # a cue alone but for filler words
        "No evaporative cooling may be proposed.",  # "no" starting a sentence (elsewhere "no" often asks)
        "Constraints: no evaporative cooling.",
        "蒸发冷却不在这次考虑之内。",
        "蒸发冷却另有计划，不属本包。",
        "现场不具备建设蒸发冷却设施的条件。",
        "本期不新购蒸发冷却设备。",
        "Evaporative cooling is outside what this programme will fund.",
        "蒸发冷却的方案我们不要。",
        "蒸发冷却类方案不予支持。",
        "现有蒸发冷却设备本次不更换。",
        "蒸发冷却我们不打算做。",
        "蒸发冷却按规定不得用于本项目。",
        "校内不建蒸发冷却设施。",
        "现场不能有蒸发冷却设施。",
        "Evaporative cooling is a non-starter with the owner.",
        "Evaporative cooling was ruled out by the owner.",
        "Evaporative cooling is a separate project.",
        "For the next ten years: no evaporative cooling.",
        "The board has said no evaporative cooling.",
        "Evaporative cooling isn't something we will consider.",
        "蒸发冷却方案请勿报价。",
        "蒸发冷却这条路走不通。",
        "蒸发冷却在这里根本行不通。",
        "蒸发冷却类方案就不用报了。",
        "再装蒸发冷却设备免谈。",
        "蒸发冷却不是我们要的答案。",
        "蒸发冷却的思路已经否掉了。",
        "蒸发冷却不作为本次方案。",
        "不得新增蒸发冷却设施。",
        "业主不同意蒸发冷却。",
        "不走蒸发冷却这条路。",
        "Evaporative cooling was reviewed and rejected.",
        "The owner means no new evaporative cooling on the roof.",
        "Evaporative coolers are out: the roof is full.",
        "Evaporative cooling is a separate program.",
        "Evaporative cooling is funded separately.",
        "水务部门严禁新建蒸发冷却设施。",
        "本轮不搞蒸发冷却。",
    ],
)
def test_each_way_of_saying_no_rules_the_clause_out(clause):
    from matchmaker.scoring.text import exclusions

    kept, ruled_out = exclusions("加装氟泵自然冷却模块。Pumped refrigerant economizers. " + clause)
    refused = ("蒸发冷却", "vaporative")
    assert any(word in ruled_out for word in refused) and not any(word in kept for word in refused)
    assert "氟泵" in kept and "氟泵" not in ruled_out


@pytest.mark.parametrize(
    "clause",
    [
        "冷却塔不想动，",
        "冷却塔不能动，",
        "在不换冷却塔的前提下，",
        "The cooling towers aren't more than ten years old.",
        "The cooling towers are out of service in winter.",
    ],
)
def test_what_a_need_keeps_as_it_is_is_not_ruled_out(clause):
    from matchmaker.scoring.text import exclusions

    kept, ruled_out = exclusions(clause + "加装氟泵自然冷却模块。")
    assert not ruled_out.strip() and ("冷却塔" in kept or "cooling towers" in kept)


def test_a_ruled_out_phrase_rules_out_its_most_specific_concept_only():
    from matchmaker.scoring.text import ruled_out_concepts

    named = {lexicon().concepts[c].id for c in ruled_out_concepts("Indoor air-quality monitors are not in scope.")}
    assert "indoor-air-quality" in named and "air-quality-monitoring" not in named
    found = {lexicon().concepts[c].id for c in features("Indoor air-quality monitors are not in scope.").concepts}
    assert "air-quality-monitoring" in found  # what a need asks for is every concept it names


COMPRESSED_AIR_NEED = replace(
    NEED,
    title="Compressed air system retrofit for 40 factories",
    description=(
        "Leaky networks and old compressors waste a quarter of the power. "
        "Schemes that only fit variable frequency drives are not considered."
    ),
    categories=("energy-efficiency",),
)


def efficiency_technology(id_: str, name: str, description: str) -> Technology:
    return replace(PEAK, id=id_, name=name, description=description, categories=("energy-efficiency",))


AIR_SERVICE = efficiency_technology(
    "air-service",
    "Compressed air as a service",
    "We rebuild the compressed air system: leak repair, VFD compressors and central control.",
)
PUMP_DRIVE = efficiency_technology(
    "pump-drive",
    "Pump drives",
    "A variable frequency drive for each factory pump: old pumps waste a quarter of their power.",
)


def test_a_technology_naming_what_the_title_asks_for_is_not_ruled_out_by_also_naming_an_excluded_concept():
    ranked = {s.technology_id: s for s in Engine([AIR_SERVICE, PUMP_DRIVE]).rank(COMPRESSED_AIR_NEED, top=2)}
    assert not ranked["air-service"].reasons[0].startswith("The city rules out")
    assert ranked["pump-drive"].reasons[0].startswith("The city rules out variable frequency drive")
    assert ranked["air-service"].score > ranked["pump-drive"].score


ORCHARD_NEED = replace(
    NEED,
    title="Ending open burning of removed orchards",
    description="Growers pile and burn the old trees. Not considered: air-curtain burners of any kind.",
    categories=("clean-air",),
)
CURTAIN_BURNER = replace(
    PEAK,
    id="curtain",
    name="Air-curtain burner for woody biomass",
    description="Cuts the smoke of open burning of orchard wood by 80% with a fan-driven air curtain.",
    categories=("clean-air",),
)


def test_a_technology_whose_name_names_what_is_ruled_out_is_never_spared():
    # It also names the title's open burning, which alone would spare it: its name says what it is.
    alone = Engine([CURTAIN_BURNER]).rank(ORCHARD_NEED, top=1)[0]
    assert alone.reasons[0].startswith("The city rules out")
    unruled = replace(ORCHARD_NEED, description="Growers pile and burn the old trees.")
    assert alone.score < Engine([CURTAIN_BURNER]).rank(unruled, top=1)[0].score
    # the warm index reads names as the build does
    warm = Engine([PEAK])
    warm.upsert(CURTAIN_BURNER)
    assert warm.rank(ORCHARD_NEED, top=2)[0].score == alone.score
    described = replace(CURTAIN_BURNER, name="Orchard smoke service", id="service")  # the burner only in the text
    assert Engine([described]).rank(ORCHARD_NEED, top=1)[0].score > alone.score


def test_forms_mixing_latin_and_chinese_are_found_and_their_latin_part_starts_a_word():
    def found(text):
        return {lexicon().concepts[c].id for c in features(text).concepts}

    # a run of Chinese characters never holds "CNG" or "GWP": these forms were never found before
    assert "gas-bus" in found("采购CNG公交车20辆")
    assert "low-gwp-refrigerant" in found("改用低GWP制冷剂")
    streetlight = next(i for i, c in enumerate(lexicon().concepts) if c.id == "smart-streetlight")
    assert lexicon().find_mixed("LED路灯") == [streetlight] and lexicon().find_mixed("OLED路灯") == []


MIXED_TEXTS = [
    "LED路灯改造，LED路灯200盏",
    "X-LED路灯",
    "OLED路灯与LED路灯",
    "CNG公交车及LNG重卡",
    "PM2.5与PM10",
    "无",
    "光伏屋顶",
]


def every_mention_of_each_mixed_form(text: str) -> Counter:
    """What find_mixed means, written plainly: each form's mentions in turn, a form starting with
    a letter or digit only where a word starts."""
    lowered, found = text.lower(), Counter()
    for form, concept in lexicon().mixed.items():
        at = lowered.find(form)
        while at >= 0:
            if not (
                at
                and form[0].isascii()
                and form[0].isalnum()
                and lowered[at - 1].isascii()
                and lowered[at - 1].isalnum()
            ):
                found[concept] += 1
            at = lowered.find(form, at + len(form))
    return found


@pytest.mark.parametrize("text", MIXED_TEXTS)
def test_the_automaton_finds_every_mention_of_every_mixed_form_as_a_plain_search_does(text):
    assert Counter(lexicon().find_mixed(text)) == every_mention_of_each_mixed_form(text)
    assert bool(lexicon().find_mixed(text)) == (MIXED_TEXTS.index(text) < 4)  # "PM2.5与PM10" names none


def _chinese_alphabet() -> str:
    """The characters of the lexicon's Chinese forms and gap forms, and what breaks a run."""
    found = lexicon()
    forms = [form for _lengths, table in found._chinese.values() for form in table]
    forms += [prefix + suffix for prefix, suffix, _concept in found.gaps()[1]]
    return "".join(sorted(set("".join(forms)))) + "，。、·-/ Ab1"


@functools.cache
def _pieces() -> tuple[list[str], list[str]]:
    """(every Chinese form; the rare ones: the gap forms' parts and the forms holding a '-' or '、')."""
    found = lexicon()
    gaps = found.gaps()[1]
    forms = sorted(form for _lengths, table in found._chinese.values() for form in table)
    rare = [prefix for prefix, _s, _c in gaps] + [suffix for _p, suffix, _c in gaps]
    return forms, rare + [form for form in forms if not CJK.fullmatch(form)]


@hypothesis.settings(max_examples=400, deadline=None, derandomize=True)
@hypothesis.given(
    st.lists(
        st.one_of(
            st.sampled_from(["，", "、", "-", "与", "和", " ", "的", "A1"]),
            st.integers(0, 10**6),
            st.integers(-(10**6), -1),
        ),
        max_size=12,
    ),
    st.text(alphabet=_chinese_alphabet(), max_size=20),
)
def test_reading_a_whole_chinese_text_at_once_finds_what_reading_it_run_by_run_finds(parts, noise):
    """read_chinese_text (one automaton over the text) is read_chinese over each run, in order:
    forms side by side, overlapping, cut by punctuation, gap forms, forms holding a '-' or '、'."""
    forms, rare = _pieces()

    def piece(part: str | int) -> str:  # a separator, a form (a number >= 0) or a rare form (< 0)
        if isinstance(part, str):
            return part
        pool = forms if part >= 0 else rare
        return pool[part % len(pool)]

    text = "".join(map(piece, parts)) + noise
    found = lexicon()
    by_runs = [concept for run in CJK.findall(text) for concept in found.read_chinese(run)]
    assert found.read_chinese_text(text) == by_runs


def test_a_technology_described_much_like_what_the_need_rules_out_is_held_down_and_told_so(monkeypatch):
    """No concept names the thing ruled out; its words do. The technology they match keeps
    SIBLING_CREDIT of its text, its reason says why (both languages), and scores_of agrees."""
    from matchmaker.scoring import engine as engine_module

    need = replace(
        NEED,
        title="Sewage from the remote trailhead restrooms",
        description="The vault toilets at the trailhead fill every summer. "
        "Pumping them out and trucking the waste to the valley plant twice a week is not an option.",
        region="US-CA",
    )
    onsite = replace(
        SLUDGE,
        id="onsite",
        name="Composting toilet retrofit for vault restrooms",
        description="Turns the waste of remote restrooms into compost on site, with no water.",
        regions=("US",),
    )
    trucking = replace(
        SLUDGE,
        id="trucking",
        name="Septage pumping and trucking service",
        description="Pumping out vault toilets and trucking the waste to the valley treatment plant on a schedule.",
        regions=("US",),
    )
    technologies = [onsite, trucking]

    def shown(engine):
        return {s.technology_id: s for s in engine.rank(need, top=2)}

    held_down = shown(Engine(technologies))
    monkeypatch.setattr(engine_module, "RULED_OUT_WORDS", 1.0)
    left_alone = shown(Engine(technologies))
    monkeypatch.undo()

    text = {name: (held_down[name].signals["text"], left_alone[name].signals["text"]) for name in held_down}
    assert text["trucking"][0] == pytest.approx(engine_module.SIBLING_CREDIT * text["trucking"][1], abs=1e-4)
    assert text["onsite"][0] == text["onsite"][1]
    reason = held_down["trucking"]
    assert any(r.startswith("Much like what the city rules out: ") and "trucking" in r for r in reason.reasons)
    assert any(r.startswith("与城市排除的做法相近") for r in reason.reasons_zh)
    assert "gap:text" in reason.reason_kinds
    assert not any("rules out" in r for r in held_down["onsite"].reasons)
    assert Engine(technologies).scores_of("trucking", [need]) == [reason.score]
