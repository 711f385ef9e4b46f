"""The rule book: who may do what, and who may see what.

Every rule is a small pure predicate over the acting user (``None`` for an anonymous visitor)
and a record. A rule that also filters lists has its SQL twin right beside it (``..._clause``),
so a page, the API, the insights and matching all filter with the very rule that guards a
single record; tests/test_policy.py proves each pair agrees on every combination of role,
ownership, state and verification. Views, templates (through ``allowed_actions``), the API
and the CLI never test roles or states themselves; they ask here.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, select, true

from ..models import Match, MatchStatus, Need, NeedStatus, Organization, Role, Technology, TechnologyStatus, User
from ..models.outcome import MatchStage

S = MatchStatus
# Once an admin approved, the parties see each other's contact (and a company its match).
INTRODUCED = frozenset({S.APPROVED, S.CONNECTED, S.DECLINED})
OPEN_FOR_DECISION = frozenset({S.SUGGESTED, S.REQUESTED})


# --- who is who ---------------------------------------------------------------------------


def is_admin(user: User | None) -> bool:
    return user is not None and user.role is Role.ADMIN


def belongs_to(user: User | None, organization_id: int) -> bool:
    return user is not None and user.organization_id is not None and user.organization_id == organization_id


# --- what is public -------------------------------------------------------------------------


def is_public_technology(technology: Technology) -> bool:
    """Published by a verified company: in the directory and in matching."""
    return technology.status is TechnologyStatus.PUBLISHED and technology.organization.verified


def public_technology_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_public_technology`, over Technology joined with its Organization."""
    return and_(Technology.status == TechnologyStatus.PUBLISHED, Organization.verified.is_(True))


def is_public_need(need: Need) -> bool:
    """Open and posted by a verified city: in the directory and in matching."""
    return need.status is NeedStatus.OPEN and need.organization.verified


