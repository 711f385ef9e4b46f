"""Helpers for the blind21 set: technologies (T), needs with labels (N), generic distractors (G)."""
import re

TECHS = {}      # key -> record without id
GENERIC = []    # keys of generic distractors
NEEDS = []      # list of need dicts (record + labels)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LAT = re.compile(r"[A-Za-z]")


def lang(text):
    """'zh' when CJK characters outnumber a quarter of the Latin letters, else 'en'."""
    c = len(_CJK.findall(text))
    l = len(_LAT.findall(text))
    return "zh" if c * 4 > l else "en"


def T(key, company, name, cats, desc, trl, cost, regions, co2):
    assert key not in TECHS, key
    TECHS[key] = {
        "company": company, "name": name, "categories": list(cats), "description": desc,
        "trl": trl, "cost_usd": list(cost) if cost is not None else None,
        "regions": list(regions), "co2e_reduction_t_per_year": co2,
    }
    return key


def G(key, *args):
    T(key, *args)
    GENERIC.append(key)
    return key


def N(key, city, title, cats, desc, budget, min_trl, region, co2, deadline,
      answers, alts=(), sibs=(), setting=(), traps=()):
    """answers: [key]; alts: [(key, why)] grade 2; sibs: [(key, grade 0/1, why)];
    setting: [(key, why)] grade 0; traps: [(key, constraint)]."""
    NEEDS.append({
        "key": key, "city": city, "title": title, "categories": list(cats), "description": desc,
        "budget_usd": budget, "min_trl": min_trl, "region": region,
        "co2e_target_t_per_year": co2, "deadline": deadline,
        "answers": list(answers), "alts": list(alts), "sibs": list(sibs),
        "setting": list(setting), "traps": list(traps),
    })
