import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import TECHS, NEEDS, GENERIC
import data_a, data_b, data_c, data_d, data_e, data_f
OUT = os.path.join(os.path.dirname(__file__), "..")
SEED = 20261214
keys = sorted(TECHS); random.Random(SEED).shuffle(keys)
k2id = {k: "b14t%03d" % (i+1) for i, k in enumerate(keys)}
with open(os.path.join(OUT,"blind14_technologies.jsonl"),"w",encoding="utf-8") as f:
    for k in keys:
        t = TECHS[k]
        rec = {"id":k2id[k],"company":t["company"],"name":t["name"],"categories":t["categories"],
               "description":t["description"],"trl":t["trl"],"cost_usd":t["cost_usd"],
               "regions":t["regions"],"co2e_reduction_t_per_year":t["co2e_reduction_t_per_year"]}
        f.write(json.dumps(rec,ensure_ascii=False)+"\n")
needs = sorted(NEEDS, key=lambda n: n["lang"]!="zh")  # zh first, stable
grades = {}; traps = {}; design = {"seed":SEED,"key_to_id":k2id,"needs":{}}
with open(os.path.join(OUT,"blind14_needs.jsonl"),"w",encoding="utf-8") as f:
    for i,n in enumerate(needs):
        nid = "b14n%02d" % (i+1)
        rec = {"id":nid,"city":n["city"],"title":n["title"],"categories":n["categories"],
               "description":n["description"],"budget_usd":n["budget_usd"],"min_trl":n["min_trl"],
               "region":n["region"],"co2e_target_t_per_year":n["co2e_target_t_per_year"],"deadline":n["deadline"]}
        f.write(json.dumps(rec,ensure_ascii=False)+"\n")
        g = {k2id[a]:3 for a in n["answers"]}
        g.update({k2id[a]:2 for a in n["alts"]})
        g.update({k2id[s]:gr for s,(gr,_) in n["sibs"].items() if gr>0})
        grades[nid] = g
        traps[nid] = [k2id[t] for t in n["traps"]]
        design["needs"][nid] = {"key":n["key"],"city":n["city"],"language":n["lang"],"categories":n["categories"],
            "grade3":[{"id":k2id[a],"language":TECHS[a]["lang"]} for a in n["answers"]],
            "cross_lingual":all(TECHS[a]["lang"]!=n["lang"] for a in n["answers"]),
            "alternatives":{k2id[a]:w for a,w in n["alts"].items()},
            "siblings":{k2id[s]:{"grade":gr,"why":w} for s,(gr,w) in n["sibs"].items()},
            "traps":{k2id[t]:w for t,w in n["traps"].items()},"answer_notes":n["notes"]}
grades["_traps"] = {k:v for k,v in traps.items() if v}
design["generic_distractors"] = [k2id[k] for k in GENERIC]
design["tech_language"] = {k2id[k]:TECHS[k]["lang"] for k in keys}
json.dump(grades, open(os.path.join(OUT,"blind14_grades.json"),"w",encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(design, open(os.path.join(OUT,"blind14_design.json"),"w",encoding="utf-8"), ensure_ascii=False, indent=1)
print("needs", len(needs), "techs", len(keys))
