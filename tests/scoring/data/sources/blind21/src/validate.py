"""Re-read the blind21 outputs and check them against the contract and the brief. Exit 1 on any problem."""
import datetime
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME, P = "blind21", "b21"
SLUGS = ["smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation",
         "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture",
         "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
problems = []


def bad(msg):
    problems.append(msg)


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def lang(text):
    c = len(re.findall(r"[\u4e00-\u9fff]", text))
    l = len(re.findall(r"[A-Za-z]", text))
    return "zh" if c * 4 > l else "en"


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return rows


def check_cats(where, cats):
    if not isinstance(cats, list) or not cats:
        bad("%s: categories must be a non-empty list" % where)
        return
    for c in cats:
        if c not in SLUGS:
            bad("%s: unknown category %r" % (where, c))


needs = read_jsonl(os.path.join(OUT, NAME + "_needs.jsonl"))
techs = read_jsonl(os.path.join(OUT, NAME + "_technologies.jsonl"))
grades = json.load(open(os.path.join(OUT, NAME + "_grades.json"), encoding="utf-8"))
design = json.load(open(os.path.join(OUT, NAME + "_design.json"), encoding="utf-8"))

# ---------------------------------------------------------------- needs
if len(needs) != 30:
    bad("needs: %d, want 30" % len(needs))
for i, n in enumerate(needs):
    w = "need %s" % n.get("id")
    if list(n) != NEED_FIELDS:
        bad("%s: fields %s not in contract order" % (w, list(n)))
    if n.get("id") != "%sn%02d" % (P, i + 1):
        bad("%s: id out of sequence" % w)
    for f in ("city", "title", "description", "region"):
        if not isinstance(n.get(f), str) or not n.get(f):
            bad("%s: %s must be a non-empty string" % (w, f))
    check_cats(w, n.get("categories"))
    if n.get("budget_usd") is not None and not (num(n["budget_usd"]) and n["budget_usd"] >= 0):
        bad("%s: budget_usd" % w)
    if n.get("min_trl") is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9):
        bad("%s: min_trl" % w)
    if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", n.get("region", "")):
        bad("%s: region %r" % (w, n.get("region")))
    if n.get("co2e_target_t_per_year") is not None and not (num(n["co2e_target_t_per_year"]) and n["co2e_target_t_per_year"] >= 0):
        bad("%s: co2e_target_t_per_year" % w)
    if n.get("deadline") is not None:
        try:
            datetime.date.fromisoformat(n["deadline"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["deadline"])
        except Exception:
            bad("%s: deadline %r" % (w, n.get("deadline")))
need_by_id = {n["id"]: n for n in needs}
need_lang = {n["id"]: lang(n["title"] + " " + n["description"]) for n in needs}
zh_needs = [i for i in need_lang if need_lang[i] == "zh"]
en_needs = [i for i in need_lang if need_lang[i] == "en"]
if len(zh_needs) != 15 or len(en_needs) != 15:
    bad("need languages: %d zh, %d en (want 15/15)" % (len(zh_needs), len(en_needs)))
for i in zh_needs:
    if not need_by_id[i]["region"].startswith("CN-"):
        bad("%s: Chinese need outside China" % i)
for i in en_needs:
    if need_by_id[i]["region"] != "US-CA":
        bad("%s: English need not in US-CA" % i)
primary = [n["categories"][0] for n in needs if n.get("categories")]
for s in SLUGS:
    if s not in primary:
        bad("slug %s is no need's primary category" % s)

# ---------------------------------------------------------------- technologies
if not 120 <= len(techs) <= 140:
    bad("technologies: %d, want 120-140" % len(techs))
for i, t in enumerate(techs):
    w = "technology %s" % t.get("id")
    if list(t) != TECH_FIELDS:
        bad("%s: fields not in contract order" % w)
    if t.get("id") != "%st%03d" % (P, i + 1):
        bad("%s: id out of sequence" % w)
    for f in ("company", "name", "description"):
        if not isinstance(t.get(f), str) or not t.get(f):
            bad("%s: %s must be a non-empty string" % (w, f))
    check_cats(w, t.get("categories"))
    if t.get("trl") is not None and not (isinstance(t["trl"], int) and not isinstance(t["trl"], bool) and 1 <= t["trl"] <= 9):
        bad("%s: trl" % w)
    c = t.get("cost_usd")
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(num(x) and x >= 0 for x in c) and c[0] <= c[1]):
        bad("%s: cost_usd %r" % (w, c))
    r = t.get("regions")
    if not isinstance(r, list) or not r or not all(isinstance(x, str) and re.fullmatch(r"\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}", x) for x in r):
        bad("%s: regions %r" % (w, r))
    co = t.get("co2e_reduction_t_per_year")
    if co is not None and not (num(co) and co >= 0):
        bad("%s: co2e_reduction_t_per_year" % w)
