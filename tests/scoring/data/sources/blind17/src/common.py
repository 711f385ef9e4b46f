"""Helpers for the blind17 labelled set (standard library only)."""
TECHS = {}   # key -> dict (contract fields except id) + lang
NEEDS = []   # list of dicts (contract fields except id) + labels
GENERIC = [] # keys of generic-word distractors


def _lang(text):
    han = sum(1 for c in text if '\u4e00' <= c <= '\u9fff')
    return 'zh' if han > 20 else 'en'


def T(key, company, name, categories, description, trl, cost, regions, co2):
    assert key not in TECHS, key
    TECHS[key] = {
        'company': company, 'name': name, 'categories': list(categories),
        'description': description, 'trl': trl,
        'cost_usd': list(cost) if cost is not None else None,
        'regions': list(regions), 'co2e_reduction_t_per_year': co2,
        'lang': _lang(name + description),
    }
    return key


def G(key, *args):
    T(key, *args)
    GENERIC.append(key)
    return key


def N(key, city, title, categories, description, budget, min_trl, region, co2, deadline,
      answers, alts=None, sibs=None, traps=None, note=''):
    """answers: {tech key: why} grade 3; alts: {key: why} grade 2;
    sibs: {key: (grade 0/1, why)}; traps: {key: which constraint}."""
    NEEDS.append({
        'key': key, 'city': city, 'title': title, 'categories': list(categories),
        'description': description, 'budget_usd': budget, 'min_trl': min_trl,
        'region': region, 'co2e_target_t_per_year': co2, 'deadline': deadline,
        'answers': dict(answers), 'alts': dict(alts or {}), 'sibs': dict(sibs or {}),
        'traps': dict(traps or {}), 'related': {}, 'note': note,
        'lang': _lang(title + description),
    })
