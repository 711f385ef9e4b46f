"""Build blind17: python3 src/build.py (writes the four files beside src/)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import TECHS, NEEDS, GENERIC
import data_a, data_b, data_c, data_d, data_e  # noqa: F401  (register records)

OUT = os.path.dirname(HERE)
TECH_FIELDS = ['company', 'name', 'categories', 'description', 'trl', 'cost_usd', 'regions',
               'co2e_reduction_t_per_year']
NEED_FIELDS = ['city', 'title', 'categories', 'description', 'budget_usd', 'min_trl', 'region',
               'co2e_target_t_per_year', 'deadline']


def main():
    keys = sorted(TECHS)
    random.Random(20261217).shuffle(keys)
    kid = {k: 'b17t%03d' % (i + 1) for i, k in enumerate(keys)}
    needs = sorted(NEEDS, key=lambda n: n['key'])
    nid = {n['key']: 'b17n%02d' % (i + 1) for i, n in enumerate(needs)}
    with open(os.path.join(OUT, 'blind17_technologies.jsonl'), 'w', encoding='utf-8') as f:
        for k in keys:
            rec = {'id': kid[k]}
            rec.update({fld: TECHS[k][fld] for fld in TECH_FIELDS})
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'blind17_needs.jsonl'), 'w', encoding='utf-8') as f:
        for n in needs:
            rec = {'id': nid[n['key']]}
            rec.update({fld: n[fld] for fld in NEED_FIELDS})
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    grades, traps, per_need = {}, {}, {}
    for n in needs:
        g = {}
        for k in n['answers']:
            g[kid[k]] = 3
        for k in n['alts']:
            g[kid[k]] = 2
        for k, (gr, _) in list(n['sibs'].items()) + list(n['related'].items()):
            if gr > 0:
                g[kid[k]] = gr
        grades[nid[n['key']]] = g
        if n['traps']:
            traps[nid[n['key']]] = [kid[k] for k in n['traps']]
        per_need[nid[n['key']]] = {
            'key': n['key'], 'city': n['city'], 'language': n['lang'],
            'categories': n['categories'],
            'grade3': [{'id': kid[k], 'key': k, 'language': TECHS[k]['lang'], 'why': w}
                       for k, w in n['answers'].items()],
            'cross_lingual': any(TECHS[k]['lang'] != n['lang'] for k in n['answers']),
            'alternatives': [{'id': kid[k], 'key': k, 'grade': 2, 'why': w}
                             for k, w in n['alts'].items()],
            'siblings': [{'id': kid[k], 'key': k, 'grade': gr, 'why': w}
                         for k, (gr, w) in n['sibs'].items()],
            'related': [{'id': kid[k], 'key': k, 'grade': gr, 'why': w}
                        for k, (gr, w) in n['related'].items()],
            'traps': [{'id': kid[k], 'key': k, 'constraint': w} for k, w in n['traps'].items()],
            'notes': n['note'],
        }
    grades['_traps'] = traps
    with open(os.path.join(OUT, 'blind17_grades.json'), 'w', encoding='utf-8') as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write('\n')
    design = {
        'seed': 20261217, 'key_to_id': kid,
        'technology_language': {kid[k]: TECHS[k]['lang'] for k in keys},
        'generic_distractors': [kid[k] for k in GENERIC],
        'needs': per_need,
    }
    with open(os.path.join(OUT, 'blind17_design.json'), 'w', encoding='utf-8') as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('needs %d, technologies %d' % (len(needs), len(keys)))


if __name__ == '__main__':
    main()
