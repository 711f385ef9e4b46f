"""Matches: introduction requests, admin decisions, the parties' answers, and who sees what.

The states and the moves between them are data (TRANSITIONS). A decision is a conditional
UPDATE that names the states it may leave, so when two admins act at once exactly one wins
and the other gets a Conflict: no lost update, no double notification.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import Match, MatchMessage, MatchOrigin, MatchStatus, Need, Technology, User, utc_now
from . import audit, notifications, policy
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

S = MatchStatus
# Which states each action may start from, and where it leads.
TRANSITIONS: dict[str, tuple[frozenset[MatchStatus], MatchStatus | None]] = {
    "request": (frozenset({S.SUGGESTED}), S.REQUESTED),
    "approve": (frozenset({S.SUGGESTED, S.REQUESTED}), S.APPROVED),
    "reject": (frozenset({S.SUGGESTED, S.REQUESTED}), S.REJECTED),
    "respond": (frozenset({S.APPROVED}), None),  # to connected, declined or still approved
}
CONTACT_STATES = frozenset({S.APPROVED, S.CONNECTED, S.DECLINED})
NOTE = Field("note", "text", required=False, max_length=2000, multiline=True)
REQUIRED_NOTE = Field("note", "text", min_length=3, max_length=2000, multiline=True)
INTRODUCTION_FIELDS = (Field("need_id", "integer", minimum=1), Field("technology_id", "integer", minimum=1))
ANSWER = Field("interested", "boolean")
MESSAGE_BODY = Field("body", "text", min_length=1, max_length=4000, multiline=True)


# --- who is who -------------------------------------------------------------------------


def city_side(user: User | None, match: Match) -> bool:
    return policy.belongs_to(user, match.need.organization_id)


def company_side(user: User | None, match: Match) -> bool:
    return policy.belongs_to(user, match.technology.organization_id)


def is_party(user: User | None, match: Match) -> bool:
    return city_side(user, match) or company_side(user, match)


def can_view_match(user: User | None, match: Match) -> bool:
    """Admins see all; a city its needs' matches; a company once approved or if it asked."""
    if policy.is_admin(user) or city_side(user, match):
        return True
    if company_side(user, match):
        asked = match.requested_by is not None and match.requested_by.organization_id == user.organization_id
        return match.status in CONTACT_STATES or asked
    return False


def can_see_contacts(user: User | None, match: Match) -> bool:
    """Contacts are shown to the parties only after approval (and always to admins)."""
    return policy.is_admin(user) or (is_party(user, match) and match.status in CONTACT_STATES)


def get_match(user: User | None, match_id: int) -> Match:
    match = db.session.get(Match, match_id)
    if match is None or not can_view_match(user, match):
        raise NotFound(_("No such match."))
    return match


def visible_matches_statement(user: User, status: MatchStatus | None = None):
    """The matches ``user`` may see, newest first, as a SELECT."""
    statement = db.select(Match).join(Match.need).join(Match.technology)
    if not policy.is_admin(user):
        org = user.organization_id
        requested_by_us = db.select(User.id).where(User.organization_id == org)
        statement = statement.where(
            or_(
                Need.organization_id == org,
                (Technology.organization_id == org)
                & or_(Match.status.in_(CONTACT_STATES), Match.requested_by_id.in_(requested_by_us)),
            )
        )
    if status is not None:
        statement = statement.where(Match.status == status)
    return statement.order_by(Match.updated_at.desc(), Match.id.desc())


# --- moves ------------------------------------------------------------------------------


