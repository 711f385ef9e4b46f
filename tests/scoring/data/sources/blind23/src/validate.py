"""Validate the blind23 outputs: python3 src/validate.py (exits 1 on any problem)."""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "blind23"
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water",
         "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
CJK = re.compile(r"[\u4e00-\u9fff]")
REGION = re.compile(r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|\*)$")
problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    n = len(CJK.findall(text))
    return "zh" if n >= 0.2 * max(1, len(text.replace(" ", ""))) else "en"


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    bad("%s:%d: bad JSON (%s)" % (path, i, e))
    return rows


needs = read_jsonl(os.path.join(OUT, NAME + "_needs.jsonl"))
techs = read_jsonl(os.path.join(OUT, NAME + "_technologies.jsonl"))
grades = json.load(open(os.path.join(OUT, NAME + "_grades.json"), encoding="utf-8"))
design = json.load(open(os.path.join(OUT, NAME + "_design.json"), encoding="utf-8"))

# ---- needs
if len(needs) != 30:
    bad("need count %d != 30" % len(needs))
for i, n in enumerate(needs):
    if list(n) != NEED_FIELDS:
        bad("need %s: fields/order %s" % (n.get("id"), list(n)))
    if n.get("id") != "b23n%02d" % (i + 1):
        bad("need %d: id %s" % (i, n.get("id")))
    for f in ("city", "title", "description", "region"):
        if not isinstance(n.get(f), str) or not n.get(f):
            bad("need %s: %s not a non-empty string" % (n["id"], f))
    cats = n.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("need %s: categories %s" % (n["id"], cats))
    if n["budget_usd"] is not None and not (num(n["budget_usd"]) and n["budget_usd"] > 0):
        bad("need %s: budget" % n["id"])
    if n["min_trl"] is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9):
        bad("need %s: min_trl" % n["id"])
    if not re.match(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", n["region"]):
        bad("need %s: region %s" % (n["id"], n["region"]))
    if n["co2e_target_t_per_year"] is not None and not (num(n["co2e_target_t_per_year"]) and n["co2e_target_t_per_year"] >= 0):
        bad("need %s: co2e target" % n["id"])
    if n["deadline"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", n["deadline"]):
        bad("need %s: deadline" % n["id"])
    lg = lang(n["description"])
    if i < 15 and (lg != "zh" or not n["region"].startswith("CN-") or lang(n["title"]) != "zh"):
        bad("need %s should be Chinese in CN" % n["id"])
    if i >= 15 and (lg != "en" or n["region"] != "US-CA"):
        bad("need %s should be English in US-CA" % n["id"])
primaries = Counter(n["categories"][0] for n in needs)
if set(primaries) != SLUGS:
    bad("primary categories miss %s" % sorted(SLUGS - set(primaries)))

# ---- technologies
T = {}
if not 120 <= len(techs) <= 140:
    bad("technology count %d" % len(techs))
for i, t in enumerate(techs):
    if list(t) != TECH_FIELDS:
        bad("tech %s: fields/order %s" % (t.get("id"), list(t)))
    if t.get("id") != "b23t%03d" % (i + 1):
        bad("tech %d: id %s" % (i, t.get("id")))
    T[t["id"]] = t
    for f in ("company", "name", "description"):
        if not isinstance(t.get(f), str) or not t.get(f):
            bad("tech %s: %s" % (t["id"], f))
    if not isinstance(t["categories"], list) or not t["categories"] or any(c not in SLUGS for c in t["categories"]):
        bad("tech %s: categories" % t["id"])
    if t["trl"] is not None and not (isinstance(t["trl"], int) and not isinstance(t["trl"], bool) and 1 <= t["trl"] <= 9):
        bad("tech %s: trl" % t["id"])
    c = t["cost_usd"]
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(num(x) and x >= 0 for x in c) and c[0] <= c[1]):
        bad("tech %s: cost_usd" % t["id"])
    if not isinstance(t["regions"], list) or not t["regions"] or any(not isinstance(r, str) or not REGION.match(r) for r in t["regions"]):
        bad("tech %s: regions" % t["id"])
    co = t["co2e_reduction_t_per_year"]
    if co is not None and not (num(co) and co >= 0):
        bad("tech %s: co2e" % t["id"])
tl = {k: lang(t["description"]) for k, t in T.items()}
en_share = sum(v == "en" for v in tl.values()) / len(tl)
if not 0.60 <= en_share <= 0.65:
    bad("English share %.3f outside 0.60-0.65" % en_share)
if design.get("technology_language") != tl:
    bad("design technology_language disagrees with the texts")


def serves(t, region):
    return "*" in t["regions"] or region in t["regions"] or region.split("-")[0] in t["regions"]


def ruled_out(t, n):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return "trl"
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return "budget"
    return None


# ---- grades
N = {n["id"]: n for n in needs}
traps = grades.get("_traps", {})
if set(k for k in grades if k != "_traps") != set(N):
    bad("grades keys differ from need ids")
graded_anywhere = set()
gcount = Counter()
for nid, g in grades.items():
    if nid == "_traps":
        continue
    n = N[nid]
    for tid, v in g.items():
        if tid not in T:
            bad("%s: unknown tech %s" % (nid, tid))
            continue
        if v not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, tid, v))
        gcount[v] += 1
        graded_anywhere.add(tid)
        r = ruled_out(T[tid], n)
        if r:
            bad("%s/%s: graded %d but ruled out by %s" % (nid, tid, v, r))
        if v == 3 and not serves(T[tid], n["region"]):
            bad("%s/%s: grade-3 answer does not serve %s" % (nid, tid, n["region"]))
    n3 = [t for t, v in g.items() if v == 3]
    if not 1 <= len(n3) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(n3)))
