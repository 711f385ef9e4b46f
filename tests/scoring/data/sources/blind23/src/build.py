"""Build the blind23 set: python3 src/build.py (writes the four data files beside src/)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import needs_cn, needs_en, techs_en_a, techs_en_b, techs_cn_a, techs_cn_b  # noqa: E402,F401
import extend  # noqa: E402
from common import TECHS, NEEDS, GENERIC, lang  # noqa: E402

SEED = 20261223
NAME = "blind23"
OUT = os.path.dirname(HERE)

TECH_FIELDS = ["company", "name", "categories", "description", "trl", "cost_usd", "regions",
               "co2e_reduction_t_per_year"]
NEED_FIELDS = ["city", "title", "categories", "description", "budget_usd", "min_trl", "region",
               "co2e_target_t_per_year", "deadline"]


def main():
    extend.apply()
    keys = sorted(TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "b23t%03d" % (i + 1) for i, k in enumerate(keys)}
    tlang = {k: lang(TECHS[k]["description"]) for k in keys}

    techs_out = []
    for k in sorted(keys, key=lambda k: key_to_id[k]):
        rec = {"id": key_to_id[k]}
        for f in TECH_FIELDS:
            rec[f] = TECHS[k][f]
        techs_out.append(rec)

    needs_out, grades, traps, design_needs = [], {}, {}, []
    for i, n in enumerate(NEEDS):
        nid = "b23n%02d" % (i + 1)
        rec = {"id": nid}
        for f in NEED_FIELDS:
            rec[f] = n[f]
        needs_out.append(rec)
        g = {}

        def put(k, v):
            assert k not in g, (n["key"], k)
            g[k] = v
        for k in n["answers"]:
            put(k, 3)
        for k, _ in n["alts"]:
            put(k, 2)
        zeros = set()
        for k, v, _ in n["sibs"]:
            if v:
                put(k, v)
            else:
                assert k not in g and k not in zeros, (n["key"], k)
                zeros.add(k)
        for k, _ in n["setting"]:
            assert k not in g, (n["key"], k)
        for k, _ in n["traps"]:
            assert k not in g, (n["key"], k)
        grades[nid] = {key_to_id[k]: v for k, v in sorted(g.items(), key=lambda kv: key_to_id[kv[0]])}
        if n["traps"]:
            traps[nid] = [key_to_id[k] for k, _ in n["traps"]]
        nlang = lang(n["description"])
        design_needs.append({
            "id": nid, "key": n["key"], "city": n["city"], "language": nlang,
            "categories": n["categories"],
            "answers": [{"key": k, "id": key_to_id[k], "language": tlang[k]} for k in n["answers"]],
            "cross_lingual": tlang[n["answers"][0]] != nlang,
            "alternatives": [{"key": k, "id": key_to_id[k], "grade": 2, "why": w} for k, w in n["alts"]],
            "siblings": [{"key": k, "id": key_to_id[k], "grade": v, "why": w} for k, v, w in n["sibs"]],
            "setting_distractors": [{"key": k, "id": key_to_id[k], "grade": 0, "why": w} for k, w in n["setting"]],
            "traps": [{"key": k, "id": key_to_id[k], "constraint": c} for k, c in n["traps"]],
        })
    grades["_traps"] = traps

    design = {
        "seed": SEED,
        "key_to_id": {k: key_to_id[k] for k in sorted(key_to_id)},
        "technology_language": {key_to_id[k]: tlang[k] for k in sorted(keys, key=lambda k: key_to_id[k])},
        "generic_distractors": [{"key": k, "id": key_to_id[k]} for k in GENERIC],
        "needs": design_needs,
    }

    def jsonl(path, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    jsonl(os.path.join(OUT, NAME + "_needs.jsonl"), needs_out)
    jsonl(os.path.join(OUT, NAME + "_technologies.jsonl"), techs_out)
    with open(os.path.join(OUT, NAME + "_grades.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, NAME + "_design.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies" % (len(needs_out), len(techs_out)))


if __name__ == "__main__":
    main()
