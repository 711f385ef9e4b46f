"""Engine suggestions kept as Match rows: refresh rules, the warm index, the API, `flask rescore`."""

from __future__ import annotations

import pytest

from matchmaker import matching
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchStatus, Need, Technology, User
from matchmaker.services import matches, needs, technologies

from .conftest import NEED


@pytest.fixture(autouse=True)
def fresh_indexes():
    matching.forget_indexes()
    yield
    matching.forget_indexes()


@pytest.fixture
def market(make_user, make_need, make_technology):
    """A Shenzhen peak-load need, two fitting technologies, a poor one and a ruled-out one."""
    city = make_user("city", country="CN", region="CN-GD")
    company = make_user("company", country="CN", region="CN-GD")
    ids = {
        "need": make_need(city),
        "demand_response": make_technology(company),
        "storage": make_technology(
            company,
            name="Peak shaving battery",
            categories=["energy-storage"],
            description="Battery storage that shaves summer peak load of office buildings 削峰填谷.",
        ),
        "sludge": make_technology(
            company,
            name="Sludge dryer",
            categories=["clean-water"],
            description="Solar drying of wastewater sludge.",
            trl=9,
        ),
        "too_early": make_technology(company, name="Lab demand response", trl=3),
    }
    return city, company, ids


def suggested_ids(app, need_id: int) -> list[int]:
    with app.app_context():
        return list(
            db.session.execute(
                db.select(Match.technology_id).where(Match.need_id == need_id).order_by(Match.score.desc())
            ).scalars()
        )


def refresh(app, need_id: int) -> dict:
    with app.app_context():
        counts = matching.refresh_need(db.session.get(Need, need_id))
        db.session.commit()
        return counts


def test_refresh_suggests_fitting_technologies_best_first_and_never_ruled_out_ones(app, market):
    _city, _company, ids = market
    refresh(app, ids["need"])
    suggested = suggested_ids(app, ids["need"])
    assert suggested[0] == ids["demand_response"]
    assert ids["too_early"] not in suggested  # TRL 3 below the need's minimum of 7
    with app.app_context():
        match = db.session.execute(db.select(Match).where(Match.technology_id == ids["demand_response"])).scalar_one()
        assert match.status is MatchStatus.SUGGESTED and 0 < match.score <= 1
        assert match.reasons and match.reasons_zh and match.signals


def test_refresh_respects_the_settings_for_top_k_and_minimum_score(app, market, make_user):
    from matchmaker.services import settings

    _city, _company, ids = market
    with app.app_context():
        admin = db.session.get(User, make_user("admin").id)
        settings.change(admin, {"suggestions_per_need": 1, "min_score": 0.0})
        db.session.commit()
    refresh(app, ids["need"])
    assert suggested_ids(app, ids["need"]) == [ids["demand_response"]]


def test_unpublished_technologies_and_draft_needs_get_no_suggestions(app, market, make_need):
    city, company, ids = market
    with app.app_context():
        owner = db.session.get(User, company.id)
        technologies.update_technology(
            owner, db.session.get(Technology, ids["demand_response"]), {"status": "archived"}
        )
        db.session.commit()
    refresh(app, ids["need"])
    assert ids["demand_response"] not in suggested_ids(app, ids["need"])
    draft = make_need(city, status="draft")
    refresh(app, draft)
    assert suggested_ids(app, draft) == []


def test_refresh_never_touches_a_match_a_person_acted_on(app, market):
    city, _company, ids = market
    refresh(app, ids["need"])
    with app.app_context():
        match, _ = matches.request_introduction(db.session.get(User, city.id), ids["need"], ids["sludge"])
        match.score = 0.01
        db.session.commit()
    refresh(app, ids["need"])
    with app.app_context():
        kept = db.session.execute(db.select(Match).where(Match.technology_id == ids["sludge"])).scalar_one()
        assert kept.status is MatchStatus.REQUESTED and kept.score == 0.01


def test_a_rejected_pair_comes_back_only_after_a_change(app, market, make_user):
    city, _company, ids = market
    refresh(app, ids["need"])
    admin = make_user("admin")
    with app.app_context():
        match = db.session.execute(db.select(Match).where(Match.technology_id == ids["demand_response"])).scalar_one()
        matches.decide(db.session.get(User, admin.id), match.id, approve=False, note="Not now")
        db.session.commit()
        match_id = match.id
    refresh(app, ids["need"])
    with app.app_context():
        assert db.session.get(Match, match_id).status is MatchStatus.REJECTED
        needs.update_need(
            db.session.get(User, city.id),
            db.session.get(Need, ids["need"]),
            {"description": NEED["description"] + " Also 20 MW of storage."},
        )
        db.session.commit()
    refresh(app, ids["need"])
    with app.app_context():
        assert db.session.get(Match, match_id).status is MatchStatus.SUGGESTED
        assert db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "match.resuggest")).scalar_one()


