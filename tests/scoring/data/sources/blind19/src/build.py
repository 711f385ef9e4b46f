"""Build the blind19 files: python3 src/build.py (writes next to src/)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import data_a, data_b, data_c, data_d  # noqa: F401  (register records)

OUT = os.path.dirname(HERE)
SEED = 20261219


def main():
    keys = sorted(common.TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b19t%03d" % (i + 1) for i, k in enumerate(keys)}
    needs = sorted(common.NEEDS, key=lambda n: n["num"])
    assert [n["num"] for n in needs] == list(range(1, 31))

    with open(os.path.join(OUT, "blind19_technologies.jsonl"), "w", encoding="utf-8") as f:
        for k in keys:
            t = common.TECHS[k]
            rec = {"id": key_to_id[k], "company": t["company"], "name": t["name"],
                   "categories": t["categories"], "description": t["description"], "trl": t["trl"],
                   "cost_usd": t["cost_usd"], "regions": t["regions"],
                   "co2e_reduction_t_per_year": t["co2e_reduction_t_per_year"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    grades, traps, design_needs = {}, {}, {}
    with open(os.path.join(OUT, "blind19_needs.jsonl"), "w", encoding="utf-8") as f:
        for n in needs:
            nid = "b19n%02d" % n["num"]
            rec = {"id": nid, "city": n["city"], "title": n["title"], "categories": n["categories"],
                   "description": n["description"], "budget_usd": n["budget_usd"], "min_trl": n["min_trl"],
                   "region": n["region"], "co2e_target_t_per_year": n["co2e_target_t_per_year"],
                   "deadline": n["deadline"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g = {key_to_id[k]: v[0] for k, v in n["grades"].items() if v[0] > 0}
            grades[nid] = dict(sorted(g.items()))
            if n["traps"]:
                traps[nid] = sorted(key_to_id[k] for k in n["traps"])
            ans = [k for k, v in n["grades"].items() if v[0] == 3]
            design_needs[nid] = {
                "key": "n%02d" % n["num"], "city": n["city"], "language": n["lang"],
                "categories": n["categories"],
                "grade3": [{"id": key_to_id[k], "key": k, "language": common.LANG[k]} for k in ans],
                "cross_lingual": [key_to_id[k] for k in ans if common.LANG[k] != n["lang"]],
                "alternatives": [{"id": key_to_id[k], "key": k, "grade": v[0], "why": v[2]}
                                 for k, v in n["grades"].items() if v[1] == "alternative"],
                "siblings": [{"id": key_to_id[k], "key": k, "grade": v[0], "why": v[2]}
                             for k, v in n["grades"].items() if v[1] == "sibling"],
                "traps": [{"id": key_to_id[k], "key": k, "constraint": why} for k, why in n["traps"].items()],
                "answer_notes": {key_to_id[k]: v[2] for k, v in n["grades"].items() if v[0] == 3},
            }
    grades["_traps"] = traps
    with open(os.path.join(OUT, "blind19_grades.json"), "w", encoding="utf-8") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")
    design = {"seed": SEED, "key_to_id": key_to_id,
              "language": {key_to_id[k]: common.LANG[k] for k in keys},
              "generic_distractors": sorted(key_to_id[k] for k in common.GENERIC),
              "needs": design_needs}
    with open(os.path.join(OUT, "blind19_design.json"), "w", encoding="utf-8") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies" % (len(needs), len(keys)))


if __name__ == "__main__":
    main()
