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
    NeedPartner,
    NeedStatus,
    Organization,
    PartnerStatus,
    TeamRole,
    Technology,
    TechnologyStatus,
    User,
)
from matchmaker.services import matches, policy

# The viewers: an owner's member, a member of another organisation of each kind, an admin, nobody.
VIEWERS = ("owner", "other_company", "other_city", "other_investor", "admin", "anonymous")


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
        "investor": make_user("investor"),
        "unverified_investor": make_user("investor", verified=False),
        "other_investor": make_user("investor"),
        "admin": make_user("admin"),
        # Joint needs: a city that accepted to share the owner city's needs, one only invited.
        "partner_city": make_user("city"),
        "invited_city": make_user("city"),
    }


def load(user: User | None) -> User | None:
    return None if user is None else db.session.get(User, user.id)


def viewer(people, name: str, owner: User) -> User | None:
    return {"owner": owner, "anonymous": None}.get(name, people.get(name))


def visible_for_everyone(status_is_public: bool, verified: bool) -> bool:
    return status_is_public and verified


def set_status(app, model, record_id, status) -> None:
    with app.app_context():
        db.session.get(model, record_id).status = status
        db.session.commit()


@pytest.mark.parametrize("verified", [True, False])
@pytest.mark.parametrize("status", list(TechnologyStatus))
@pytest.mark.parametrize("who", VIEWERS)
def test_technology_rules(app, people, make_technology, who, status, verified):
    owner = people["company" if verified else "unverified_company"]
    settable = status if status is not TechnologyStatus.EXPIRED else TechnologyStatus.PUBLISHED
    technology_id = make_technology(owner, status=settable.value)
    if status is TechnologyStatus.EXPIRED:  # only the scheduled job expires a listing
        set_status(app, Technology, technology_id, status)
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
    need_id = make_need(
        owner,
        status=status.value if status is not NeedStatus.EXPIRED else "open",
        outcome="Done" if status is NeedStatus.CLOSED else None,
    )
    if status is NeedStatus.EXPIRED:  # only the scheduled job expires a listing
        set_status(app, Need, need_id, status)
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
    ("who", "creates_technology", "creates_need", "creates_fund", "verifies"),
    [
        ("anonymous", False, False, False, False),
        ("company", True, False, False, False),
        ("city", False, True, False, False),
        ("investor", False, False, True, False),
        ("admin", False, False, False, True),
    ],
)
def test_who_creates_and_verifies(app, people, who, creates_technology, creates_need, creates_fund, verifies):
    with app.app_context():
        user = load(people.get(who))
        assert policy.can_create_technology(user) is creates_technology
        assert policy.can_create_need(user) is creates_need
        assert policy.can_create_fund(user) is creates_fund
        assert policy.can_verify_organizations(user) is verifies


# --- matches: every state x who asked x viewer ------------------------------------------------

ASKERS = (None, "city", "company")
MATCH_VIEWERS = (
    "city",
    "company",
    "other_city",
    "other_company",
    "investor",
    "admin",
    "anonymous",
    "partner_city",
    "invited_city",
)
CITY_SIDE = ("city", "partner_city")  # an accepted partner city is a party like the need's own city


def expected_match_view(who: str, status: MatchStatus, asked_by: str | None) -> bool:
    """The contract's words: a city (and a partner city of a joint need) sees its needs' matches
    (except an engine suggestion nobody asked for that an admin rejected: issue 13); a company
    once approved, or if it asked; admins everything."""
    if who == "admin":
        return True
    if who in CITY_SIDE:
        return not (status is MatchStatus.REJECTED and asked_by is None)
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
            for partner, state in (("partner_city", PartnerStatus.ACCEPTED), ("invited_city", PartnerStatus.INVITED)):
                organization_id = people[partner].organization_id
                db.session.add(NeedPartner(need_id=need_id, organization_id=organization_id, status=state))
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
            party = who in ("company", *CITY_SIDE) and visible
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
            if who in ("company", *CITY_SIDE) and status is MatchStatus.SUGGESTED:
                expected.add("request")
            if status is MatchStatus.CONNECTED:  # after connection: stages and the showcase
                if party:
                    expected |= {"move_stage", "consent"}
                elif who == "admin":
                    expected |= {"move_stage", "publish"}
            assert actions == expected, (who, status, asked_by)


# --- teams and joint needs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "views_members", "manages_team", "removes_colleague"),
    [
        ("owner", True, True, True),
        ("member", True, False, False),
        ("other_company", False, False, False),
        ("admin", True, False, False),
        ("anonymous", False, False, False),
    ],
)
def test_team_rules(app, people, who, views_members, manages_team, removes_colleague):
    """Role × action for teams: owners manage, members see the team, others nothing."""
    with app.app_context():
        owner = load(people["company"])
        colleague, member = (
            User(
                email=email,
                password_hash="x",
                role=owner.role,
                organization_id=owner.organization_id,
                team_role=TeamRole.MEMBER,
            )
            for email in ("colleague@example.org", "member@example.org")
        )
        db.session.add_all([colleague, member])
        db.session.flush()
        user = {"owner": owner, "member": member, "anonymous": None}.get(who) or load(people.get(who))
        organization = owner.organization
        assert policy.can_view_members(user, organization) is views_members
        assert policy.can_manage_team(user, organization) is manages_team
        assert policy.can_leave_or_remove(user, colleague) is removes_colleague
        assert policy.can_leave_or_remove(member, member) is True  # anyone may leave (the service keeps the last owner)
        assert policy.can_manage_users(user) is (who == "admin")


