"""Build blind20: python3 src/build.py (writes the four files beside src/)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d  # noqa: E402,F401
try:
    import data_e  # noqa: F401
except ImportError:
    pass

SEED = 20261220


def main():
    keys = sorted(common.TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b20t%03d" % (i + 1) for i, k in enumerate(keys)}
    techs = []
    for k in keys:
        t = common.TECHS[k]
        techs.append({"id": key_to_id[k], "company": t["company"], "name": t["name"],
                      "categories": t["categories"], "description": t["description"],
                      "trl": t["trl"], "cost_usd": t["cost_usd"], "regions": t["regions"],
                      "co2e_reduction_t_per_year": t["co2e_reduction_t_per_year"]})
    needs, grades, traps, design_needs = [], {}, {}, {}
    for i, n in enumerate(common.NEEDS):
        nid = "b20n%02d" % (i + 1)
        needs.append({"id": nid, "city": n["city"], "title": n["title"], "categories": n["categories"],
                      "description": n["description"], "budget_usd": n["budget_usd"],
                      "min_trl": n["min_trl"], "region": n["region"],
                      "co2e_target_t_per_year": n["co2e_target_t_per_year"], "deadline": n["deadline"]})
        nl = common.lang(n["description"])
        g, tr, ans, alts, sibs = {}, [], [], [], []
        for role, k, note in n["labels"]:
            tid = key_to_id[k]
            tl = common.lang(common.TECHS[k]["description"])
            if role == "trap":
                tr.append({"id": tid, "key": k, "why": note})
                continue
            grade = common.GRADE[role]
            if grade > 0:
                assert tid not in g, (nid, k)
                g[tid] = grade
            entry = {"id": tid, "key": k, "grade": grade, "language": tl, "why": note}
            if grade == 3:
                ans.append(entry)
            elif role == "alt":
                alts.append(entry)
            else:
                sibs.append(entry)
        grades[nid] = g
        if tr:
            traps[nid] = [t["id"] for t in tr]
        design_needs[nid] = {"key": n["key"], "city": n["city"], "language": nl,
                             "categories": n["categories"], "grade3": ans,
                             "cross_lingual": any(a["language"] != nl for a in ans),
                             "alternatives": alts, "siblings": sibs, "traps": tr}
    grades["_traps"] = traps
    design = {"seed": SEED, "key_to_id": key_to_id,
              "technology_language": {key_to_id[k]: common.lang(common.TECHS[k]["description"]) for k in keys},
              "generic_distractors": [key_to_id[k] for k in common.GENERIC],
              "needs": design_needs}

    def jl(path, rows):
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    jl(os.path.join(OUT, "blind20_needs.jsonl"), needs)
    jl(os.path.join(OUT, "blind20_technologies.jsonl"), techs)
    for name, obj in (("blind20_grades.json", grades), ("blind20_design.json", design)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("needs %d technologies %d" % (len(needs), len(techs)))


if __name__ == "__main__":
    main()
