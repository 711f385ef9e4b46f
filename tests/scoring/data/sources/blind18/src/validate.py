"""Re-read the four blind18 outputs and check them against the scoring contract and the brief.
Exit 1 on any problem."""
import json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation",
         "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture",
         "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]
CJK = re.compile(r"[\u4e00-\u9fff]")
problems = []


def bad(msg):
    problems.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def lang_of(text):
    return "zh" if len(CJK.findall(text)) >= 20 else "en"


def read_jsonl(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d: bad JSON (%s)" % (name, i, e))
    return recs


techs = read_jsonl("blind18_technologies.jsonl")
needs = read_jsonl("blind18_needs.jsonl")
with open(os.path.join(OUT, "blind18_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, "blind18_design.json"), encoding="utf-8") as f:
    design = json.load(f)

T = {}
for i, t in enumerate(techs, 1):
    if list(t.keys()) != TECH_FIELDS:
        bad("tech line %d: fields %s" % (i, list(t.keys())))
    tid = t.get("id")
    if tid != "b18t%03d" % i:
        bad("tech line %d: id %r not in order" % (i, tid))
    T[tid] = t
    for fld in ("company", "name", "description"):
        if not isinstance(t.get(fld), str) or not t.get(fld).strip():
            bad("%s: %s not a non-empty string" % (tid, fld))
    cats = t.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("%s: categories %r" % (tid, cats))
    trl = t.get("trl")
    if trl is not None and (not isinstance(trl, int) or isinstance(trl, bool) or not 1 <= trl <= 9):
        bad("%s: trl %r" % (tid, trl))
    c = t.get("cost_usd")
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) for x in c) and 0 <= c[0] <= c[1]):
        bad("%s: cost_usd %r" % (tid, c))
    r = t.get("regions")
    if not isinstance(r, list) or not r or not all(isinstance(x, str) and re.fullmatch(r"\*|[A-Z]{2}(-[A-Z0-9]{1,3})?", x) for x in r):
        bad("%s: regions %r" % (tid, r))
    co2 = t.get("co2e_reduction_t_per_year")
    if co2 is not None and not is_num(co2):
        bad("%s: co2 %r" % (tid, co2))

Nd = {}
need_cats = set()
for i, n in enumerate(needs, 1):
    if list(n.keys()) != NEED_FIELDS:
        bad("need line %d: fields %s" % (i, list(n.keys())))
    nid = n.get("id")
    if nid != "b18n%02d" % i:
        bad("need line %d: id %r" % (i, nid))
    Nd[nid] = n
    for fld in ("city", "title", "description"):
        if not isinstance(n.get(fld), str) or not n.get(fld).strip():
            bad("%s: %s" % (nid, fld))
    cats = n.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("%s: categories %r" % (nid, cats))
    else:
        need_cats.update(cats)
    if n.get("budget_usd") is not None and not is_num(n["budget_usd"]):
        bad("%s: budget" % nid)
    mt = n.get("min_trl")
    if mt is not None and (not isinstance(mt, int) or not 1 <= mt <= 9):
        bad("%s: min_trl" % nid)
    if not isinstance(n.get("region"), str) or not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", n["region"]):
        bad("%s: region %r" % (nid, n.get("region")))
    if n.get("co2e_target_t_per_year") is not None and not is_num(n["co2e_target_t_per_year"]):
        bad("%s: co2 target" % nid)
    d = n.get("deadline")
    if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        bad("%s: deadline %r" % (nid, d))
    want = "zh" if i <= 15 else "en"
    if lang_of(n["title"] + n["description"]) != want:
        bad("%s: language is not %s" % (nid, want))
    if i <= 15 and not n["region"].startswith("CN-"):
        bad("%s: region should be CN-xx" % nid)
    if i > 15 and n["region"] != "US-CA":
        bad("%s: region should be US-CA" % nid)


def ruled_out(n, t):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return "trl"
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return "budget"
    return None


def serves(n, t):
    r = t["regions"]
    return "*" in r or n["region"] in r or n["region"].split("-")[0] in r


if len(needs) != 30:
    bad("need count %d" % len(needs))
if not 130 <= len(techs) <= 150:
    bad("tech count %d" % len(techs))
if need_cats != SLUGS:
    bad("slugs missing among needs: %s" % sorted(SLUGS - need_cats))

tlang = {tid: lang_of(t["name"] + " " + t["description"]) for tid, t in T.items()}
for tid, l in design["tech_language"].items():
    if tlang.get(tid) != l:
        bad("%s: design language %s but text looks %s" % (tid, l, tlang.get(tid)))
n_zh = sum(1 for l in tlang.values() if l == "zh")
if not 0.25 <= n_zh / len(T) <= 0.42:
    bad("Chinese share of technologies %.2f" % (n_zh / len(T)))

