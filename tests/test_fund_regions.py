"""Region credit of fund suggestions: a fund covering a whole country covers its provinces
(the bridge, matching.rank_candidates, on plain records: no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from matchmaker import matching, scoring

DESCRIPTION = "Demand response platform that shifts peak load of commercial buildings 需求响应"


def fund(regions):
    return SimpleNamespace(
        id="F",
        name="Grid fund",
        description="Equity for demand response and grid automation.",
        categories=["smart-grid"],
        regions=regions,
        ticket_usd=(1_000_000, 10_000_000),
        targets=["technologies", "needs"],
        min_trl=None,
    )


def technology(record_id: int, regions: tuple[str, ...]) -> matching.Candidate:
    item = scoring.Technology(
        id=f"technology:{record_id}", company=f"Company {record_id}", name="GridFlex",
        categories=("smart-grid",), description=DESCRIPTION, trl=8, regions=regions,
    )
    return matching.Candidate("technology", record_id, 4_000_000, 8, True, item)


def need(record_id: int, region: str) -> matching.Candidate:
    item = scoring.Technology(
        id=f"need:{record_id}", company=f"City {record_id}", name="Cut peak load",
        categories=("smart-grid",), description=DESCRIPTION, regions=(region,),
    )
    return matching.Candidate("need", record_id, 4_000_000, None, True, item, readiness=3)


def scores(regions, candidates) -> dict[tuple[str, int], float]:
    ranked = matching.rank_candidates(fund(regions), candidates, top=10)
    return {(s.kind, s.id): s.score for s in ranked}


@pytest.mark.parametrize("make", [technology, lambda i, r: need(i, r[0])], ids=["technology", "need"])
def test_a_country_fund_gives_a_province_full_region_credit(make):
    got = scores(["CN"], [make(1, ("CN-GD",)), make(2, ("CN",)), make(3, ("US-CA",))])
    kind = "technology" if make is technology else "need"
    province, country, abroad = got[(kind, 1)], got[(kind, 2)], got[(kind, 3)]
    assert province == pytest.approx(country)
    assert abroad < province


def test_a_province_fund_still_gives_another_province_half_credit():
    got = scores(["CN-SH"], [technology(1, ("CN-GD",)), technology(2, ("CN-SH",)), technology(3, ("US-CA",))])
    assert got[("technology", 3)] < got[("technology", 1)] < got[("technology", 2)]


def test_a_province_record_is_not_credited_for_another_countrys_fund():
    got = scores(["US", "CN-SH"], [technology(1, ("CN-GD",)), technology(2, ("CN-SH",))])
    assert got[("technology", 1)] < got[("technology", 2)]


def test_the_reason_names_the_funds_country_not_a_partial_fit():
    first = matching.rank_candidates(fund(["CN"]), [technology(1, ("CN-GD",))], top=1)[0]
    assert "Serves CN" in first.reasons
