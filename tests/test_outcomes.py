"""After connection (contract outcomes.md): stage moves as rows of the state machine, bad
input, verification, impact figures and the showcase, through the API."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStage, MatchStatus, Notification, StageEntry, User
from matchmaker.services import currency

from .helpers import table_count

TODAY = date.today()
LONG_AGO = TODAY - timedelta(days=300)


@dataclass
class World:
    city: User
    company: User
    other_city: User
    other_company: User
    admin: User
    need_id: int
    technology_id: int


@pytest.fixture
def world(make_user, make_need, make_technology) -> World:
    city = make_user("city", country="CN", region="CN-GD")
    company = make_user("company")
    return World(
        city, company, make_user("city"), make_user("company"), make_user("admin"), make_need(city),
        make_technology(company),
    )


def put_match(app, world: World, stage: str | None, status: str = "connected", **fields) -> int:
    """A match of the world's pair at ``stage`` (None: not connected), with one history line per stage."""
    with app.app_context():
        match = Match(
            need_id=world.need_id,
            technology_id=world.technology_id,
            status=MatchStatus(status),
            origin=MatchOrigin.REQUEST,
            stage=MatchStage(stage) if stage else None,
            city_interested=True if stage else None,
            company_interested=True if stage else None,
            **fields,
        )
        db.session.add(match)
        db.session.flush()
        if stage:
            reached = ["connected", "pilot", "contract", "operating"]
            path = reached[: reached.index(stage) + 1] if stage in reached else ["connected", "pilot", stage]
            for days, step in enumerate(path):
                db.session.add(StageEntry(match_id=match.id, stage=MatchStage(step), date=LONG_AGO + timedelta(days)))
        db.session.commit()
        return match.id


def state(app, match_id: int) -> tuple[str, str | None, int]:
    """(status, stage, lines of history) of a match."""
    with app.app_context():
        match = db.session.get(Match, match_id)
        return match.status.value, match.stage.value if match.stage else None, len(match.stage_entries)


def stage_body(target: str, **changes) -> dict:
    stage = target
    body = {"stage": stage, "date": TODAY.isoformat()}
    if stage == "contract":
        body["contract_value"] = {"amount": 2_500_000, "currency": "CNY"}
    if stage == "stopped":
        body["note"] = "Budget cut by the district"
    if stage == "operating":
        body["co2e_t_per_year"] = 1800
    return {**body, **changes}


ROLES = ("city", "company", "other_city", "other_company", "admin")
STAGES = (None, "connected", "pilot", "contract", "operating", "stopped")
ACTIONS = ("connected", "pilot", "contract", "operating", "stopped", "verify")
ORDER = ("connected", "pilot", "contract", "operating")


def expected(action: str, role: str, stage: str | None) -> tuple[int, str | None]:
    """The status code and the stage afterwards, by the contract's rules."""
    if action == "verify":  # admins only, like a decision
        if role != "admin":
            return 403, stage
        return (200, stage) if stage == "operating" else (409, stage)
    if role.startswith("other"):
        return 404, stage  # not theirs to see
    if stage is None or stage == "stopped":
        return 409, stage
    if action == "stopped" or ORDER.index(action) > ORDER.index(stage):
        return 200, action
    return 409, stage  # backwards or a repeat


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_stage_state_machine(app, client, world, api_token, action, role, stage):
    match_id = put_match(app, world, stage, status="connected" if stage else "approved", co2e_t_per_year=900)
    before = state(app, match_id)
    headers = api_token(getattr(world, role))
    if action == "verify":
        response = client.post(
            f"/api/v1/matches/{match_id}/outcome/verify", json={"note": "Meter data checked"}, headers=headers
        )
    else:
        response = client.post(f"/api/v1/matches/{match_id}/stage", json=stage_body(action), headers=headers)
    code, after = expected(action, role, stage)
    body = response.get_json()
    assert response.status_code == code, body
    if code == 200:
        assert body["stage"] == after
        if action == "verify":
            assert body["co2e_verified"] is True and state(app, match_id) == before
        else:
            assert state(app, match_id)[1:] == (after, before[2] + 1)
            assert body["stage_history"][-1]["stage"] == action
            assert body["stage_history"][-1]["organization_id"] == getattr(world, role).organization_id
    else:
        assert set(body) == {"error"} and state(app, match_id) == before


