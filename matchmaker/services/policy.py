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

from ..models import (
    Event,
    EventMeeting,
    EventParticipant,
    FinancingMatch,
    Fund,
    Funding,
    Match,
    MatchStatus,
    MeetingStatus,
    Need,
    NeedPartner,
    NeedStatus,
    Organization,
    ParticipantStatus,
    PartnerStatus,
    Role,
    TeamRole,
    Technology,
    TechnologyStatus,
    User,
)
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
    """Public needs are for everyone; drafts and closed needs for the city, its partners and admins."""
    return is_public_need(need) or is_admin(user) or belongs_to(user, need.organization_id) or is_partner(user, need)


def can_edit_need(user: User | None, need: Need) -> bool:
    """The city, and admins as moderators, on the pages and in the API alike."""
    return is_admin(user) or belongs_to(user, need.organization_id)


def can_create_need(user: User | None) -> bool:
    return user is not None and user.role is Role.CITY and user.organization_id is not None


def can_keep_alerts(user: User | None) -> bool:
    """Alerts (saved searches) are for the users of companies and cities."""
    return user is not None and user.role in (Role.COMPANY, Role.CITY) and user.organization_id is not None


def can_see_suggestions(user: User | None, need: Need) -> bool:
    """A need's suggestions are its city's working list, its partner cities' and the admins'."""
    return can_edit_need(user, need) or is_partner(user, need)


def can_see_feed(user: User | None, technology: Technology) -> bool:
    """The needs ranked for a technology are its company's (and the admins') working list."""
    return is_admin(user) or belongs_to(user, technology.organization_id)


def can_view_organization(user: User | None, organization: Organization) -> bool:
    return organization.verified or is_admin(user) or belongs_to(user, organization.id)


def can_edit_organization(user: User | None, organization: Organization) -> bool:
    return is_admin(user) or belongs_to(user, organization.id)


def can_verify_organizations(user: User | None) -> bool:
    return is_admin(user)


# --- matches ----------------------------------------------------------------------------------


def is_city_side(user: User | None, match: Match) -> bool:
    """The need's city, or a partner city that accepted (a joint need)."""
    return belongs_to(user, match.need.organization_id) or is_partner(user, match.need)


def is_company_side(user: User | None, match: Match) -> bool:
    return belongs_to(user, match.technology.organization_id)


def is_party(user: User | None, match: Match) -> bool:
    return is_city_side(user, match) or is_company_side(user, match)


def is_refused_suggestion(match: Match) -> bool:
    """An engine suggestion nobody asked for, rejected by an admin: gone from the parties' view."""
    return match.status is S.REJECTED and match.requested_by_id is None


def can_view_match(user: User | None, match: Match) -> bool:
    """Admins see all; a city its needs' matches (not a suggestion the admins refused); a
    company once introduced, or if it asked."""
    if is_admin(user):
        return True
    if is_city_side(user, match):
        return not is_refused_suggestion(match)
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
    refused_suggestion = and_(Match.status == S.REJECTED, Match.requested_by_id.is_(None))
    return or_(
        and_(
            or_(Need.organization_id == organization_id, Match.need_id.in_(partner_needs_clause(organization_id))),
            ~refused_suggestion,
        ),
        and_(
            Technology.organization_id == organization_id,
            or_(Match.status.in_(INTRODUCED), Match.requested_by_id.in_(our_people)),
        ),
    )


def can_see_contacts(user: User | None, match: Match) -> bool:
    """Contacts are shown to the parties only once introduced (and always to admins)."""
    return is_admin(user) or (is_party(user, match) and match.status in INTRODUCED)


def can_read_decision_note(user: User | None, match: Match | FinancingMatch) -> bool:
    """A decision's note is the admins' own, for a match and a financing match alike: parties
    (the requester, the investor, the company or city) never read it; a match's requester reads
    the note written for them (:func:`can_read_requester_note`)."""
    return is_admin(user)


