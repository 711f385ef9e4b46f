"""Re-read the four blind15 outputs and check them against the contract and the brief.
Exit 1 on any problem. Standard library only."""
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = {"smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
         "hfc-alternatives", "ghg-data", "nature-based"}
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]
CJK = re.compile(r"[\u4e00-\u9fff]")
problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    return "zh" if len(CJK.findall(text)) > 0.2 * len(text) else "en"


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


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


techs = read_jsonl("blind15_technologies.jsonl")
needs = read_jsonl("blind15_needs.jsonl")
with open(os.path.join(OUT, "blind15_grades.json"), encoding="utf-8") as f:
    grades = json.load(f)
with open(os.path.join(OUT, "blind15_design.json"), encoding="utf-8") as f:
    design = json.load(f)

# ---- records against the contract
T = {}
for i, t in enumerate(techs, 1):
    where = "technologies line %d" % i
    if list(t) != TECH_FIELDS:
        bad("%s: fields %s" % (where, list(t)))
    if not re.fullmatch(r"b15t\d{3}", str(t.get("id"))):
        bad("%s: id %r" % (where, t.get("id")))
    if t.get("id") != "b15t%03d" % i:
        bad("%s: ids not numbered in file order" % where)
    for k in ("company", "name", "description"):
        if not isinstance(t.get(k), str) or not t.get(k).strip():
            bad("%s: %s" % (where, k))
    c = t.get("categories")
    if not isinstance(c, list) or not c or not set(c) <= SLUGS:
        bad("%s: categories %r" % (where, c))
    trl = t.get("trl")
    if trl is not None and not (isinstance(trl, int) and not isinstance(trl, bool) and 1 <= trl <= 9):
        bad("%s: trl %r" % (where, trl))
    cost = t.get("cost_usd")
    if cost is not None and not (isinstance(cost, list) and len(cost) == 2 and all(num(x) for x in cost)
                                 and 0 <= cost[0] <= cost[1]):
        bad("%s: cost_usd %r" % (where, cost))
    r = t.get("regions")
    if not isinstance(r, list) or not r or not all(
            isinstance(x, str) and re.fullmatch(r"\*|[A-Z]{2}(-[A-Z0-9]{1,3})?", x) for x in r):
        bad("%s: regions %r" % (where, r))
    co2 = t.get("co2e_reduction_t_per_year")
    if co2 is not None and not num(co2):
        bad("%s: co2e %r" % (where, co2))
    if t.get("id") in T:
        bad("%s: duplicate id" % where)
    T[t.get("id")] = t

Nd = {}
for i, n in enumerate(needs, 1):
    where = "needs line %d" % i
    if list(n) != NEED_FIELDS:
        bad("%s: fields %s" % (where, list(n)))
    if n.get("id") != "b15n%02d" % i:
        bad("%s: id %r" % (where, n.get("id")))
    for k in ("city", "title", "description"):
        if not isinstance(n.get(k), str) or not n.get(k).strip():
            bad("%s: %s" % (where, k))
    c = n.get("categories")
    if not isinstance(c, list) or not c or not set(c) <= SLUGS:
        bad("%s: categories %r" % (where, c))
    if n.get("budget_usd") is not None and not num(n["budget_usd"]):
        bad("%s: budget" % where)
    mt = n.get("min_trl")
    if mt is not None and not (isinstance(mt, int) and 1 <= mt <= 9):
        bad("%s: min_trl" % where)
    if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", str(n.get("region"))):
        bad("%s: region %r" % (where, n.get("region")))
    if n.get("co2e_target_t_per_year") is not None and not num(n["co2e_target_t_per_year"]):
        bad("%s: co2e target" % where)
    d = n.get("deadline")
    if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d)):
        bad("%s: deadline %r" % (where, d))
    Nd[n.get("id")] = n


