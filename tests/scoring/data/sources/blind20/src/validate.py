"""Validate blind20 outputs against the contract and the brief. Exit 1 on any problem."""
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
         "hfc-alternatives", "ghg-data", "nature-based"}
CJK = re.compile(r"[\u4e00-\u9fff]")
REGION = re.compile(r"^(\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$")
problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    return "zh" if len(CJK.findall(text)) > 20 else "en"


def read_jl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d not JSON: %s" % (name, i, e))
    return rows


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


needs = read_jl("blind20_needs.jsonl")
techs = read_jl("blind20_technologies.jsonl")
with open(os.path.join(OUT, "blind20_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, "blind20_design.json"), encoding="utf-8") as f:
    design = json.load(f)

# --- technologies
T = {}
for t in techs:
    tid = t.get("id")
    if not isinstance(tid, str) or not re.match(r"^b20t\d{3}$", tid) or tid in T:
        bad("tech id %r" % tid)
    T[tid] = t
    for fld in ("company", "name", "description"):
        if not isinstance(t.get(fld), str) or not t[fld].strip():
            bad("%s %s" % (tid, fld))
    cats = t.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("%s categories %r" % (tid, cats))
    trl = t.get("trl")
    if trl is not None and (not isinstance(trl, int) or isinstance(trl, bool) or not 1 <= trl <= 9):
        bad("%s trl" % tid)
    c = t.get("cost_usd")
    if c is not None and (not isinstance(c, list) or len(c) != 2 or not all(isnum(x) for x in c) or c[0] > c[1] or c[0] < 0):
        bad("%s cost_usd %r" % (tid, c))
    r = t.get("regions")
    if not isinstance(r, list) or not r or any(not isinstance(x, str) or not REGION.match(x) for x in r):
        bad("%s regions" % tid)
    co2 = t.get("co2e_reduction_t_per_year")
    if co2 is not None and not isnum(co2):
        bad("%s co2" % tid)
ids = sorted(T)
if ids != ["b20t%03d" % i for i in range(1, len(ids) + 1)]:
    bad("tech ids not consecutive")
if not 130 <= len(T) <= 150:
    bad("technology count %d not in 130..150" % len(T))

# --- needs
Nd = {}
for n in needs:
    nid = n.get("id")
    Nd[nid] = n
    for fld in ("city", "title", "description", "region"):
        if not isinstance(n.get(fld), str) or not n[fld].strip():
            bad("%s %s" % (nid, fld))
    cats = n.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("%s categories" % nid)
    for fld in ("budget_usd", "co2e_target_t_per_year"):
        if n.get(fld) is not None and not isnum(n[fld]):
            bad("%s %s" % (nid, fld))
    m = n.get("min_trl")
    if m is not None and (not isinstance(m, int) or not 1 <= m <= 9):
        bad("%s min_trl" % nid)
    d = n.get("deadline")
    if d is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
        bad("%s deadline" % nid)
    if not REGION.match(n.get("region", "")) or "-" not in n.get("region", ""):
        bad("%s region" % nid)
if [n["id"] for n in needs] != ["b20n%02d" % i for i in range(1, 31)]:
    bad("need ids not b20n01..b20n30 in order")
for i, n in enumerate(needs, 1):
    want = "zh" if i <= 15 else "en"
    if lang(n["description"]) != want:
        bad("%s language" % n["id"])
    if i <= 15 and not n["region"].startswith("CN-"):
        bad("%s region should be CN-xx" % n["id"])
    if i > 15 and n["region"] != "US-CA":
        bad("%s region should be US-CA" % n["id"])
cn_gd = sum(1 for n in needs[:15] if n["region"] == "CN-GD")
if cn_gd < 10:
    bad("only %d Chinese needs in CN-GD" % cn_gd)
if set(c for n in needs for c in n["categories"]) != SLUGS:
    bad("needs miss slugs: %s" % (SLUGS - set(c for n in needs for c in n["categories"])))


def ruled_out(n, t):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return True
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return True
    return False


def serves(n, t):
    r = t["regions"]
    return "*" in r or n["region"] in r or n["region"].split("-")[0] in r


# --- grades
traps = grades.get("_traps", {})
if set(k for k in grades if k != "_traps") != set(Nd):
    bad("grades keys differ from needs")
graded_ids = set()
cross = 0
n3 = n2 = n1 = 0
for nid, g in grades.items():
    if nid == "_traps":
        continue
    n = Nd[nid]
    nl = lang(n["description"])
    three = [t for t, v in g.items() if v == 3]
    if not 1 <= len(three) <= 2:
        bad("%s has %d grade-3" % (nid, len(three)))
    if not any(lang(T[t]["description"]) != nl for t in three):
        bad("%s no grade-3 in the other language" % nid)
    for tid, v in g.items():
        if tid not in T or v not in (1, 2, 3):
            bad("%s %s grade %r" % (nid, tid, v))
            continue
        graded_ids.add(tid)
        if ruled_out(n, T[tid]):
            bad("%s %s graded but ruled out by hard constraint" % (nid, tid))
        if v == 3:
            n3 += 1
            if lang(T[tid]["description"]) != nl:
                cross += 1
            if not serves(n, T[tid]):
                bad("%s %s grade-3 does not serve region" % (nid, tid))
        elif v == 2:
            n2 += 1
        else:
            n1 += 1
if cross < 25:
    bad("only %d cross-language grade-3 pairs" % cross)
ntrap = 0
for nid, lst in traps.items():
    for tid in lst:
        ntrap += 1
        if tid in graded_ids:
            bad("trap %s graded somewhere" % tid)
        if not ruled_out(Nd[nid], T[tid]):
            bad("trap %s not ruled out for %s" % (tid, nid))
if not 6 <= ntrap <= 8:
    bad("%d traps, want 6..8" % ntrap)
gen = design.get("generic_distractors", [])
if not 10 <= len(gen) <= 12:
    bad("%d generic distractors, want 10..12" % len(gen))
for tid in gen:
    if tid in graded_ids:
        bad("generic %s graded" % tid)

# --- siblings per need
sib_total = sib0 = 0
for nid, d in design["needs"].items():
    s = d["siblings"]
    if not 1 <= len(s) <= 3:
        bad("%s has %d siblings" % (nid, len(s)))
    sib_total += len(s)
    sib0 += sum(1 for x in s if x["grade"] == 0)
    for x in s + d["alternatives"] + d["grade3"]:
        if grades[nid].get(x["id"], 0) != x["grade"]:
            bad("%s design/grades mismatch %s" % (nid, x["id"]))

# --- lengths and language share
g3 = set(t for nid, g in grades.items() if nid != "_traps" for t, v in g.items() if v == 3)


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


ratio_lines = []
for lg in (None, "en", "zh"):
    a = [len(T[t]["description"]) for t in T if t in g3 and (lg is None or lang(T[t]["description"]) == lg)]
    b = [len(T[t]["description"]) for t in T if t not in g3 and (lg is None or lang(T[t]["description"]) == lg)]
    ra = mean(a) / mean(b) if b else 0
    ratio_lines.append("%s: grade-3 mean %.0f chars (%d) vs rest %.0f (%d), ratio %.2f"
                       % (lg or "all", mean(a), len(a), mean(b), len(b), ra))
    if not 0.8 <= ra <= 1.25:
        bad("length ratio %s %.2f outside 0.8..1.25" % (lg or "all", ra))
en = sum(1 for t in T.values() if lang(t["description"]) == "en")
share = en / len(T)
if not 0.58 <= share <= 0.75:
    bad("English share %.2f" % share)

print("needs %d, technologies %d (%d en, %d zh, English share %.2f)" % (len(Nd), len(T), en, len(T) - en, share))
print("graded pairs %d: grade3 %d (cross-language %d), grade2 %d, grade1 %d" % (n3 + n2 + n1, n3, cross, n2, n1))
print("siblings %d (%d graded 0), traps %d, generic %d" % (sib_total, sib0, ntrap, len(gen)))
for line in ratio_lines:
    print(line)
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
