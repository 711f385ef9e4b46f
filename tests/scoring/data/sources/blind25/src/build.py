"""Build set blind25: writes needs, technologies, grades and design files beside src/."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d, data_e  # noqa: E402,F401

SEED = 20261225
NAME = 'blind25'
OUT = os.path.dirname(HERE)

NEED_FIELDS = ['id', 'city', 'title', 'categories', 'description', 'budget_usd', 'min_trl',
               'region', 'co2e_target_t_per_year', 'deadline']
TECH_FIELDS = ['id', 'company', 'name', 'categories', 'description', 'trl', 'cost_usd',
               'regions', 'co2e_reduction_t_per_year']


def main():
    keys = sorted(common.TECHS)
    rng = random.Random(SEED)
    rng.shuffle(keys)
    key_to_id = {k: 'b25t%03d' % (i + 1) for i, k in enumerate(keys)}
    id_to_key = {v: k for k, v in key_to_id.items()}

    techs = []
    for tid in sorted(id_to_key):
        rec = dict(common.TECHS[id_to_key[tid]], id=tid)
        techs.append({f: rec[f] for f in TECH_FIELDS})

    needs, grades, traps, design_needs = [], {}, {}, {}
    for i, n in enumerate(common.NEEDS):
        nid = 'b25n%02d' % (i + 1)
        rec = dict(n, id=nid)
        needs.append({f: rec[f] for f in NEED_FIELDS})
        lab = n['labels']
        g = {}
        for k in lab['answers']:
            g[key_to_id[k]] = 3
        for k, _why in lab['alternatives']:
            g[key_to_id[k]] = 2
        for k, grade, _why in lab['siblings']:
            if grade > 0:
                g[key_to_id[k]] = grade
        grades[nid] = g
        if lab['traps']:
            traps[nid] = [key_to_id[k] for k, _c in lab['traps']]
        nlang = common.lang_of(n['title'] + n['description'])
        ans = [{'id': key_to_id[k], 'key': k,
                'language': common.lang_of(common.TECHS[k]['description'])} for k in lab['answers']]
        design_needs[nid] = {
            'key': n['key'],
            'city': n['city'],
            'language': nlang,
            'categories': n['categories'],
            'answers': ans,
            'cross_lingual': ans[0]['language'] != nlang,
            'alternatives': [{'id': key_to_id[k], 'key': k, 'grade': 2, 'why': w}
                             for k, w in lab['alternatives']],
            'siblings': [{'id': key_to_id[k], 'key': k, 'grade': gr, 'why': w}
                         for k, gr, w in lab['siblings']],
            'setting_distractors': [{'id': key_to_id[k], 'key': k, 'grade': 0, 'why': w}
                                    for k, w in lab['setting']],
            'traps': [{'id': key_to_id[k], 'key': k, 'constraint': c} for k, c in lab['traps']],
        }
    grades['_traps'] = traps

    design = {
        'set': NAME,
        'seed': SEED,
        'key_to_id': {k: key_to_id[k] for k in sorted(key_to_id)},
        'technology_language': {t['id']: common.lang_of(t['description']) for t in techs},
        'generic_distractors': [{'id': key_to_id[k], 'key': k} for k in common.GENERIC],
        'needs': design_needs,
    }

    def dump_lines(path, rows):
        with open(path, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')

    dump_lines(os.path.join(OUT, NAME + '_needs.jsonl'), needs)
    dump_lines(os.path.join(OUT, NAME + '_technologies.jsonl'), techs)
    with open(os.path.join(OUT, NAME + '_grades.json'), 'w', encoding='utf-8') as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(OUT, NAME + '_design.json'), 'w', encoding='utf-8') as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote %d needs, %d technologies' % (len(needs), len(techs)))


if __name__ == '__main__':
    main()
