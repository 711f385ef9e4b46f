"""Validate set blind25 from its output files only. Exit 1 on any problem."""
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = 'blind25'
SLUGS = ['smart-grid', 'energy-storage', 'renewable-energy', 'electric-vehicles',
         'green-transportation', 'green-buildings', 'energy-retrofits', 'energy-efficiency',
         'green-data-centers', 'carbon-capture', 'clean-air', 'clean-water', 'waste-treatment',
         'hfc-alternatives', 'ghg-data', 'nature-based']
NEED_FIELDS = ['id', 'city', 'title', 'categories', 'description', 'budget_usd', 'min_trl',
               'region', 'co2e_target_t_per_year', 'deadline']
TECH_FIELDS = ['id', 'company', 'name', 'categories', 'description', 'trl', 'cost_usd',
               'regions', 'co2e_reduction_t_per_year']
problems = []


def bad(msg):
    problems.append(msg)


def lang_of(text):
    cjk = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
    letters = sum(1 for ch in text if ch.isalpha())
    return 'zh' if letters and cjk / letters > 0.3 else 'en'


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    bad('%s:%d: bad JSON (%s)' % (path, ln, e))
    return rows


needs = read_jsonl(os.path.join(OUT, NAME + '_needs.jsonl'))
techs = read_jsonl(os.path.join(OUT, NAME + '_technologies.jsonl'))
grades = json.load(open(os.path.join(OUT, NAME + '_grades.json'), encoding='utf-8'))
design = json.load(open(os.path.join(OUT, NAME + '_design.json'), encoding='utf-8'))

region_re = re.compile(r'^[A-Z]{2}(-[A-Z0-9]{1,3})?$')

# ------------------------------------------------------------------ technologies
T = {}
for t in techs:
    if list(t.keys()) != TECH_FIELDS:
        bad('tech %s: fields/order %s' % (t.get('id'), list(t.keys())))
    tid = t.get('id')
    if tid in T:
        bad('duplicate tech id %s' % tid)
    T[tid] = t
    for f in ('company', 'name', 'description'):
        if not isinstance(t[f], str) or not t[f].strip():
            bad('tech %s: %s must be a non-empty string' % (tid, f))
    if not isinstance(t['categories'], list) or not t['categories'] or \
            any(c not in SLUGS for c in t['categories']):
        bad('tech %s: categories %r' % (tid, t['categories']))
    if t['trl'] is not None and (not isinstance(t['trl'], int) or isinstance(t['trl'], bool)
                                 or not 1 <= t['trl'] <= 9):
        bad('tech %s: trl %r' % (tid, t['trl']))
    c = t['cost_usd']
    if c is not None and (not isinstance(c, list) or len(c) != 2 or not all(is_num(x) for x in c)
                          or c[0] < 0 or c[0] > c[1]):
        bad('tech %s: cost_usd %r' % (tid, c))
    if not isinstance(t['regions'], list) or not t['regions'] or \
            any(not (r == '*' or (isinstance(r, str) and region_re.match(r))) for r in t['regions']):
        bad('tech %s: regions %r' % (tid, t['regions']))
    co2 = t['co2e_reduction_t_per_year']
    if co2 is not None and (not is_num(co2) or co2 < 0):
        bad('tech %s: co2e %r' % (tid, co2))
ids = sorted(T)
if ids != ['b25t%03d' % (i + 1) for i in range(len(ids))]:
    bad('tech ids are not b25t001..b25t%03d' % len(ids))
if not 120 <= len(T) <= 140:
    bad('technology count %d not in 120..140' % len(T))
tlang = {tid: lang_of(t['description']) for tid, t in T.items()}
en_share = sum(1 for v in tlang.values() if v == 'en') / len(T)
if not 0.60 <= en_share <= 0.65:
    bad('English share of technologies %.3f not in 0.60..0.65' % en_share)

# ------------------------------------------------------------------ needs
Nd = {}
seen_slugs = set()
nlang = {}
for i, n in enumerate(needs):
    nid = n.get('id')
    if list(n.keys()) != NEED_FIELDS:
        bad('need %s: fields/order %s' % (nid, list(n.keys())))
    if nid != 'b25n%02d' % (i + 1):
        bad('need %d has id %s' % (i + 1, nid))
    Nd[nid] = n
    for f in ('city', 'title', 'description'):
        if not isinstance(n[f], str) or not n[f].strip():
            bad('need %s: %s' % (nid, f))
    if not isinstance(n['categories'], list) or len(n['categories']) != 1 or \
            n['categories'][0] not in SLUGS:
        bad('need %s: categories must be one slug: %r' % (nid, n['categories']))
    seen_slugs.update(n['categories'])
    if n['budget_usd'] is not None and (not is_num(n['budget_usd']) or n['budget_usd'] <= 0):
        bad('need %s: budget' % nid)
    if n['min_trl'] is not None and (not isinstance(n['min_trl'], int) or not 1 <= n['min_trl'] <= 9):
        bad('need %s: min_trl' % nid)
    if not isinstance(n['region'], str) or not re.match(r'^[A-Z]{2}-[A-Z0-9]{1,3}$', n['region']):
        bad('need %s: region %r' % (nid, n['region']))
    if n['co2e_target_t_per_year'] is not None and not is_num(n['co2e_target_t_per_year']):
        bad('need %s: co2e target' % nid)
    if n['deadline'] is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', n['deadline']):
        bad('need %s: deadline' % nid)
    lg = lang_of(n['title'] + n['description'])
    nlang[nid] = lg
    if lg == 'zh' and not n['region'].startswith('CN-'):
        bad('need %s: Chinese need outside CN' % nid)
    if lg == 'en' and n['region'] != 'US-CA':
        bad('need %s: English need outside US-CA' % nid)
