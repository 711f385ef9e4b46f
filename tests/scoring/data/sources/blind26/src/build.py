"""Build the blind26 labelled set: writes four files beside src/."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d  # noqa: E402,F401
try:
    import data_e  # noqa: F401  (optional adjustments)
except ImportError:
    pass

NAME = "blind26"
PREFIX = "b26"
SEED = 20261226
OUT = os.path.dirname(HERE)


def main():
    keys = sorted(common.TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "%st%03d" % (PREFIX, i + 1) for i, k in enumerate(keys)}
    by_id = sorted(keys, key=lambda k: key_to_id[k])

    techs = []
    for k in by_id:
        t = common.TECHS[k]
        techs.append({"id": key_to_id[k], "company": t["company"], "name": t["name"],
                      "categories": t["categories"], "description": t["description"],
                      "trl": t["trl"], "cost_usd": t["cost_usd"], "regions": t["regions"],
                      "co2e_reduction_t_per_year": t["co2e_reduction_t_per_year"]})

    needs, grades, traps, design_needs = [], {}, {}, {}
    for i, n in enumerate(common.NEEDS):
        nid = "%sn%02d" % (PREFIX, i + 1)
        needs.append({"id": nid, "city": n["city"], "title": n["title"], "categories": n["categories"],
                      "description": n["description"], "budget_usd": n["budget_usd"],
                      "min_trl": n["min_trl"], "region": n["region"],
                      "co2e_target_t_per_year": n["co2e"], "deadline": n["deadline"]})
        g = {}
        for k in n["answers"]:
            g[key_to_id[k]] = 3
        for k in n["alts"]:
            g[key_to_id[k]] = 2
        for k, (grade, _why) in n["sibs"].items():
            if grade:
                g[key_to_id[k]] = grade
        grades[nid] = g
        if n["traps"]:
            traps[nid] = [key_to_id[k] for k in n["traps"]]
        nlang = common.lang(n["description"])
        design_needs[nid] = {
            "key": n["key"], "city": n["city"], "region": n["region"], "language": nlang,
            "categories": n["categories"],
            "answers": [{"id": key_to_id[k], "key": k,
                         "language": common.lang(common.TECHS[k]["description"])} for k in n["answers"]],
            "cross_lingual": common.lang(common.TECHS[n["answers"][0]]["description"]) != nlang,
            "alternatives": [{"id": key_to_id[k], "key": k, "grade": 2, "why": w} for k, w in n["alts"].items()],
            "siblings": [{"id": key_to_id[k], "key": k, "grade": gr, "why": w}
                         for k, (gr, w) in n["sibs"].items()],
            "setting_distractors": [{"id": key_to_id[k], "key": k, "grade": 0, "why": w}
                                    for k, w in n["setting"].items()],
            "traps": [{"id": key_to_id[k], "key": k, "constraint": c} for k, c in n["traps"].items()],
        }
    grades["_traps"] = traps

    design = {
        "name": NAME, "seed": SEED, "key_to_id": {k: key_to_id[k] for k in sorted(key_to_id)},
        "technology_language": {key_to_id[k]: common.lang(common.TECHS[k]["description"]) for k in by_id},
        "generic_distractors": [{"id": key_to_id[k], "key": k} for k in common.GENERIC],
        "needs": design_needs,
    }

    def dump_jsonl(path, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def dump_json(path, obj):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    dump_jsonl(os.path.join(OUT, NAME + "_needs.jsonl"), needs)
    dump_jsonl(os.path.join(OUT, NAME + "_technologies.jsonl"), techs)
    dump_json(os.path.join(OUT, NAME + "_grades.json"), grades)
    dump_json(os.path.join(OUT, NAME + "_design.json"), design)
    print("wrote %d needs, %d technologies" % (len(needs), len(techs)))


if __name__ == "__main__":
    main()
