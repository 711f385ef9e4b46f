"""The investor's pages, the fund directory and a financing match's page (bilingual)."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import FinancingMatch, Fund, Need, User
from matchmaker.services import financing, funds

from .helpers import PASSWORD, table_count
from .test_financing_api import FUND

FORM = {
    "name": "Pacific Bridge Clean-Tech Fund",
    "description": "Equity for grid start-ups.",
    "categories": ["smart-grid"],
    "regions": "US-CA, CN",
    "ticket_min": "1000000",
    "ticket_max": "10000000",
    "instruments": ["equity"],
    "targets": ["technologies", "needs"],
    "min_trl": "6",
}


@pytest.fixture
def investor(make_user):
    return make_user("investor")


def test_sign_up_as_an_investor_on_the_page(client, form_post):
    response = form_post(
        "/signup",
        {
            "role": "investor",
            "email": "gp@greenbank.example",
            "password": PASSWORD,
            "name": "Golden State Green Bank",
            "country": "US",
            "region": "US-CA",
        },
    )
    assert response.status_code == 302 and response.headers["Location"] == "/dashboard"
    assert client.get("/dashboard").headers["Location"] == "/investor/"
    page = client.get("/investor/").get_data(as_text=True)
    assert "Golden State Green Bank" in page and "Waiting for verification." in page


def test_an_investor_describes_a_fund_and_sees_it_public(app, client, login, investor, form_post):
    login(investor)
    response = form_post("/investor/funds/new", FORM)
    assert response.status_code == 302
    with app.app_context():
        fund = db.session.execute(db.select(Fund)).scalar_one()
        assert fund.ticket_usd == (1_000_000, 10_000_000) and fund.regions == ["US-CA", "CN"]
    listing = client.get("/funds").get_data(as_text=True)
    assert FORM["name"] in listing
    detail = client.get(f"/funds/{fund.id}?lang=zh").get_data(as_text=True)
    assert "投资额度" in detail or "股权" in detail


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ticket_min": "9000000", "ticket_max": "1000000"}, "The minimum must not be above the maximum."),
        ({"ticket_min": "0"}, "Enter a value of at least 1."),
        ({"categories": []}, "Choose at least one category."),
        ({"instruments": ["shares"]}, "Choose one of: equity, debt, grant, guarantee."),
    ],
)
def test_bad_fund_form_shows_the_error_at_its_field(app, client, login, investor, form_post, change, message):
    login(investor)
    response = form_post("/investor/funds/new", {**FORM, **change}, page="/investor/funds/new")
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert FORM["name"] in response.get_data(as_text=True)  # what was typed is kept
    assert table_count(app, Fund) == 0


def test_bad_fund_form_in_chinese(client, login, investor, form_post):
    login(investor)
    response = form_post(
        "/investor/funds/new?lang=zh",
        {**FORM, "ticket_min": "9", "ticket_max": "1"},
        page="/investor/funds/new?lang=zh",
    )
    assert response.status_code == 422
    assert "最小值不能大于最大值" in response.get_data(as_text=True)


def test_a_need_form_records_finance_sought_and_its_checklist(app, client, login, make_user, form_post):
    city = make_user("city", country="CN", region="CN-GD")
    login(city)
    form = {
        "title": "Shore power at Shekou port",
        "main_category": "green-transportation",
        "description": "Shore power for 12 berths.",
        "goal": "both",
        "funding": "seeking_finance",
        "finance_sought": "25000000",
        "bankability": ["feasibility_study", "permits"],
        "procurement_stage": "exploring",
        "status": "open",
    }
    response = form_post("/city/needs/new", form)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    with app.app_context():
        need = db.session.execute(db.select(Need)).scalar_one()
        assert need.finance_sought_usd == 25_000_000
        assert funds.readiness(need.bankability) == 2 and need.bankability["permits"] is True
    page = client.get(f"/needs/{need.id}").get_data(as_text=True)
    assert "2 of 5 ready" in page


def _fund_with_interest(app, investor, company_user, make_technology, status_after=None):
    technology_id = make_technology(company_user, seeking_investment_usd=4_000_000)
    with app.app_context():
        user = db.session.get(User, investor.id)
        fund = funds.create_fund(user, FUND)
        db.session.flush()
        row, _ = financing.express_interest(user, fund, {"technology_id": technology_id})
        db.session.commit()
        return fund.id, row.id, technology_id


def test_suggestions_page_offers_interest_and_the_company_sees_the_contact_after_approval(
    app, client, login, investor, make_user, make_technology, form_post
):
    company = make_user("company")
    technology_id = make_technology(company, seeking_investment_usd=4_000_000)
    with app.app_context():
        fund = funds.create_fund(db.session.get(User, investor.id), FUND)
        db.session.commit()
        fund_id = fund.id
    login(investor)
    page = client.get(f"/investor/funds/{fund_id}/suggestions").get_data(as_text=True)
    assert "Express interest" in page and "GridFlex" in page
    response = form_post(
        f"/investor/funds/{fund_id}/interest",
        {"kind": "technology", "id": str(technology_id)},
        page=f"/investor/funds/{fund_id}/suggestions",
    )
    assert response.status_code == 302
    with app.app_context():
        financing_id = db.session.execute(db.select(FinancingMatch.id)).scalar_one()
    # The company does not see it yet.
    login(company)
    assert client.get(f"/financing/{financing_id}").status_code == 404
    admin = make_user("admin")
    with app.app_context():
        financing.decide(db.session.get(User, admin.id), financing_id, True)
        db.session.commit()
    page = client.get(f"/financing/{financing_id}").get_data(as_text=True)
    assert investor.email in page and "Yes, interested" in page
    answered = form_post(
        f"/financing/{financing_id}/respond", {"interested": "true"}, page=f"/financing/{financing_id}"
    )
    assert answered.status_code == 302
    assert "Connected" in client.get(f"/financing/{financing_id}").get_data(as_text=True)


def test_an_investor_never_opens_another_investors_financing_match(
    app, client, login, investor, make_user, make_technology
):
    _fund_id, financing_id, _tid = _fund_with_interest(app, investor, make_user("company"), make_technology)
    login(make_user("investor"))
    assert client.get(f"/financing/{financing_id}").status_code == 404
    login(investor)
    assert client.get(f"/financing/{financing_id}").status_code == 200


def test_the_admin_queue_shows_financing_with_a_kind_filter_and_decides_in_bulk(
    app, client, login, investor, make_user, make_technology, form_post
):
    _fund_id, financing_id, _tid = _fund_with_interest(app, investor, make_user("company"), make_technology)
    login(make_user("admin"))
    plain = client.get("/admin/matches").get_data(as_text=True)
    assert FUND["name"] not in plain  # the default kind: need x technology matches
    queue = client.get("/admin/matches?kind=financing").get_data(as_text=True)
    assert FUND["name"] in queue and 'name="kind" value="financing"' in queue
    assert FUND["name"] not in client.get("/admin/matches?kind=financing&country=CN").get_data(as_text=True)
    refused = form_post(
        "/admin/matches/bulk",
        {"kind": "financing", "match_id": str(financing_id), "decision": "reject"},
        page="/admin/matches?kind=financing",
    )
    assert refused.status_code == 302
    with app.app_context():
        assert db.session.get(FinancingMatch, financing_id).status.value == "requested"  # a rejection needs a note
    done = form_post(
        "/admin/matches/bulk",
        {"kind": "financing", "match_id": str(financing_id), "decision": "approve"},
        page="/admin/matches?kind=financing",
    )
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(FinancingMatch, financing_id).status.value == "approved"
    one = form_post(
        f"/admin/matches/{financing_id}/decide",
        {"kind": "financing", "decision": "reject", "note": "Too late"},
        page="/admin/matches?kind=financing",
    )
    assert one.status_code == 302
    with app.app_context():
        assert db.session.get(FinancingMatch, financing_id).status.value == "approved"  # 409: decided already


def test_financing_insights_show_capital_sought_and_offered_with_a_csv(
    app, client, login, investor, make_user, make_technology
):
    _fund_with_interest(app, investor, make_user("company"), make_technology)
    login(make_user("admin"))
    page = client.get("/admin/insights/financing").get_data(as_text=True)
    assert 'data-chart="capital"' in page and 'data-key="smart-grid"' in page
    csv = client.get("/admin/insights/financing.csv").get_data(as_text=True)
    assert "categories.sought_usd,smart-grid,4000000.0" in csv
    assert "categories.offered_usd,smart-grid,10000000.0" in csv
    assert "financing_state,requested,1" in csv
    login(investor)
    assert client.get("/admin/insights/financing").status_code == 403
