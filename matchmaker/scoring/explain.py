"""Reasons in English and Chinese that agree with the score.

The reasons name the signals that contributed most to the score (weight x value), best
first, with the evidence behind each: the concepts both texts mention, the categories, the
region, the money, the readiness and the reduction estimate. A weak signal that cost the
pair a lot (another country, a budget stretched) is named last as a caution.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .records import Need, Technology
from .taxonomy import CATEGORIES, category_fit
from .text import Concept, Features

MOST_REASONS = 4
# A signal below its floor is named as a caution (it pulled the score down) rather than a reason.
CAUTION_BELOW = {"text": 0.2, "region": 0.5, "budget": 0.7}


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


def shared_words(need: Features, technology: Features, limit: int = 4) -> list[str]:
    """Single words both texts use (for pairs without a shared concept), longest first."""
    theirs = set(technology.words)
    common = {w for w in need.words if "_" not in w and w in theirs and len(w) > 2}
    return sorted(common, key=lambda w: (-len(w), w))[:limit]


def _money(value: float) -> str:
    if value >= 1e6:
        return f"${value / 1e6:.3g}M"
    if value >= 1e3:
        return f"${value / 1e3:.3g}k"
    return f"${value:.0f}"


def _tonnes(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _text(shared: list[Concept], words: list[str]) -> tuple[str, str]:
    if shared:
        names = [c.label for c in shared[:3]]
        return "text: both " + ", ".join(names), "文本：双方都涉及 " + "、".join(names)
    if words:
        return "text: shared terms " + ", ".join(words), "文本：共同术语 " + "、".join(words)
    return "text: little in common", "文本：相关度低"


def _category(need: Need, technology: Technology) -> tuple[str, str]:
    fit, need_category, tech_category = category_fit(need.categories, technology.categories)
    if fit >= 0.99 or need_category == tech_category:
        return f"category: {tech_category}", f"类别：{CATEGORIES[tech_category][1]}"
    if fit <= 0:
        return "category: different", "类别：不同"
    return (
        f"category: {tech_category}, next to {need_category}",
        f"类别：{CATEGORIES[tech_category][1]}（相近于{CATEGORIES[need_category][1]}）",
    )


def _region(need: Need, technology: Technology, value: float) -> tuple[str, str]:
    if value >= 1.0:
        where = need.region or "*"
        return f"region: serves {where}", f"地区：服务 {where}"
    served = ", ".join(technology.regions[:3])
    if value > 0:
        return f"region: elsewhere in the country ({served})", f"地区：同国其他地区（{served}）"
    return f"region: cross-border, serves {served}", f"地区：跨境合作，服务 {served}"


def _budget(need: Need, technology: Technology, value: float) -> tuple[str, str]:
    if technology.cost_usd is None or need.budget_usd is None:
        return "budget: cost or budget not given", "预算：未给出成本或预算"
    low, high = technology.cost_usd
    cost = f"{_money(low)}–{_money(high)}"
    if value >= 1.0:
        return (
            f"budget fits: {cost} within {_money(need.budget_usd)}",
            f"预算相符：{cost}，预算 {_money(need.budget_usd)}",
        )
    return (
        f"budget: {cost}, only smaller deployments within {_money(need.budget_usd)}",
        f"预算：{cost}，仅较小规模在预算 {_money(need.budget_usd)} 内",
    )


def _readiness(need: Need, technology: Technology) -> tuple[str, str]:
    if technology.trl is None:
        return "readiness: TRL not given", "成熟度：未给出技术成熟度"
    if need.min_trl is None:
        return f"readiness: TRL {technology.trl}", f"成熟度：TRL {technology.trl}"
    return (
        f"readiness: TRL {technology.trl}, need ≥ {need.min_trl}",
        f"成熟度：TRL {technology.trl}，要求 ≥ {need.min_trl}",
    )


def _impact(need: Need, technology: Technology) -> tuple[str, str]:
    cut = technology.co2e_reduction_t_per_year
    if cut is None:
        return "impact: reduction not given", "减排：未给出减排量"
    target = need.co2e_target_t_per_year
    if target:
        share = f"{100 * cut / target:.0f}%" if cut < target else "all"
        zh_share = f"目标的 {100 * cut / target:.0f}%" if cut < target else "达到目标"
        return (
            f"impact: ≈ {_tonnes(cut)} t CO2e/yr, {share} of the target",
            f"减排：约 {_tonnes(cut)} 吨CO2e/年，{zh_share}",
        )
    return f"impact: ≈ {_tonnes(cut)} t CO2e/yr", f"减排：约 {_tonnes(cut)} 吨CO2e/年"


def reasons(
    need: Need,
    technology: Technology,
    signals: Mapping[str, float],
    weights: Mapping[str, float],
    shared: list[Concept],
    words: list[str],
) -> tuple[list[str], list[str]]:
    """(English reasons, Chinese reasons): the biggest contributions first, then cautions."""
    describe = {
        "text": lambda: _text(shared, words),
        "category": lambda: _category(need, technology),
        "region": lambda: _region(need, technology, signals["region"]),
        "budget": lambda: _budget(need, technology, signals["budget"]),
        "readiness": lambda: _readiness(need, technology),
        "impact": lambda: _impact(need, technology),
    }
    contributions = sorted(
        (name for name in describe if weights.get(name, 0) > 0),
        key=lambda name: (-weights[name] * signals[name], name),
    )
    cautions = [name for name in contributions if signals[name] < CAUTION_BELOW.get(name, 0.0)]
    strong = [name for name in contributions if name not in cautions and signals[name] > 0][:MOST_REASONS]
    if cautions and cautions[0] == "text":
        # Little problem fit shrinks the whole score (the relevance gate): say that first.
        chosen = cautions[:1] + strong[: MOST_REASONS - 1]
    else:
        chosen = strong + cautions[:1]
    pairs = [describe[name]() for name in chosen]
    return [en for en, _zh in pairs], [zh for _en, zh in pairs]