def can_read_requester_note(user: User | None, match: Match) -> bool:
    """The note an admin wrote for the party that asked: for that party (and the admins)."""
    asker = match.requested_by
    return is_admin(user) or (asker is not None and belongs_to(user, asker.organization_id or -1))


def can_read_thread(user: User | None, match: Match) -> bool:
    return is_admin(user) or (is_party(user, match) and can_view_match(user, match))


def can_write_in_thread(user: User | None, match: Match) -> bool:
    """The thread opens once both sides said yes; its parties and admins write there."""
    return can_read_thread(user, match) and match.status is S.CONNECTED


def can_request(user: User | None, need: Need, technology: Technology) -> bool:
    """The need's city or the technology's company asks; both records must be public."""
    party = belongs_to(user, need.organization_id) or is_partner(user, need)
    party = party or belongs_to(user, technology.organization_id)
    return party and is_public_need(need) and is_public_technology(technology)


def side_to_answer(user: User | None, match: Match) -> str | None:
    """ "city" or "company" if ``user`` may answer this introduction now, else None."""
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


# --- events, participants and meetings ----------------------------------------------------

OPEN_MEETING = frozenset({MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED})


def can_manage_events(user: User | None) -> bool:
    """Admins organise events: create, edit, publish, confirm registrations, see everything."""
    return is_admin(user)


def can_view_event(user: User | None, event: Event) -> bool:
    """A published event is public; a draft is the organisers'."""
    return event.published or is_admin(user)


def visible_events_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_view_event`, over Event."""
    return true() if is_admin(user) else Event.published.is_(True)


def can_register_for_event(user: User | None, event: Event) -> bool:
    """A user of a verified company or city registers its organisation for a published event."""
    return (
        user is not None
        and user.role in (Role.COMPANY, Role.CITY)
        and user.organization is not None
        and user.organization.verified
        and event.published
    )


def is_confirmed(participant: EventParticipant | None) -> bool:
    return participant is not None and participant.status is ParticipantStatus.CONFIRMED


def can_see_participants(user: User | None, own: EventParticipant | None) -> bool:
    """Admins see every registration; a confirmed participant the confirmed ones."""
    return is_admin(user) or (is_confirmed(own) and belongs_to(user, own.organization_id))


def visible_participants_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_see_participants` for the rows listed (given the reader may list)."""
    return true() if is_admin(user) else EventParticipant.status == ParticipantStatus.CONFIRMED


def is_meeting_party(user: User | None, meeting: EventMeeting) -> bool:
    return belongs_to(user, meeting.requester_organization_id) or belongs_to(user, meeting.invitee_organization_id)


def can_view_meeting(user: User | None, meeting: EventMeeting) -> bool:
    """Nobody but the two parties and the admins reads a meeting or its message."""
    return is_admin(user) or is_meeting_party(user, meeting)


def visible_meetings_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_view_meeting`, over EventMeeting."""
    if is_admin(user):
        return true()
    organization_id = None if user is None else user.organization_id
    if organization_id is None:
        return false()
    return or_(
        EventMeeting.requester_organization_id == organization_id,
        EventMeeting.invitee_organization_id == organization_id,
    )


def can_answer_meeting(user: User | None, meeting: EventMeeting) -> bool:
    """Only the invited organisation accepts or declines, while the request is open."""
    return belongs_to(user, meeting.invitee_organization_id) and meeting.status is MeetingStatus.REQUESTED


def can_cancel_meeting(user: User | None, meeting: EventMeeting) -> bool:
    """Either party or an admin cancels a requested or accepted meeting."""
    return (is_admin(user) or is_meeting_party(user, meeting)) and meeting.status in OPEN_MEETING


def can_see_meeting_contact(user: User | None, meeting: EventMeeting) -> bool:
    """The other party's contact only once the meeting is accepted (admins always)."""
    return is_admin(user) or (is_meeting_party(user, meeting) and meeting.status is MeetingStatus.ACCEPTED)


