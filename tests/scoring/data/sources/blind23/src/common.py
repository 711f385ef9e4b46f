"""Shared registries and helpers for the blind23 set (standard library only)."""
import re

SLUGS = [
    "smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
    "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
    "green-data-centers", "carbon-capture", "clean-air", "clean-water",
    "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based",
]

TECHS = {}     # key -> record without id
ORDER = []     # insertion order of technology keys (for reference only)
NEEDS = []     # list of needs with their labels, in file order
GENERIC = []   # keys of generic-word distractors
SETTING = {}   # key -> (need key, why) for setting distractors

_CJK = re.compile(r"[\u4e00-\u9fff]")


def lang(text):
    """'zh' when a text is mainly Chinese, else 'en'."""
    n = len(_CJK.findall(text))
    return "zh" if n >= 0.2 * max(1, len(text.replace(" ", ""))) else "en"


def T(key, company, name, categories, description, trl, cost, regions, co2):
    assert key not in TECHS, key
    for c in categories:
        assert c in SLUGS, (key, c)
    TECHS[key] = {
        "company": company,
        "name": name,
        "categories": list(categories),
        "description": " ".join(description.split()) if lang(description) == "en" else description.strip(),
        "trl": trl,
        "cost_usd": list(cost) if cost is not None else None,
        "regions": list(regions),
        "co2e_reduction_t_per_year": co2,
    }
    ORDER.append(key)
    return key


def G(key, company, name, categories, description, trl, cost, regions, co2):
    T(key, company, name, categories, description, trl, cost, regions, co2)
    GENERIC.append(key)
    return key


def N(key, city, title, categories, description, budget, min_trl, region, co2, deadline,
      answers, alts=(), sibs=(), traps=(), setting=()):
    """answers: ordered grade-3 keys; alts: (key, why) grade 2; sibs: (key, grade 0/1, why);
    traps: (key, constraint); setting: (key, why) graded 0."""
    for c in categories:
        assert c in SLUGS, (key, c)
    NEEDS.append({
        "key": key, "city": city, "title": title, "categories": list(categories),
        "description": " ".join(description.split()) if lang(description) == "en" else description.strip(),
        "budget_usd": budget, "min_trl": min_trl, "region": region,
        "co2e_target_t_per_year": co2, "deadline": deadline,
        "answers": list(answers), "alts": list(alts), "sibs": list(sibs),
        "traps": list(traps), "setting": list(setting),
    })