@pytest.mark.parametrize("status", list(NeedStatus))
@pytest.mark.parametrize("state", [None, *PartnerStatus])
def test_joint_need_rules(app, people, make_need, state, status):
    """A partner city sees the need and its suggestions only once it accepted; it never edits
    the need nor invites others; the need's own city invites."""
    owner = people["city"]
    settable = status if status is not NeedStatus.EXPIRED else NeedStatus.OPEN
    need_id = make_need(owner, status=settable.value, outcome="Done" if status is NeedStatus.CLOSED else None)
    if status is NeedStatus.EXPIRED:  # only the scheduled job expires a listing
        set_status(app, Need, need_id, status)
    with app.app_context():
        partner = load(people["partner_city"])
        if state is not None:
            db.session.add(NeedPartner(need_id=need_id, organization_id=partner.organization_id, status=state))
            db.session.commit()
        need = db.session.get(Need, need_id)
        accepted = state is PartnerStatus.ACCEPTED
        assert policy.is_partner(partner, need) is accepted
        assert policy.can_see_suggestions(partner, need) is accepted
        assert policy.can_view_need(partner, need) is (accepted or status is NeedStatus.OPEN)
        assert policy.can_edit_need(partner, need) is False
        assert policy.can_invite_partners(partner, need) is False
        assert policy.can_invite_partners(load(owner), need) is True
        assert policy.can_invite_partners(load(people["admin"]), need) is False
        in_sql = (
            db.session.execute(
                db.select(Need.id).where(Need.id.in_(policy.partner_needs_clause(partner.organization_id)))
            )
            .scalars()
            .all()
        )
        assert (need_id in in_sql) is accepted, "the SQL twin agrees with the predicate"
# --- funds: viewer x verification; financing matches: every state x kind x viewer ----------------

FUND_VIEWERS = ("owner", "other_investor", "other_company", "other_city", "admin", "anonymous")


@pytest.mark.parametrize("verified", [True, False])
@pytest.mark.parametrize("who", FUND_VIEWERS)
def test_fund_rules(app, people, who, verified):
    from matchmaker.models import Fund
    from matchmaker.services import funds

    owner = people["investor" if verified else "unverified_investor"]
    with app.app_context():
        fund = funds.create_fund(load(owner), FUND_FIELDS)
        db.session.commit()
        user = load(viewer(people, who, owner))
        assert policy.is_public_fund(fund) is verified
        assert policy.can_view_fund(user, fund) is (verified or who in ("owner", "admin"))
        assert policy.can_edit_fund(user, fund) is (who in ("owner", "admin"))
        assert policy.can_see_fund_suggestions(user, fund) is (who in ("owner", "admin"))
        assert policy.can_express_interest(user, fund) is (who == "owner" and verified)
        in_sql = db.session.execute(
            db.select(Fund.id).join(Fund.organization).where(policy.visible_funds_clause(user), Fund.id == fund.id)
        ).first()
        assert (in_sql is not None) is policy.can_view_fund(user, fund), "the SQL twin agrees"


FUND_FIELDS = {
    "name": "Rule book fund",
    "categories": ["smart-grid"],
    "ticket_usd": [1, 10_000_000],
    "instruments": ["equity"],
    "targets": ["technologies", "needs"],
}
FINANCING_VIEWERS = (
    "investor",
    "other_investor",
    "company",
    "city",
    "other_company",
    "other_city",
    "admin",
    "anonymous",
)


def expected_financing_view(who: str, kind: str, status: MatchStatus) -> bool:
    """Admins all; the investor its own; the company (of a technology) or city (of a need) once approved."""
    introduced = status in (MatchStatus.APPROVED, MatchStatus.CONNECTED, MatchStatus.DECLINED)
    recipient = "company" if kind == "technology" else "city"
    return who in ("admin", "investor") or (who == recipient and introduced)


@pytest.fixture
def every_financing(app, people, make_need, make_technology):
    """One financing match per (kind, state): {(kind, state): id}."""
    from matchmaker.models import FinancingMatch
    from matchmaker.services import funds

    technology_id = make_technology(people["company"])
    need_id = make_need(people["city"])
    ids = {}
    with app.app_context():
        for status in MatchStatus:
            for kind in ("technology", "need"):
                extra_fund = funds.create_fund(load(people["investor"]), FUND_FIELDS)
                db.session.flush()
                target = {"technology_id": technology_id} if kind == "technology" else {"need_id": need_id}
                row = FinancingMatch(fund_id=extra_fund.id, status=status, **target)
                db.session.add(row)
                db.session.flush()
                ids[(kind, status)] = row.id
        db.session.commit()
    return ids


@pytest.mark.parametrize("who", FINANCING_VIEWERS)
def test_financing_visibility_predicate_and_sql_twin_agree(app, people, every_financing, who):
    from matchmaker.models import FinancingMatch
    from matchmaker.services import financing

    with app.app_context():
        user = load(people.get(who))
        seen = set(db.session.execute(financing.visible_statement(user).with_only_columns(FinancingMatch.id)).scalars())
        for (kind, status), financing_id in every_financing.items():
            row = db.session.get(FinancingMatch, financing_id)
            expected = expected_financing_view(who, kind, status)
            assert policy.can_view_financing(user, row) is expected, (who, kind, status)
            assert (financing_id in seen) is expected, (who, kind, status)
            actions = policy.allowed_financing_actions(user, row)
            open_for_decision = status in (MatchStatus.SUGGESTED, MatchStatus.REQUESTED)
            assert ("decide" in actions) is (who == "admin" and open_for_decision)
            recipient = "company" if kind == "technology" else "city"
            assert ("answer" in actions) is (who == recipient and status is MatchStatus.APPROVED)
            introduced = status in (MatchStatus.APPROVED, MatchStatus.CONNECTED, MatchStatus.DECLINED)
            party = who in ("investor", recipient)
            assert ("see_contacts" in actions) is (who == "admin" or (party and introduced)), (who, kind, status)
