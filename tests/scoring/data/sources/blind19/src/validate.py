"""Validate the blind19 files against the contract and the brief. Exit 1 on any problem."""
import json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles", "green-transportation",
         "green-buildings", "energy-retrofits", "energy-efficiency", "green-data-centers", "carbon-capture",
         "clean-air", "clean-water", "waste-treatment", "hfc-alternatives", "ghg-data", "nature-based"}
REGION = re.compile(r"^(\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$")
problems = []


def bad(msg):
    problems.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def lang_of(text):
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return "zh" if cjk > 0.2 * len(text) else "en"


def read_jsonl(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (name, i, e))
    return recs


needs = read_jsonl("blind19_needs.jsonl")
techs = read_jsonl("blind19_technologies.jsonl")
with open(os.path.join(OUT, "blind19_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, "blind19_design.json"), encoding="utf-8") as f:
    design = json.load(f)

# ---- needs
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]
if [n.get("id") for n in needs] != ["b19n%02d" % i for i in range(1, 31)]:
    bad("need ids are not b19n01..b19n30 in order")
for n in needs:
    nid = n.get("id")
    if list(n) != NEED_FIELDS:
        bad("%s: fields %s" % (nid, list(n)))
    for k in ("city", "title", "description", "region"):
        if not isinstance(n.get(k), str) or not n.get(k):
            bad("%s: %s not a non-empty string" % (nid, k))
    cats = n.get("categories")
    if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
        bad("%s: categories %r" % (nid, cats))
    if n["budget_usd"] is not None and not is_num(n["budget_usd"]):
        bad("%s: budget_usd" % nid)
    if n["min_trl"] is not None and not (isinstance(n["min_trl"], int) and 1 <= n["min_trl"] <= 9):
        bad("%s: min_trl" % nid)
    if n["co2e_target_t_per_year"] is not None and not is_num(n["co2e_target_t_per_year"]):
        bad("%s: co2e_target" % nid)
    if n["deadline"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", n["deadline"]):
        bad("%s: deadline" % nid)
    if not re.match(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", n["region"]):
        bad("%s: region %r" % (nid, n["region"]))
    num = int(nid[4:])
    want = "zh" if num <= 15 else "en"
    if lang_of(n["description"] + n["title"]) != want:
        bad("%s: language is not %s" % (nid, want))
    if want == "zh" and not n["region"].startswith("CN-"):
        bad("%s: Chinese need not in CN" % nid)
    if want == "en" and n["region"] != "US-CA":
        bad("%s: English need not in US-CA" % nid)
cn_gd = sum(1 for n in needs[:15] if n["region"] == "CN-GD")
if cn_gd < 10:
    bad("only %d Chinese needs in CN-GD" % cn_gd)
used = set(c for n in needs for c in n["categories"])
if used != SLUGS:
    bad("slugs missing among needs: %s" % sorted(SLUGS - used))

# ---- technologies
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
if not 130 <= len(techs) <= 150:
    bad("%d technologies, want 130-150" % len(techs))
if [t.get("id") for t in techs] != ["b19t%03d" % i for i in range(1, len(techs) + 1)]:
    bad("technology ids are not b19t001.. in order")
T = {}
for t in techs:
    tid = t.get("id")
    T[tid] = t
    if list(t) != TECH_FIELDS:
        bad("%s: fields %s" % (tid, list(t)))
    for k in ("company", "name", "description"):
        if not isinstance(t.get(k), str) or not t.get(k):
            bad("%s: %s" % (tid, k))
    if not isinstance(t["categories"], list) or not t["categories"] or any(c not in SLUGS for c in t["categories"]):
        bad("%s: categories" % tid)
    if t["trl"] is not None and not (isinstance(t["trl"], int) and not isinstance(t["trl"], bool) and 1 <= t["trl"] <= 9):
        bad("%s: trl" % tid)
    c = t["cost_usd"]
    if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) for x in c) and c[0] <= c[1]):
        bad("%s: cost_usd" % tid)
    if not isinstance(t["regions"], list) or not t["regions"] or any(not isinstance(r, str) or not REGION.match(r) for r in t["regions"]):
        bad("%s: regions" % tid)
    if t["co2e_reduction_t_per_year"] is not None and not is_num(t["co2e_reduction_t_per_year"]):
        bad("%s: co2e" % tid)
    if design["language"].get(tid) != lang_of(t["description"]):
        bad("%s: design language %s but text looks %s" % (tid, design["language"].get(tid), lang_of(t["description"])))
n_zh = sum(1 for t in techs if lang_of(t["description"]) == "zh")
if not 0.27 <= n_zh / len(techs) <= 0.40:
    bad("Chinese share %.2f, want about a third" % (n_zh / len(techs)))
