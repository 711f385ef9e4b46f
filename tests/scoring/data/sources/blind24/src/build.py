"""Build the blind24 labelled set deterministically (standard library only).

Writes blind24_needs.jsonl, blind24_technologies.jsonl, blind24_grades.json and
blind24_design.json into the folder above src/.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_cn  # noqa: E402,F401
import data_en  # noqa: E402,F401
import data_pad  # noqa: E402,F401  (must come after the data files)
from common import TECHS, NEEDS, GENERIC, lang  # noqa: E402

NAME = "blind24"
PREFIX = "b24"
SEED = 20261224
OUT = os.path.dirname(HERE)

NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]


def constraint_broken(tech, need):
    """Return a string naming the hard constraint the pair breaks, or None."""
    if tech["trl"] is not None and need["min_trl"] is not None and tech["trl"] < need["min_trl"]:
        return "trl %d < min_trl %d" % (tech["trl"], need["min_trl"])
    if tech["cost_usd"] is not None and need["budget_usd"] is not None \
            and tech["cost_usd"][0] > need["budget_usd"]:
        return "cost_usd[0] %s > budget_usd %s" % (tech["cost_usd"][0], need["budget_usd"])
    return None


def main():
    keys = sorted(TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "%st%03d" % (PREFIX, i + 1) for i, k in enumerate(keys)}
    need_ids = {n["key"]: "%sn%02d" % (PREFIX, i + 1) for i, n in enumerate(NEEDS)}

    # technologies, in id order
    tech_lines = []
    for k in keys:
        rec = dict(TECHS[k], id=key_to_id[k])
        tech_lines.append(json.dumps({f: rec[f] for f in TECH_FIELDS}, ensure_ascii=False))

    need_lines, grades, traps, design_needs = [], {}, {}, []
    for n in NEEDS:
        nid = need_ids[n["key"]]
        rec = dict(n, id=nid)
        need_lines.append(json.dumps({f: rec[f] for f in NEED_FIELDS}, ensure_ascii=False))
        g = {}
        for k in n["answers"]:
            g[key_to_id[k]] = 3
        for k in n["alts"]:
            g[key_to_id[k]] = 2
        for k, (grade, _why) in n["sibs"].items():
            if grade > 0:
                g[key_to_id[k]] = grade
        grades[nid] = dict(sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))
        if n["traps"]:
            traps[nid] = sorted(key_to_id[k] for k in n["traps"])
        nlang = lang(n["description"])
        answers = [{"id": key_to_id[k], "key": k, "language": lang(TECHS[k]["description"])}
                   for k in n["answers"]]
        design_needs.append({
            "id": nid, "key": n["key"], "city": n["city"], "region": n["region"],
            "language": nlang, "categories": n["categories"],
            "answers": answers,
            "cross_lingual": answers[0]["language"] != nlang,
            "alternatives": [{"id": key_to_id[k], "key": k, "grade": 2, "why": why}
                             for k, why in n["alts"].items()],
            "siblings": [{"id": key_to_id[k], "key": k, "grade": gr, "why": why}
                         for k, (gr, why) in n["sibs"].items()],
            "setting_distractors": [{"id": key_to_id[k], "key": k, "grade": 0, "why": why}
                                    for k, why in n["setting"].items()],
            "traps": [{"id": key_to_id[k], "key": k, "constraint": constraint_broken(TECHS[k], n),
                       "why": why} for k, why in n["traps"].items()],
        })
    grades["_traps"] = traps

    design = {
        "name": NAME, "seed": SEED,
        "shuffle": "random.Random(seed).shuffle(sorted(technology keys)); ids numbered in that order",
        "key_to_id": {k: key_to_id[k] for k in sorted(key_to_id)},
        "technology_language": {key_to_id[k]: lang(TECHS[k]["description"]) for k in keys},
        "generic_distractors": [{"id": key_to_id[k], "key": k, "name": TECHS[k]["name"]}
                                for k in GENERIC],
        "needs": design_needs,
    }

    def write(fname, text):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    write("%s_needs.jsonl" % NAME, "\n".join(need_lines) + "\n")
    write("%s_technologies.jsonl" % NAME, "\n".join(tech_lines) + "\n")
    write("%s_grades.json" % NAME, json.dumps(grades, ensure_ascii=False, indent=1) + "\n")
    write("%s_design.json" % NAME, json.dumps(design, ensure_ascii=False, indent=1) + "\n")
    print("wrote %d needs, %d technologies to %s" % (len(need_lines), len(tech_lines), OUT))


if __name__ == "__main__":
    main()
