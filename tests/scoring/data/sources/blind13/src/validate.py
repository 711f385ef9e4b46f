"""Re-read the blind13 outputs and check them against the contract. Standard library only."""
import json, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
TF = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions", "co2e_reduction_t_per_year"]
NF = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region", "co2e_target_t_per_year", "deadline"]
errs = []
def err(m): errs.append(m)
def load(p): return [json.loads(l) for l in open(os.path.join(D, p), encoding="utf-8") if l.strip()]
techs, needs = load("blind13_technologies.jsonl"), load("blind13_needs.jsonl")
grades = json.load(open(os.path.join(D, "blind13_grades.json"), encoding="utf-8"))
design = json.load(open(os.path.join(D, "blind13_design.json"), encoding="utf-8"))
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
def cats(r):
    c = r["categories"]
    if not (isinstance(c, list) and c and len(set(c)) == len(c) and all(x in SLUGS for x in c)): err("%s categories" % r["id"])
T = {}
for i, t in enumerate(techs):
    if list(t) != TF: err("%s fields" % t.get("id"))
    if t["id"] != "b13t%03d" % (i + 1): err("tech id order %s" % t["id"])
    for f in ["company", "name", "description"]:
        if not (isinstance(t[f], str) and t[f].strip()): err("%s %s" % (t["id"], f))
    cats(t)
    if t["trl"] is not None and not (isinstance(t["trl"], int) and 1 <= t["trl"] <= 9): err("%s trl" % t["id"])
    c = t["cost_usd"]
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(num(x) and x >= 0 for x in c) and c[0] <= c[1]): err("%s cost" % t["id"])
    if not (isinstance(t["regions"], list) and t["regions"] and all(r == "*" or re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", r) for r in t["regions"])): err("%s regions" % t["id"])
    x = t["co2e_reduction_t_per_year"]
    if x is not None and not (num(x) and x >= 0): err("%s co2" % t["id"])
    T[t["id"]] = t
Nd = {}
covered = set()
for i, n in enumerate(needs):
    if list(n) != NF: err("%s fields" % n.get("id"))
    if n["id"] != "b13n%02d" % (i + 1): err("need id order %s" % n["id"])
    for f in ["city", "title", "description"]:
        if not (isinstance(n[f], str) and n[f].strip()): err("%s %s" % (n["id"], f))
    cats(n); covered |= set(n["categories"])
    if n["budget_usd"] is not None and not (num(n["budget_usd"]) and n["budget_usd"] > 0): err("%s budget" % n["id"])
    if n["min_trl"] is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9): err("%s min_trl" % n["id"])
    zh = bool(re.search(r"[\u4e00-\u9fff]", n["description"]))
    if i < 15:
        if not (zh and re.fullmatch(r"CN-[A-Z]{2}", n["region"])): err("%s should be Chinese, CN-xx" % n["id"])
    elif zh or n["region"] != "US-CA": err("%s should be English, US-CA" % n["id"])
    x = n["co2e_target_t_per_year"]
    if x is not None and not (num(x) and x >= 0): err("%s co2" % n["id"])
    if n["deadline"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["deadline"]): err("%s deadline" % n["id"])
    Nd[n["id"]] = n
if set(T) & set(Nd): err("ids overlap")
if len(needs) != 30: err("need count")
if not 130 <= len(techs) <= 150: err("tech count %d" % len(techs))
if covered != SLUGS: err("slugs missing %s" % (SLUGS - covered))
def breaks(n, t):
    return (t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]) or \
           (t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"])
def serves(n, t):
    return "*" in t["regions"] or n["region"] in t["regions"] or n["region"][:2] in t["regions"]
def lang(s): return "zh" if re.search(r"[\u4e00-\u9fff]", s) else "en"
cross = 0
traps = grades.get("_traps", {})
ntr = sum(len(v) for v in traps.values())
if not 6 <= ntr <= 8: err("trap count %d" % ntr)
for nid, n in Nd.items():
    g = grades.get(nid)
    if g is None: err("%s no grades" % nid); continue
    g3 = [k for k, v in g.items() if v == 3]
    if not 1 <= len(g3) <= 2: err("%s grade-3 count" % nid)
    for k, v in g.items():
        if k not in T: err("%s unknown %s" % (nid, k)); continue
        if v not in (1, 2, 3): err("%s grade %s" % (nid, v))
        if breaks(n, T[k]): err("%s graded %s breaks a constraint" % (nid, k))
        if v == 3:
            if not serves(n, T[k]): err("%s answer %s region" % (nid, k))
            if lang(T[k]["description"]) != lang(n["description"]): cross += 1
    for k in traps.get(nid, []):
        if k not in T or k in g or not breaks(n, T[k]): err("%s trap %s" % (nid, k))
    d = design["needs"][nid]
    if not d["siblings"]: err("%s no sibling" % nid)
    for s in d["siblings"]:
        if s["grade"] > 1 or g.get(s["id"], 0) != s["grade"]: err("%s sibling %s" % (nid, s["id"]))
    for s in d["generic_distractors"]:
        if any(s["id"] in gg for kk, gg in grades.items() if kk != "_traps"): err("generic %s graded" % s["id"])
for k in grades:
    if k != "_traps" and k not in Nd: err("grades for unknown %s" % k)
if cross < 25: err("cross-lingual grade-3 pairs %d" % cross)
if errs:
    print("\n".join(errs)); sys.exit(1)
en = sum(lang(t["description"]) == "en" for t in techs)
pairs = [v for k, g in grades.items() if k != "_traps" for v in g.values()]
print("OK: %d needs, %d technologies (%d en, %d zh), grades 3/2/1 = %d/%d/%d, cross-lingual grade-3 %d, traps %d" % (
    len(needs), len(techs), en, len(techs) - en, pairs.count(3), pairs.count(2), pairs.count(1), cross, ntr))