def test_a_connected_match_walks_every_stage_with_its_data(app, client, world, api_token):
    match_id = put_match(app, world, "connected")
    city, company = api_token(world.city), api_token(world.company)
    steps = [
        (city, stage_body("pilot", date=(TODAY - timedelta(days=60)).isoformat(), pilot_scope="20 buildings",
                          pilot_start=(TODAY - timedelta(days=60)).isoformat(),
                          pilot_end=(TODAY - timedelta(days=31)).isoformat())),
        (company, stage_body("contract", date=(TODAY - timedelta(days=30)).isoformat(),
                             procurement_route="tender", note="Signed with Futian district")),
        (city, stage_body("operating", co2e_t_per_year=2400, pm25_kg_per_year=130, water_m3_per_year=0)),
    ]
    for headers, body in steps:
        response = client.post(f"/api/v1/matches/{match_id}/stage", json=body, headers=headers)
        assert response.status_code == 200, response.get_json()
    match = client.get(f"/api/v1/matches/{match_id}", headers=company).get_json()
    assert match["stage"] == "operating" and match["co2e_t_per_year"] == 2400 and match["co2e_verified"] is False
    history = match["stage_history"]
    assert [line["stage"] for line in history] == ["connected", "pilot", "contract", "operating"]
    assert history[1]["pilot_scope"] == "20 buildings"
    assert history[2]["contract_value"] == {"amount": 2_500_000, "currency": "CNY"}
    assert history[2]["organization_id"] == world.company.organization_id
    assert history[3]["co2e_t_per_year"] == 2400 and history[3]["pm25_kg_per_year"] == 130
    assert match["contract_value_usd"] == pytest.approx(2_500_000 / 7.5833 * 1.0389)
    assert match["contract_value_usd_rates"] == {"date": "2024-12-31", "source": currency.rates().source}
    listed = client.get("/api/v1/matches", headers=city).get_json()["items"][0]
    assert listed["stage"] == "operating" and len(listed["stage_history"]) == 4


def test_before_connection_the_stage_is_null(app, client, world, api_token):
    match_id = put_match(app, world, None, status="approved")
    body = client.get(f"/api/v1/matches/{match_id}", headers=api_token(world.city)).get_json()
    assert body["stage"] is None and body["stage_history"] == []


def test_both_yes_connects_at_stage_connected_with_its_first_history_line(app, client, world, api_token):
    match_id = put_match(app, world, None, status="approved")
    client.post(f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=api_token(world.city))
    body = client.post(
        f"/api/v1/matches/{match_id}/respond", json={"interested": True}, headers=api_token(world.company)
    ).get_json()
    assert body["status"] == "connected" and body["stage"] == "connected"
    assert [(h["stage"], h["date"]) for h in body["stage_history"]] == [("connected", TODAY.isoformat())]


def test_a_move_is_audited_and_tells_the_other_party_only(app, client, world, api_token):
    match_id = put_match(app, world, "connected")
    client.post(f"/api/v1/matches/{match_id}/stage", json=stage_body("pilot"), headers=api_token(world.city))
    with app.app_context():
        event = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "match.stage")).scalar_one()
        assert (event.from_state, event.to_state, event.actor_id) == ("connected", "pilot", world.city.id)
        notices = db.session.execute(db.select(Notification.user_id, Notification.kind)).all()
        assert notices == [(world.company.id, "match_stage")]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": (TODAY + timedelta(days=2)).isoformat()}, "date"),
        ({"date": (LONG_AGO - timedelta(days=1)).isoformat()}, "date"),  # before the previous stage's
        ({"date": "31/12/2026"}, "date"),
        ({"date": None}, "date"),
        ({"stage": "finished", "contract_value": None}, "stage"),
        ({"contract_value": None}, "contract_value"),
        ({"contract_value": {"amount": 0, "currency": "USD"}}, "contract_value.amount"),
        ({"contract_value": {"amount": -5, "currency": "USD"}}, "contract_value.amount"),
        ({"contract_value": {"amount": "lots", "currency": "USD"}}, "contract_value.amount"),
        ({"contract_value": {"amount": 100, "currency": "XYZ"}}, "contract_value.currency"),
        ({"contract_value": {"amount": 100}}, "contract_value.currency"),
        ({"contract_value": "100 USD"}, "contract_value"),
        ({"co2e_t_per_year": -1}, "co2e_t_per_year"),
        ({"co2e_t_per_year": "much"}, "co2e_t_per_year"),
        ({"nox_kg_per_year": -3}, "nox_kg_per_year"),
        ({"procurement_route": "bribe"}, "procurement_route"),
    ],
)
def test_bad_stage_input_is_a_field_named_422_and_changes_nothing(app, client, world, api_token, changes, field):
    match_id = put_match(app, world, "pilot")
    before, events = state(app, match_id), table_count(app, AuditEvent)
    response = client.post(
        f"/api/v1/matches/{match_id}/stage", json=stage_body("contract", **changes), headers=api_token(world.city)
    )
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert state(app, match_id) == before and table_count(app, AuditEvent) == events


