"""Validate the blind26 outputs against the contract and the brief. Exit 1 on any problem."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME, PREFIX = "blind26", "b26"
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation",
         "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture",
         "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if ch.isalpha())
    return "zh" if letters and cjk / letters >= 0.3 else "en"


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    bad("%s line %d: %s" % (path, i, e))
    return rows


needs = read_jsonl(os.path.join(OUT, NAME + "_needs.jsonl"))
techs = read_jsonl(os.path.join(OUT, NAME + "_technologies.jsonl"))
with open(os.path.join(OUT, NAME + "_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, NAME + "_design.json"), encoding="utf-8") as f:
    design = json.load(f)

# ---- needs
if len(needs) != 30:
    bad("expected 30 needs, got %d" % len(needs))
nlang = {}
for i, n in enumerate(needs):
    if list(n) != NEED_FIELDS:
        bad("need %s: fields %s" % (n.get("id"), list(n)))
    if n.get("id") != "%sn%02d" % (PREFIX, i + 1):
        bad("need %d: id %s" % (i + 1, n.get("id")))
    for fld in ("city", "title", "description", "region"):
        if not isinstance(n.get(fld), str) or not n.get(fld):
            bad("need %s: %s" % (n["id"], fld))
    cats = n.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("need %s: categories %r" % (n["id"], cats))
    if n["budget_usd"] is not None and not is_num(n["budget_usd"]):
        bad("need %s: budget" % n["id"])
    if n["min_trl"] is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9):
        bad("need %s: min_trl" % n["id"])
    if n["co2e_target_t_per_year"] is not None and not is_num(n["co2e_target_t_per_year"]):
        bad("need %s: co2e" % n["id"])
    if n["deadline"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", n["deadline"]):
        bad("need %s: deadline" % n["id"])
    if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", n["region"]):
        bad("need %s: region %s" % (n["id"], n["region"]))
    nlang[n["id"]] = lang(n["description"] + n["title"])
    want = "zh" if i < 15 else "en"
    if nlang[n["id"]] != want:
        bad("need %s: language %s, expected %s" % (n["id"], nlang[n["id"]], want))
    if want == "zh" and not n["region"].startswith("CN-"):
        bad("need %s: Chinese need outside CN" % n["id"])
    if want == "en" and n["region"] != "US-CA":
        bad("need %s: English need outside US-CA" % n["id"])
primary = [n["categories"][0] for n in needs]
missing = SLUGS - set(primary)
if missing:
    bad("primary categories missing: %s" % sorted(missing))

# ---- technologies
tech = {}
if not 120 <= len(techs) <= 140:
    bad("expected 120-140 technologies, got %d" % len(techs))
for i, t in enumerate(techs):
    if list(t) != TECH_FIELDS:
        bad("tech %s: fields %s" % (t.get("id"), list(t)))
    if t.get("id") != "%st%03d" % (PREFIX, i + 1):
        bad("tech %d: id %s" % (i + 1, t.get("id")))
    for fld in ("company", "name", "description"):
        if not isinstance(t.get(fld), str) or not t.get(fld):
            bad("tech %s: %s" % (t["id"], fld))
    cats = t.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("tech %s: categories %r" % (t["id"], cats))
    if t["trl"] is not None and not (isinstance(t["trl"], int) and 1 <= t["trl"] <= 9):
        bad("tech %s: trl" % t["id"])
    c = t["cost_usd"]
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) for x in c) and 0 <= c[0] <= c[1]):
        bad("tech %s: cost_usd %r" % (t["id"], c))
    r = t["regions"]
    if not isinstance(r, list) or not r or any(not re.fullmatch(r"\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}", x) for x in r):
        bad("tech %s: regions %r" % (t["id"], r))
    co = t["co2e_reduction_t_per_year"]
    if co is not None and not (is_num(co) and co >= 0):
        bad("tech %s: co2e %r" % (t["id"], co))
    tech[t["id"]] = t
tlang = {tid: lang(t["description"]) for tid, t in tech.items()}
en_share = sum(1 for v in tlang.values() if v == "en") / max(1, len(tlang))
if not 0.58 <= en_share <= 0.67:
    bad("English share %.3f outside about 60-65 %%" % en_share)
for tid, l in design["technology_language"].items():
    if tlang.get(tid) != l:
        bad("design language of %s differs" % tid)


def serves(t, region):
    return "*" in t["regions"] or region.split("-")[0] in t["regions"] or region in t["regions"]


def breaks(t, n):
    reasons = []
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        reasons.append("trl")
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        reasons.append("budget")
    return reasons


# ---- grades and design
need_by_id = {n["id"]: n for n in needs}
traps = grades.get("_traps", {})
generic = {g["id"] for g in design["generic_distractors"]}
if not 8 <= len(generic) <= 12:
    bad("generic distractors: %d" % len(generic))
ntraps = sum(len(v) for v in traps.values())
if not 5 <= ntraps <= 8:
    bad("trap count %d outside 5-8" % ntraps)
count = {1: 0, 2: 0, 3: 0}
g3_len = {"en": [], "zh": []}
g3_ids = set()
for nid, n in need_by_id.items():
    g = grades.get(nid)
    if not isinstance(g, dict):
        bad("%s: no grades" % nid)
        continue
    d = design["needs"].get(nid, {})
    for tid, gr in g.items():
        if tid not in tech:
            bad("%s: unknown tech %s" % (nid, tid))
            continue
        if gr not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, tid, gr))
        count[gr] = count.get(gr, 0) + 1
        if tid in generic:
            bad("%s: generic distractor %s graded" % (nid, tid))
        if breaks(tech[tid], n):
            bad("%s: graded %s breaks %s" % (nid, tid, breaks(tech[tid], n)))
    threes = [tid for tid, gr in g.items() if gr == 3]
    if not 1 <= len(threes) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(threes)))
    answers = [a["id"] for a in d.get("answers", [])]
    if answers != threes:
        bad("%s: design answers %s vs grades %s" % (nid, answers, threes))
    if answers and tlang[answers[0]] == nlang[nid]:
        bad("%s: first answer %s not cross-lingual" % (nid, answers[0]))
    for tid in threes:
        g3_ids.add(tid)
        if not serves(tech[tid], n["region"]):
            bad("%s: answer %s does not serve %s" % (nid, tid, n["region"]))
    sibs = d.get("siblings", [])
    if not 1 <= len(sibs) <= 3:
        bad("%s: %d siblings" % (nid, len(sibs)))
    if not any(s["grade"] == 0 for s in sibs):
        bad("%s: no grade-0 (ruled out) sibling" % nid)
    for s in sibs:
        if g.get(s["id"], 0) != s["grade"]:
            bad("%s: sibling %s grade mismatch" % (nid, s["id"]))
    for a in d.get("alternatives", []):
        if g.get(a["id"]) != 2:
            bad("%s: alternative %s not graded 2" % (nid, a["id"]))
    for s in d.get("setting_distractors", []):
        if s["id"] in g:
            bad("%s: setting distractor %s graded" % (nid, s["id"]))
    for tid in traps.get(nid, []):
        if tid in g:
            bad("%s: trap %s is graded" % (nid, tid))
        if not breaks(tech[tid], n):
            bad("%s: trap %s breaks no hard constraint" % (nid, tid))
    if [t["id"] for t in d.get("traps", [])] != traps.get(nid, []):
        bad("%s: design traps differ" % nid)
for nid in grades:
    if nid != "_traps" and nid not in need_by_id:
        bad("grades for unknown need %s" % nid)

# ---- length control, per language
print("needs %d, technologies %d (English share %.3f), generic %d, traps %d" % (
    len(needs), len(techs), en_share, len(generic), ntraps))
print("grades: 3 x%d, 2 x%d, 1 x%d" % (count[3], count[2], count[1]))
for l in ("en", "zh"):
    a = [len(tech[t]["description"]) for t in tech if t in g3_ids and tlang[t] == l]
    o = [len(tech[t]["description"]) for t in tech if t not in g3_ids and tlang[t] == l]
    if a and o:
        ra = (sum(a) / len(a)) / (sum(o) / len(o))
        print("length %s: grade-3 mean %.0f (n=%d) vs others %.0f (n=%d), ratio %.3f" % (
            l, sum(a) / len(a), len(a), sum(o) / len(o), len(o), ra))
        if not 0.85 <= ra <= 1.15:
            bad("length ratio %s %.3f outside 0.85-1.15" % (l, ra))
a = [len(tech[t]["description"]) for t in g3_ids]
o = [len(tech[t]["description"]) for t in tech if t not in g3_ids]
print("length all: grade-3 mean %.0f vs others %.0f, ratio %.3f" % (sum(a) / len(a), sum(o) / len(o),
                                                                     (sum(a) / len(a)) / (sum(o) / len(o))))

if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("OK")