def can_record_attendance(user: User | None, meeting: EventMeeting) -> bool:
    """The organisers check meetings in (kept) or mark no-shows, once accepted."""
    return is_admin(user) and meeting.status is MeetingStatus.ACCEPTED


def meeting_actions(user: User | None, meeting: EventMeeting) -> frozenset[str]:
    """What ``user`` may do with ``meeting`` now: the templates show buttons from this alone."""
    actions = {
        "answer": can_answer_meeting(user, meeting),
        "cancel": can_cancel_meeting(user, meeting),
        "see_contact": can_see_meeting_contact(user, meeting),
        "attendance": can_record_attendance(user, meeting),
    }
    return frozenset(name for name, allowed in actions.items() if allowed)


# --- teams ----------------------------------------------------------------------------------


def is_owner(user: User | None, organization_id: int) -> bool:
    """An active owner of the organisation's team."""
    return belongs_to(user, organization_id) and user.active and user.team_role is TeamRole.OWNER


def can_view_members(user: User | None, organization: Organization) -> bool:
    return is_admin(user) or belongs_to(user, organization.id)


def can_manage_team(user: User | None, organization: Organization) -> bool:
    """Owners invite, revoke invitations, change roles and remove members."""
    return is_owner(user, organization.id)


def can_leave_or_remove(user: User | None, member: User) -> bool:
    """An owner removes a colleague; anyone may leave their own team."""
    if member.organization_id is None:
        return False
    return is_owner(user, member.organization_id) or (user is not None and user.id == member.id)


def can_manage_users(user: User | None) -> bool:
    """Admins deactivate and reactivate users and change their team role."""
    return is_admin(user)


# --- joint needs ----------------------------------------------------------------------------


def is_partner(user: User | None, need: Need) -> bool:
    """A user of a city that accepted to share ``need`` (a joint need of a city cluster)."""
    if user is None or user.organization_id is None:
        return False
    return any(p.organization_id == user.organization_id and p.status is PartnerStatus.ACCEPTED for p in need.partners)


def partner_needs_clause(organization_id: int):
    """SQL twin of :func:`is_partner`: the ids of the needs the organisation shares."""
    return select(NeedPartner.need_id).where(
        NeedPartner.organization_id == organization_id, NeedPartner.status == PartnerStatus.ACCEPTED
    )


def can_invite_partners(user: User | None, need: Need) -> bool:
    """The need's own city invites other cities as partners (not a partner, not an admin)."""
    return user is not None and user.role is Role.CITY and belongs_to(user, need.organization_id)


def can_answer_partnership(user: User | None, partner: NeedPartner) -> bool:
    """The invited city accepts or declines."""
    return user is not None and user.role is Role.CITY and belongs_to(user, partner.organization_id)


# --- investors, funds and financing matches (contract financing.md) ---------------------------


def can_create_fund(user: User | None) -> bool:
    return user is not None and user.role is Role.INVESTOR and user.organization_id is not None


def is_public_fund(fund: Fund) -> bool:
    """A fund of a verified investor: in the fund directory and open to financing matches."""
    return fund.organization.verified


def public_fund_clause() -> ColumnElement[bool]:
    """SQL twin of :func:`is_public_fund`, over Fund joined with its Organization."""
    return Organization.verified.is_(True)


def can_view_fund(user: User | None, fund: Fund) -> bool:
    """Public funds for everyone; the others for their investor and admins."""
    return is_public_fund(fund) or is_admin(user) or belongs_to(user, fund.organization_id)


