"""Re-read the four blind16 outputs and check them against the contract and the brief.
python3 src/validate.py ; exits 1 on any problem."""
import datetime
import json
import os
import re
import statistics
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation",
         "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture",
         "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]
REGION_RE = re.compile(r"^(\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$")
SUBDIV_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
CJK = re.compile(r"[\u4e00-\u9fff]")

problems = []


def bad(msg):
    problems.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def lang(text):
    letters = [c for c in text if not c.isspace()]
    return "zh" if len(CJK.findall(text)) > 0.2 * max(1, len(letters)) else "en"


def read_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d: malformed JSON (%s)" % (name, i, e))
    return rows


def cats_ok(where, cats):
    if not isinstance(cats, list) or not cats:
        bad("%s: categories must be a non-empty list" % where)
        return
    for c in cats:
        if c not in SLUGS:
            bad("%s: unknown category %r" % (where, c))


techs = read_jsonl("blind16_technologies.jsonl")
needs = read_jsonl("blind16_needs.jsonl")
with open(os.path.join(OUT, "blind16_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, "blind16_design.json"), encoding="utf-8") as f:
    design = json.load(f)

# ---- technologies
T = {}
for t in techs:
    w = "technology %s" % t.get("id")
    if list(t) != TECH_FIELDS:
        bad("%s: fields %s" % (w, list(t)))
    for f in ("id", "company", "name", "description"):
        if not isinstance(t.get(f), str) or not t.get(f).strip():
            bad("%s: %s must be a non-empty string" % (w, f))
    cats_ok(w, t.get("categories"))
    trl = t.get("trl")
    if trl is not None and (not isinstance(trl, int) or isinstance(trl, bool) or not 1 <= trl <= 9):
        bad("%s: trl %r" % (w, trl))
    c = t.get("cost_usd")
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) for x in c) and 0 <= c[0] <= c[1]):
        bad("%s: cost_usd %r" % (w, c))
    r = t.get("regions")
    if not isinstance(r, list) or not r or not all(isinstance(x, str) and REGION_RE.match(x) for x in r):
        bad("%s: regions %r" % (w, r))
    co2 = t.get("co2e_reduction_t_per_year")
    if co2 is not None and not is_num(co2):
        bad("%s: co2e_reduction_t_per_year %r" % (w, co2))
    if t.get("id") in T:
        bad("%s: duplicate id" % w)
    T[t.get("id")] = t
expected_t = ["b16t%03d" % i for i in range(1, len(techs) + 1)]
if sorted(T) != expected_t:
    bad("technology ids are not b16t001..b16t%03d" % len(techs))
if not 130 <= len(techs) <= 150:
    bad("technology count %d outside 130-150" % len(techs))
if len({t["description"] for t in techs}) != len(techs):
    bad("duplicate technology descriptions")

# ---- needs
Nd = {}
for n in needs:
    w = "need %s" % n.get("id")
    if list(n) != NEED_FIELDS:
        bad("%s: fields %s" % (w, list(n)))
    for f in ("id", "city", "title", "description"):
        if not isinstance(n.get(f), str) or not n.get(f).strip():
            bad("%s: %s must be a non-empty string" % (w, f))
    cats_ok(w, n.get("categories"))
    if n.get("budget_usd") is not None and not is_num(n["budget_usd"]):
        bad("%s: budget_usd" % w)
    m = n.get("min_trl")
    if m is not None and (not isinstance(m, int) or isinstance(m, bool) or not 1 <= m <= 9):
        bad("%s: min_trl" % w)
    if not isinstance(n.get("region"), str) or not SUBDIV_RE.match(n["region"]):
        bad("%s: region must be an ISO 3166-2 subdivision" % w)
    if n.get("co2e_target_t_per_year") is not None and not is_num(n["co2e_target_t_per_year"]):
        bad("%s: co2e_target_t_per_year" % w)
    d = n.get("deadline")
    if d is not None:
        try:
            datetime.date.fromisoformat(d)
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", d)
        except Exception:
            bad("%s: deadline %r" % (w, d))
    Nd[n.get("id")] = n
expected_n = ["b16n%02d" % i for i in range(1, 31)]
if [n.get("id") for n in needs] != expected_n:
    bad("need ids are not b16n01..b16n30 in order")
for i, nid in enumerate(expected_n, 1):
    n = Nd.get(nid)
    if not n:
        continue
    want = "zh" if i <= 15 else "en"
    if lang(n["description"]) != want or lang(n["title"]) != want:
        bad("%s: expected language %s" % (nid, want))
    if i <= 15 and not n["region"].startswith("CN-"):
        bad("%s: region should be CN-xx" % nid)
    if i > 15 and n["region"] != "US-CA":
        bad("%s: region should be US-CA" % nid)
need_slugs = {c for n in needs for c in n["categories"]}
if need_slugs != SLUGS:
    bad("taxonomy slugs missing among needs: %s" % sorted(SLUGS - need_slugs))

TL = {tid: lang(t["name"] + " " + t["description"]) for tid, t in T.items()}
for tid, l in TL.items():
    if design["technology_language"].get(tid) != l:
        bad("%s: language %s differs from design (%s)" % (tid, l, design["technology_language"].get(tid)))
en_share = sum(1 for l in TL.values() if l == "en") / max(1, len(TL))
if not 0.58 <= en_share <= 0.75:
    bad("English share %.2f is not about two thirds" % en_share)