ntraps = 0
for nid, ids in traps.items():
    for tid in ids:
        ntraps += 1
        if tid in grades.get(nid, {}):
            bad("trap %s graded for %s" % (tid, nid))
        if tid in graded_anywhere:
            bad("trap %s graded somewhere" % tid)
        if not ruled_out(T[tid], N[nid]):
            bad("trap %s does not break a hard constraint for %s" % (tid, nid))
if not 5 <= ntraps <= 8:
    bad("trap count %d" % ntraps)
generic = [d["id"] for d in design["generic_distractors"]]
for tid in generic:
    if tid in graded_anywhere:
        bad("generic distractor %s is graded" % tid)
if not 8 <= len(generic) <= 12:
    bad("generic distractor count %d" % len(generic))

# ---- design consistency
if design.get("seed") != 20261223:
    bad("design seed")
k2i = design["key_to_id"]
if sorted(k2i.values()) != sorted(T):
    bad("key_to_id does not cover the technologies")
sib_total = sib0 = cross = 0
for d in design["needs"]:
    nid = d["id"]
    n, g = N[nid], grades[nid]
    nl = lang(n["description"])
    if d["language"] != nl:
        bad("%s: design language" % nid)
    if [a["id"] for a in d["answers"]] != [t for t in g if g[t] == 3] and \
            sorted(a["id"] for a in d["answers"]) != sorted(t for t in g if g[t] == 3):
        bad("%s: design answers differ from grades" % nid)
    first = d["answers"][0]["id"]
    if tl[first] == nl:
        bad("%s: first grade-3 answer is in the need's language" % nid)
    cross += sum(tl[a["id"]] != nl for a in d["answers"])
    for a in d["alternatives"]:
        if g.get(a["id"]) != 2:
            bad("%s: alternative %s not graded 2" % (nid, a["id"]))
    sibs = d["siblings"]
    if not 1 <= len(sibs) <= 3:
        bad("%s: %d siblings" % (nid, len(sibs)))
    if not any(s["grade"] == 0 for s in sibs):
        bad("%s: no grade-0 (ruled out) sibling" % nid)
    for s in sibs:
        sib_total += 1
        sib0 += s["grade"] == 0
        if g.get(s["id"], 0) != s["grade"]:
            bad("%s: sibling %s grade mismatch" % (nid, s["id"]))
    for s in d["setting_distractors"]:
        if s["id"] in g:
            bad("%s: setting distractor %s graded" % (nid, s["id"]))
    if sorted(t["id"] for t in d["traps"]) != sorted(traps.get(nid, [])):
        bad("%s: design traps differ" % nid)

# ---- length control (per language and overall)
ans_ids = {t for nid, g in grades.items() if nid != "_traps" for t, v in g.items() if v == 3}
print("length (mean description chars, grade-3 pages vs all other pages):")
for lg in ("en", "zh", None):
    a = [len(T[t]["description"]) for t in T if t in ans_ids and (lg is None or tl[t] == lg)]
    o = [len(T[t]["description"]) for t in T if t not in ans_ids and (lg is None or tl[t] == lg)]
    ma, mo = sum(a) / len(a), sum(o) / len(o)
    print("  %-3s %4.0f vs %4.0f  ratio %.2f  (n=%d/%d)" % (lg or "all", ma, mo, ma / mo, len(a), len(o)))
    if lg and not 0.85 <= ma / mo <= 1.15:
        bad("length ratio %s %.2f outside 0.85-1.15" % (lg, ma / mo))

print("needs %d (zh %d, en %d); technologies %d (en %d, zh %d, English share %.3f)" % (
    len(needs), sum(lang(n["description"]) == "zh" for n in needs),
    sum(lang(n["description"]) == "en" for n in needs), len(T),
    sum(v == "en" for v in tl.values()), sum(v == "zh" for v in tl.values()), en_share))
print("graded pairs %d: grade3 %d, grade2 %d, grade1 %d; traps %d; generic %d" % (
    sum(gcount.values()), gcount[3], gcount[2], gcount[1], ntraps, len(generic)))
print("siblings %d (%d graded 0); cross-language grade-3 pairs %d of %d" % (sib_total, sib0, cross, gcount[3]))
print("primary categories:", dict(sorted(primaries.items())))
if problems:
    print("\nPROBLEMS (%d):" % len(problems))
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