def test_errors_in_the_readers_language(app, client, world, api_token):
    match_id = put_match(app, world, "pilot")
    response = client.post(
        f"/api/v1/matches/{match_id}/stage",
        json=stage_body("contract", contract_value={"amount": -1, "currency": "ABC"}),
        headers={**api_token(world.city), "Accept-Language": "zh-CN"},
    )
    fields = response.get_json()["error"]["fields"]
    assert "ISO 4217" in fields["contract_value.currency"] and "货币" in fields["contract_value.currency"]
    assert "大于" in fields["contract_value.amount"]


def test_stopping_needs_a_reason(app, client, world, api_token):
    match_id = put_match(app, world, "pilot")
    response = client.post(
        f"/api/v1/matches/{match_id}/stage", json=stage_body("stopped", note=""), headers=api_token(world.company)
    )
    assert response.status_code == 422 and "note" in response.get_json()["error"]["fields"]
    assert state(app, match_id)[1] == "pilot"


def test_lower_case_currency_is_accepted_as_its_code(app, client, world, api_token):
    match_id = put_match(app, world, "pilot")
    body = stage_body("contract", contract_value={"amount": "1,000,000", "currency": "usd"})
    match = client.post(f"/api/v1/matches/{match_id}/stage", json=body, headers=api_token(world.city)).get_json()
    assert match["contract_value"] == {"amount": 1_000_000, "currency": "USD"}
    assert match["contract_value_usd"] == 1_000_000  # dollars are not converted through the euro


def test_verification_needs_an_evidence_note_and_happens_once(app, client, world, api_token):
    match_id = put_match(app, world, "operating", co2e_t_per_year=900)
    admin = api_token(world.admin)
    url = f"/api/v1/matches/{match_id}/outcome/verify"
    assert client.post(url, json={}, headers=admin).status_code == 422
    assert client.post(url, json={"note": "Meter data for 12 months"}, headers=admin).status_code == 200
    assert client.post(url, json={"note": "Again"}, headers=admin).status_code == 409
    with app.app_context():
        match = db.session.get(Match, match_id)
        assert match.verification_note == "Meter data for 12 months" and match.verified_by_id == world.admin.id


def test_nothing_reported_nothing_to_verify(app, client, world, api_token):
    match_id = put_match(app, world, "operating")
    url = f"/api/v1/matches/{match_id}/outcome/verify"
    assert client.post(url, json={"note": "Checked"}, headers=api_token(world.admin)).status_code == 409


# --- impact ---------------------------------------------------------------------------------


def test_impact_figures_keep_reported_estimated_and_verified_apart(
    app, client, world, api_token, make_technology, make_need
):
    # The world's pair: operating, reported 900 t, verified. A second technology: contract, no
    # reported figure, so its estimate (3000 t) counts in the pipeline. A third: pilot, not counted.
    put_match(app, world, "operating", co2e_t_per_year=900, co2e_verified=True, contract_amount=1_000_000,
              contract_currency="USD")
    second, third = make_technology(world.company, name="GridFlex B"), make_technology(world.company, name="GridFlex C")
    make_need(world.city, co2e_target_t_per_year=5000)
    with app.app_context():
        for technology_id, stage in ((second, MatchStage.CONTRACT), (third, MatchStage.PILOT)):
            db.session.add(Match(need_id=world.need_id, technology_id=technology_id, status=MatchStatus.CONNECTED,
                                 origin=MatchOrigin.REQUEST, stage=stage, contract_amount=7_583_300,
                                 contract_currency="CNY"))
        db.session.commit()
    url = f"/api/v1/organizations/{world.city.organization_id}/impact"
    body = client.get(url, headers=api_token(world.city)).get_json()
    assert body["target_t_per_year"] == 15000
    assert body["pipeline_t_per_year"] == 3900
    assert body["operating_t_per_year"] == 900 and body["verified_t_per_year"] == 900
    assert body["contract_value_usd"] == pytest.approx(1_000_000 + 1_038_900)
    assert body["rates"]["date"] == "2024-12-31" and body["rates"]["source"].startswith("European Central Bank")
    assert client.get(url, headers=api_token(world.admin)).status_code == 200
    for outsider in (world.other_city, world.company):
        assert client.get(url, headers=api_token(outsider)).status_code == 403


def test_impact_of_a_reported_but_unverified_figure_is_not_verified(app, client, world, api_token):
    put_match(app, world, "operating", co2e_t_per_year=900)
    body = client.get(
        f"/api/v1/organizations/{world.city.organization_id}/impact", headers=api_token(world.city)
    ).get_json()
    assert (body["operating_t_per_year"], body["verified_t_per_year"]) == (900, 0)


