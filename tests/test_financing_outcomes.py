"""Connected financing in the outcomes pipeline (issue 11): a match's contract names the
connected financing match that paid for it; the match's outcome shows it and the investor sees
what its financing led to. API and pages, bad input named at its field with nothing changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from flask_babel import force_locale

from matchmaker.extensions import db
from matchmaker.models import (
    FinancingMatch,
    Match,
    MatchOrigin,
    MatchStage,
    MatchStatus,
    Notification,
    StageEntry,
    User,
)
from matchmaker.services import financing, funds, notifications, policy

from .test_financing_api import FUND

TODAY = date.today()


@dataclass
class World:
    city: User
    company: User
    investor: User
    admin: User
    match_id: int
    financing_id: int  # connected, for the match's technology
    need_id: int
    technology_id: int


def _financing(app, investor: User, admin: User, recipient: User, target: dict, answer: bool | None = True) -> int:
    """A financing match of a new fund of ``investor`` for ``target``: approved, then answered."""
    with app.app_context():
        fund = funds.create_fund(db.session.get(User, investor.id), FUND)
        db.session.flush()
        row, _new = financing.express_interest(db.session.get(User, investor.id), fund, target)
        financing.decide(db.session.get(User, admin.id), row.id, True)
        if answer is not None:
            financing.respond(db.session.get(User, recipient.id), row.id, answer)
        db.session.commit()
        return row.id


def _match(app, need_id: int, technology_id: int, stage: str = "pilot") -> int:
    with app.app_context():
        match = Match(need_id=need_id, technology_id=technology_id, status=MatchStatus.CONNECTED,
                      origin=MatchOrigin.REQUEST, stage=MatchStage(stage), city_interested=True,
                      company_interested=True)
        db.session.add(match)
        db.session.flush()
        for days, step in enumerate(("connected", "pilot")[: 1 + (stage == "pilot")]):
            db.session.add(StageEntry(match_id=match.id, stage=MatchStage(step),
                                      date=TODAY - timedelta(days=100 - days)))
        db.session.commit()
        return match.id


@pytest.fixture
def world(app, make_user, make_need, make_technology) -> World:
    city = make_user("city", country="CN", region="CN-GD")
    company, investor, admin = make_user("company"), make_user("investor"), make_user("admin")
    need_id = make_need(city, funding="seeking_finance", finance_sought_usd=5_000_000)
    technology_id = make_technology(company, seeking_investment_usd=4_000_000)
    financing_id = _financing(app, investor, admin, company, {"technology_id": technology_id})
    return World(city, company, investor, admin, _match(app, need_id, technology_id), financing_id, need_id,
                 technology_id)


def contract(**changes) -> dict:
    return {"stage": "contract", "date": TODAY.isoformat(),
            "contract_value": {"amount": 2_000_000, "currency": "USD"}, **changes}


def history(app, match_id: int) -> list[tuple[str, int | None]]:
    with app.app_context():
        match = db.session.get(Match, match_id)
        return [(entry.stage.value, entry.financing_match_id) for entry in match.stage_entries]


def test_a_contract_names_its_financing_and_the_investor_sees_what_it_led_to(app, client, world, api_token):
    moved = client.post(f"/api/v1/matches/{world.match_id}/stage", json=contract(financing_id=world.financing_id),
                        headers=api_token(world.company))
    body = moved.get_json()
    assert moved.status_code == 200, body
    assert body["stage_history"][-1]["financing_id"] == world.financing_id
    assert body["financing"]["id"] == world.financing_id and body["financing"]["fund"] == FUND["name"]
    # The investor is told, in the app, with a link to its financing match.
    with app.app_context():
        told = db.session.execute(
            db.select(Notification).where(Notification.user_id == world.investor.id,
                                          Notification.kind == "financing_contract")
        ).scalars().all()
        assert [n.link for n in told] == [f"/financing/{world.financing_id}"]
        with force_locale("zh"):
            subject, body = notifications.render(told[0])
        assert subject.startswith("一份合同注明了您的融资") and FUND["name"] in body
    # The other party sees it on the match too.
    seen = client.get(f"/api/v1/matches/{world.match_id}", headers=api_token(world.city)).get_json()
    assert seen["financing"]["investor"].startswith("Investor Org")
    # The investor's financing match lists what it led to, and follows the match onwards.
    client.post(f"/api/v1/matches/{world.match_id}/stage",
                json={"stage": "operating", "date": TODAY.isoformat(), "co2e_t_per_year": 1200},
                headers=api_token(world.city))
    led = client.get(f"/api/v1/financing/{world.financing_id}", headers=api_token(world.investor)).get_json()["led_to"]
    assert [(o["match_id"], o["stage"], o["co2e_t_per_year"]) for o in led] == [(world.match_id, "operating", 1200)]
    assert led[0]["contract_value"] == {"amount": 2_000_000, "currency": "USD"}
    listed = client.get("/api/v1/financing", headers=api_token(world.investor)).get_json()["items"]
    assert [o["match_id"] for o in listed[0]["led_to"]] == [world.match_id]


def test_a_contract_without_financing_names_none(app, client, world, api_token):
    body = client.post(f"/api/v1/matches/{world.match_id}/stage", json=contract(),
                       headers=api_token(world.company)).get_json()
    assert body["financing"] is None and body["stage_history"][-1]["financing_id"] is None
    led = client.get(f"/api/v1/financing/{world.financing_id}", headers=api_token(world.investor)).get_json()
    assert led["led_to"] == []


def _other_financing(app, world, make_user, make_technology, kind: str) -> int:
    """Financing matches a contract of the world's match may not name."""
    if kind == "unknown":
        return 99_999
    if kind == "other technology":  # the same company's other technology
        other = make_technology(world.company, name="GridFlex storage", seeking_investment_usd=3_000_000)
        return _financing(app, world.investor, world.admin, world.company, {"technology_id": other})
    if kind == "not connected":
        return _financing(app, world.investor, world.admin, world.company,
                          {"technology_id": world.technology_id}, answer=None)
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "mover", "body", "message"),
    [
        ("world", "company", {"stage": "operating", "date": TODAY.isoformat()}, "Only a contract"),
        ("unknown", "company", None, "No such financing match"),
        ("world", "city", None, "No such financing match"),  # the company's financing: not the city's to see
        ("other technology", "company", None, "not for this match"),
        ("not connected", "company", None, "Only a connected financing match"),
    ],
)
def test_a_contract_naming_the_wrong_financing_is_refused_at_its_field(
    app, client, world, api_token, make_user, make_technology, kind, mover, body, message
):
    financing_id = world.financing_id if kind == "world" else _other_financing(
        app, world, make_user, make_technology, kind)
    before = history(app, world.match_id)
    response = client.post(f"/api/v1/matches/{world.match_id}/stage",
                           json={**(body or contract()), "financing_id": financing_id},
                           headers=api_token(getattr(world, mover)))
    assert response.status_code == 422, response.get_json()
    assert message in response.get_json()["error"]["fields"]["financing_id"]
    assert history(app, world.match_id) == before


