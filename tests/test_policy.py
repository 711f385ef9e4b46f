"""The rule book as tables, on real rows: every predicate against the expected verdict for each
role × ownership × state × verification, and every SQL twin against its predicate."""

from __future__ import annotations

import itertools

import pytest

from matchmaker.extensions import db
from matchmaker.models import (
    Match,
    MatchOrigin,
    MatchStatus,
    Need,
    NeedStatus,
    Organization,
    Technology,
    TechnologyStatus,
    User,
)
from matchmaker.services import matches, policy

# The viewers: an owner's member, a member of another organisation of each kind, an admin, nobody.
VIEWERS = ("owner", "other_company", "other_city", "admin", "anonymous")


@pytest.fixture
def people(make_user):
    """Users by name; the record owners are made verified or not per test."""
    return {
        "company": make_user("company"),
        "unverified_company": make_user("company", verified=False),
        "city": make_user("city"),
        "unverified_city": make_user("city", verified=False),
        "other_company": make_user("company"),
        "other_city": make_user("city"),
        "admin": make_user("admin"),
    }


def load(user: User | None) -> User | None:
    return None if user is None else db.session.get(User, user.id)


def viewer(people, name: str, owner: User) -> User | None:
    return {"owner": owner, "anonymous": None}.get(name, people.get(name))


def visible_for_everyone(status_is_public: bool, verified: bool) -> bool:
    return status_is_public and verified


@pytest.mark.parametrize("verified", [True, False])
@pytest.mark.parametrize("status", list(TechnologyStatus))
@pytest.mark.parametrize("who", VIEWERS)
def test_technology_rules(app, people, make_technology, who, status, verified):
    owner = people["company" if verified else "unverified_company"]
    technology_id = make_technology(owner, status=status.value)
    public = visible_for_everyone(status is TechnologyStatus.PUBLISHED, verified)
    expected_view = public or who in ("owner", "admin")
    expected_edit = who in ("owner", "admin")  # admins moderate (contract: "owner or admin writes")
    with app.app_context():
        user = load(viewer(people, who, owner))
        technology = db.session.get(Technology, technology_id)
        assert policy.is_public_technology(technology) is public
        assert policy.can_view_technology(user, technology) is expected_view
        assert policy.can_edit_technology(user, technology) is expected_edit
        in_sql = db.session.execute(
            db.select(Technology.id)
            .join(Organization, Organization.id == Technology.organization_id)
            .where(policy.public_technology_clause(), Technology.id == technology_id)
        ).first()
        assert (in_sql is not None) is public, "the SQL twin agrees with the predicate"


@pytest.mark.parametrize("verified", [True, False])
@pytest.mark.parametrize("status", list(NeedStatus))
@pytest.mark.parametrize("who", VIEWERS)
def test_need_rules(app, people, make_need, who, status, verified):
    owner = people["city" if verified else "unverified_city"]
    need_id = make_need(owner, status=status.value, outcome="Done" if status is NeedStatus.CLOSED else None)
    public = visible_for_everyone(status is NeedStatus.OPEN, verified)
    with app.app_context():
        user = load(viewer(people, who, owner))
        need = db.session.get(Need, need_id)
        assert policy.is_public_need(need) is public
        assert policy.can_view_need(user, need) is (public or who in ("owner", "admin"))
        assert policy.can_edit_need(user, need) is (who in ("owner", "admin"))
        assert policy.can_see_suggestions(user, need) is (who in ("owner", "admin"))
        in_sql = db.session.execute(
            db.select(Need.id)
            .join(Organization, Organization.id == Need.organization_id)
            .where(policy.public_need_clause(), Need.id == need_id)
        ).first()
        assert (in_sql is not None) is public


@pytest.mark.parametrize(
    ("who", "creates_technology", "creates_need", "verifies"),
    [
        ("anonymous", False, False, False),
        ("company", True, False, False),
        ("city", False, True, False),
        ("admin", False, False, True),
    ],
)
def test_who_creates_and_verifies(app, people, who, creates_technology, creates_need, verifies):
    with app.app_context():
        user = load(people.get(who))
        assert policy.can_create_technology(user) is creates_technology
        assert policy.can_create_need(user) is creates_need
        assert policy.can_verify_organizations(user) is verifies