traps = grades.get("_traps", {})
generic = set(design["generic_distractors"])
if not 10 <= len(generic) <= 12:
    bad("generic distractors: %d" % len(generic))
n_traps = sum(len(v) for v in traps.values())
if not 6 <= n_traps <= 8:
    bad("trap count %d" % n_traps)
graded_anywhere = set()
cross = 0
count = {1: 0, 2: 0, 3: 0}
for nid, n in Nd.items():
    g = grades.get(nid)
    if not isinstance(g, dict):
        bad("%s: no grades" % nid)
        continue
    nlang = "zh" if int(nid[-2:]) <= 15 else "en"
    g3 = [t for t, v in g.items() if v == 3]
    if not 1 <= len(g3) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(g3)))
    if not any(tlang[t] != nlang for t in g3):
        bad("%s: no grade-3 answer in the other language" % nid)
    for t in g3:
        if tlang[t] != nlang:
            cross += 1
        if not serves(n, T[t]):
            bad("%s: grade-3 %s does not serve region %s" % (nid, t, n["region"]))
    for t, v in g.items():
        if t not in T or v not in (1, 2, 3):
            bad("%s: bad grade %r -> %r" % (nid, t, v))
            continue
        count[v] += 1
        graded_anywhere.add(t)
        ro = ruled_out(n, T[t])
        if ro:
            bad("%s: graded %s is ruled out (%s)" % (nid, t, ro))
    for t in traps.get(nid, []):
        if t not in T:
            bad("%s: trap %s unknown" % (nid, t))
            continue
        if not ruled_out(n, T[t]):
            bad("%s: trap %s is not ruled out" % (nid, t))
        if t in g:
            bad("%s: trap %s is graded" % (nid, t))
    dn = design["needs"][nid]
    if not 1 <= len(dn["siblings"]) <= 3:
        bad("%s: %d siblings" % (nid, len(dn["siblings"])))
    for s in dn["siblings"]:
        if s["grade"] not in (0, 1) or g.get(s["id"], 0) != s["grade"]:
            bad("%s: sibling %s grade mismatch" % (nid, s["id"]))
    for a in dn["alternatives"]:
        if g.get(a["id"]) != 2:
            bad("%s: alternative %s not grade 2" % (nid, a["id"]))
trapped = {t for v in traps.values() for t in v}
if generic & graded_anywhere:
    bad("generic distractors graded: %s" % sorted(generic & graded_anywhere))
if trapped & graded_anywhere:
    bad("traps graded somewhere: %s" % sorted(trapped & graded_anywhere))
if generic & trapped:
    bad("generic distractors used as traps")
if cross < 25:
    bad("only %d cross-language grade-3 pairs" % cross)

# Length check: grade-3 texts vs the rest
g3_ids = {t for nid in Nd for t, v in grades[nid].items() if v == 3}
def L(tid):
    return len(T[tid]["name"]) + len(T[tid]["description"])
def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0
a = [L(t) for t in g3_ids]
b = [L(t) for t in T if t not in g3_ids]
ratio = mean(a) / mean(b)
print("length (chars of name+description): grade-3 mean %.0f (n=%d), rest mean %.0f (n=%d), ratio %.2f"
      % (mean(a), len(a), mean(b), len(b), ratio))
for lg in ("en", "zh"):
    a2 = [L(t) for t in g3_ids if tlang[t] == lg]
    b2 = [L(t) for t in T if t not in g3_ids and tlang[t] == lg]
    r2 = mean(a2) / mean(b2) if b2 and a2 else 0
    print("  %s: grade-3 %.0f (n=%d), rest %.0f (n=%d), ratio %.2f" % (lg, mean(a2), len(a2), mean(b2), len(b2), r2))
    if not 0.8 <= r2 <= 1.25:
        bad("%s length ratio %.2f outside 0.8-1.25" % (lg, r2))
if not 0.8 <= ratio <= 1.25:
    bad("length ratio %.2f outside 0.8-1.25" % ratio)
sib_ids = {s["id"] for d in design["needs"].values() for s in d["siblings"]}
alt_ids = {s["id"] for d in design["needs"].values() for s in d["alternatives"]}
for label, ids in (("siblings", sib_ids), ("alternatives", alt_ids), ("generic", generic), ("traps", trapped)):
    print("  %s mean %.0f (n=%d)" % (label, mean([L(t) for t in ids]), len(ids)))

print("needs %d, technologies %d (%d zh, %d en), grades 3/2/1 = %d/%d/%d, cross-language grade-3 pairs %d, traps %d, generic %d"
      % (len(Nd), len(T), n_zh, len(T) - n_zh, count[3], count[2], count[1], cross, n_traps, len(generic)))
if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("OK")