def test_suggestions_that_fall_out_are_removed(app, market):
    _city, company, ids = market
    refresh(app, ids["need"])
    with app.app_context():
        technologies.delete_technology(db.session.get(User, company.id), db.session.get(Technology, ids["storage"]))
        db.session.commit()
    refresh(app, ids["need"])
    assert ids["storage"] not in suggested_ids(app, ids["need"])


def test_the_warm_index_updates_incrementally(app, market, make_technology):
    _city, company, ids = market
    with app.app_context():
        engine = matching.current_engine()
    new_id = make_technology(company, name="Virtual power plant", description="Aggregates demand response.")
    with app.app_context():
        assert matching.current_engine() is engine  # same index, brought up to date
        assert matching.technology_version(new_id) == 1
        ranked = [int(s.technology_id) for s in matching.rank(db.session.get(Need, ids["need"]), top=10)]
        assert new_id in ranked


def test_a_change_through_the_api_refreshes_on_the_task_queue_after_the_commit(app, client, market, api_token):
    city, _company, ids = market
    app.config["MATCHING_REFRESH"] = "queue"  # the tests' queue runs each task as it is queued
    response = client.post("/api/v1/needs", json={**NEED, "title": "Second peak-load need"}, headers=api_token(city))
    assert response.status_code == 201
    assert suggested_ids(app, response.get_json()["id"])


def test_suggestions_api_for_the_owner_and_admins_only(app, client, market, make_user, api_token):
    city, company, ids = market
    path = f"/api/v1/needs/{ids['need']}/suggestions?top=3"
    body = client.get(path, headers=api_token(city)).get_json()
    assert [item["technology_id"] for item in body["items"]][0] == ids["demand_response"]
    assert len(body["items"]) <= 3 and all(0 <= item["score"] <= 1 and item["reasons"] for item in body["items"])
    assert all(item["match"] is None for item in body["items"])
    assert client.get(path, headers=api_token(make_user("admin"))).status_code == 200
    assert client.get(path, headers=api_token(company)).status_code == 403
    assert client.get(path, headers=api_token(make_user("city"))).status_code == 403
    assert client.get(path).status_code == 401
    assert client.get(f"/api/v1/needs/{ids['need']}/suggestions?top=0", headers=api_token(city)).status_code == 422


def test_rescore_command_refreshes_every_need(app, runner, market):
    _city, _company, ids = market
    result = runner.invoke(args=["rescore"])
    assert result.exit_code == 0, result.output
    assert "1 needs scored" in result.output
    assert suggested_ids(app, ids["need"])


def test_warm_up_builds_the_index_in_the_background_then_freezes_what_lives_on(app, market):
    import gc

    _city, _company, ids = market
    matching.forget_indexes()
    gc.unfreeze()
    try:
        matching.warm_up(app).join(timeout=30)
        frozen = gc.get_freeze_count()
    finally:
        gc.unfreeze()  # the rest of the suite collects as usual
    with app.app_context():
        assert matching.technology_version(ids["demand_response"]) == 1  # indexed before any request
    assert frozen > 10_000  # the modules and the index, out of the full collections' walk


def test_a_technology_change_refreshes_only_the_needs_it_can_affect(app, market, make_need, make_technology):
    city, company, ids = market
    sludge_need = make_need(
        city,
        title="Dry the sludge of two wastewater plants",
        categories=["clean-water"],
        description="Solar or heat-pump drying of wastewater sludge 污泥干化.",
    )
    with app.app_context():
        matching.refresh_all()
        db.session.commit()
        sludge_before = {
            (m.id, m.score) for m in db.session.execute(db.select(Match).where(Match.need_id == sludge_need)).scalars()
        }
    newcomer = make_technology(company, name="Peak load flexibility for offices")
    with app.app_context():
        totals = matching.refresh_for_technology(newcomer)
        db.session.commit()
        assert totals["needs"] == 1  # the peak-load need; the sludge need is not touched
        assert {
            (m.id, m.score) for m in db.session.execute(db.select(Match).where(Match.need_id == sludge_need)).scalars()
        } == sludge_before
    assert newcomer in suggested_ids(app, ids["need"])