if len(set((t["company"]) for t in techs)) != len(techs):
    bad("company names repeat")


def ruled_out(n, t):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return True
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return True
    return False


def region_ok(n, t):
    return "*" in t["regions"] or n["region"][:2] in t["regions"] or n["region"] in t["regions"]


# ---- grades
N = {n["id"]: n for n in needs}
traps = grades.get("_traps", {})
if set(k for k in grades if k != "_traps") != set(N):
    bad("grades keys differ from need ids")
generic = set(design["generic_distractors"])
if not 10 <= len(generic) <= 12:
    bad("%d generic distractors" % len(generic))
n_trap = sum(len(v) for v in traps.values())
if not 6 <= n_trap <= 8:
    bad("%d traps, want 6-8" % n_trap)
graded_ids = set()
cross = 0
counts = {1: 0, 2: 0, 3: 0}
for nid, n in N.items():
    g = grades.get(nid, {})
    nl = "zh" if int(nid[4:]) <= 15 else "en"
    g3 = [t for t, v in g.items() if v == 3]
    if not 1 <= len(g3) <= 2:
        bad("%s: %d grade-3 answers" % (nid, len(g3)))
    if not any(lang_of(T[t]["description"]) != nl for t in g3):
        bad("%s: no grade-3 answer in the other language" % nid)
    cross += sum(1 for t in g3 if lang_of(T[t]["description"]) != nl)
    for tid, v in g.items():
        if tid not in T:
            bad("%s: unknown tech %s" % (nid, tid)); continue
        if v not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, tid, v))
        else:
            counts[v] += 1
        if ruled_out(n, T[tid]):
            bad("%s/%s: graded pair is ruled out by a hard constraint" % (nid, tid))
        if tid in generic:
            bad("%s/%s: generic distractor graded" % (nid, tid))
        if v == 3 and not region_ok(n, T[tid]):
            bad("%s/%s: grade-3 answer does not serve the region" % (nid, tid))
        graded_ids.add(tid)
    for tid in traps.get(nid, []):
        if tid not in T or not ruled_out(n, T[tid]):
            bad("%s/%s: trap is not ruled out" % (nid, tid))
        if tid in g:
            bad("%s/%s: trap is graded" % (nid, tid))
    d = design["needs"][nid]
    sib = d["siblings"]
    if not 1 <= len(sib) <= 3 or any(s["grade"] not in (0, 1) for s in sib):
        bad("%s: siblings %r" % (nid, sib))
    for s in sib:
        if g.get(s["id"], 0) != s["grade"]:
            bad("%s: sibling grade mismatch %s" % (nid, s["id"]))
if cross < 25:
    bad("only %d cross-language grade-3 pairs" % cross)

# ---- length check
g3_ids = set(t for nid in N for t, v in grades[nid].items() if v == 3)
print("length (characters of description):")
for lg in ("en", "zh", "all"):
    a = [len(T[t]["description"]) for t in T if t in g3_ids and (lg == "all" or lang_of(T[t]["description"]) == lg)]
    b = [len(T[t]["description"]) for t in T if t not in g3_ids and (lg == "all" or lang_of(T[t]["description"]) == lg)]
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    ratio = mb / ma
    print("  %-3s grade-3 n=%3d mean %6.1f | rest n=%3d mean %6.1f | rest/grade-3 %.2f" % (lg, len(a), ma, len(b), mb, ratio))
    if lg != "all" and not 0.75 <= ratio <= 1.25:
        bad("length: %s rest/grade-3 ratio %.2f outside 0.75-1.25" % (lg, ratio))
for role in ("sibling", "alternative"):
    for lg in ("en", "zh"):
        ids = [s["id"] for d in design["needs"].values() for s in d[role + "s"] if lang_of(T[s["id"]]["description"]) == lg]
        if ids:
            print("  %-11s %s n=%3d mean %6.1f" % (role, lg, len(ids), sum(len(T[i]["description"]) for i in ids) / len(ids)))
for lg in ("en", "zh"):
    ids = [i for i in generic if lang_of(T[i]["description"]) == lg]
    print("  %-11s %s n=%3d mean %6.1f" % ("generic", lg, len(ids), sum(len(T[i]["description"]) for i in ids) / len(ids)))

print("needs %d, technologies %d (zh %d, en %d), grades 3/2/1 = %d/%d/%d, cross-language grade-3 %d, traps %d, generic %d"
      % (len(needs), len(techs), n_zh, len(techs) - n_zh, counts[3], counts[2], counts[1], cross, n_trap, len(generic)))
if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("OK")