def request_introduction(user: User, need_id: Any, technology_id: Any) -> tuple[Match, bool]:
    """A party asks for an introduction; returns (match, whether it became 'requested' now).

    The city that owns the need may ask for any public technology; the company that owns
    the technology may ask for any open, public need. The same pair gives the same match.
    """
    ids = clean(INTRODUCTION_FIELDS, {"need_id": need_id, "technology_id": technology_id})
    need = db.session.get(Need, ids["need_id"])
    technology = db.session.get(Technology, ids["technology_id"])
    if need is None or not policy.can_view_need(user, need):
        raise ValidationError({"need_id": _("No such need.")})
    if technology is None or not policy.can_view_technology(user, technology):
        raise ValidationError({"technology_id": _("No such technology.")})
    owns_need = policy.belongs_to(user, need.organization_id)
    owns_technology = policy.belongs_to(user, technology.organization_id)
    if not (owns_need or owns_technology):
        raise PermissionDenied(_("Only the city of the need or the company of the technology can ask."))
    if not (need.is_public and technology.is_public):
        raise ValidationError({"need_id": _("Both the need and the technology must be public to be introduced.")})

    match = _match_for_update(need.id, technology.id)
    if match is None:
        match = Match(
            need=need,
            technology=technology,
            status=S.REQUESTED,
            origin=MatchOrigin.REQUEST,
            need_version=need.version,
            technology_version=technology.version,
            requested_by_id=user.id,
            requested_at=utc_now(),
        )
        db.session.add(match)
        try:
            with db.session.begin_nested():
                db.session.flush()
        except IntegrityError:  # the same pair was asked for at the same moment
            return _match_for_update(need.id, technology.id), False
        _record(user, "match.request", match, None, S.REQUESTED)
        _tell_admins_and_other_side(user, match)
        return match, True
    if match.status is S.SUGGESTED:
        match.status, match.requested_by_id, match.requested_at = S.REQUESTED, user.id, utc_now()
        _record(user, "match.request", match, S.SUGGESTED, S.REQUESTED)
        _tell_admins_and_other_side(user, match)
        return match, True
    return match, False


