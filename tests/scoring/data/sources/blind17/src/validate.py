"""Validate blind17 outputs against the contract and the brief. Exit 1 on any problem."""
import json, os, re, sys
from statistics import mean

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {'smart-grid', 'energy-storage', 'renewable-energy', 'electric-vehicles', 'green-transportation',
         'green-buildings', 'energy-retrofits', 'energy-efficiency', 'green-data-centers', 'carbon-capture',
         'clean-air', 'clean-water', 'waste-treatment', 'hfc-alternatives', 'ghg-data', 'nature-based'}
problems = []


def bad(msg):
    problems.append(msg)


def read_jsonl(name):
    recs = []
    with open(os.path.join(OUT, name), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    recs.append(json.loads(line))
                except ValueError as e:
                    bad('%s:%d: %s' % (name, i, e))
    return recs


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def lang(text):
    return 'zh' if sum(1 for c in text if '\u4e00' <= c <= '\u9fff') > 20 else 'en'


techs = read_jsonl('blind17_technologies.jsonl')
needs = read_jsonl('blind17_needs.jsonl')
grades = json.load(open(os.path.join(OUT, 'blind17_grades.json'), encoding='utf-8'))
design = json.load(open(os.path.join(OUT, 'blind17_design.json'), encoding='utf-8'))

T = {}
for i, t in enumerate(techs, 1):
    if list(t) != ['id', 'company', 'name', 'categories', 'description', 'trl', 'cost_usd', 'regions',
                   'co2e_reduction_t_per_year']:
        bad('tech line %d: fields %s' % (i, list(t)))
    if t['id'] != 'b17t%03d' % i:
        bad('tech line %d: id %s' % (i, t['id']))
    if t['id'] in T:
        bad('duplicate tech id ' + t['id'])
    T[t['id']] = t
    for fld in ('company', 'name', 'description'):
        if not isinstance(t[fld], str) or not t[fld]:
            bad('%s: %s' % (t['id'], fld))
    if not isinstance(t['categories'], list) or not t['categories'] or not set(t['categories']) <= SLUGS:
        bad('%s: categories' % t['id'])
    if t['trl'] is not None and not (isinstance(t['trl'], int) and 1 <= t['trl'] <= 9):
        bad('%s: trl' % t['id'])
    c = t['cost_usd']
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(map(is_num, c)) and 0 <= c[0] <= c[1]):
        bad('%s: cost_usd' % t['id'])
    if not isinstance(t['regions'], list) or not t['regions'] or not all(
            r == '*' or re.fullmatch(r'[A-Z]{2}(-[A-Z0-9]{1,3})?', r) for r in t['regions']):
        bad('%s: regions' % t['id'])
    if t['co2e_reduction_t_per_year'] is not None and not is_num(t['co2e_reduction_t_per_year']):
        bad('%s: co2e' % t['id'])