def test_archiving_a_technology_through_the_api_takes_it_out_of_suggestions_after_the_response(
    app, client, market, api_token
):
    _city, company, ids = market
    refresh(app, ids["need"])
    assert ids["storage"] in suggested_ids(app, ids["need"])
    app.config["MATCHING_REFRESH"] = "queue"
    response = client.patch(
        f"/api/v1/technologies/{ids['storage']}", json={"status": "archived"}, headers=api_token(company)
    )
    assert response.status_code == 200
    assert ids["storage"] not in suggested_ids(app, ids["need"])


# --- one path from a change to matching: recorded by the services, run after the commit ------


def test_a_change_reaches_matching_only_after_its_commit(app, market):
    city, _company, ids = market
    app.config["MATCHING_REFRESH"] = "queue"
    with app.app_context():
        user = db.session.get(User, city.id)
        needs.create_need(user, {**NEED, "title": "Rolled back peak-load need"})
        db.session.rollback()  # the change and its pending refresh go together
        kept = needs.create_need(user, {**NEED, "title": "Committed peak-load need"})
        db.session.commit()
        kept_id = kept.id
    assert suggested_ids(app, kept_id), "the committed need was refreshed at once after its commit"
    with app.app_context():
        titles = set(db.session.execute(db.select(Need.title)).scalars())
        assert "Rolled back peak-load need" not in titles


def test_an_import_from_the_command_line_takes_the_same_path(app, runner, tmp_path):
    """No request: the command's commit queues the same refresh task as a page's."""
    import json

    app.config["MATCHING_REFRESH"] = "queue"
    technologies_file, needs_file = tmp_path / "t.jsonl", tmp_path / "n.jsonl"
    technologies_file.write_text(
        json.dumps(
            {
                "id": "t1",
                "company": "GridFlex",
                "name": "Demand response for offices",
                "categories": ["smart-grid"],
                "description": "Demand response that cuts the summer peak load of office buildings.",
                "trl": 8,
                "regions": ["*"],
            }
        )
        + "\n"
    )
    needs_file.write_text(
        json.dumps(
            {
                "id": "n1",
                "city": "Shenzhen",
                "title": "Cut the summer peak load",
                "categories": ["smart-grid"],
                "description": "Demand response for office buildings to cut the summer peak load.",
                "region": "CN-GD",
            }
        )
        + "\n"
    )
    result = runner.invoke(
        args=["import-records", "--technologies", str(technologies_file), "--needs", str(needs_file)]
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.execute(db.select(Match).where(Match.status == MatchStatus.SUGGESTED)).first() is not None


def test_services_never_import_matching_nor_commit():
    """The layering that keeps a change's path single (services record, the edge commits)."""
    import re
    from pathlib import Path

    services = Path(matching.__file__).parent / "services"
    for path in services.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*from \.\.? ?import .*\bmatching\b|from \.\.matching", text, re.M), path.name
        assert not re.search(r"session\.(commit|rollback)\(", text), path.name
        assert "flask import g" not in text and "flask.g" not in text, path.name


def test_a_refresh_lost_in_a_crash_is_repaired_by_the_scheduled_job(app, runner, market):
    """A need committed while no refresh was queued (as when a process dies between the
    commit and the queue) gets its suggestions from repair_suggestions."""
    _city, _company, ids = market  # created with MATCHING_REFRESH off: nothing was refreshed
    assert suggested_ids(app, ids["need"]) == []
    result = runner.invoke(args=["run-scheduled"])
    assert result.exit_code == 0, result.output
    assert ids["demand_response"] in suggested_ids(app, ids["need"])
    with app.app_context():
        need = db.session.get(Need, ids["need"])
        assert need.suggested_version == need.version


def test_two_refreshes_inserting_the_same_pair_do_not_collide(app, market):
    """The second insert of a pair (a concurrent refresh) is a no-op, not a unique violation."""
    _city, _company, ids = market
    with app.app_context():
        need = db.session.get(Need, ids["need"])
        suggestion = matching.rank(need, top=1)[0]
        technology_id = int(suggestion.technology_id)
        matching._insert_suggestion(need, technology_id, 1, suggestion)
        matching._insert_suggestion(need, technology_id, 1, suggestion)
        db.session.commit()
        rows = db.session.execute(db.select(Match).where(Match.need_id == need.id)).scalars().all()
        assert [(m.technology_id, m.status) for m in rows] == [(technology_id, MatchStatus.SUGGESTED)]