def decide(admin: User, match_id: int, approve: bool, note: Any = None) -> Match:
    """An admin approves or rejects (a rejection needs a note). Exactly one decision wins."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only admins approve or reject matches."))
    action = "approve" if approve else "reject"
    note = clean((NOTE if approve else REQUIRED_NOTE,), {"note": note})["note"]
    sources, target = TRANSITIONS[action]
    match = db.session.get(Match, match_id)
    if match is None:
        raise NotFound(_("No such match."))
    before = match.status
    result = db.session.execute(
        update(Match)
        .where(Match.id == match_id, Match.status.in_(sources))
        .values(status=target, decided_by_id=admin.id, decided_at=utc_now(), decision_note=note, updated_at=utc_now())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        current = db.session.get(Match, match_id)
        raise Conflict(_("This match was already decided (it is %(status)s).", status=current.status.value))
    db.session.refresh(match)
    _record(admin, f"match.{action}", match, before, target, note=note)
    if approve:
        _announce_approval(match)
    return match


def decide_many(admin: User, match_ids: Iterable[int], approve: bool, note: Any = None) -> dict[str, list[int]]:
    """Decide several matches; each succeeds or is reported as already decided or missing."""
    outcome: dict[str, list[int]] = {"done": [], "conflict": [], "missing": []}
    for match_id in dict.fromkeys(match_ids):
        try:
            decide(admin, match_id, approve, note)
            db.session.commit()
            outcome["done"].append(match_id)
        except Conflict:
            outcome["conflict"].append(match_id)
        except NotFound:
            outcome["missing"].append(match_id)
    return outcome


def respond(user: User, match_id: int, interested: Any) -> Match:
    """A party of an approved match says whether it is interested.

    Both interested: connected. Either not: declined. Each side answers once.
    """
    answer = clean((ANSWER,), {"interested": interested})["interested"]
    match = get_match(user, match_id)
    if not is_party(user, match):
        raise PermissionDenied(_("Only the two parties of a match answer it."))
    match = _match_for_update(match.need_id, match.technology_id)
    if match.status not in TRANSITIONS["respond"][0]:
        raise Conflict(_("This match cannot be answered now (it is %(status)s).", status=match.status.value))
    side = "city_interested" if city_side(user, match) else "company_interested"
    if getattr(match, side) is not None:
        raise Conflict(_("Your side has already answered."))
    setattr(match, side, answer)
    before = match.status
    if not answer:
        match.status = S.DECLINED
    elif match.city_interested and match.company_interested:
        match.status = S.CONNECTED
    _record(user, "match.respond", match, before, match.status, interested=answer, side=side.split("_")[0])
    if match.status is not before:
        _tell_both(match, "match_connected" if match.status is S.CONNECTED else "match_declined")
    return match


def post_message(user: User, match_id: int, body: Any) -> MatchMessage:
    """A message in the thread of a connected match (its parties and admins)."""
    match = get_match(user, match_id)
    if not (is_party(user, match) or policy.is_admin(user)):
        raise PermissionDenied(_("Only the two parties write here."))
    if match.status is not S.CONNECTED:
        raise Conflict(_("Messages open once both sides are connected."))
    text = clean((MESSAGE_BODY,), {"body": body})["body"]
    message = MatchMessage(match=match, author_id=user.id, body=text)
    db.session.add(message)
    others = [m for m in (*match.need.organization.members, *match.technology.organization.members) if m.id != user.id]
    for member in others:
        notifications.notify_user(
            member, "match_message", {**_names(match), "author": user.email}, link=f"/matches/{match.id}"
        )
    return message


def history(match: Match) -> list:
    """The audit events of a match, oldest first."""
    from ..models import AuditEvent

    return list(
        db.session.execute(
            db.select(AuditEvent)
            .where(AuditEvent.target_type == "matches", AuditEvent.target_id == match.id)
            .order_by(AuditEvent.at, AuditEvent.id)
        ).scalars()
    )


# --- helpers ----------------------------------------------------------------------------


def _match_for_update(need_id: int, technology_id: int) -> Match | None:
    """The pair's match, locked for this transaction (FOR UPDATE on PostgreSQL)."""
    return db.session.execute(
        db.select(Match)
        .where(Match.need_id == need_id, Match.technology_id == technology_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()


def _record(actor: User | None, action: str, match: Match, before, after, note: str | None = None, **details):
    audit.record(
        actor,
        action,
        match,
        from_state=getattr(before, "value", before),
        to_state=getattr(after, "value", after),
        note=note,
        **details,
    )


def _names(match: Match) -> dict[str, str]:
    return {
        "need": match.need.title,
        "technology": match.technology.name,
        "city": match.need.organization.name,
        "company": match.technology.organization.name,
    }


def _announce_approval(match: Match) -> None:
    """Tell both parties, in the app and by mail; each mail goes to the party's own members."""
    _tell_both(match, "match_approved")


def _tell_both(match: Match, kind: str) -> None:
    link = f"/matches/{match.id}"
    for organization in (match.need.organization, match.technology.organization):
        notifications.notify_organization(organization, kind, _names(match), link=link)


def _tell_admins_and_other_side(user: User, match: Match) -> None:
    """A request is news for the admins who decide; the other side hears only after approval."""
    from ..models import Role

    admins = db.session.execute(db.select(User).where(User.role == Role.ADMIN, User.active.is_(True))).scalars()
    data = {**_names(match), "requester": user.organization.name if user.organization else user.email}
    for admin in admins:
        notifications.notify_user(admin, "match_requested", data, link="/admin/matches?status=requested")


# --- the admins' queue --------------------------------------------------------------------

QUEUE_FIELDS = (
    Field("status", "choice", required=False, choices=("open", *(s.value for s in MatchStatus)), default="open"),
    Field("category", "text", required=False, max_length=40),
    Field("city", "text", required=False, max_length=200),
    Field("country", "text", required=False, max_length=2),
    Field("min_score", "number", required=False, minimum=0, maximum=1),
    Field("sort", "choice", required=False, choices=("score", "oldest", "newest"), default="score"),
    Field("page", "integer", required=False, minimum=1, default=1),
)


def admin_queue(args: dict[str, Any]):
    """(filters, SELECT) of matches for the admins' queue; 'open' means suggested or requested."""
    from ..models import NeedCategory, Organization

    filters = clean(QUEUE_FIELDS, args)
    statement = db.select(Match).join(Match.need).join(Need.organization)
    if filters["status"] == "open":
        statement = statement.where(Match.status.in_((S.SUGGESTED, S.REQUESTED)))
    else:
        statement = statement.where(Match.status == MatchStatus(filters["status"]))
    if filters["category"]:
        statement = statement.where(
            Match.need_id.in_(db.select(NeedCategory.need_id).where(NeedCategory.slug == filters["category"]))
        )
    if filters["city"]:
        statement = statement.where(Organization.name.ilike(f"%{_escape(filters['city'])}%", escape="\\"))
    if filters["country"]:
        company_country = db.select(Organization.country).join(
            Technology, Technology.organization_id == Organization.id
        )
        statement = statement.where(
            or_(
                Organization.country == filters["country"].upper(),
                company_country.where(Technology.id == Match.technology_id).scalar_subquery()
                == filters["country"].upper(),
            )
        )
    if filters["min_score"] is not None:
        statement = statement.where(Match.score >= filters["min_score"])
    order = {
        "score": (Match.score.desc().nulls_last(), Match.id),
        "oldest": (Match.created_at, Match.id),
        "newest": (Match.created_at.desc(), Match.id.desc()),
    }[filters["sort"]]
    return filters, statement.order_by(*order)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def suggestions_for_need(need: Need) -> list[Match]:
    """The matches of a need, best first, as its city sees them on the need's page."""
    return list(
        db.session.execute(
            db.select(Match).where(Match.need_id == need.id).order_by(Match.score.desc().nulls_last(), Match.id)
        ).scalars()
    )
