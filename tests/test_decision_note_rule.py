"""One rule for the admins' internal decision note (policy.can_read_decision_note), for a match
and a financing match alike, in the API and on the pages: role x kind x surface."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, MatchOrigin, MatchStatus, User
from matchmaker.services import financing, funds, matches, policy

from .test_financing_api import FUND

INTERNAL = "Internal: the board doubts the unit economics"


@pytest.fixture
def world(app, make_user, make_need, make_technology):
    """An approved match (city x company) and an approved financing match (investor x company),
    both decided with the internal note."""
    people = {
        "admin": make_user("admin"),
        "city": make_user("city", country="CN", region="CN-GD"),
        "company": make_user("company"),
        "investor": make_user("investor"),
    }
    need_id = make_need(people["city"])
    technology_id = make_technology(people["company"], seeking_investment_usd=4_000_000)
    with app.app_context():
        admin = db.session.get(User, people["admin"].id)
        match = Match(need_id=need_id, technology_id=technology_id, status=MatchStatus.REQUESTED,
                      origin=MatchOrigin.REQUEST, requested_by_id=people["city"].id)
        db.session.add(match)
        fund = funds.create_fund(db.session.get(User, people["investor"].id), FUND)
        db.session.flush()
        row, _new = financing.express_interest(db.session.get(User, people["investor"].id), fund,
                                               {"technology_id": technology_id})
        matches.decide(admin, match.id, True, INTERNAL)
        financing.decide(admin, row.id, True, INTERNAL)
        db.session.commit()
        ids = {"match": match.id, "financing": row.id}
    return people, ids


# Who may read the internal note: admins only, whichever kind of match and whoever is a party.
TABLE = [
    ("match", "admin", True),
    ("match", "city", False),
    ("match", "company", False),
    ("financing", "admin", True),
    ("financing", "investor", False),
    ("financing", "company", False),
]
API = {"match": "/api/v1/matches/{}", "financing": "/api/v1/financing/{}"}
PAGE = {"match": "/matches/{}", "financing": "/financing/{}"}
MODEL = {"match": Match, "financing": financing.FinancingMatch}


@pytest.mark.parametrize(("kind", "role", "reads"), TABLE)
def test_the_rule_book_says_who_reads_the_decision_note(app, world, kind, role, reads):
    people, ids = world
    with app.app_context():
        row = db.session.get(MODEL[kind], ids[kind])
        assert policy.can_read_decision_note(db.session.get(User, people[role].id), row) is reads


@pytest.mark.parametrize(("kind", "role", "reads"), TABLE)
def test_the_api_sends_the_decision_note_only_where_the_rule_allows(client, api_token, world, kind, role, reads):
    people, ids = world
    response = client.get(API[kind].format(ids[kind]), headers=api_token(people[role]))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["decision_note"] == (INTERNAL if reads else None)


@pytest.mark.parametrize(("kind", "role", "reads"), TABLE)
def test_the_page_shows_the_decision_note_only_where_the_rule_allows(client, login, world, kind, role, reads):
    people, ids = world
    login(people[role])
    response = client.get(PAGE[kind].format(ids[kind]))
    assert response.status_code == 200
    assert (INTERNAL in response.get_data(as_text=True)) is reads
