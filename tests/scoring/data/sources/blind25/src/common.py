"""Helpers shared by the data files of set blind25 (standard library only).

T(...)  registers a technology under a readable key (ids are assigned later by build.py).
N(...)  registers a need together with its labels.
G(...)  registers a generic distractor (a technology that is never graded).
"""

TECHS = {}      # key -> dict of contract fields (without id)
NEEDS = []      # list of dicts: contract fields (without id) + "labels"
GENERIC = []    # keys of generic distractors


def lang_of(text):
    """'zh' when the text is mostly CJK, else 'en'."""
    cjk = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
    letters = sum(1 for ch in text if ch.isalpha())
    return 'zh' if letters and cjk / letters > 0.3 else 'en'


def T(key, company, name, categories, description, trl, cost, regions, co2):
    if key in TECHS:
        raise ValueError('duplicate technology key %s' % key)
    TECHS[key] = {
        'company': company,
        'name': name,
        'categories': list(categories),
        'description': description,
        'trl': trl,
        'cost_usd': list(cost) if cost is not None else None,
        'regions': list(regions),
        'co2e_reduction_t_per_year': co2,
    }
    return key


def G(key, company, name, categories, description, trl, cost, regions, co2):
    T(key, company, name, categories, description, trl, cost, regions, co2)
    GENERIC.append(key)
    return key


def N(key, city, title, categories, description, budget, min_trl, region, co2, deadline,
      answers, alternatives=(), siblings=(), traps=(), setting=()):
    """answers: [tech key, ...] (grade 3, first one is cross-lingual)
    alternatives: [(tech key, why)] grade 2
    siblings: [(tech key, grade 0 or 1, why)]
    traps: [(tech key, constraint)]  never graded
    setting: [(tech key, why)]  setting distractors, grade 0
    """
    NEEDS.append({
        'key': key,
        'city': city,
        'title': title,
        'categories': list(categories),
        'description': description,
        'budget_usd': budget,
        'min_trl': min_trl,
        'region': region,
        'co2e_target_t_per_year': co2,
        'deadline': deadline,
        'labels': {
            'answers': list(answers),
            'alternatives': [list(a) for a in alternatives],
            'siblings': [list(s) for s in siblings],
            'traps': [list(t) for t in traps],
            'setting': [list(s) for s in setting],
        },
    })