def public_need_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_public_need`, over Need joined with its Organization."""
    return and_(Need.status == NeedStatus.OPEN, Organization.verified.is_(True))


# --- records --------------------------------------------------------------------------------


def can_view_technology(user: User | None, technology: Technology) -> bool:
    """Public technologies are for everyone; the rest for the company and admins."""
    return is_public_technology(technology) or is_admin(user) or belongs_to(user, technology.organization_id)


def can_edit_technology(user: User | None, technology: Technology) -> bool:
    """The company, and admins as moderators (contract api.md: "owner or admin writes")."""
    return is_admin(user) or belongs_to(user, technology.organization_id)


def can_create_technology(user: User | None) -> bool:
    return user is not None and user.role is Role.COMPANY and user.organization_id is not None


def can_view_need(user: User | None, need: Need) -> bool:
    """Public needs are for everyone; drafts and closed needs for the city and admins."""
    return is_public_need(need) or is_admin(user) or belongs_to(user, need.organization_id)


def can_edit_need(user: User | None, need: Need) -> bool:
    """The city, and admins as moderators, on the pages and in the API alike."""
    return is_admin(user) or belongs_to(user, need.organization_id)


def can_create_need(user: User | None) -> bool:
    return user is not None and user.role is Role.CITY and user.organization_id is not None


can_see_suggestions = can_edit_need  # a need's suggestions are its city's working list (and the admins')


def can_view_organization(user: User | None, organization: Organization) -> bool:
    return organization.verified or is_admin(user) or belongs_to(user, organization.id)


def can_edit_organization(user: User | None, organization: Organization) -> bool:
    return is_admin(user) or belongs_to(user, organization.id)


def can_verify_organizations(user: User | None) -> bool:
    return is_admin(user)


# --- matches ----------------------------------------------------------------------------------


def is_city_side(user: User | None, match: Match) -> bool:
    return belongs_to(user, match.need.organization_id)


def is_company_side(user: User | None, match: Match) -> bool:
    return belongs_to(user, match.technology.organization_id)


def is_party(user: User | None, match: Match) -> bool:
    return is_city_side(user, match) or is_company_side(user, match)


def can_view_match(user: User | None, match: Match) -> bool:
    """Admins see all; a city its needs' matches; a company once introduced, or if it asked."""
    if is_admin(user) or is_city_side(user, match):
        return True
    asked = match.requested_by is not None and belongs_to(user, match.requested_by.organization_id)
    return is_company_side(user, match) and (match.status in INTRODUCED or asked)


def visible_matches_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_view_match`, over Match joined with its Need and Technology."""
    if is_admin(user):
        return true()
    organization_id = None if user is None else user.organization_id
    if organization_id is None:
        return false()
    our_people = select(User.id).where(User.organization_id == organization_id)
    return or_(
        Need.organization_id == organization_id,
        and_(
            Technology.organization_id == organization_id,
            or_(Match.status.in_(INTRODUCED), Match.requested_by_id.in_(our_people)),
        ),
    )


def can_see_contacts(user: User | None, match: Match) -> bool:
    """Contacts are shown to the parties only once introduced (and always to admins)."""
    return is_admin(user) or (is_party(user, match) and match.status in INTRODUCED)


def can_read_thread(user: User | None, match: Match) -> bool:
    return is_admin(user) or (is_party(user, match) and can_view_match(user, match))


def can_write_in_thread(user: User | None, match: Match) -> bool:
    """The thread opens once both sides said yes; its parties and admins write there."""
    return can_read_thread(user, match) and match.status is S.CONNECTED


def can_request(user: User | None, need: Need, technology: Technology) -> bool:
    """The need's city or the technology's company asks; both records must be public."""
    party = belongs_to(user, need.organization_id) or belongs_to(user, technology.organization_id)
    return party and is_public_need(need) and is_public_technology(technology)


def side_to_answer(user: User | None, match: Match) -> str | None:
    """"city" or "company" if ``user`` may answer this introduction now, else None."""
    if match.status is not S.APPROVED:
        return None
    if is_city_side(user, match) and match.city_interested is None:
        return "city"
    if is_company_side(user, match) and match.company_interested is None:
        return "company"
    return None


# --- after connection (services/outcomes.py) ---------------------------------------------------


def can_move_stage(user: User | None, match: Match) -> bool:
    """The two parties of a match and admins move its stage (whether it may move is the state machine's)."""
    return is_admin(user) or is_party(user, match)


def can_verify_outcome(user: User | None) -> bool:
    return is_admin(user)


def can_view_impact(user: User | None, organization: Organization) -> bool:
    """A city's (or company's) impact figures: its own users and admins."""
    return is_admin(user) or belongs_to(user, organization.id)


def showcase_side(user: User | None, match: Match) -> str | None:
    """"city" or "company": the side whose consent ``user`` gives for the match's story."""
    if is_city_side(user, match):
        return "city"
    if is_company_side(user, match):
        return "company"
    return None


def can_publish_showcase(user: User | None) -> bool:
    return is_admin(user)


def allowed_actions(user: User | None, match: Match) -> frozenset[str]:
    """What ``user`` may do with ``match`` now: the templates show buttons from this alone."""
    actions = {
        "decide": is_admin(user) and match.status in OPEN_FOR_DECISION,
        "answer": side_to_answer(user, match) is not None,
        "write": can_write_in_thread(user, match),
        "read_thread": can_read_thread(user, match),
        "see_contacts": can_see_contacts(user, match),
        "request": match.status is S.SUGGESTED and can_request(user, match.need, match.technology),
        "move_stage": match.status is S.CONNECTED and match.stage is not MatchStage.STOPPED
        and can_move_stage(user, match),
        "verify": match.status is S.CONNECTED and match.stage is MatchStage.OPERATING and can_verify_outcome(user),
        "consent": match.status is S.CONNECTED and showcase_side(user, match) is not None,
        "publish": match.status is S.CONNECTED and can_publish_showcase(user),
    }
    return frozenset(name for name, allowed in actions.items() if allowed)