def ruled_out(t, n):
    if t["trl"] is not None and n["min_trl"] is not None and t["trl"] < n["min_trl"]:
        return "trl"
    if t["cost_usd"] is not None and n["budget_usd"] is not None and t["cost_usd"][0] > n["budget_usd"]:
        return "budget"
    return None


def serves(t, n):
    r = set(t["regions"])
    return "*" in r or n["region"] in r or n["region"].split("-")[0] in r


tl = {k: lang(t["name"] + " " + t["description"]) for k, t in T.items()}
nl = {k: lang(n["title"] + " " + n["description"]) for k, n in Nd.items()}

# ---- counts and languages
if len(Nd) != 30:
    bad("need count %d" % len(Nd))
if not 130 <= len(T) <= 150:
    bad("technology count %d" % len(T))
for i in range(1, 31):
    k = "b15n%02d" % i
    if k not in Nd:
        continue
    want = "zh" if i <= 15 else "en"
    if nl[k] != want:
        bad("%s language %s" % (k, nl[k]))
    if i <= 15 and not Nd[k]["region"].startswith("CN-"):
        bad("%s region" % k)
    if i > 15 and Nd[k]["region"] != "US-CA":
        bad("%s region" % k)
cn_gd = sum(1 for i in range(1, 16) if Nd.get("b15n%02d" % i, {}).get("region") == "CN-GD")
if cn_gd < 8:
    bad("only %d Chinese needs in CN-GD" % cn_gd)
n_zh = sum(1 for v in tl.values() if v == "zh")
share = n_zh / len(T)
if not 0.27 <= share <= 0.40:
    bad("Chinese share of technologies %.2f" % share)
cats = set(c for n in Nd.values() for c in n["categories"])
if cats != SLUGS:
    bad("slugs missing among needs: %s" % sorted(SLUGS - cats))

# ---- grades
traps = grades.get("_traps", {})
generic = set(design["generic_distractors"])
if not 10 <= len(generic) <= 12:
    bad("generic distractors %d" % len(generic))
cnt = {1: 0, 2: 0, 3: 0}
cross = 0
graded_any = set()
for nid in Nd:
    g = grades.get(nid)
    if not isinstance(g, dict):
        bad("%s: no grades" % nid)
        continue
    n = Nd[nid]
    g3 = [k for k, v in g.items() if v == 3]
    if not 1 <= len(g3) <= 2:
        bad("%s: %d grade-3" % (nid, len(g3)))
    if not any(tl[k] != nl[nid] for k in g3):
        bad("%s: no grade-3 in the other language" % nid)
    cross += sum(1 for k in g3 if tl[k] != nl[nid])
    for k, v in g.items():
        if k not in T:
            bad("%s: unknown tech %s" % (nid, k))
            continue
        if v not in (1, 2, 3):
            bad("%s/%s: grade %r" % (nid, k, v))
            continue
        cnt[v] += 1
        graded_any.add(k)
        why = ruled_out(T[k], n)
        if why:
            bad("%s/%s graded %d but ruled out by %s" % (nid, k, v, why))
        if v == 3 and not serves(T[k], n):
            bad("%s/%s grade 3 does not serve region" % (nid, k))
        if k in generic:
            bad("%s/%s generic distractor graded" % (nid, k))
    dn = design["needs"][nid]
    if not 1 <= len(dn["siblings"]) <= 3:
        bad("%s: %d siblings" % (nid, len(dn["siblings"])))
    for s in dn["siblings"]:
        want = g.get(s["id"], 0)
        if s["grade"] not in (0, 1) or want != s["grade"]:
            bad("%s: sibling %s grade mismatch" % (nid, s["id"]))
for k in set(grades) - set(Nd) - {"_traps"}:
    bad("grades for unknown need %s" % k)
if cross < 25:
    bad("only %d cross-language grade-3 pairs" % cross)
