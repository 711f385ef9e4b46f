"""Validate the blind22 outputs against the contract and the brief. Exits 1 on any problem.

    python3 src/validate.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME, PREFIX = "blind22", "b22"

SLUGS = {
    "smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
    "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
    "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
    "hfc-alternatives", "ghg-data", "nature-based",
}
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]

problems = []


def bad(msg):
    problems.append(msg)


def lang(text):
    chars = [c for c in text if not c.isspace()]
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff")
    return "zh" if chars and cjk / len(chars) >= 0.2 else "en"


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d: bad JSON (%s)" % (path, i, e))
    return rows


def region_ok(tech, need):
    r = need["region"]
    return any(x == "*" or x == r or x == r.split("-")[0] for x in tech["regions"])


def excluded(tech, need):
    if tech["trl"] is not None and need["min_trl"] is not None and tech["trl"] < need["min_trl"]:
        return "trl"
    if tech["cost_usd"] is not None and need["budget_usd"] is not None and tech["cost_usd"][0] > need["budget_usd"]:
        return "budget"
    return None


def main():
    p = lambda s: os.path.join(OUT, NAME + s)
    needs = read_jsonl(p("_needs.jsonl"))
    techs = read_jsonl(p("_technologies.jsonl"))
    grades = json.load(open(p("_grades.json"), encoding="utf-8"))
    design = json.load(open(p("_design.json"), encoding="utf-8"))

    # ---- technologies
    tid = {}
    for i, t in enumerate(techs):
        if list(t) != TECH_FIELDS:
            bad("tech %s: fields %s" % (t.get("id"), list(t)))
        if t.get("id") != "%st%03d" % (PREFIX, i + 1):
            bad("tech line %d: id %s" % (i + 1, t.get("id")))
        for f in ("id", "company", "name", "description"):
            if not isinstance(t.get(f), str) or not t.get(f).strip():
                bad("tech %s: %s not a non-empty string" % (t.get("id"), f))
        cats = t.get("categories")
        if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
            bad("tech %s: categories %r" % (t.get("id"), cats))
        trl = t.get("trl")
        if trl is not None and (not isinstance(trl, int) or isinstance(trl, bool) or not 1 <= trl <= 9):
            bad("tech %s: trl %r" % (t.get("id"), trl))
        c = t.get("cost_usd")
        if c is not None and not (isinstance(c, list) and len(c) == 2 and all(is_num(x) for x in c) and 0 <= c[0] <= c[1]):
            bad("tech %s: cost_usd %r" % (t.get("id"), c))
        regs = t.get("regions")
        if not isinstance(regs, list) or not regs or any(
                not isinstance(r, str) or not re.fullmatch(r"\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}", r) for r in regs):
            bad("tech %s: regions %r" % (t.get("id"), regs))
        co2 = t.get("co2e_reduction_t_per_year")
        if co2 is not None and (not is_num(co2) or co2 < 0):
            bad("tech %s: co2e %r" % (t.get("id"), co2))
        tid[t["id"]] = t
    if not 120 <= len(techs) <= 140:
        bad("technology count %d not in 120..140" % len(techs))
    tlang = {k: lang(t["description"]) for k, t in tid.items()}
    en_share = sum(1 for v in tlang.values() if v == "en") / len(tlang)
    if not 0.60 <= en_share <= 0.65:
        bad("English share %.3f not in 0.60..0.65" % en_share)
    if design["technology_language"] != tlang:
        bad("design technology_language differs from detected languages")

    # ---- needs
    nid = {}
    for i, n in enumerate(needs):
        if list(n) != NEED_FIELDS:
            bad("need %s: fields %s" % (n.get("id"), list(n)))
        if n.get("id") != "%sn%02d" % (PREFIX, i + 1):
            bad("need line %d: id %s" % (i + 1, n.get("id")))
        for f in ("id", "city", "title", "description", "region"):
            if not isinstance(n.get(f), str) or not n.get(f).strip():
                bad("need %s: %s" % (n.get("id"), f))
        cats = n.get("categories")
        if not isinstance(cats, list) or not cats or any(c not in SLUGS for c in cats):
            bad("need %s: categories %r" % (n.get("id"), cats))
        if n["budget_usd"] is not None and not is_num(n["budget_usd"]):
            bad("need %s: budget" % n["id"])
        if n["min_trl"] is not None and (not isinstance(n["min_trl"], int) or not 1 <= n["min_trl"] <= 9):
            bad("need %s: min_trl" % n["id"])
        if n["co2e_target_t_per_year"] is not None and not is_num(n["co2e_target_t_per_year"]):
            bad("need %s: co2e target" % n["id"])
        if n["deadline"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["deadline"]):
            bad("need %s: deadline" % n["id"])
        nl = lang(n["description"])
        if i < 15:
            if nl != "zh" or not n["region"].startswith("CN-"):
                bad("need %s should be Chinese, CN-*" % n["id"])
        else:
            if nl != "en" or n["region"] != "US-CA":
                bad("need %s should be English, US-CA" % n["id"])
        nid[n["id"]] = n
    if len(needs) != 30:
        bad("need count %d" % len(needs))
    primaries = {n["categories"][0] for n in needs}
    if primaries != SLUGS:
        bad("primary categories missing: %s" % sorted(SLUGS - primaries))

    # ---- grades and traps
    traps = grades.get("_traps", {})
    generic = {g["id"] for g in design["generic_distractors"]}
    dneeds = {d["id"]: d for d in design["needs"]}
    n3 = n2 = n1 = 0
    cross = 0
    sib_total = sib0 = 0
    answer_ids = set()
    for k in grades:
        if k != "_traps" and k not in nid:
            bad("grades: unknown need %s" % k)
    for n in needs:
        g = grades.get(n["id"])
        if g is None:
            bad("grades: need %s missing" % n["id"])
            continue
        d = dneeds[n["id"]]
        for t, v in g.items():
            if t not in tid:
                bad("grades %s: unknown tech %s" % (n["id"], t))
                continue
            if v not in (1, 2, 3):
                bad("grades %s/%s: grade %r" % (n["id"], t, v))
            if t in generic:
                bad("generic distractor %s graded for %s" % (t, n["id"]))
            if excluded(tid[t], n):
                bad("graded pair %s/%s breaks a hard constraint" % (n["id"], t))
        threes = [t for t, v in g.items() if v == 3]
        n3 += len(threes)
        n2 += sum(1 for v in g.values() if v == 2)
        n1 += sum(1 for v in g.values() if v == 1)
        if not 1 <= len(threes) <= 2:
            bad("need %s has %d grade-3 answers" % (n["id"], len(threes)))
        ans = [a["id"] for a in d["answers"]]
        if ans != threes:
            bad("need %s: design answers %s differ from grades %s" % (n["id"], ans, threes))
        nl = lang(n["description"])
        if ans and tlang[ans[0]] == nl:
            bad("need %s: first answer not cross-lingual" % n["id"])
        cross += sum(1 for a in ans if tlang[a] != nl)
        for a in ans:
            answer_ids.add(a)
            t = tid[a]
            if not region_ok(t, n):
                bad("answer %s does not serve %s (%s)" % (a, n["id"], n["region"]))
            if excluded(t, n):
                bad("answer %s breaks %s for %s" % (a, excluded(t, n), n["id"]))
        sibs = d["siblings"]
        sib_total += len(sibs)
        sib0 += sum(1 for s in sibs if s["grade"] == 0)
        if not 1 <= len(sibs) <= 3:
            bad("need %s: %d siblings" % (n["id"], len(sibs)))
        if not any(s["grade"] == 0 for s in sibs):
            bad("need %s: no grade-0 (ruled-out) sibling" % n["id"])
        for s in sibs:
            if s["grade"] == 0 and s["id"] in g:
                bad("need %s: grade-0 sibling %s is graded" % (n["id"], s["id"]))
            if s["grade"] == 1 and g.get(s["id"]) != 1:
                bad("need %s: grade-1 sibling %s not graded 1" % (n["id"], s["id"]))
        for s in d["setting_distractors"]:
            if s["id"] in g:
                bad("need %s: setting distractor %s is graded" % (n["id"], s["id"]))
    ntraps = 0
    for k, lst in traps.items():
        if k not in nid:
            bad("_traps: unknown need %s" % k)
            continue
        for t in lst:
            ntraps += 1
            if t not in tid:
                bad("_traps %s: unknown tech %s" % (k, t))
            elif not excluded(tid[t], nid[k]):
                bad("_traps %s/%s does not break a hard constraint" % (k, t))
            if t in grades.get(k, {}):
                bad("_traps %s/%s is graded" % (k, t))
    if not 5 <= ntraps <= 8:
        bad("trap count %d not in 5..8" % ntraps)
    if not 8 <= len(generic) <= 12:
        bad("generic distractor count %d" % len(generic))

    # ---- length control
    def mean(xs):
        return sum(xs) / len(xs) if xs else 0.0
    print("length of descriptions (characters), grade-3 texts vs all others:")
    for L in ("all", "en", "zh"):
        a = [len(tid[t]["description"]) for t in answer_ids if L == "all" or tlang[t] == L]
        o = [len(tid[t]["description"]) for t in tid if t not in answer_ids and (L == "all" or tlang[t] == L)]
        r = mean(a) / mean(o)
        print("  %-3s answers %6.1f (n=%2d)  others %6.1f (n=%3d)  ratio %.2f" % (L, mean(a), len(a), mean(o), len(o), r))
        if not 0.85 <= r <= 1.15:
            bad("length ratio %s %.2f outside 0.85..1.15" % (L, r))

    # ---- determinism: the files equal a fresh in-memory build
    sys.path.insert(0, HERE)
    import build
    for fname, text in build.render().items():
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            if f.read() != text:
                bad("%s differs from a fresh build" % fname)

    print("needs %d (zh %d, en %d); technologies %d (en %d, zh %d, English share %.3f)" % (
        len(needs), sum(1 for n in needs if lang(n["description"]) == "zh"),
        sum(1 for n in needs if lang(n["description"]) == "en"), len(techs),
        sum(1 for v in tlang.values() if v == "en"), sum(1 for v in tlang.values() if v == "zh"), en_share))
    print("graded pairs %d: grade 3 %d, grade 2 %d, grade 1 %d; cross-lingual grade-3 %d" % (
        n3 + n2 + n1, n3, n2, n1, cross))
    print("siblings %d (%d ruled out, grade 0); traps %d; generic distractors %d; primary slugs %d/16" % (
        sib_total, sib0, ntraps, len(generic), len(primaries)))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for m in problems:
            print("  - " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