tech_by_id = {t["id"]: t for t in techs}
tech_lang = {t["id"]: lang(t["name"] + " " + t["description"]) for t in techs}
en_share = sum(1 for v in tech_lang.values() if v == "en") / max(1, len(techs))
if not 0.60 <= en_share <= 0.65:
    bad("English share of technologies %.3f, want 0.60-0.65" % en_share)
if design.get("technology_language") != tech_lang:
    bad("design technology_language disagrees with the texts")


def serves(t, n):
    reg = n["region"]
    return any(x == "*" or x == reg or x == reg.split("-")[0] for x in t["regions"])


def excluded(t, n):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return "trl"
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return "budget"
    return None


# ---------------------------------------------------------------- grades and traps
traps = grades.get("_traps", {})
if set(grades) - {"_traps"} != set(need_by_id):
    bad("grades: need ids differ from needs file")
generic_ids = {g["id"] for g in design.get("generic_distractors", [])}
if not 8 <= len(generic_ids) <= 12:
    bad("generic distractors: %d, want about 10" % len(generic_ids))
n3 = n2 = n1 = 0
for nid, g in grades.items():
    if nid == "_traps":
        continue
    n = need_by_id.get(nid)
    if n is None:
        continue
    for tid, v in g.items():
        if tid not in tech_by_id:
            bad("%s: unknown technology %s" % (nid, tid))
            continue
        if v not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, tid, v))
        if tid in generic_ids:
            bad("%s/%s: generic distractor graded" % (nid, tid))
        e = excluded(tech_by_id[tid], n)
        if e:
            bad("%s/%s: graded pair breaks the %s constraint" % (nid, tid, e))
    threes = [t for t, v in g.items() if v == 3]
    n3 += len(threes)
    n2 += sum(1 for v in g.values() if v == 2)
    n1 += sum(1 for v in g.values() if v == 1)
    if not 1 <= len(threes) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(threes)))
    for t in threes:
        if not serves(tech_by_id[t], n):
            bad("%s/%s: grade-3 answer does not serve %s" % (nid, t, n["region"]))
    d = design["needs"].get(nid, {})
    d3 = [a["id"] for a in d.get("grade3", [])]
    if sorted(d3) != sorted(threes):
        bad("%s: design grade3 %s != grades %s" % (nid, d3, threes))
    if d3:
        if tech_lang[d3[0]] == need_lang[nid]:
            bad("%s: first grade-3 answer %s is in the need's language" % (nid, d3[0]))
        if not d.get("cross_lingual"):
            bad("%s: design cross_lingual false" % nid)
    if sorted(a["id"] for a in d.get("alternatives", [])) != sorted(t for t, v in g.items() if v == 2):
        bad("%s: design alternatives disagree with grade 2" % nid)
    sibs = d.get("siblings", [])
    if sorted(s["id"] for s in sibs if s["grade"] == 1) != sorted(t for t, v in g.items() if v == 1):
        bad("%s: design grade-1 siblings disagree with grades" % nid)
    for s in sibs:
        if s["grade"] == 0 and s["id"] in g:
            bad("%s/%s: grade-0 sibling is graded" % (nid, s["id"]))
        if s["grade"] == 0 and excluded(tech_by_id[s["id"]], n):
            bad("%s/%s: grade-0 sibling is ruled out by a constraint, not by text" % (nid, s["id"]))
    if not 1 <= len(sibs) <= 3:
        bad("%s: %d siblings" % (nid, len(sibs)))
    if not any(s["grade"] == 0 for s in sibs):
        bad("%s: no sibling ruled out in words (grade 0)" % nid)
    if not any(s["grade"] == 1 for s in sibs):
        bad("%s: no grade-1 sibling" % nid)
    for s in d.get("setting_distractors", []):
        if s["id"] in g:
            bad("%s/%s: setting distractor graded" % (nid, s["id"]))
    if sorted(x["id"] for x in d.get("traps", [])) != sorted(traps.get(nid, [])):
        bad("%s: design traps disagree with _traps" % nid)

