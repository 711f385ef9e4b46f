"""Ranking quality on the labelled development set: the engine against a plain TF-IDF baseline.

``python -m tests.scoring.evaluate [dev|holdout|final|fresh|...]`` prints the tables that docs/scoring.md quotes;
``python -m tests.scoring.evaluate --ablations`` the ablations on every set;
``python -m tests.scoring.evaluate --summary`` one line per set (also cross-lingual recall@10,
trap violations and how many shown suggestions have a negligible problem fit). Grades are
0-3 (3 = solves exactly this problem); a technology counts as relevant at grade 2 or more.
The baseline is what a competent team would ship first: scikit-learn TF-IDF (sublinear TF,
English stop words) over name/title and description, cosine similarity, and the contract's
hard constraints applied, so the comparison is about ranking alone.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np

from matchmaker.scoring import Engine, parse_need, parse_technology
from matchmaker.scoring.records import Need, Technology

DATA = Path(__file__).parent / "data"
RELEVANT = 2
SETS = (
    "dev",
    "holdout",
    "final",
    "fresh",
    "sib",
    "real",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
)
SHOWN_FROM = 0.25  # the app's default min_score: suggestions at or above it are shown to the city
NEGLIGIBLE_TEXT = 0.1  # a problem fit below this is negligible (calibrated text signal)


def load(name: str = "dev") -> tuple[list[Technology], list[Need], dict[str, dict[str, int]], dict[str, list[str]]]:
    technologies = [
        parse_technology(json.loads(line)) for line in (DATA / f"{name}_technologies.jsonl").open() if line.strip()
    ]
    needs = [parse_need(json.loads(line)) for line in (DATA / f"{name}_needs.jsonl").open() if line.strip()]
    grades = json.loads((DATA / f"{name}_grades.json").read_text())
    traps = grades.pop("_traps", {})
    return technologies, needs, grades, traps


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    gain = sum((2 ** grades.get(t, 0) - 1) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(grades.values(), reverse=True)[:k]))
    return gain / ideal if ideal else 0.0


def precision(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    return sum(1 for t in ranked[:k] if grades.get(t, 0) >= RELEVANT) / k


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    return next((1.0 / (i + 1) for i, t in enumerate(ranked) if grades.get(t, 0) >= RELEVANT), 0.0)


def language(text: str) -> str:
    """Return "zh" when Chinese characters carry the text (one character weighs about three Latin letters)."""
    chinese = len(re.findall(r"[\u3400-\u9fff]", text))
    return "zh" if chinese > len(re.findall(r"[A-Za-z]", text)) / 3 else "en"


def cross_lingual_recall(rankings, grades, needs, technologies, k: int = 10) -> tuple[float, int]:
    """Share of relevant (need, technology) pairs written in different languages found in the top k."""
    tech_language = {t.id: language(t.name + t.description) for t in technologies}
    found = total = 0
    for need in needs:
        need_language = language(need.title + need.description)
        for technology_id, grade in grades.get(need.id, {}).items():
            if grade >= RELEVANT and tech_language.get(technology_id) != need_language:
                total += 1
                found += technology_id in rankings[need.id][:k]
    return (found / total if total else 1.0), total


def engine_rankings(technologies, needs, top: int = 10) -> dict[str, list[str]]:
    engine = Engine(technologies)
    return {
        n.id: [s.technology_id for s in ranked] for n, ranked in zip(needs, engine.rank_many(needs, top), strict=True)
    }


def allowed(technology: Technology, need: Need) -> bool:
    if technology.trl is not None and need.min_trl is not None and technology.trl < need.min_trl:
        return False
    return not (technology.cost_usd and need.budget_usd is not None and technology.cost_usd[0] > need.budget_usd)


def baseline_rankings(technologies, needs, top: int = 10) -> dict[str, list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    matrix = vectorizer.fit_transform([f"{t.name} {t.description}" for t in technologies])
    queries = vectorizer.transform([f"{n.title} {n.description}" for n in needs])
    scores = (queries @ matrix.T).toarray()
    result = {}
    for row, need in enumerate(needs):
        order = np.lexsort(([t.id for t in technologies], -scores[row]))
        result[need.id] = [technologies[i].id for i in order if allowed(technologies[i], need)][:top]
    return result


def metrics(rankings: dict[str, list[str]], grades: dict[str, dict[str, int]], needs) -> dict[str, float]:
    ids = [n.id for n in needs if grades.get(n.id)]
    return {
        "NDCG@10": sum(ndcg(rankings[i], grades[i]) for i in ids) / len(ids),
        "P@5": sum(precision(rankings[i], grades[i]) for i in ids) / len(ids),
        "MRR": sum(reciprocal_rank(rankings[i], grades[i]) for i in ids) / len(ids),
    }


def chinese_only(need: Need) -> bool:
    text = need.title + need.description
    return not any("a" <= ch.lower() <= "z" for ch in text)


def report(name: str = "dev") -> str:
    technologies, needs, grades, _traps = load(name)
    systems = {
        "engine": engine_rankings(technologies, needs),
        "TF-IDF baseline": baseline_rankings(technologies, needs),
    }
    subsets = {"all needs": needs, "Chinese-only needs": [n for n in needs if chinese_only(n)]}
    subsets = {subset: members for subset, members in subsets.items() if members}  # a set may have none
    lines = ["| system | needs | NDCG@10 | P@5 | MRR |", "|---|---|---|---|---|"]
    for system, rankings in systems.items():
        for subset, members in subsets.items():
            m = metrics(rankings, grades, members)
            lines.append(
                f"| {system} | {subset} ({len(members)}) | {m['NDCG@10']:.3f} | {m['P@5']:.3f} | {m['MRR']:.3f} |"
            )
    return "\n".join(lines)


def ablations(name: str = "dev") -> str:
    """What each part of the engine brings: the full engine against versions with one part removed."""
    lines = ["| variant | NDCG@10 | P@5 | MRR |", "|---|---|---|---|"]
    for variant, m in variant_metrics(name):
        lines.append(f"| {variant} | {m['NDCG@10']:.3f} | {m['P@5']:.3f} | {m['MRR']:.3f} |")
    return "\n".join(lines)


def ablation_table(names=SETS) -> str:
    """NDCG@10 of every variant (rows) on every set (columns), and the mean over the sets."""
    columns = {name: dict(variant_metrics(name)) for name in names}
    variants = list(columns[names[0]])
    lines = ["| variant | " + " | ".join(names) + " | mean |", "|---" * (len(names) + 2) + "|"]
    for variant in variants:
        values = [columns[name][variant]["NDCG@10"] for name in names]
        cells = " | ".join(f"{v:.3f}" for v in values)
        lines.append(f"| {variant} | {cells} | {sum(values) / len(values):.3f} |")
    return "\n".join(lines)


def variant_metrics(name: str):
    """(variant, metrics) of the full engine, versions with one part removed, and the TF-IDF baseline."""
    from matchmaker.scoring import DEFAULT_WEIGHTS
    from matchmaker.scoring import engine as engine_module
    from matchmaker.scoring import text as text_module
    from matchmaker.scoring.text import lexicon

    technologies, needs, grades, _traps = load(name)
    text_only = {**dict.fromkeys(DEFAULT_WEIGHTS, 0.0), "text": 1.0}
    variants = {
        "full engine": ({}, None),
        "without the concept lexicon": ({"CONCEPT_BOOST": 0.0}, None),
        "without the general dictionary": ({"DICTIONARY": {}}, None),
        "without the glossary": ({"GLOSSARY": {}}, None),
        "without glossary and dictionary": ({"GLOSSARY": {}, "DICTIONARY": {}}, None),
        "without lexicon, glossary and dictionary": ({"CONCEPT_BOOST": 0.0, "GLOSSARY": {}, "DICTIONARY": {}}, None),
        "without the concept hierarchy": ({"HIERARCHY": False}, None),
        "without the ruled-out clauses": ({"EXCLUSIONS": False}, None),
        "without the ruled-out words (only ruled-out concepts)": ({"RULED_OUT_WORDS": 1.0}, None),
        "without the monitoring / control facet": ({"INTENT_CREDIT": 1.0}, None),
        "without the gap forms": ({"GAPS": True}, None),
        "without specificity (category spread and generic words)": ({"SPREAD": 0.0, "USE_GENERIC": False}, None),
        "without the category spread": ({"SPREAD": 0.0}, None),
        "without the generic-word list": ({"USE_GENERIC": False}, None),
        "without the problem-fit floor": ({"TEXT_FLOOR": 0.0}, None),
        "without the setting damping": ({"SETTING_WEIGHT": 1.0}, None),
        "without the sense shares (each stem of a word in full)": ({"SENSES": "whole"}, None),
        "without the bigram weight (bigrams as words)": ({"BIGRAM_WEIGHT": 1.0}, None),
        "without neighbouring categories": ({"AFFINITY": np.eye(len(engine_module.SLUGS))}, None),
        "without the relevance gate": ({"RELEVANCE_FULL": 1e-9}, None),
        "text signal only": ({}, text_only),
    }
    for variant, (patches, weights) in variants.items():
        found = lexicon()
        saved_words, saved_gaps = (found.glossary, found.dictionary), found.gaps()
        lexicon_patches = ("GLOSSARY", "DICTIONARY", "GAPS", "SENSES")
        module_patches = {  # BIGRAM_WEIGHT lives in text.py, the rest in engine.py
            (text_module if key == "BIGRAM_WEIGHT" else engine_module, key): value
            for key, value in patches.items()
            if key not in lexicon_patches
        }
        saved = {target: getattr(*target) for target in module_patches}
        try:
            found.set_words(patches.get("GLOSSARY", found.glossary), patches.get("DICTIONARY", found.dictionary))
            if "SENSES" in patches:
                found._word_senses = [tuple((stem, 1.0) for stem, _share in word) for word in found._word_senses]
            if "GAPS" in patches:
                found.set_gaps([], [])
            for (module, key), value in module_patches.items():
                setattr(module, key, value)
            engine = Engine(technologies, weights=weights)
            ranked = engine.rank_many(needs, 10)
            rankings = {n.id: [s.technology_id for s in r] for n, r in zip(needs, ranked, strict=True)}
        finally:
            found.set_words(*saved_words)
            found.set_gaps(*saved_gaps)
            for (module, key), value in saved.items():
                setattr(module, key, value)
        yield variant, metrics(rankings, grades, needs)
    yield "scikit-learn TF-IDF baseline", metrics(baseline_rankings(technologies, needs), grades, needs)


def quality(name: str, engine_factory=Engine) -> dict[str, float]:
    """Every figure of one set for one engine: ranking metrics, cross-lingual recall, violations,
    and the suggestions a city would be shown (top 10, score >= SHOWN_FROM) with a negligible text fit."""
    technologies, needs, grades, traps = load(name)
    ranked = engine_factory(technologies).rank_many(needs, 10)
    rankings = {n.id: [s.technology_id for s in r] for n, r in zip(needs, ranked, strict=True)}
    figures = metrics(rankings, grades, needs)
    figures["XL-R@10"], figures["XL pairs"] = cross_lingual_recall(rankings, grades, needs, technologies)
    by_id = {t.id: t for t in technologies}
    need_by_id = {n.id: n for n in needs}
    figures["violations"] = sum(len(set(t) & set(rankings[n])) for n, t in traps.items()) + sum(
        1 for n in needs for i in rankings[n.id] if not allowed(by_id[i], need_by_id[n.id])
    )
    shown = [s for r in ranked for s in r if s.score >= SHOWN_FROM]
    figures["shown"] = len(shown)
    figures["negligible shown"] = sum(1 for s in shown if s.signals["text"] < NEGLIGIBLE_TEXT)
    return figures


def summary(names=SETS, engine_factory=Engine) -> str:
    lines = [
        "| set | NDCG@10 | P@5 | MRR | cross-lingual R@10 (pairs) | violations | shown | negligible text fit shown |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in names:
        f = quality(name, engine_factory)
        lines.append(
            f"| {name} | {f['NDCG@10']:.3f} | {f['P@5']:.3f} | {f['MRR']:.3f} | {f['XL-R@10']:.3f} ({f['XL pairs']})"
            f" | {f['violations']} | {f['shown']} | {f['negligible shown']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--summary"]:
        print(summary(sys.argv[2:] or SETS))
        raise SystemExit
    if sys.argv[1:2] == ["--ablations"]:
        print(ablation_table(tuple(sys.argv[2:]) or SETS))
        raise SystemExit
    name = sys.argv[1] if len(sys.argv) > 1 else "dev"  # one of SETS
    print(report(name))
    print()
    print(ablations(name))
