"""Helpers for the blind26 labelled set (standard library only)."""

TECHS = {}      # key -> technology record (without id)
NEEDS = []      # list of need specs, in file order
GENERIC = []    # keys of generic-word distractors

SLUGS = [
    "smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
    "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
    "green-data-centers", "carbon-capture", "clean-air", "clean-water",
    "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based",
]


def lang(text):
    """'zh' when at least 30 % of the letters are CJK ideographs, else 'en'."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if ch.isalpha())
    return "zh" if letters and cjk / letters >= 0.3 else "en"


def T(key, company, name, categories, description, trl, cost, regions, co2e):
    if key in TECHS:
        raise ValueError("duplicate technology key " + key)
    TECHS[key] = {
        "company": company,
        "name": name,
        "categories": list(categories),
        "description": description,
        "trl": trl,
        "cost_usd": list(cost) if cost is not None else None,
        "regions": list(regions),
        "co2e_reduction_t_per_year": co2e,
    }


def G(key, company, name, categories, description, trl, cost, regions, co2e):
    T(key, company, name, categories, description, trl, cost, regions, co2e)
    GENERIC.append(key)


def N(key, city, region, title, categories, description, budget, min_trl, co2e, deadline,
      answers, alts=None, sibs=None, traps=None, setting=None):
    """answers: list of technology keys (grade 3, first one cross-lingual).
    alts: {key: why} graded 2.  sibs: {key: (grade 0 or 1, why)}.
    traps: {key: constraint}.  setting: {key: why} setting distractors, grade 0."""
    NEEDS.append({
        "key": key, "city": city, "region": region, "title": title,
        "categories": list(categories), "description": description,
        "budget_usd": budget, "min_trl": min_trl, "co2e": co2e, "deadline": deadline,
        "answers": list(answers), "alts": dict(alts or {}), "sibs": dict(sibs or {}),
        "traps": dict(traps or {}), "setting": dict(setting or {}),
    })
