"""Reasons in English and Chinese that agree with the score, naming gaps as well as strengths.

Each signal gives one reason: a strength when it helped the pair, a gap when it held it back
("TRL 7, the city asks 8", "Serves US-CA only", "A different way to clean heating: gas boiler,
not heat pump"). Strengths come in the order of their contribution to the score (weight x value,
the practical signals scaled by the problem fit as in the score), then the gaps, the largest
loss first; a gap in problem fit comes first of all, because it shapes the whole score.
Categories and concepts are named in the reader's language, never as slugs.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .records import Need, Technology
from .taxonomy import CATEGORIES, category_fit
from .text import WORD, Concept, Features, stem

MOST_STRENGTHS = 4
MOST_GAPS = 2
WEAK_TEXT = 0.25  # a problem fit below this is named as a gap
PRACTICAL = ("region", "budget", "readiness", "impact")


@dataclass(frozen=True)
class Relation:
    """How the technology's solution sits in the concept hierarchy against the need's.

    ``kind`` is "sibling" (another specific solution under the same broad concept), "parent"
    (names only the broad concept of the need's solution), "child" (a specific solution of
    the broad concept the need names), "excluded" (a solution the need's text rules out),
    "alike" (described much like what the need's text rules out: ``words`` are what they share)
    or "intent" (the need asks to monitor and the technology controls, or the reverse)."""

    kind: str
    broad: Concept | None = None
    need: Concept | None = None
    technology: Concept | None = None
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    signal: str
    gap: bool
    en: str
    zh: str


def region_fit(need_region: str, served: Collection[str], served_countries: Collection[str] | None = None) -> float:
    """1 where the contract says the region matches, 0.5 elsewhere in the same country, 0 abroad.

    ``served_countries`` (the countries of ``served``) may be given when the caller has them.
    """
    country = need_region.split("-")[0]
    if "*" in served or need_region in served or country in served:
        return 1.0
    if not need_region:
        return 0.5
    if served_countries is None:
        served_countries = {code.split("-")[0] for code in served}
    return 0.5 if country in served_countries else 0.0


def shared_words(need: Features, technology: Features, weight=None, limit: int = 4) -> list[str]:
    """Words both texts use (for pairs without a shared concept), the most telling first.

    ``weight(word)`` says how much a word tells (the engine's IDF; 0 for generic words, which
    are left out); without it, longer words first."""
    theirs = technology.vocabulary()
    common = {w for w in need.vocabulary() if "_" not in w and w in theirs and (len(w) > 2 or _is_chinese(w))}
    if weight is not None:
        common = {w for w in common if weight(w) > 0}
        return sorted(common, key=lambda w: (-weight(w), w))[:limit]
    return sorted(common, key=lambda w: (-len(w), w))[:limit]


def surface_words(stems: list[str], *texts: str) -> list[str]:
    """The words as the texts write them ("drying" rather than the stem "dry"), where they do."""
    written: dict[str, str] = {}
    for text in texts:
        for token in WORD.findall(text.lower()):
            written.setdefault(stem(token), token)
    return [written.get(s, s) for s in stems]


def _is_chinese(word: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in word)


def _money(value: float) -> str:
    if value >= 1e6:
        return f"${value / 1e6:.3g}M"
    if value >= 1e3:
        return f"${value / 1e3:.3g}k"
    return f"${value:.0f}"


def _tonnes(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _en(concepts: list[Concept]) -> str:
    return ", ".join(c.label_en for c in concepts)


def _zh(concepts: list[Concept]) -> str:
    return "、".join(c.label_zh for c in concepts)


def _text(value: float, shared: list[Concept], words: list[str], relation: Relation | None) -> Reason:
    if relation is not None and relation.kind == "sibling":
        broad, ours, theirs = relation.broad, relation.need, relation.technology
        return Reason(
            "text",
            True,
            f"A different way to {broad.label_en}: {theirs.label_en}, not {ours.label_en}",
            f"{broad.label_zh}的另一种方式：{theirs.label_zh}，而非{ours.label_zh}",
        )
    if relation is not None and relation.kind == "intent":
        ours, theirs = relation.need, relation.technology
        return Reason(
            "text",
            True,
            f"Another kind of answer: {theirs.label_en}, not {ours.label_en}",
            f"另一类方案：{theirs.label_zh}，而非{ours.label_zh}",
        )
    if relation is not None and relation.kind == "excluded":
        return Reason(
            "text",
            True,
            f"The city rules out {relation.technology.label_en}",
            f"城市已排除{relation.technology.label_zh}",
        )
    if relation is not None and relation.kind == "alike":
        if not relation.words:
            return Reason("text", True, "Much like what the city rules out", "与城市排除的做法相近")
        return Reason(
            "text",
            True,
            f"Much like what the city rules out: {', '.join(relation.words)}",
            f"与城市排除的做法相近：{'、'.join(relation.words)}",
        )
    if relation is not None and relation.kind == "parent" and not shared:
        broad, ours = relation.broad, relation.need
        return Reason(
            "text",
            True,
            f"Names {broad.label_en} only, not {ours.label_en} itself",
            f"仅涉及{broad.label_zh}，未明确{ours.label_zh}",
        )
    if relation is not None and relation.kind == "child" and not shared:
        broad, theirs = relation.broad, relation.technology
        return Reason(
            "text",
            value < WEAK_TEXT,
            f"A specific way to {broad.label_en}: {theirs.label_en}",
            f"{broad.label_zh}的一种具体方式：{theirs.label_zh}",
        )
    if shared:
        top = shared[:3]
        if value < WEAK_TEXT:
            return Reason(
                "text", True, f"Weak problem fit: only {_en(top)} in common", f"问题契合度低：仅共同涉及{_zh(top)}"
            )
        return Reason("text", False, f"Both about {_en(top)}", f"双方都涉及{_zh(top)}")
    listed_en, listed_zh = ", ".join(words), "、".join(words)
    if value < WEAK_TEXT:
        return Reason(
            "text", True, f"Weak problem fit: only {listed_en} in common", f"问题契合度低：仅共同涉及 {listed_zh}"
        )
    return Reason("text", False, f"Shared terms: {listed_en}", f"共同术语：{listed_zh}")


def _category(need: Need, technology: Technology) -> Reason:
    fit, need_category, tech_category = category_fit(need.categories, technology.categories)
    ours_en, ours_zh = CATEGORIES[need.categories[0]]
    theirs_en, theirs_zh = CATEGORIES[tech_category or technology.categories[0]]
    if fit >= 0.99 or need_category == tech_category:
        return Reason("category", False, f"Same category: {theirs_en}", f"同一类别：{theirs_zh}")
    if fit <= 0:
        return Reason(
            "category",
            True,
            f"Another category: {theirs_en}, the city asks {ours_en}",
            f"类别不同：{theirs_zh}，城市需求为{ours_zh}",
        )
    near_en, near_zh = CATEGORIES[need_category]
    return Reason(
        "category",
        True,
        f"Neighbouring category: {theirs_en}, next to {near_en}",
        f"相近类别：{theirs_zh}（邻近{near_zh}）",
    )


def _region(need: Need, technology: Technology, value: float) -> Reason:
    served = ", ".join(technology.regions[:3]) + ("…" if len(technology.regions) > 3 else "")
    if value >= 1.0:
        if "*" in technology.regions:
            return Reason("region", False, "Delivers anywhere", "可在任何地区交付")
        where = need.region or served
        return Reason("region", False, f"Serves {where}", f"服务 {where}")
    if value > 0:
        return Reason(
            "region",
            True,
            f"Serves {served} only, elsewhere in the country",
            f"仅服务 {served}（同一国家的其他地区）",
        )
    return Reason("region", True, f"Serves {served} only: a cross-border partner", f"仅服务 {served}：跨境合作")


def _budget(need: Need, technology: Technology, value: float) -> Reason:
    if technology.cost_usd is None or need.budget_usd is None:
        return Reason("budget", True, "Cost or budget not given", "未给出成本或预算")
    low, high = technology.cost_usd
    cost, budget = f"{_money(low)}–{_money(high)}", _money(need.budget_usd)
    if value >= 1.0:
        return Reason("budget", False, f"Fits the budget: {cost} within {budget}", f"符合预算：{cost}，预算 {budget}")
    return Reason(
        "budget",
        True,
        f"Only smaller deployments fit: {cost} against {budget}",
        f"仅较小规模在预算内：{cost}，预算 {budget}",
    )


def _readiness(need: Need, technology: Technology) -> Reason:
    trl, asked = technology.trl, need.min_trl
    if trl is None:
        if asked is None:
            return Reason("readiness", True, "TRL not given", "未给出技术成熟度")
        return Reason(
            "readiness", True, f"TRL not given, the city asks {asked}", f"未给出技术成熟度，城市要求 TRL {asked}"
        )
    if asked is None:
        if trl <= 6:
            return Reason("readiness", True, f"TRL {trl}: not yet proven at scale", f"TRL {trl}：尚未规模化验证")
        return Reason("readiness", False, f"TRL {trl}", f"技术成熟度 TRL {trl}")
    if trl == asked:
        return Reason(
            "readiness", True, f"TRL {trl}, just the city's minimum of {asked}", f"TRL {trl}，刚达到城市要求的 {asked}"
        )
    return Reason("readiness", False, f"TRL {trl}, the city asks {asked}", f"TRL {trl}，城市要求 {asked}")


def _impact(need: Need, technology: Technology, value: float) -> Reason:
    cut = technology.co2e_reduction_t_per_year
    if cut is None:
        return Reason("impact", True, "Reduction not given", "未给出减排量")
    target = need.co2e_target_t_per_year
    tonnes = _tonnes(cut)
    if not target:
        return Reason("impact", value < 0.5, f"Cuts ≈ {tonnes} t CO2e/yr", f"减排约 {tonnes} 吨CO2e/年")
    if cut >= target:
        return Reason(
            "impact", False, f"Cuts ≈ {tonnes} t CO2e/yr, the whole target", f"减排约 {tonnes} 吨CO2e/年，达到目标"
        )
    share = f"{100 * cut / target:.0f}%"
    if value < 0.5:  # under a quarter of the target
        return Reason(
            "impact",
            True,
            f"Cuts ≈ {tonnes} t CO2e/yr, only {share} of the {_tonnes(target)} t target",
            f"减排约 {tonnes} 吨CO2e/年，仅为目标 {_tonnes(target)} 吨的 {share}",
        )
    return Reason(
        "impact",
        False,
        f"Cuts ≈ {tonnes} t CO2e/yr, {share} of the target",
        f"减排约 {tonnes} 吨CO2e/年，目标的 {share}",
    )


def explained(
    need: Need,
    technology: Technology,
    signals: Mapping[str, float],
    weights: Mapping[str, float],
    shared: list[Concept],
    words: list[str],
    relation: Relation | None = None,
    fit_full: float = 0.5,
) -> list[Reason]:
    """The reasons, strengths by contribution first (a problem-fit gap before them), then gaps."""
    describe = {
        "text": lambda: _text(signals["text"], shared, words, relation),
        "category": lambda: _category(need, technology),
        "region": lambda: _region(need, technology, signals["region"]),
        "budget": lambda: _budget(need, technology, signals["budget"]),
        "readiness": lambda: _readiness(need, technology),
        "impact": lambda: _impact(need, technology, signals["impact"]),
    }
    fit = min(1.0, signals["text"] / fit_full) if fit_full > 0 else 1.0

    def share(name: str) -> float:  # how much of the signal's weight the score gives it
        return weights[name] * (fit if name in PRACTICAL else 1.0)

    reasons = {name: describe[name]() for name in describe if weights.get(name, 0) > 0}
    strengths = sorted(
        (r for r in reasons.values() if not r.gap and signals[r.signal] > 0),
        key=lambda r: (-share(r.signal) * signals[r.signal], r.signal),
    )
    gaps = sorted(
        (r for r in reasons.values() if r.gap),
        key=lambda r: (r.signal != "text", -share(r.signal) * (1.0 - signals[r.signal]), r.signal),
    )
    first = [gaps.pop(0)] if gaps and gaps[0].signal == "text" else []
    return first + strengths[: MOST_STRENGTHS - len(first)] + gaps[:MOST_GAPS]


def reasons(
    need: Need,
    technology: Technology,
    signals: Mapping[str, float],
    weights: Mapping[str, float],
    shared: list[Concept],
    words: list[str],
    relation: Relation | None = None,
    fit_full: float = 0.5,
) -> tuple[list[str], list[str]]:
    """(English reasons, Chinese reasons), as ``explained`` orders them."""
    chosen = explained(need, technology, signals, weights, shared, words, relation, fit_full)
    return [r.en for r in chosen], [r.zh for r in chosen]