n_traps = 0
for nid, ids in traps.items():
    for k in ids:
        n_traps += 1
        if k not in T or nid not in Nd:
            bad("trap %s/%s unknown" % (nid, k))
            continue
        if not ruled_out(T[k], Nd[nid]):
            bad("trap %s/%s is not ruled out" % (nid, k))
        if k in grades.get(nid, {}):
            bad("trap %s/%s is graded" % (nid, k))
        if not set(T[k]["categories"]) & set(Nd[nid]["categories"]):
            bad("trap %s/%s off topic" % (nid, k))
        if k in generic:
            bad("trap %s is a generic distractor" % k)
if not 6 <= n_traps <= 8:
    bad("%d traps" % n_traps)
for k in generic:
    if any(k in ids for ids in traps.values()):
        bad("generic %s in traps" % k)

# ---- length check: grade-3 texts vs the rest (siblings, alternatives, distractors, traps)
g3ids = set(k for nid in Nd for k, v in grades.get(nid, {}).items() if v == 3)
L = {k: len(t["name"] + " " + t["description"]) for k, t in T.items()}


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


print("length (characters of name + description), mean:")
for label, langs in (("all", ("en", "zh")), ("English", ("en",)), ("Chinese", ("zh",))):
    a = [L[k] for k in T if k in g3ids and tl[k] in langs]
    b = [L[k] for k in T if k not in g3ids and tl[k] in langs]
    ratio = mean(a) / mean(b) if b and a else 0
    print("  %-8s grade-3 %6.0f (n=%3d)   rest %6.0f (n=%3d)   ratio %.2f"
          % (label, mean(a), len(a), mean(b), len(b), ratio))
    if not 0.8 <= ratio <= 1.25:
        bad("length: %s grade-3 vs rest ratio %.2f outside 0.80-1.25" % (label, ratio))
for label, ids in (("siblings", {s["id"] for d in design["needs"].values() for s in d["siblings"]}),
                   ("alternatives", {s["id"] for d in design["needs"].values() for s in d["alternatives"]}),
                   ("distractors", generic),
                   ("traps", {k for v in traps.values() for k in v})):
    for lg in ("en", "zh"):
        xs = [L[k] for k in ids if tl[k] == lg]
        ys = [L[k] for k in g3ids if tl[k] == lg]
        if xs:
            r = mean(xs) / mean(ys)
            print("  %-12s %s mean %4.0f (n=%2d) vs grade-3 %s %4.0f  ratio %.2f"
                  % (label, lg, mean(xs), len(xs), lg, mean(ys), r))
            if not 0.75 <= r <= 1.33:
                bad("length: %s (%s) vs grade-3 ratio %.2f" % (label, lg, r))


# ---- report only: Latin-token overlap between a need and its graded texts
STOP = set("the and for with that this from are not our its per can all any into out than was has have will been which their they them more most also such where when about each other only over under".split())


def toks(text):
    return set(w for w in re.findall(r"[a-z0-9][a-z0-9\-\.]*[a-z0-9]|[a-z0-9]", text.lower())
               if len(w) >= 3 and w not in STOP)


ov = {3: [], 2: [], 1: [], 0: []}
for nid, dn in design["needs"].items():
    nt = toks(Nd[nid]["title"] + " " + Nd[nid]["description"])
    entries = [(x["id"], 3) for x in dn["grade3"]] + [(x["id"], 2) for x in dn["alternatives"]] + \
              [(x["id"], x["grade"]) for x in dn["siblings"]]
    for k, g in entries:
        ov[g].append(len(nt & toks(T[k]["name"] + " " + T[k]["description"])))
print("shared Latin tokens with the need, mean: " +
      ", ".join("grade %d %.1f (n=%d)" % (g, mean(v), len(v)) for g, v in sorted(ov.items(), reverse=True)))

print("technologies %d (en %d, zh %d, zh share %.2f); needs %d; grades 3/2/1 = %d/%d/%d;"
      " cross-language grade-3 %d; traps %d; generic %d"
      % (len(T), len(T) - n_zh, n_zh, share, len(Nd), cnt[3], cnt[2], cnt[1], cross, n_traps, len(generic)))
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