def test_a_stopped_match_leaves_the_pipeline(app, client, world, api_token):
    put_match(app, world, "stopped", co2e_t_per_year=900)
    body = client.get(
        f"/api/v1/organizations/{world.city.organization_id}/impact", headers=api_token(world.city)
    ).get_json()
    assert body["pipeline_t_per_year"] == 0


# --- showcase -------------------------------------------------------------------------------


def consent(client, headers, match_id, yes=True, **words):
    return client.post(f"/api/v1/matches/{match_id}/showcase", json={"consent": yes, **words}, headers=headers)


def test_showcase_needs_both_consents_contract_and_an_admin(app, client, world, api_token):
    match_id = put_match(app, world, "pilot", co2e_t_per_year=900)
    city, company, admin = api_token(world.city), api_token(world.company), api_token(world.admin)
    publish = f"/api/v1/matches/{match_id}/showcase/publish"
    city_words = {"story": "Our buses run clean.", "story_zh": "我们的公交很干净。"}
    assert consent(client, city, match_id, **city_words).status_code == 200
    assert client.post(publish, headers=admin).status_code == 409  # one consent only
    assert consent(client, company, match_id, story="A proud deployment.").status_code == 200
    assert client.post(publish, headers=admin).status_code == 409  # before contract
    client.post(f"/api/v1/matches/{match_id}/stage", json=stage_body("contract"), headers=city)
    assert client.post(publish, headers=city).status_code == 403
    published = client.post(publish, headers=admin)
    assert published.status_code == 200 and published.get_json()["published"] is True
    page = client.get("/api/v1/showcase").get_json()
    assert page["total"] == 1
    story = page["items"][0]
    assert story["match_id"] == match_id and story["stage"] == "contract" and story["year"] == TODAY.year
    assert story["story"] == "Our buses run clean.\n\nA proud deployment."
    assert story["story_zh"] == "我们的公交很干净。"
    assert story["categories"] == ["smart-grid"] and story["co2e_t_per_year"] == 900
    assert client.get("/api/v1/showcase?country=cn").get_json()["total"] == 1
    assert client.get("/api/v1/showcase?country=US").get_json()["total"] == 0
    assert client.get("/api/v1/showcase?category=transport").get_json()["total"] == 0
    # Withdrawn consent takes the story out at once.
    consent(client, company, match_id, yes=False)
    assert client.get("/api/v1/showcase").get_json()["total"] == 0


def test_a_stopped_match_is_not_shown(app, client, world, api_token):
    match_id = put_match(app, world, "contract")
    for party in (world.city, world.company):
        consent(client, api_token(party), match_id)
    client.post(f"/api/v1/matches/{match_id}/showcase/publish", headers=api_token(world.admin))
    assert client.get("/api/v1/showcase").get_json()["total"] == 1
    client.post(f"/api/v1/matches/{match_id}/stage", json=stage_body("stopped"), headers=api_token(world.city))
    assert client.get("/api/v1/showcase").get_json()["total"] == 0


@pytest.mark.parametrize("role", ["admin", "other_city", "other_company"])
def test_only_a_party_consents(app, client, world, api_token, role):
    match_id = put_match(app, world, "contract")
    response = consent(client, api_token(getattr(world, role)), match_id)
    assert response.status_code == (403 if role == "admin" else 404)


def test_consent_needs_a_yes_or_no(app, client, world, api_token):
    match_id = put_match(app, world, "contract")
    response = client.post(f"/api/v1/matches/{match_id}/showcase", json={"story": "x"}, headers=api_token(world.city))
    assert response.status_code == 422 and "consent" in response.get_json()["error"]["fields"]


# --- two parties at once ----------------------------------------------------------------------


def test_two_parties_moving_at_once_one_wins(app, world, api_token):
    """Both parties move the same connected match to pilot in two threads: one 200, one 409, one
    history line (on PostgreSQL both may read "connected" first: the conditional UPDATE decides)."""
    match_id = put_match(app, world, "connected")
    headers = {"city": api_token(world.city), "company": api_token(world.company)}
    barrier = threading.Barrier(2)
    codes: dict[str, int] = {}

    def move(side: str, stage: str) -> None:
        client = app.test_client()
        barrier.wait()
        codes[side] = client.post(f"/api/v1/matches/{match_id}/stage", json=stage_body(stage),
                                  headers=headers[side]).status_code

    threads = [threading.Thread(target=move, args=(side, "pilot")) for side in ("city", "company")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes.values()) == [200, 409]
    _status, stage, lines = state(app, match_id)
    assert lines == 2 and stage == "pilot"
    with app.app_context():
        winner = db.session.execute(db.select(StageEntry).where(StageEntry.stage == MatchStage.PILOT)).scalar_one()
        side = "city" if codes["city"] == 200 else "company"
        assert winner.organization_id == getattr(world, side).organization_id