def ruled_out(t, n):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return "trl"
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return "budget"
    return None


def region_ok(t, n):
    return "*" in t["regions"] or n["region"][:2] in t["regions"] or n["region"] in t["regions"]


# ---- grades
traps = grades.get("_traps")
if not isinstance(traps, dict):
    bad("grades: _traps missing")
    traps = {}
if set(grades) - {"_traps"} != set(expected_n):
    bad("grades: need keys differ from needs")
graded_ids = set()
cross = 0
n3 = {3: 0, 2: 0, 1: 0}
for nid in expected_n:
    g = grades.get(nid, {})
    n = Nd.get(nid)
    if not n:
        continue
    for tid, gr in g.items():
        if tid not in T:
            bad("%s: unknown technology %s" % (nid, tid))
            continue
        if gr not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, tid, gr))
            continue
        n3[gr] += 1
        graded_ids.add(tid)
        why = ruled_out(T[tid], n)
        if why:
            bad("%s/%s: graded pair is ruled out by %s" % (nid, tid, why))
    g3 = [tid for tid, gr in g.items() if gr == 3 and tid in T]
    if not 1 <= len(g3) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(g3)))
    nl = lang(n["description"])
    other = [tid for tid in g3 if TL[tid] != nl]
    cross += len(other)
    if not other:
        bad("%s: no grade-3 answer in the other language" % nid)
    for tid in g3:
        if not region_ok(T[tid], n):
            bad("%s/%s: grade-3 answer does not serve region %s" % (nid, tid, n["region"]))
        if not set(T[tid]["categories"]) & set(n["categories"]):
            bad("%s/%s: grade-3 answer shares no category" % (nid, tid))
if cross < 25:
    bad("only %d cross-language grade-3 pairs" % cross)
n_traps = 0
for nid, ids in traps.items():
    if nid not in Nd:
        bad("_traps: unknown need %s" % nid)
        continue
    for tid in ids:
        n_traps += 1
        if tid not in T:
            bad("_traps %s: unknown technology %s" % (nid, tid))
            continue
        if not ruled_out(T[tid], Nd[nid]):
            bad("_traps %s/%s: not ruled out by a hard constraint" % (nid, tid))
        if tid in graded_ids:
            bad("_traps %s/%s: trap technology is graded" % (nid, tid))
        if not set(T[tid]["categories"]) & set(Nd[nid]["categories"]):
            bad("_traps %s/%s: trap is off topic" % (nid, tid))
if not 6 <= n_traps <= 8:
    bad("%d traps, expected 6-8" % n_traps)
generic = design.get("generic_distractors", [])
if not 10 <= len(generic) <= 12:
    bad("%d generic distractors, expected 10-12" % len(generic))
trap_ids = {tid for ids in traps.values() for tid in ids}
for tid in generic:
    if tid in graded_ids or tid in trap_ids:
        bad("generic distractor %s is graded or a trap" % tid)

# ---- design consistency: siblings and grades
for dn in design["needs"]:
    nid = dn["id"]
    g = grades.get(nid, {})
    if not 1 <= len(dn["siblings"]) <= 3:
        bad("%s: %d siblings, expected 1-3" % (nid, len(dn["siblings"])))
    for s in dn["siblings"]:
        if s["grade"] not in (0, 1) or g.get(s["id"], 0) != s["grade"]:
            bad("%s/%s: sibling grade mismatch" % (nid, s["id"]))
    for a in dn["alternatives"]:
        if g.get(a["id"]) != 2:
            bad("%s/%s: alternative not graded 2" % (nid, a["id"]))
    for a in dn["grade3"]:
        if g.get(a["id"]) != 3:
            bad("%s/%s: answer not graded 3" % (nid, a["id"]))
    if sorted(t["id"] for t in dn["traps"]) != sorted(traps.get(nid, [])):
        bad("%s: traps differ between design and grades" % nid)
used = graded_ids | trap_ids | set(generic) | {s["id"] for dn in design["needs"] for s in dn["siblings"]}
unused = sorted(set(T) - used)
if unused:
    bad("technologies with no role: %s" % unused)

# ---- length: grade-3 texts vs the rest
g3_all = {tid for nid in expected_n for tid, gr in grades.get(nid, {}).items() if gr == 3}


def length_report(label, pool):
    a = [len(T[t]["description"]) for t in pool if t in g3_all]
    b = [len(T[t]["description"]) for t in pool if t not in g3_all]
    if not a or not b:
        return
    ma, mb = statistics.mean(a), statistics.mean(b)
    ratio = ma / mb
    print("length %-8s grade-3 mean %6.1f chars (n=%d)  rest mean %6.1f chars (n=%d)  ratio %.2f"
          % (label, ma, len(a), mb, len(b), ratio))
    if not 0.75 <= ratio <= 1.25:
        bad("length %s: grade-3 mean %.0f vs rest %.0f not within 25%%" % (label, ma, mb))


length_report("all", list(T))
length_report("english", [t for t in T if TL[t] == "en"])
length_report("chinese", [t for t in T if TL[t] == "zh"])

print("needs %d, technologies %d (en %d, zh %d), grades 3/2/1: %d/%d/%d, cross-language grade-3 pairs %d, "
      "traps %d, generic %d" % (len(needs), len(techs), sum(1 for l in TL.values() if l == "en"),
                                sum(1 for l in TL.values() if l == "zh"), n3[3], n3[2], n3[1], cross,
                                n_traps, len(generic)))
if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("OK")
