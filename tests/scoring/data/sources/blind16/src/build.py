"""Build the blind16 labelled set: python3 src/build.py (writes the four files beside src/)."""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import TECHS, NEEDS, GENERIC  # noqa: E402
import data_a, data_b, data_c, data_d, data_e, data_f  # noqa: E402,F401

SEED = 20261216
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]


def main():
    keys = list(TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b16t%03d" % (i + 1) for i, k in enumerate(keys)}
    techs = []
    for k in keys:
        rec = dict(TECHS[k], id=key_to_id[k])
        techs.append({f: rec[f] for f in TECH_FIELDS})

    needs, grades, traps, design_needs = [], {}, {}, []
    for n in sorted(NEEDS, key=lambda n: n["num"]):
        nid = "b16n%02d" % n["num"]
        needs.append({f: (nid if f == "id" else n[f]) for f in NEED_FIELDS})
        g = {}
        for k in n["answers"]:
            g[key_to_id[k]] = 3
        for k, _ in n["alts"]:
            g[key_to_id[k]] = 2
        for k, gr, _ in n["sibs"]:
            if gr:
                g[key_to_id[k]] = gr
        assert len(g) == len(n["answers"]) + len(n["alts"]) + sum(1 for s in n["sibs"] if s[1]), nid
        grades[nid] = dict(sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))
        if n["traps"]:
            traps[nid] = sorted(key_to_id[k] for k, _ in n["traps"])
        design_needs.append({
            "id": nid, "key": "n%02d" % n["num"], "city": n["city"], "language": n["lang"],
            "categories": n["categories"],
            "grade3": [{"id": key_to_id[k], "key": k, "language": TECHS[k]["lang"]} for k in n["answers"]],
            "cross_lingual": sum(1 for k in n["answers"] if TECHS[k]["lang"] != n["lang"]),
            "alternatives": [{"id": key_to_id[k], "key": k, "grade": 2, "why": w} for k, w in n["alts"]],
            "siblings": [{"id": key_to_id[k], "key": k, "grade": gr, "why": w,
                          "language": TECHS[k]["lang"]} for k, gr, w in n["sibs"]],
            "traps": [{"id": key_to_id[k], "key": k, "constraint": w} for k, w in n["traps"]],
            "note": n["note"],
        })
    grades["_traps"] = traps

    design = {
        "set": "blind16", "seed": SEED,
        "key_to_id": key_to_id,
        "technology_language": {key_to_id[k]: TECHS[k]["lang"] for k in keys},
        "generic_distractors": sorted(key_to_id[k] for k in GENERIC),
        "needs": design_needs,
    }

    with open(os.path.join(OUT, "blind16_technologies.jsonl"), "w", encoding="utf-8") as f:
        for t in sorted(techs, key=lambda t: t["id"]):
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "blind16_needs.jsonl"), "w", encoding="utf-8") as f:
        for n in needs:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "blind16_grades.json"), "w", encoding="utf-8") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "blind16_design.json"), "w", encoding="utf-8") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies" % (len(needs), len(techs)))


if __name__ == "__main__":
    main()
