"""Helpers for the blind24 labelled set (standard library only)."""
import re

TECHS = {}      # key -> dict (without id)
GENERIC = []    # keys of generic distractors
NEEDS = []      # list of dicts (need record without id + labels)

SLUGS = ["smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
         "hfc-alternatives", "ghg-data", "nature-based"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def lang(text):
    """'zh' when at least 15% of the characters are CJK ideographs, else 'en'."""
    if not text:
        return "en"
    return "zh" if len(_CJK.findall(text)) / len(text) >= 0.15 else "en"


def T(key, company, name, categories, description, trl, cost, regions, co2):
    assert key not in TECHS, key
    TECHS[key] = {"company": company, "name": name, "categories": list(categories),
                  "description": description, "trl": trl,
                  "cost_usd": list(cost) if cost is not None else None,
                  "regions": list(regions), "co2e_reduction_t_per_year": co2}
    return key


def G(key, *args):
    T(key, *args)
    GENERIC.append(key)


def N(key, city, title, categories, description, budget, min_trl, region, co2, deadline,
      answers, alts=None, sibs=None, setting=None, traps=None):
    """answers: [key] (grade 3, first one cross-lingual); alts: {key: why} (grade 2);
    sibs: {key: (grade 0/1, why)}; setting: {key: why} (grade 0); traps: {key: why}."""
    NEEDS.append({"key": key, "city": city, "title": title, "categories": list(categories),
                  "description": description, "budget_usd": budget, "min_trl": min_trl,
                  "region": region, "co2e_target_t_per_year": co2, "deadline": deadline,
                  "answers": list(answers), "alts": dict(alts or {}), "sibs": dict(sibs or {}),
                  "setting": dict(setting or {}), "traps": dict(traps or {})})
