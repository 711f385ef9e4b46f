"""Helpers for the blind15 labelled set. Standard library only."""
import re

TECHS = []    # dicts with key and contract fields
NEEDS = []    # dicts with key, contract fields and labels
GENERIC = []  # keys of generic-word distractors

_CJK = re.compile(r"[\u4e00-\u9fff]")


def flat(text):
    """Join wrapped source lines: no space between Chinese text, one space between Latin text."""
    out = ""
    for part in text.split():
        if out and not (ord(out[-1]) > 0x2e7f or ord(part[0]) > 0x2e7f):
            out += " "
        out += part
    return out


def lang_of(text):
    """'zh' when a text is mostly Chinese, else 'en'."""
    n = len(_CJK.findall(text))
    return "zh" if n > 0.2 * len(text) else "en"


def T(key, company, name, cats, trl, cost, regions, co2, desc):
    """A technology. cost is [min, max] USD or None."""
    TECHS.append({"key": key, "company": company, "name": name,
                  "categories": list(cats), "description": flat(desc),
                  "trl": trl, "cost_usd": list(cost) if cost else None,
                  "regions": list(regions), "co2e_reduction_t_per_year": co2})
    return key


def G(key, company, name, cats, trl, cost, regions, co2, desc):
    """A generic-word distractor (never graded)."""
    T(key, company, name, cats, trl, cost, regions, co2, desc)
    GENERIC.append(key)
    return key


def N(key, city, region, title, cats, budget, min_trl, co2, deadline, desc,
      g3, g2=None, sib=None, traps=None, note=""):
    """A need and its labels.
    g3: [tech keys] graded 3; g2: {key: why} graded 2;
    sib: {key: (grade 0/1, why)}; traps: {key: which constraint}."""
    NEEDS.append({"key": key, "city": city, "title": title, "categories": list(cats),
                  "description": flat(desc), "budget_usd": budget,
                  "min_trl": min_trl, "region": region,
                  "co2e_target_t_per_year": co2, "deadline": deadline,
                  "g3": list(g3), "g2": dict(g2 or {}), "sib": dict(sib or {}),
                  "traps": dict(traps or {}), "note": note})
