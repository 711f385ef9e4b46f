"""Helpers for the hand-written blind14 sources (standard library only)."""
TECHS = {}   # key -> dict
NEEDS = []   # list of dicts
GENERIC = {} # key -> list of need keys it may attract (design only)

def T(key, lang, company, name, cats, desc, trl, cost, regions, co2):
    assert key not in TECHS, key
    TECHS[key] = dict(lang=lang, company=company, name=name, categories=cats,
                      description=desc, trl=trl, cost_usd=cost, regions=regions,
                      co2e_reduction_t_per_year=co2)

def N(key, lang, city, region, title, cats, desc, budget, min_trl, co2, deadline,
      answers, alts=None, sibs=None, traps=None, notes=""):
    """answers: [key] grade 3; alts: {key: why} grade 2;
    sibs: {key: (grade 0/1, why)}; traps: {key: which constraint}."""
    NEEDS.append(dict(key=key, lang=lang, city=city, region=region, title=title,
                      categories=cats, description=desc, budget_usd=budget,
                      min_trl=min_trl, co2e_target_t_per_year=co2, deadline=deadline,
                      answers=answers, alts=alts or {}, sibs=sibs or {},
                      traps=traps or {}, notes=notes))

def G(key, lang, company, name, cats, desc, trl, cost, regions, co2, attracts):
    T(key, lang, company, name, cats, desc, trl, cost, regions, co2)
    GENERIC[key] = attracts