def visible_funds_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_view_fund`, over Fund joined with its Organization."""
    if is_admin(user):
        return true()
    own = Fund.organization_id == user.organization_id if user is not None and user.organization_id else false()
    return or_(public_fund_clause(), own)


def can_edit_fund(user: User | None, fund: Fund) -> bool:
    """The investor, and admins as moderators (contract: "owner, admin")."""
    return is_admin(user) or belongs_to(user, fund.organization_id)


can_see_fund_suggestions = can_edit_fund  # a fund's suggestions are its investor's working list


def can_express_interest(user: User | None, fund: Fund) -> bool:
    """Only the fund's own investor, and only once verified (its funds are then public)."""
    return belongs_to(user, fund.organization_id) and is_public_fund(fund)


TARGET_OF = {"technology": "technologies", "need": "needs"}  # a record's kind as a fund's target


def fund_rules_out(fund, kind: str, amount_usd: float | None, trl: int | None, verified: bool) -> str | None:
    """Why the contract rules a fund and a technology or need out ("kind", "ticket", "trl",
    "unverified"), or None. ``fund`` needs ``targets``, ``ticket_usd`` and ``min_trl`` (a Fund
    row or a plain record: the labelled set's evaluation uses the same rule)."""
    if TARGET_OF[kind] not in fund.targets:
        return "kind"
    low, high = fund.ticket_usd
    if amount_usd is None or not low <= amount_usd <= high:
        return "ticket"
    if kind == "technology" and fund.min_trl and trl is not None and trl < fund.min_trl:
        return "trl"
    if not verified:
        return "unverified"
    return None


def amount_sought(record: Technology | Need) -> float | None:
    """What a technology raises, or what a need seeking finance seeks; None otherwise."""
    if isinstance(record, Technology):
        return record.seeking_investment_usd
    return record.finance_sought_usd if record.funding is Funding.SEEKING_FINANCE else None


def is_investor_side(user: User | None, financing: FinancingMatch) -> bool:
    return belongs_to(user, financing.fund.organization_id)


def is_recipient_side(user: User | None, financing: FinancingMatch) -> bool:
    """The company of the technology or the city of the need the investor would finance."""
    return belongs_to(user, financing.recipient.id)


def can_view_financing(user: User | None, financing: FinancingMatch) -> bool:
    """Admins all; the investor its own; the company or city only once an admin approved."""
    if is_admin(user) or is_investor_side(user, financing):
        return True
    return is_recipient_side(user, financing) and financing.status in INTRODUCED


def visible_financing_clause(user: User | None) -> ColumnElement[bool]:
    """SQL twin of :func:`can_view_financing`, over FinancingMatch joined with its Fund and
    outer-joined with its Technology and its Need."""
    if is_admin(user):
        return true()
    organization_id = None if user is None else user.organization_id
    if organization_id is None:
        return false()
    recipient = or_(Technology.organization_id == organization_id, Need.organization_id == organization_id)
    return or_(
        Fund.organization_id == organization_id,
        and_(recipient, FinancingMatch.status.in_(INTRODUCED)),
    )


def can_see_financing_contacts(user: User | None, financing: FinancingMatch) -> bool:
    """As for matches: the parties see each other's contact only once introduced."""
    party = is_investor_side(user, financing) or is_recipient_side(user, financing)
    return is_admin(user) or (party and financing.status in INTRODUCED)


def can_answer_financing(user: User | None, financing: FinancingMatch) -> bool:
    """The company or city answers an approved financing match, once."""
    return (
        financing.status is S.APPROVED
        and financing.recipient_interested is None
        and is_recipient_side(user, financing)
    )


def can_name_financing(user: User | None, financing: FinancingMatch) -> bool:
    """Who moves a match to contract names a financing match they may see (the company or
    city that took the money, or an admin); whether it fits the match is the service's check."""
    return can_view_financing(user, financing)


def allowed_financing_actions(user: User | None, financing: FinancingMatch) -> frozenset[str]:
    """What ``user`` may do with ``financing`` now (the pages show buttons from this alone)."""
    actions = {
        "decide": is_admin(user) and financing.status in OPEN_FOR_DECISION,
        "answer": can_answer_financing(user, financing),
        "see_contacts": can_see_financing_contacts(user, financing),
    }
    return frozenset(name for name, allowed in actions.items() if allowed)