# --- matches: every state x who asked x viewer ------------------------------------------------

ASKERS = (None, "city", "company")
MATCH_VIEWERS = ("city", "company", "other_city", "other_company", "admin", "anonymous")


def expected_match_view(who: str, status: MatchStatus, asked_by: str | None) -> bool:
    """The contract's words: a city sees its needs' matches; a company once approved, or if it
    asked; admins everything."""
    if who in ("admin", "city"):
        return True
    if who == "company":
        return status in (MatchStatus.APPROVED, MatchStatus.CONNECTED, MatchStatus.DECLINED) or asked_by == "company"
    return False


@pytest.fixture
def every_match(app, people, make_need, make_technology):
    """One match per (state, asker), each on a pair of its own: {(state, asker): match id}."""
    need_ids = {}
    ids = {}
    for status, asked_by in itertools.product(MatchStatus, ASKERS):
        need_ids[(status, asked_by)] = make_need(people["city"], title=f"Need {status.value} {asked_by}")
    technology_id = make_technology(people["company"])
    with app.app_context():
        for (status, asked_by), need_id in need_ids.items():
            asker = people.get(asked_by) if asked_by else None
            match = Match(
                need_id=need_id,
                technology_id=technology_id,
                status=status,
                origin=MatchOrigin.ENGINE,
                requested_by_id=asker.id if asker else None,
            )
            db.session.add(match)
            db.session.flush()
            ids[(status, asked_by)] = match.id
        db.session.commit()
    return ids


@pytest.mark.parametrize("who", MATCH_VIEWERS)
def test_match_visibility_predicate_and_sql_twin_agree(app, people, every_match, who):
    with app.app_context():
        user = load(people.get(who))
        seen_by_sql = (
            set(db.session.execute(matches.visible_matches_statement(user).with_only_columns(Match.id)).scalars())
            if user
            else set()
        )
        for (status, asked_by), match_id in every_match.items():
            match = db.session.get(Match, match_id)
            expected = expected_match_view(who, status, asked_by)
            assert policy.can_view_match(user, match) is expected, (who, status, asked_by)
            assert (match_id in seen_by_sql) is expected, (who, status, asked_by)
            clause_hit = db.session.execute(
                db.select(Match.id)
                .join(Match.need)
                .join(Match.technology)
                .where(policy.visible_matches_clause(user), Match.id == match_id)
            ).first()
            assert (clause_hit is not None) is expected


@pytest.mark.parametrize("who", MATCH_VIEWERS)
def test_allowed_actions_for_every_state(app, people, every_match, who):
    """What the pages offer, per state: deciding (admins, open matches), answering (a party,
    approved, not yet answered), writing (parties and admins, connected), contacts (introduced)."""
    with app.app_context():
        user = load(people.get(who))
        for (status, asked_by), match_id in every_match.items():
            actions = policy.allowed_actions(user, db.session.get(Match, match_id))
            visible = expected_match_view(who, status, asked_by)
            party = who in ("city", "company") and visible
            introduced = status in (MatchStatus.APPROVED, MatchStatus.CONNECTED, MatchStatus.DECLINED)
            expected = set()
            if who == "admin" and status in (MatchStatus.SUGGESTED, MatchStatus.REQUESTED):
                expected.add("decide")
            if party and status is MatchStatus.APPROVED:
                expected.add("answer")
            if (party or who == "admin") and status is MatchStatus.CONNECTED:
                expected.add("write")
            if party or who == "admin":
                expected.add("read_thread")
            if (party and introduced) or who == "admin":
                expected.add("see_contacts")
            if who in ("city", "company") and status is MatchStatus.SUGGESTED:
                expected.add("request")
            if status is MatchStatus.CONNECTED:  # after connection: stages and the showcase
                if party:
                    expected |= {"move_stage", "consent"}
                elif who == "admin":
                    expected |= {"move_stage", "publish"}
            assert actions == expected, (who, status, asked_by)
