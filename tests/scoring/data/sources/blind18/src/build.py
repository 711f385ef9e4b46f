"""Build blind18: shuffle technology keys with random.Random(20261218), number them b18t001.. in that
order, number needs b18n01.., and write the four output files beside src/."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d, data_e, data_f  # noqa: E402,F401

SEED = 20261218
TECH_FIELDS = ["company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
NEED_FIELDS = ["city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]


def main():
    keys = list(common.TECH_ORDER)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b18t%03d" % (i + 1) for i, k in enumerate(keys)}
    needs = sorted(common.NEEDS, key=lambda n: n["num"])
    need_id = {n["key"]: "b18n%02d" % n["num"] for n in needs}

    with open(os.path.join(OUT, "blind18_technologies.jsonl"), "w", encoding="utf-8") as f:
        for k in keys:
            t = common.TECHS[k]
            rec = {"id": key_to_id[k]}
            rec.update({fld: t[fld] for fld in TECH_FIELDS})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    with open(os.path.join(OUT, "blind18_needs.jsonl"), "w", encoding="utf-8") as f:
        for n in needs:
            rec = {"id": need_id[n["key"]]}
            rec.update({fld: n[fld] for fld in NEED_FIELDS})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    grades, traps = {}, {}
    for n in needs:
        nid = need_id[n["key"]]
        g = {}
        for k in n["g3"]:
            g[key_to_id[k]] = 3
        for k in n["alts"]:
            g[key_to_id[k]] = 2
        for k, (gr, _why) in n["sibs"].items():
            if gr > 0:
                g[key_to_id[k]] = gr
        grades[nid] = g
        if n["traps"]:
            traps[nid] = [key_to_id[k] for k in n["traps"]]
    grades["_traps"] = traps
    with open(os.path.join(OUT, "blind18_grades.json"), "w", encoding="utf-8") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")

    design = {
        "seed": SEED,
        "key_to_id": key_to_id,
        "tech_language": {key_to_id[k]: common.TECHS[k]["_lang"] for k in keys},
        "generic_distractors": [key_to_id[k] for k in common.GENERIC],
        "needs": {},
    }
    for n in needs:
        nl = n["lang"]
        design["needs"][need_id[n["key"]]] = {
            "key": n["key"], "city": n["city"], "language": nl, "categories": n["categories"],
            "grade3": [{"id": key_to_id[k], "key": k, "language": common.TECHS[k]["_lang"]} for k in n["g3"]],
            "cross_lingual": any(common.TECHS[k]["_lang"] != nl for k in n["g3"]),
            "alternatives": [{"id": key_to_id[k], "key": k, "grade": 2, "why": w} for k, w in n["alts"].items()],
            "siblings": [{"id": key_to_id[k], "key": k, "grade": gr, "why": w} for k, (gr, w) in n["sibs"].items()],
            "traps": [{"id": key_to_id[k], "key": k, "constraint": w} for k, w in n["traps"].items()],
            "note": n["note"],
        }
    with open(os.path.join(OUT, "blind18_design.json"), "w", encoding="utf-8") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies" % (len(needs), len(keys)))


if __name__ == "__main__":
    main()
