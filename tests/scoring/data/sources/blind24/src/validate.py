"""Validate the blind24 outputs against the contract and the brief. Exit 1 on any problem.

Reads only the four output files beside src/ (not the Python data), so it checks what was written.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME, P = "blind24", "b24"

SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
         "hfc-alternatives", "ghg-data", "nature-based"}
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
REGION_RE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
CJK = re.compile(r"[\u4e00-\u9fff]")

problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    return "zh" if text and len(CJK.findall(text)) / len(text) >= 0.15 else "en"


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(fname):
    rows = []
    with open(os.path.join(OUT, fname), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    bad("%s:%d: bad JSON (%s)" % (fname, i, e))
    return rows


def check_cats(where, cats):
    if not isinstance(cats, list) or not cats:
        bad("%s: categories must be a non-empty list" % where)
        return
    for c in cats:
        if c not in SLUGS:
            bad("%s: unknown category %r" % (where, c))


def serves(tech, need):
    country = need["region"].split("-")[0]
    return any(r in ("*", country, need["region"]) for r in tech["regions"])


def broken(tech, need):
    if tech["trl"] is not None and need["min_trl"] is not None and tech["trl"] < need["min_trl"]:
        return "trl"
    if tech["cost_usd"] is not None and need["budget_usd"] is not None \
            and tech["cost_usd"][0] > need["budget_usd"]:
        return "budget"
    return None


needs = read_jsonl("%s_needs.jsonl" % NAME)
techs = read_jsonl("%s_technologies.jsonl" % NAME)
with open(os.path.join(OUT, "%s_grades.json" % NAME), encoding="utf-8") as fh:
    grades = json.load(fh)
with open(os.path.join(OUT, "%s_design.json" % NAME), encoding="utf-8") as fh:
    design = json.load(fh)

# ---------------------------------------------------------------- needs
if len(needs) != 30:
    bad("expected 30 needs, got %d" % len(needs))
for i, n in enumerate(needs):
    w = "need %s" % n.get("id")
    if list(n) != NEED_FIELDS:
        bad("%s: fields %s not in contract order" % (w, list(n)))
        continue
    if n["id"] != "%sn%02d" % (P, i + 1):
        bad("%s: expected id %sn%02d" % (w, P, i + 1))
    for f in ("city", "title", "description"):
        if not isinstance(n[f], str) or not n[f].strip():
            bad("%s: %s must be a non-empty string" % (w, f))
    check_cats(w, n["categories"])
    if n["budget_usd"] is not None and not (is_num(n["budget_usd"]) and n["budget_usd"] > 0):
        bad("%s: budget_usd" % w)
    if n["min_trl"] is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9):
        bad("%s: min_trl" % w)
    if not isinstance(n["region"], str) or not REGION_RE.match(n["region"]) or "-" not in n["region"]:
        bad("%s: region must be an ISO 3166-2 subdivision" % w)
    if n["co2e_target_t_per_year"] is not None and not (is_num(n["co2e_target_t_per_year"])
                                                         and n["co2e_target_t_per_year"] >= 0):
        bad("%s: co2e_target_t_per_year" % w)
    if n["deadline"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(n["deadline"])):
        bad("%s: deadline" % w)
    want = "zh" if i < 15 else "en"
    if lang(n["description"]) != want or lang(n["title"]) != want:
        bad("%s: expected language %s" % (w, want))
    if want == "zh" and not n["region"].startswith("CN-"):
        bad("%s: Chinese need outside China" % w)
    if want == "en" and n["region"] != "US-CA":
        bad("%s: English need outside US-CA" % w)
need_by_id = {n["id"]: n for n in needs}
primary = {n["categories"][0] for n in needs if n.get("categories")}
if primary != SLUGS:
    bad("primary categories miss %s" % sorted(SLUGS - primary))

# ---------------------------------------------------------------- technologies
if not 120 <= len(techs) <= 140:
    bad("expected 120-140 technologies, got %d" % len(techs))
for i, t in enumerate(techs):
    w = "technology %s" % t.get("id")
    if list(t) != TECH_FIELDS:
        bad("%s: fields %s not in contract order" % (w, list(t)))
        continue
    if t["id"] != "%st%03d" % (P, i + 1):
        bad("%s: expected id %st%03d" % (w, P, i + 1))
    for f in ("company", "name", "description"):
        if not isinstance(t[f], str) or not t[f].strip():
            bad("%s: %s must be a non-empty string" % (w, f))
    check_cats(w, t["categories"])
    if t["trl"] is not None and not (isinstance(t["trl"], int) and not isinstance(t["trl"], bool)
                                     and 1 <= t["trl"] <= 9):
        bad("%s: trl" % w)
    c = t["cost_usd"]
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) and x >= 0 for x in c)
                              and c[0] <= c[1]):
        bad("%s: cost_usd" % w)
    if not isinstance(t["regions"], list) or not t["regions"] or \
            not all(r == "*" or (isinstance(r, str) and REGION_RE.match(r)) for r in t["regions"]):
        bad("%s: regions" % w)
    co2 = t["co2e_reduction_t_per_year"]
    if co2 is not None and not (is_num(co2) and co2 >= 0):
        bad("%s: co2e_reduction_t_per_year" % w)
tech_by_id = {t["id"]: t for t in techs}
tlang = {t["id"]: lang(t["description"]) for t in techs}
en_share = sum(v == "en" for v in tlang.values()) / max(1, len(tlang))
if not 0.58 <= en_share <= 0.67:
    bad("English share %.2f outside about 60-65%%" % en_share)

# ---------------------------------------------------------------- grades and traps
traps = grades.get("_traps", {})
if set(grades) - {"_traps"} != set(need_by_id):
    bad("grades keys differ from need ids")
n_traps = 0
for nid, tids in traps.items():
    need = need_by_id.get(nid)
    for tid in tids:
        n_traps += 1
        if need is None or tid not in tech_by_id:
            bad("trap %s/%s: unknown id" % (nid, tid))
            continue
        if not broken(tech_by_id[tid], need):
            bad("trap %s/%s breaks no hard constraint" % (nid, tid))
        if tid in grades.get(nid, {}):
            bad("trap %s/%s is graded" % (nid, tid))
if not 5 <= n_traps <= 8:
    bad("expected 5-8 traps, got %d" % n_traps)

count = {1: 0, 2: 0, 3: 0}
for nid, g in grades.items():
    if nid == "_traps":
        continue
    need = need_by_id.get(nid)
    threes = [t for t, v in g.items() if v == 3]
    if not 1 <= len(threes) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(threes)))
    for tid, v in g.items():
        if tid not in tech_by_id or v not in (1, 2, 3):
            bad("%s/%s: bad id or grade %r" % (nid, tid, v))
            continue
        count[v] += 1
        t = tech_by_id[tid]
        if broken(t, need):
            bad("%s/%s: graded %d but breaks %s" % (nid, tid, v, broken(t, need)))
        if v == 3 and not serves(t, need):
            bad("%s/%s: grade-3 answer does not serve %s" % (nid, tid, need["region"]))

# ---------------------------------------------------------------- design consistency
k2i = design.get("key_to_id", {})
if design.get("seed") != 20261224:
    bad("design seed")
if sorted(k2i.values()) != sorted(tech_by_id) or len(set(k2i.values())) != len(k2i):
    bad("key_to_id is not a bijection onto technology ids")
if design.get("technology_language") != tlang:
    bad("design technology_language differs from detected languages")
generic = [d["id"] for d in design.get("generic_distractors", [])]
if not 8 <= len(generic) <= 12:
    bad("expected about 10 generic distractors, got %d" % len(generic))
for gid in generic:
    if any(gid in g for k, g in grades.items() if k != "_traps") or any(gid in v for v in traps.values()):
        bad("generic distractor %s is graded or trapped" % gid)
dn = {d["id"]: d for d in design.get("needs", [])}
if set(dn) != set(need_by_id):
    bad("design needs differ from need ids")
n_sib = n_sib0 = n_cross = n_ans = 0
for nid, d in dn.items():
    need, g = need_by_id[nid], grades.get(nid, {})
    nl = lang(need["description"])
    if d["language"] != nl:
        bad("%s: design language" % nid)
    ans = d["answers"]
    if {a["id"] for a in ans} != {t for t, v in g.items() if v == 3}:
        bad("%s: design answers differ from grade-3 set" % nid)
    if not ans or tlang[ans[0]["id"]] == nl or not d["cross_lingual"]:
        bad("%s: first grade-3 answer is not in the other language" % nid)
    n_ans += len(ans)
    n_cross += sum(tlang[a["id"]] != nl for a in ans)
    for a in d["alternatives"]:
        if g.get(a["id"]) != 2:
            bad("%s: alternative %s not graded 2" % (nid, a["id"]))
    sibs = d["siblings"]
    if not 1 <= len(sibs) <= 3:
        bad("%s: %d siblings" % (nid, len(sibs)))
    if not any(s["grade"] == 0 for s in sibs):
        bad("%s: no sibling ruled out in words (grade 0)" % nid)
    for s in sibs:
        n_sib += 1
        n_sib0 += s["grade"] == 0
        if g.get(s["id"], 0) != s["grade"]:
            bad("%s: sibling %s grade mismatch" % (nid, s["id"]))
        if broken(tech_by_id[s["id"]], need):
            bad("%s: sibling %s breaks a hard constraint" % (nid, s["id"]))
    for s in d["setting_distractors"]:
        if s["id"] in g:
            bad("%s: setting distractor %s is graded" % (nid, s["id"]))
    if sorted(t["id"] for t in d["traps"]) != sorted(traps.get(nid, [])):
        bad("%s: design traps differ from _traps" % nid)

# ---------------------------------------------------------------- length control
three = {t for k, g in grades.items() if k != "_traps" for t, v in g.items() if v == 3}
print("length (mean description characters, grade-3 vs the rest):")
for label, pick in (("all", lambda t: True), ("en", lambda t: tlang[t] == "en"),
                    ("zh", lambda t: tlang[t] == "zh")):
    a = [len(tech_by_id[t]["description"]) for t in tech_by_id if pick(t) and t in three]
    b = [len(tech_by_id[t]["description"]) for t in tech_by_id if pick(t) and t not in three]
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    print("  %-3s %4.0f (%d) vs %4.0f (%d)  ratio %.2f" % (label, ma, len(a), mb, len(b), ma / mb))
    if not 0.85 <= ma / mb <= 1.15:
        bad("length ratio %s %.2f outside 0.85-1.15" % (label, ma / mb))

print("needs %d, technologies %d (English share %.2f), graded pairs %d: grade3 %d, grade2 %d, grade1 %d"
      % (len(needs), len(techs), en_share, sum(count.values()), count[3], count[2], count[1]))
print("grade-3 crossing languages %d of %d; siblings %d (%d grade 0); traps %d; generic %d"
      % (n_cross, n_ans, n_sib, n_sib0, n_traps, len(generic)))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("OK")
