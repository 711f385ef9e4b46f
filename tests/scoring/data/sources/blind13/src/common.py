"""Helpers for the blind13 sources (standard library only)."""
TECHS = []
NEEDS = []


def T(key, company, name, cats, lang, desc, trl, cost, regions, co2):
    TECHS.append(dict(key=key, company=company, name=name, categories=cats, lang=lang,
                      description=desc, trl=trl, cost_usd=cost, regions=regions,
                      co2e_reduction_t_per_year=co2))


def N(num, city, region, title, cats, desc, budget, min_trl, co2, deadline, lang,
      g3, g2=None, sib=None, gen=None, traps=None, notes=""):
    NEEDS.append(dict(num=num, city=city, region=region, title=title, categories=cats,
                      description=desc, budget_usd=budget, min_trl=min_trl,
                      co2e_target_t_per_year=co2, deadline=deadline, lang=lang,
                      g3=g3, g2=g2 or {}, sib=sib or {}, gen=gen or [], traps=traps or {},
                      notes=notes))

EXTRA = []


def L(num, key, kind, grade=None, why=""):
    """Extra label for need `num`: kind is g3, g2, sib, gen or trap (why = broken constraint for traps)."""
    EXTRA.append(dict(num=num, key=key, kind=kind, grade=grade, why=why))
