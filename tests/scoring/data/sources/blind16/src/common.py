"""Helpers for the blind16 labelled set. Standard library only."""

TECHS = {}    # key -> record (with key and lang)
NEEDS = []    # need records with their labels
GENERIC = []  # keys of generic-word distractors


def T(key, lang, company, name, cats, desc, trl, cost, regions, co2):
    assert key not in TECHS, key
    assert lang in ("en", "zh")
    TECHS[key] = {"key": key, "lang": lang, "company": company, "name": name,
                  "categories": list(cats), "description": desc, "trl": trl,
                  "cost_usd": list(cost) if cost else None, "regions": list(regions),
                  "co2e_reduction_t_per_year": co2}
    return key


def G(key, lang, company, name, cats, desc, trl, cost, regions, co2):
    T(key, lang, company, name, cats, desc, trl, cost, regions, co2)
    GENERIC.append(key)
    return key


def N(num, city, title, cats, desc, budget, min_trl, region, co2, deadline,
      answers, alts=(), sibs=(), traps=(), note=""):
    """answers: [key]; alts: [(key, why)] graded 2; sibs: [(key, grade 0/1, why)];
    traps: [(key, which constraint)] never graded."""
    NEEDS.append({"num": num, "lang": "zh" if num <= 15 else "en", "city": city,
                  "title": title, "categories": list(cats), "description": desc,
                  "budget_usd": budget, "min_trl": min_trl, "region": region,
                  "co2e_target_t_per_year": co2, "deadline": deadline,
                  "answers": list(answers), "alts": list(alts), "sibs": list(sibs),
                  "traps": list(traps), "note": note})