if len(Nd) != 30:
    bad('need count %d' % len(Nd))
if sum(1 for v in nlang.values() if v == 'zh') != 15:
    bad('Chinese needs: %d' % sum(1 for v in nlang.values() if v == 'zh'))
if set(SLUGS) - seen_slugs:
    bad('slugs missing from needs: %s' % sorted(set(SLUGS) - seen_slugs))


def serves(t, n):
    r = n['region']
    return '*' in t['regions'] or r.split('-')[0] in t['regions'] or r in t['regions']


def ruled_out(t, n):
    if t['trl'] is not None and n['min_trl'] is not None and t['trl'] < n['min_trl']:
        return True
    if t['cost_usd'] is not None and n['budget_usd'] is not None and t['cost_usd'][0] > n['budget_usd']:
        return True
    return False


# ------------------------------------------------------------------ grades and design
traps = grades.get('_traps', {})
generic = {g['id'] for g in design['generic_distractors']}
if not 8 <= len(generic) <= 12:
    bad('generic distractors: %d' % len(generic))
n_traps = sum(len(v) for v in traps.values())
if not 5 <= n_traps <= 8:
    bad('trap count %d not in 5..8' % n_traps)
counts = {3: 0, 2: 0, 1: 0}
grade3 = set()
cross = 0
for nid, n in Nd.items():
    g = grades.get(nid)
    if not isinstance(g, dict):
        bad('grades missing for %s' % nid)
        continue
    d = design['needs'][nid]
    for tid, gr in g.items():
        if tid not in T:
            bad('%s: unknown tech %s' % (nid, tid))
            continue
        if gr not in (1, 2, 3):
            bad('%s/%s: grade %r' % (nid, tid, gr))
            continue
        counts[gr] += 1
        if ruled_out(T[tid], n):
            bad('%s/%s: graded pair is ruled out by a hard constraint' % (nid, tid))
        if tid in generic:
            bad('%s/%s: generic distractor graded' % (nid, tid))
    threes = [a['id'] for a in d['answers']]
    if not 1 <= len(threes) <= 2:
        bad('%s: %d grade-3 answers' % (nid, len(threes)))
    if sorted(threes) != sorted(t for t, gr in g.items() if gr == 3):
        bad('%s: design answers differ from grades' % nid)
    for k, tid in enumerate(threes):
        grade3.add(tid)
        t = T[tid]
        if not serves(t, n):
            bad('%s: answer %s does not serve %s' % (nid, tid, n['region']))
        if ruled_out(t, n):
            bad('%s: answer %s breaks TRL or budget' % (nid, tid))
        if k == 0:
            if tlang[tid] == nlang[nid]:
                bad('%s: first answer %s is in the need language' % (nid, tid))
            else:
                cross += 1
    sib = d['siblings']
    if not 1 <= len(sib) <= 3:
        bad('%s: %d siblings' % (nid, len(sib)))
    if not any(s['grade'] == 0 for s in sib):
        bad('%s: no grade-0 (ruled out) sibling' % nid)
    for s in sib:
        if g.get(s['id'], 0) != s['grade']:
            bad('%s: sibling %s grade mismatch' % (nid, s['id']))
        if s['grade'] == 0 and ruled_out(T[s['id']], n):
            bad('%s: grade-0 sibling %s is also ruled out by a hard constraint' % (nid, s['id']))
    for s in d['alternatives']:
        if g.get(s['id']) != 2:
            bad('%s: alternative %s not graded 2' % (nid, s['id']))
    for s in d['setting_distractors']:
        if s['id'] in g:
            bad('%s: setting distractor %s graded' % (nid, s['id']))
    for tid in traps.get(nid, []):
        if tid in g:
            bad('%s: trap %s is graded' % (nid, tid))
        if not ruled_out(T[tid], n):
            bad('%s: trap %s breaks no hard constraint' % (nid, tid))
    if sorted(traps.get(nid, [])) != sorted(t['id'] for t in d['traps']):
        bad('%s: design traps differ from _traps' % nid)
    if d['cross_lingual'] != (tlang[threes[0]] != nlang[nid]):
        bad('%s: cross_lingual flag wrong' % nid)
for k in grades:
    if k != '_traps' and k not in Nd:
        bad('grades for unknown need %s' % k)
for k, v in design['key_to_id'].items():
    if v not in T:
        bad('key_to_id %s -> unknown %s' % (k, v))
if design.get('seed') != 20261225:
    bad('seed')

# ------------------------------------------------------------------ length control
def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


print('needs %d (zh %d), technologies %d (en share %.3f), generic %d, traps %d' % (
    len(Nd), sum(1 for v in nlang.values() if v == 'zh'), len(T), en_share, len(generic), n_traps))
print('grades: 3=%d 2=%d 1=%d; first answers cross-lingual: %d/30' % (counts[3], counts[2], counts[1], cross))
for lg in ('en', 'zh', None):
    a = [len(T[t]['description']) for t in grade3 if lg is None or tlang[t] == lg]
    o = [len(T[t]['description']) for t in T if t not in grade3 and (lg is None or tlang[t] == lg)]
    r = mean(a) / mean(o)
    print('length %-4s grade-3 %.0f (n=%d) vs others %.0f (n=%d): ratio %.3f' % (
        lg or 'all', mean(a), len(a), mean(o), len(o), r))
    if not 0.85 <= r <= 1.15:
        bad('length ratio %s %.3f outside 0.85..1.15' % (lg or 'all', r))

if problems:
    for p in problems:
        print('PROBLEM:', p)
    sys.exit(1)
print('OK')