Nd = {}
for i, n in enumerate(needs, 1):
    if list(n) != ['id', 'city', 'title', 'categories', 'description', 'budget_usd', 'min_trl', 'region',
                   'co2e_target_t_per_year', 'deadline']:
        bad('need line %d: fields' % i)
    if n['id'] != 'b17n%02d' % i:
        bad('need line %d: id %s' % (i, n['id']))
    Nd[n['id']] = n
    if not n['categories'] or not set(n['categories']) <= SLUGS:
        bad('%s: categories' % n['id'])
    if n['budget_usd'] is not None and not is_num(n['budget_usd']):
        bad('%s: budget' % n['id'])
    if n['min_trl'] is not None and not (isinstance(n['min_trl'], int) and 1 <= n['min_trl'] <= 9):
        bad('%s: min_trl' % n['id'])
    if not re.fullmatch(r'[A-Z]{2}-[A-Z0-9]{1,3}', n['region']):
        bad('%s: region' % n['id'])
    if n['deadline'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', n['deadline']):
        bad('%s: deadline' % n['id'])
    want = 'zh' if i <= 15 else 'en'
    if lang(n['title'] + n['description']) != want:
        bad('%s: language' % n['id'])
    if i > 15 and n['region'] != 'US-CA':
        bad('%s: region should be US-CA' % n['id'])
if len(needs) != 30:
    bad('need count %d' % len(needs))
if not 130 <= len(techs) <= 150:
    bad('technology count %d' % len(techs))
if {c for n in needs for c in n['categories']} != SLUGS:
    bad('taxonomy not covered: %s' % (SLUGS - {c for n in needs for c in n['categories']}))


def excluded(n, t):
    if t['trl'] is not None and n['min_trl'] is not None and t['trl'] < n['min_trl']:
        return True
    if t['cost_usd'] is not None and n['budget_usd'] is not None and t['cost_usd'][0] > n['budget_usd']:
        return True
    return False


def region_ok(n, t):
    return '*' in t['regions'] or n['region'][:2] in t['regions'] or n['region'] in t['regions']


traps = grades.pop('_traps', None)
if not isinstance(traps, dict):
    bad('_traps missing')
    traps = {}
if set(grades) != set(Nd):
    bad('grades keys differ from needs')
graded_techs = set()
cross = 0
g3ids = set()
counts = {3: 0, 2: 0, 1: 0}
for nid, g in grades.items():
    n = Nd[nid]
    nl = lang(n['title'] + n['description'])
    threes = [t for t, v in g.items() if v == 3]
    if not 1 <= len(threes) <= 2:
        bad('%s: %d grade-3' % (nid, len(threes)))
    if not any(lang(T[t]['name'] + T[t]['description']) != nl for t in threes):
        bad('%s: no grade-3 answer in the other language' % nid)
    for tid, v in g.items():
        if tid not in T or v not in (1, 2, 3):
            bad('%s: bad grade %s %s' % (nid, tid, v))
            continue
        counts[v] += 1
        graded_techs.add(tid)
        if excluded(n, T[tid]):
            bad('%s: graded %s is hard-excluded' % (nid, tid))
        if v == 3:
            g3ids.add(tid)
            if lang(T[tid]['name'] + T[tid]['description']) != nl:
                cross += 1
            if not region_ok(n, T[tid]):
                bad('%s: grade-3 %s does not serve region' % (nid, tid))
    dn = design['needs'][nid]
    if not 1 <= len(dn['siblings']) <= 3:
        bad('%s: %d siblings' % (nid, len(dn['siblings'])))
    for s in dn['siblings'] + dn['related']:
        if g.get(s['id'], 0) != s['grade'] or s['grade'] not in (0, 1):
            bad('%s: sibling %s grade mismatch' % (nid, s['id']))
if cross < 25:
    bad('cross-language grade-3 pairs %d < 25' % cross)
trap_ids = set()
for nid, ids in traps.items():
    for tid in ids:
        trap_ids.add(tid)
        if not excluded(Nd[nid], T[tid]):
            bad('%s: trap %s is not hard-excluded' % (nid, tid))
        if tid in grades[nid]:
            bad('%s: trap %s graded' % (nid, tid))
ntraps = sum(len(v) for v in traps.values())
if not 6 <= ntraps <= 8:
    bad('trap count %d' % ntraps)
generic = design['generic_distractors']
if not 10 <= len(generic) <= 12:
    bad('generic count %d' % len(generic))
if set(generic) & graded_techs:
    bad('generic distractor graded')
zh = sum(1 for t in techs if lang(t['name'] + t['description']) == 'zh')

# length check: grade-3 texts vs the rest, per language and overall
def L(t):
    return len(t['name']) + 1 + len(t['description'])
report = []
for lg in ('en', 'zh', None):
    pool = [t for t in techs if lg is None or lang(t['name'] + t['description']) == lg]
    a = [L(t) for t in pool if t['id'] in g3ids]
    b = [L(t) for t in pool if t['id'] not in g3ids]
    ma, mb = mean(a), mean(b)
    ratio = ma / mb
    report.append('%s: grade-3 mean %.0f chars (n=%d), rest %.0f (n=%d), ratio %.2f'
                  % (lg or 'all', ma, len(a), mb, len(b), ratio))
    if lg is not None and not 0.8 <= ratio <= 1.25:
        bad('length ratio %s %.2f' % (lg, ratio))

print('needs %d, technologies %d (%d zh, %d en)' % (len(needs), len(techs), zh, len(techs) - zh))
print('grades: %d x3, %d x2, %d x1; cross-language grade-3 pairs %d' % (counts[3], counts[2], counts[1], cross))
print('traps %d, generic distractors %d' % (ntraps, len(generic)))
for r in report:
    print('length ' + r)
if problems:
    print('PROBLEMS:')
    for p in problems:
        print('  ' + p)
    sys.exit(1)
print('OK')
