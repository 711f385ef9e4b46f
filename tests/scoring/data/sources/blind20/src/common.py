"""Helpers for the blind20 set. Standard library only."""
import re

NEEDS = []      # list of need dicts (with labels)
TECHS = {}      # key -> technology dict (no id yet)
GENERIC = []    # keys of generic distractors

SLUGS = ["smart-grid", "energy-storage", "renewable-energy", "electric-vehicles",
         "green-transportation", "green-buildings", "energy-retrofits", "energy-efficiency",
         "green-data-centers", "carbon-capture", "clean-air", "clean-water", "waste-treatment",
         "hfc-alternatives", "ghg-data", "nature-based"]

CJK = re.compile(r"[\u4e00-\u9fff]")


def lang(text):
    return "zh" if len(CJK.findall(text)) > 20 else "en"


def T(key, company, name, cats, desc, trl, cost, regions, co2):
    assert key not in TECHS, key
    for c in cats:
        assert c in SLUGS, c
    TECHS[key] = {"company": company, "name": name, "categories": cats, "description": desc,
                  "trl": trl, "cost_usd": cost, "regions": regions,
                  "co2e_reduction_t_per_year": co2}
    return key


def N(key, city, region, title, cats, desc, budget, min_trl, co2, deadline, labels):
    """labels: list of (role, tech_key, note). role in answer, second, alt, sib1, sib0, trap."""
    for c in cats:
        assert c in SLUGS, c
    NEEDS.append({"key": key, "city": city, "title": title, "categories": cats,
                  "description": desc, "budget_usd": budget, "min_trl": min_trl, "region": region,
                  "co2e_target_t_per_year": co2, "deadline": deadline, "labels": labels})


def G(key, company, name, cats, desc, trl, cost, regions, co2):
    T(key, company, name, cats, desc, trl, cost, regions, co2)
    GENERIC.append(key)


GRADE = {"answer": 3, "second": 3, "alt": 2, "sib1": 1, "sib0": 0}
