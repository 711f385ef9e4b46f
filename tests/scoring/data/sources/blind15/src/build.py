"""Build blind15: shuffle technology keys with a fixed seed, number them, write four files."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d, data_e  # noqa: E402,F401

OUT = os.path.dirname(HERE)
SEED = 20261215

TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]


def main():
    techs = {t["key"]: t for t in common.TECHS}
    if len(techs) != len(common.TECHS):
        sys.exit("duplicate technology key")
    keys = list(techs)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b15t%03d" % (i + 1) for i, k in enumerate(keys)}
    tid = key_to_id.__getitem__

    need_ids = {}
    for i, n in enumerate(common.NEEDS):
        need_ids[n["key"]] = "b15n%02d" % (i + 1)
        if n["key"] != "n%02d" % (i + 1):
            sys.exit("need order broken at %s" % n["key"])

    with open(os.path.join(OUT, "blind15_technologies.jsonl"), "w", encoding="utf-8") as f:
        for k in keys:
            rec = dict(techs[k], id=tid(k))
            f.write(json.dumps({x: rec[x] for x in TECH_FIELDS}, ensure_ascii=False) + "\n")

    with open(os.path.join(OUT, "blind15_needs.jsonl"), "w", encoding="utf-8") as f:
        for n in common.NEEDS:
            rec = dict(n, id=need_ids[n["key"]])
            f.write(json.dumps({x: rec[x] for x in NEED_FIELDS}, ensure_ascii=False) + "\n")

    grades, traps = {}, {}
    for n in common.NEEDS:
        g = {}
        for k in n["g3"]:
            g[tid(k)] = 3
        for k in n["g2"]:
            g[tid(k)] = 2
        for k, (gr, _why) in n["sib"].items():
            if gr > 0:
                g[tid(k)] = gr
        for k in list(n["g3"]) + list(n["g2"]) + list(n["sib"]) + list(n["traps"]):
            if k not in techs:
                sys.exit("unknown key %s in %s" % (k, n["key"]))
        grades[need_ids[n["key"]]] = g
        if n["traps"]:
            traps[need_ids[n["key"]]] = [tid(k) for k in n["traps"]]
    grades["_traps"] = traps
    with open(os.path.join(OUT, "blind15_grades.json"), "w", encoding="utf-8") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")

    lang = {tid(k): common.lang_of(t["name"] + " " + t["description"]) for k, t in techs.items()}
    design = {
        "seed": SEED,
        "key_to_id": key_to_id,
        "technology_language": dict(sorted(lang.items())),
        "generic_distractors": sorted(tid(k) for k in common.GENERIC),
        "needs": {},
    }
    for n in common.NEEDS:
        nl = common.lang_of(n["title"] + " " + n["description"])
        design["needs"][need_ids[n["key"]]] = {
            "key": n["key"], "city": n["city"], "language": nl, "categories": n["categories"],
            "grade3": [{"id": tid(k), "key": k, "language": lang[tid(k)]} for k in n["g3"]],
            "cross_lingual": [tid(k) for k in n["g3"] if lang[tid(k)] != nl],
            "alternatives": [{"id": tid(k), "key": k, "grade": 2, "why": w} for k, w in n["g2"].items()],
            "siblings": [{"id": tid(k), "key": k, "grade": g, "why": w} for k, (g, w) in n["sib"].items()],
            "traps": [{"id": tid(k), "key": k, "constraint": w} for k, w in n["traps"].items()],
            "note": n["note"],
        }
    with open(os.path.join(OUT, "blind15_design.json"), "w", encoding="utf-8") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies to %s" % (len(common.NEEDS), len(keys), OUT))


if __name__ == "__main__":
    main()
