"""Build the blind13 files from the sources. Standard library only."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, data_a, data_b, data_c  # noqa: F401 (imports register records)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20261302
keys = [t["key"] for t in common.TECHS]
assert len(keys) == len(set(keys)), "duplicate technology key"
order = keys[:]
random.Random(SEED).shuffle(order)
kid = {k: "b13t%03d" % (i + 1) for i, k in enumerate(order)}
tech = {t["key"]: t for t in common.TECHS}
needs = sorted(common.NEEDS, key=lambda n: n["num"])
for e in common.EXTRA:
    n = needs[e["num"] - 1]
    if e["kind"] == "g3": n["g3"].append(e["key"])
    elif e["kind"] == "g2": n["g2"][e["key"]] = e["why"]
    elif e["kind"] == "sib": n["sib"][e["key"]] = (e["grade"], e["why"])
    elif e["kind"] == "gen": n["gen"].append(e["key"])
    elif e["kind"] == "trap": n["traps"][e["key"]] = e["why"]

with open(os.path.join(OUT, "blind13_technologies.jsonl"), "w", encoding="utf-8") as f:
    for k in order:
        t = tech[k]
        rec = {"id": kid[k]}
        for fld in ["company", "name", "categories", "description", "trl", "cost_usd", "regions", "co2e_reduction_t_per_year"]:
            rec[fld] = t[fld]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
grades, traps, design = {}, {}, {"seed": SEED, "key_to_id": kid, "needs": {}}
with open(os.path.join(OUT, "blind13_needs.jsonl"), "w", encoding="utf-8") as f:
    for n in needs:
        nid = "b13n%02d" % n["num"]
        rec = {"id": nid}
        for fld in ["city", "title", "categories", "description", "budget_usd", "min_trl", "region", "co2e_target_t_per_year", "deadline"]:
            rec[fld] = n[fld]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        g = {}
        for k in n["g3"]: g[kid[k]] = 3
        for k in n["g2"]: g[kid[k]] = 2
        for k, (gr, _) in n["sib"].items():
            if gr: g[kid[k]] = gr
        grades[nid] = dict(sorted(g.items()))
        if n["traps"]: traps[nid] = sorted(kid[k] for k in n["traps"])
        langs = [tech[k]["lang"] for k in n["g3"]]
        design["needs"][nid] = {
            "city": n["city"], "language": n["lang"], "categories": n["categories"],
            "grade3": [{"id": kid[k], "key": k, "language": tech[k]["lang"]} for k in n["g3"]],
            "cross_lingual": any(l != n["lang"] for l in langs),
            "own_language_grade3": any(l == n["lang"] for l in langs),
            "alternatives": [{"id": kid[k], "key": k, "grade": 2, "why": w} for k, w in n["g2"].items()],
            "siblings": [{"id": kid[k], "key": k, "grade": gr, "why": w} for k, (gr, w) in n["sib"].items()],
            "generic_distractors": [{"id": kid[k], "key": k} for k in n["gen"]],
            "hard_constraint_traps": [{"id": kid[k], "key": k, "breaks": w} for k, w in n["traps"].items()],
        }
grades["_traps"] = traps
with open(os.path.join(OUT, "blind13_grades.json"), "w", encoding="utf-8") as f:
    json.dump(grades, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "blind13_design.json"), "w", encoding="utf-8") as f:
    json.dump(design, f, ensure_ascii=False, indent=1)
print("wrote %d needs, %d technologies" % (len(needs), len(order)))
