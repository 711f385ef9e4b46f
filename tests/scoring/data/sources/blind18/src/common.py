"""Helpers for the blind18 labelled set: T (technology), G (generic distractor), N (need + labels)."""

TECHS = {}      # key -> dict (contract fields except id) + meta
TECH_ORDER = [] # insertion order of keys
NEEDS = []      # list of dicts (contract fields except id) + labels
GENERIC = []    # keys of generic-word distractors


def T(key, lang, company, name, cats, trl, cost, regions, co2, desc):
    assert key not in TECHS, key
    TECHS[key] = {
        "company": company, "name": name, "categories": list(cats), "description": desc,
        "trl": trl, "cost_usd": list(cost) if cost is not None else None,
        "regions": list(regions), "co2e_reduction_t_per_year": co2, "_lang": lang,
    }
    TECH_ORDER.append(key)
    return key


def G(key, lang, company, name, cats, trl, cost, regions, co2, desc):
    T(key, lang, company, name, cats, trl, cost, regions, co2, desc)
    GENERIC.append(key)
    return key


def N(num, key, lang, city, title, cats, budget, min_trl, region, co2, deadline, desc,
      g3, alts=None, sibs=None, traps=None, note=""):
    """g3: list of tech keys (grade 3); alts: {key: why} (grade 2);
    sibs: {key: (grade 0|1, why)}; traps: {key: which constraint}."""
    NEEDS.append({
        "num": num, "key": key, "lang": lang,
        "city": city, "title": title, "categories": list(cats), "description": desc,
        "budget_usd": budget, "min_trl": min_trl, "region": region,
        "co2e_target_t_per_year": co2, "deadline": deadline,
        "g3": list(g3), "alts": dict(alts or {}), "sibs": dict(sibs or {}),
        "traps": dict(traps or {}), "note": note,
    })


def drop(key):
    """Remove a first-draft technology and every label that points at it."""
    del TECHS[key]
    TECH_ORDER.remove(key)
    for n in NEEDS:
        n["alts"].pop(key, None)
        n["sibs"].pop(key, None)
        n["traps"].pop(key, None)
        assert key not in n["g3"], key


def rewrite(key, lang, company, name, desc):
    """Replace a first-draft page (used for language balance)."""
    t = TECHS[key]
    t.update({"_lang": lang, "company": company, "name": name, "description": desc})


def extend(key, extra):
    """Append further promotional / product text to a page (length balance)."""
    t = TECHS[key]
    sep = "" if t["_lang"] == "zh" else " "
    t["description"] = t["description"] + sep + extra
