"""Build the blind22 labelled set deterministically (standard library only).

    python3 src/build.py      # writes the four data files beside src/
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_a, data_b, data_c, data_d  # noqa: E402,F401  (registration order = need order)
import data_e  # noqa: E402,F401  (length control, appended sentences)

SEED = 20261222
NAME = "blind22"
PREFIX = "b22"
OUT = os.path.dirname(HERE)

TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]
NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]


def key_to_id():
    keys = sorted(common.TECHS)
    random.Random(SEED).shuffle(keys)
    return {k: "%st%03d" % (PREFIX, i + 1) for i, k in enumerate(keys)}


def need_ids():
    return {n["key"]: "%sn%02d" % (PREFIX, i + 1) for i, n in enumerate(common.NEEDS)}


def render():
    k2i = key_to_id()
    n2i = need_ids()
    lang = {k: common.lang(t["description"]) for k, t in common.TECHS.items()}

    tech_lines = []
    for k in sorted(k2i, key=lambda k: k2i[k]):
        rec = dict(common.TECHS[k], id=k2i[k])
        tech_lines.append(json.dumps({f: rec[f] for f in TECH_FIELDS}, ensure_ascii=False))

    need_lines = []
    grades = {}
    traps = {}
    design_needs = []
    for n in common.NEEDS:
        nid = n2i[n["key"]]
        rec = dict(n, id=nid)
        need_lines.append(json.dumps({f: rec[f] for f in NEED_FIELDS}, ensure_ascii=False))
        g = {}
        for k in n["answers"]:
            g[k2i[k]] = 3
        for k, _why in n["alts"]:
            g[k2i[k]] = 2
        for k, grade, _why in n["sibs"]:
            if grade > 0:
                g[k2i[k]] = grade
        grades[nid] = g
        if n["traps"]:
            traps[nid] = [k2i[k] for k, _c, _w in n["traps"]]
        nlang = common.lang(n["description"])
        design_needs.append({
            "id": nid,
            "key": n["key"],
            "city": n["city"],
            "region": n["region"],
            "language": nlang,
            "categories": n["categories"],
            "answers": [{"id": k2i[k], "key": k, "language": lang[k]} for k in n["answers"]],
            "cross_lingual": lang[n["answers"][0]] != nlang,
            "alternatives": [{"id": k2i[k], "key": k, "grade": 2, "why": w} for k, w in n["alts"]],
            "siblings": [{"id": k2i[k], "key": k, "grade": gr, "why": w} for k, gr, w in n["sibs"]],
            "setting_distractors": [{"id": k2i[k], "key": k, "grade": 0, "why": w} for k, w in n["setting"]],
            "traps": [{"id": k2i[k], "key": k, "constraint": c, "why": w} for k, c, w in n["traps"]],
        })
    grades["_traps"] = traps

    design = {
        "name": NAME,
        "seed": SEED,
        "shuffle": "random.Random(seed).shuffle(sorted(technology keys)); ids numbered in that order",
        "key_to_id": {k: k2i[k] for k in sorted(k2i)},
        "technology_language": {k2i[k]: lang[k] for k in sorted(k2i, key=lambda k: k2i[k])},
        "generic_distractors": [{"id": k2i[k], "key": k, "name": common.TECHS[k]["name"]}
                                for k in common.GENERIC],
        "needs": design_needs,
    }
    return {
        NAME + "_needs.jsonl": "\n".join(need_lines) + "\n",
        NAME + "_technologies.jsonl": "\n".join(tech_lines) + "\n",
        NAME + "_grades.json": json.dumps(grades, ensure_ascii=False, indent=1) + "\n",
        NAME + "_design.json": json.dumps(design, ensure_ascii=False, indent=1) + "\n",
    }


def main():
    for fname, text in render().items():
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d needs, %d technologies to %s" % (len(common.NEEDS), len(common.TECHS), OUT))


if __name__ == "__main__":
    main()