n_traps = 0
for nid, ids in traps.items():
    n = need_by_id.get(nid)
    if n is None:
        bad("_traps: unknown need %s" % nid)
        continue
    for tid in ids:
        n_traps += 1
        t = tech_by_id.get(tid)
        if t is None:
            bad("_traps %s: unknown technology %s" % (nid, tid))
            continue
        if not excluded(t, n):
            bad("_traps %s/%s: breaks no hard constraint" % (nid, tid))
        if tid in grades.get(nid, {}):
            bad("_traps %s/%s: trap is graded" % (nid, tid))
        if tid in generic_ids:
            bad("_traps %s/%s: trap is a generic distractor" % (nid, tid))
        if not set(t["categories"]) & set(n["categories"]):
            bad("_traps %s/%s: shares no category with the need (not on topic)" % (nid, tid))
if not 5 <= n_traps <= 8:
    bad("traps: %d, want 5-8" % n_traps)
for gid in generic_ids:
    if any(gid in g for k, g in grades.items() if k != "_traps"):
        bad("generic %s graded" % gid)

# ---------------------------------------------------------------- length control
answer_ids = {t for k, g in grades.items() if k != "_traps" for t, v in g.items() if v == 3}


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


print("length (mean description characters, grade-3 vs all others):")
for lg in ("all", "en", "zh"):
    a = [len(tech_by_id[t]["description"]) for t in tech_by_id if t in answer_ids and (lg == "all" or tech_lang[t] == lg)]
    o = [len(tech_by_id[t]["description"]) for t in tech_by_id if t not in answer_ids and (lg == "all" or tech_lang[t] == lg)]
    ratio = mean(a) / mean(o) if o else 0
    print("  %-3s grade-3 %6.1f (n=%d)  others %6.1f (n=%d)  ratio %.2f" % (lg, mean(a), len(a), mean(o), len(o), ratio))
    if lg != "all" and not 0.85 <= ratio <= 1.15:
        bad("length ratio %s %.2f outside 0.85-1.15" % (lg, ratio))

# ---------------------------------------------------------------- summary
sib_total = sum(len(d["siblings"]) for d in design["needs"].values())
sib0 = sum(1 for d in design["needs"].values() for s in d["siblings"] if s["grade"] == 0)
sett = sum(len(d.get("setting_distractors", [])) for d in design["needs"].values())
cross = sum(1 for nid, g in grades.items() if nid != "_traps" for t, v in g.items()
            if v == 3 and tech_lang[t] != need_lang[nid])
two = [nid for nid, g in grades.items() if nid != "_traps" and sum(1 for v in g.values() if v == 3) == 2]
print("needs %d (zh %d, en %d); technologies %d (en %d, zh %d, English share %.3f)" % (
    len(needs), len(zh_needs), len(en_needs), len(techs), sum(1 for v in tech_lang.values() if v == "en"),
    sum(1 for v in tech_lang.values() if v == "zh"), en_share))
print("graded pairs %d: grade 3 %d, grade 2 %d, grade 1 %d; needs with two answers: %s" % (
    n3 + n2 + n1, n3, n2, n1, ", ".join(sorted(two))))
print("cross-language grade-3 pairs %d of %d; siblings %d (grade 0: %d, grade 1: %d); setting distractors %d" % (
    cross, n3, sib_total, sib0, sib_total - sib0, sett))
print("traps %d; generic distractors %d; primary slugs used %d of 16" % (n_traps, len(generic_ids), len(set(primary))))
if problems:
    print("PROBLEMS (%d):" % len(problems))
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("OK")
