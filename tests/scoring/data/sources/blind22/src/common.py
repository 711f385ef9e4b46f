"""Shared helpers for the blind22 labelled set (standard library only).

T(...) registers a technology under a readable key, N(...) a need and its labels,
G(...) a generic-word distractor (a technology that is never graded).
"""

TECHS = {}      # key -> dict (contract fields except id)
GENERIC = []    # keys of generic distractors
NEEDS = []      # list of dicts (contract fields except id, plus labels)

SLUGS = [
    "smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
    "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
    "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
    "hfc-alternatives", "ghg-data", "nature-based",
]


def lang(text):
    """'zh' when at least 20% of the non-space characters are CJK, else 'en'."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return "en"
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff")
    return "zh" if cjk / len(chars) >= 0.2 else "en"


def clean(text):
    """English: collapse whitespace. Chinese: join the source lines without spaces."""
    if lang(text) == "en":
        return " ".join(text.split())
    return "".join(line.strip() for line in text.strip().splitlines())


def T(key, company, name, categories, description, trl, cost, regions, co2):
    assert key not in TECHS, key
    for c in categories:
        assert c in SLUGS, (key, c)
    TECHS[key] = {
        "company": company,
        "name": name,
        "categories": list(categories),
        "description": clean(description),
        "trl": trl,
        "cost_usd": list(cost) if cost is not None else None,
        "regions": list(regions),
        "co2e_reduction_t_per_year": co2,
    }
    return key


def G(key, company, name, categories, description, trl, cost, regions, co2):
    T(key, company, name, categories, description, trl, cost, regions, co2)
    GENERIC.append(key)
    return key


def N(key, city, title, categories, description, budget, min_trl, region, co2, deadline,
      answers, alts=(), sibs=(), setting=(), traps=()):
    """answers: [key, ...] grade 3, first one cross-lingual;
    alts: [(key, why)] grade 2; sibs: [(key, grade 0/1, why)];
    setting: [(key, why)] same setting, different problem, grade 0;
    traps: [(key, 'budget'|'trl', why)] on topic, breaks a hard constraint."""
    for c in categories:
        assert c in SLUGS, (key, c)
    desc = clean(description)
    NEEDS.append({
        "key": key, "city": city, "title": title, "categories": list(categories),
        "description": desc, "budget_usd": budget, "min_trl": min_trl, "region": region,
        "co2e_target_t_per_year": co2, "deadline": deadline,
        "answers": list(answers), "alts": list(alts), "sibs": list(sibs),
        "setting": list(setting), "traps": list(traps),
    })
