"""Helpers for the blind19 labelled set (standard library only)."""
TECHS = {}      # key -> dict
LANG = {}       # key -> "en" / "zh"
NEEDS = []      # list of dicts (need record + labels)
GENERIC = []    # keys of generic-word distractors


def T(key, lang, company, name, cats, desc, trl, cost, regions, co2):
    assert key not in TECHS, key
    TECHS[key] = {"company": company, "name": name, "categories": list(cats), "description": desc,
                  "trl": trl, "cost_usd": list(cost) if cost else None, "regions": list(regions),
                  "co2e_reduction_t_per_year": co2}
    LANG[key] = lang
    return key


def G(key, lang, company, name, cats, desc, trl, cost, regions, co2):
    T(key, lang, company, name, cats, desc, trl, cost, regions, co2)
    GENERIC.append(key)


def N(num, lang, city, region, title, cats, desc, budget, min_trl, co2, deadline,
      grades, traps=(), notes=""):
    """grades: {tech key: (grade, role, why)}; role in answer/alternative/sibling."""
    NEEDS.append({"num": num, "lang": lang, "city": city, "region": region, "title": title,
                  "categories": list(cats), "description": desc, "budget_usd": budget,
                  "min_trl": min_trl, "co2e_target_t_per_year": co2, "deadline": deadline,
                  "grades": grades, "traps": dict(traps), "notes": notes})
