"""Build the blind21 set deterministically: python3 src/build.py (writes beside src/)."""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import TECHS, NEEDS, GENERIC, lang  # noqa: E402
import data_cn  # noqa: E402,F401
import data_en  # noqa: E402,F401
import generic  # noqa: E402,F401
import extras  # noqa: E402,F401

SEED = 20261221
NAME = "blind21"
P = "b21"
OUT = os.path.dirname(HERE)

NEED_FIELDS = ["id", "city", "title", "categories", "description", "budget_usd", "min_trl",
               "region", "co2e_target_t_per_year", "deadline"]
TECH_FIELDS = ["id", "company", "name", "categories", "description", "trl", "cost_usd",
               "regions", "co2e_reduction_t_per_year"]


def main():
    keys = sorted(TECHS)
    random.Random(SEED).shuffle(keys)
    key_to_id = {k: "%st%03d" % (P, i + 1) for i, k in enumerate(keys)}
    need_ids = {}
    for i, n in enumerate(NEEDS):
        assert n["key"] == "n%02d" % (i + 1), n["key"]
        need_ids[n["key"]] = "%sn%02d" % (P, i + 1)

    # every referenced key must exist
    for n in NEEDS:
        refs = n["answers"] + [a for a, _ in n["alts"]] + [s for s, _, _ in n["sibs"]] + \
            [s for s, _ in n["setting"]] + [t for t, _ in n["traps"]]
        for r in refs:
            assert r in TECHS, (n["key"], r)
        assert len(refs) == len(set(refs)), (n["key"], "duplicate reference")

    with open(os.path.join(OUT, NAME + "_needs.jsonl"), "w", encoding="utf-8") as f:
        for n in NEEDS:
            rec = dict(n, id=need_ids[n["key"]])
            f.write(json.dumps({k: rec[k] for k in NEED_FIELDS}, ensure_ascii=False) + "\n")

    with open(os.path.join(OUT, NAME + "_technologies.jsonl"), "w", encoding="utf-8") as f:
        for k in sorted(TECHS, key=lambda k: key_to_id[k]):
            rec = dict(TECHS[k], id=key_to_id[k])
            f.write(json.dumps({x: rec[x] for x in TECH_FIELDS}, ensure_ascii=False) + "\n")

    grades, traps = {}, {}
    for n in NEEDS:
        g = {}
        for a in n["answers"]:
            g[key_to_id[a]] = 3
        for a, _ in n["alts"]:
            g[key_to_id[a]] = 2
        for s, gr, _ in n["sibs"]:
            if gr:
                g[key_to_id[s]] = gr
        grades[need_ids[n["key"]]] = g
        if n["traps"]:
            traps[need_ids[n["key"]]] = [key_to_id[t] for t, _ in n["traps"]]
    grades["_traps"] = traps
    with open(os.path.join(OUT, NAME + "_grades.json"), "w", encoding="utf-8") as f:
        json.dump(grades, f, ensure_ascii=False, indent=1)
        f.write("\n")

    def tl(k):
        return lang(TECHS[k]["name"] + " " + TECHS[k]["description"])

    design = {
        "set": NAME,
        "seed": SEED,
        "key_to_id": {k: key_to_id[k] for k in sorted(key_to_id)},
        "need_key_to_id": need_ids,
        "technology_language": {key_to_id[k]: tl(k) for k in sorted(TECHS, key=lambda k: key_to_id[k])},
        "generic_distractors": [{"id": key_to_id[k], "key": k, "name": TECHS[k]["name"],
                                 "language": tl(k)} for k in GENERIC],
        "needs": {},
    }
    for n in NEEDS:
        nl = lang(n["title"] + " " + n["description"])
        ans = [{"id": key_to_id[a], "key": a, "language": tl(a)} for a in n["answers"]]
        design["needs"][need_ids[n["key"]]] = {
            "key": n["key"], "city": n["city"], "region": n["region"], "language": nl,
            "title": n["title"], "categories": n["categories"],
            "grade3": ans,
            "cross_lingual": ans[0]["language"] != nl,
            "alternatives": [{"id": key_to_id[a], "key": a, "grade": 2, "why": w} for a, w in n["alts"]],
            "siblings": [{"id": key_to_id[s], "key": s, "grade": g, "why": w} for s, g, w in n["sibs"]],
            "setting_distractors": [{"id": key_to_id[s], "key": s, "grade": 0, "why": w}
                                    for s, w in n["setting"]],
            "traps": [{"id": key_to_id[t], "key": t, "constraint": c} for t, c in n["traps"]],
        }
    with open(os.path.join(OUT, NAME + "_design.json"), "w", encoding="utf-8") as f:
        json.dump(design, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d needs, %d technologies to %s" % (len(NEEDS), len(TECHS), OUT))


if __name__ == "__main__":
    main()