def test_the_refusal_is_in_chinese_for_a_chinese_reader(client, world, api_token):
    response = client.post(f"/api/v1/matches/{world.match_id}/stage", json=contract(financing_id=99_999),
                           headers={**api_token(world.company), "Accept-Language": "zh"})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["financing_id"] == "没有这个融资匹配。"


def test_a_city_names_the_financing_of_its_need(app, client, world, api_token, make_user):
    need_financing = _financing(app, make_user("investor"), world.admin, world.city, {"need_id": world.need_id})
    response = client.post(f"/api/v1/matches/{world.match_id}/stage", json=contract(financing_id=need_financing),
                           headers=api_token(world.city))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["financing"]["id"] == need_financing


# Who may name a financing match on a contract: those who may see it (role x financing state).
NAMING = [
    ("admin", "connected", True),
    ("company", "connected", True),  # the recipient
    ("company", "requested", False),  # the recipient sees it only once approved
    ("city", "connected", False),  # the company's financing is not the city's
    ("investor", "connected", True),  # its own (but an investor is no party of the match: 404 there)
]


@pytest.mark.parametrize(("role", "status", "allowed"), NAMING)
def test_the_rule_book_says_who_names_a_financing(app, world, role, status, allowed):
    with app.app_context():
        row = db.session.get(FinancingMatch, world.financing_id)
        row.status = MatchStatus(status)
        assert policy.can_name_financing(db.session.get(User, getattr(world, role).id), row) is allowed


def test_the_stage_form_offers_the_financing_and_the_pages_show_it(app, client, world, login, form_post):
    login(world.company)
    page = f"/matches/{world.match_id}"
    form = client.get(page).get_data(as_text=True)
    assert 'name="financing_id"' in form and FUND["name"] in form
    response = form_post(f"{page}/stage", {"stage": "contract", "date": TODAY.isoformat(),
                                           "contract_value.amount": "2000000", "contract_value.currency": "USD",
                                           "financing_id": str(world.financing_id)},
                         page=page, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and 'id="financed-by"' in html
    assert history(app, world.match_id)[-1] == ("contract", world.financing_id)
    login(world.investor)
    dashboard = client.get("/investor/").get_data(as_text=True)
    assert "What your financing led to" in dashboard and 'id="led-to"' in dashboard
    assert "2,000,000 USD" in dashboard
    chinese = client.get("/investor/?lang=zh").get_data(as_text=True)
    assert "您的融资促成了什么" in chinese
    detail = client.get(f"/financing/{world.financing_id}?lang=en").get_data(as_text=True)
    assert "What this financing led to" in detail and 'id="led-to"' in detail


def test_a_bad_financing_on_the_form_is_named_at_its_field(app, client, world, login, form_post):
    login(world.company)
    page = f"/matches/{world.match_id}"
    response = form_post(f"{page}/stage", {"stage": "pilot", "date": TODAY.isoformat(),
                                           "financing_id": str(world.financing_id)}, page=page)
    assert response.status_code == 422
    assert "Only a contract names the financing" in response.get_data(as_text=True)
    assert history(app, world.match_id)[-1] == ("pilot", None)


def test_another_investor_does_not_see_what_someone_elses_financing_led_to(app, client, world, login, api_token,
                                                                          make_user):
    client.post(f"/api/v1/matches/{world.match_id}/stage", json=contract(financing_id=world.financing_id),
                headers=api_token(world.company))
    login(make_user("investor"))
    assert 'id="led-to"' not in client.get("/investor/").get_data(as_text=True)
    assert client.get(f"/financing/{world.financing_id}").status_code == 404
