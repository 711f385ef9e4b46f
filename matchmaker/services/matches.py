"""Matches: introduction requests, admin decisions, the parties' answers, and their history.

Every move of a match is a row of TRANSITIONS (the states it may leave, the state it reaches,
what is audited and who is told), and one function, :func:`move`, makes any of them: the
conditional UPDATE that names the states it may leave, its row-count check and the audit row
(:mod:`.state_machine`, shared with the events' moves), then the notices. So when two people
act at once exactly one wins and the other gets a Conflict: no lost update, no double
notification. Who may see and do what is asked of the rule book (:mod:`.policy`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, or_
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import (
    AuditEvent,
    FinancingMatch,
    Match,
    MatchMessage,
    MatchOrigin,
    MatchStage,
    MatchStatus,
    Need,
    NeedCategory,
    Organization,
    PartnerStatus,
    Role,
    StageEntry,
    Technology,
    User,
    utc_now,
)
from . import notifications, policy, state_machine
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

S = MatchStatus


@dataclass(frozen=True)
class Move(state_machine.Move):
    """A move of a match (``tell``: "admins", "parties" or "other party"), refused in its own words."""

    refused: Any = _l("This match cannot be changed now (it is %(status)s).")


DECIDED = _l("This match was already decided (it is %(status)s).")
UNANSWERABLE = _l("This match cannot be answered now (it is %(status)s).")
TRANSITIONS: dict[str, Move] = {
    "request": Move(frozenset({S.SUGGESTED}), S.REQUESTED, "match.request", "admins", "match_requested"),
    "approve": Move(policy.OPEN_FOR_DECISION, S.APPROVED, "match.approve", "parties", "match_approved", DECIDED),
    "reject": Move(policy.OPEN_FOR_DECISION, S.REJECTED, "match.reject", refused=DECIDED),
    # A party's answer: the first yes keeps it approved; the second yes connects; a no declines.
    "answer": Move(frozenset({S.APPROVED}), S.APPROVED, "match.respond", refused=UNANSWERABLE),
    "connect": Move(
        frozenset({S.APPROVED}),
        S.CONNECTED,
        "match.respond",
        "parties",
        "match_connected",
        UNANSWERABLE,
        sets=(("stage", MatchStage.CONNECTED),),
    ),
    "decline": Move(frozenset({S.APPROVED}), S.DECLINED, "match.respond", "parties", "match_declined", UNANSWERABLE),
    # The engine suggests a rejected pair again once the need or the technology changed.
    "resuggest": Move(frozenset({S.REJECTED}), S.SUGGESTED, "match.resuggest"),
}
# After connection the stage moves forward (services/outcomes.py), or stops from any stage
# but stopped; an admin verifies the reported reduction of an operating match.
STAGE_REFUSED = _l("The stage cannot be changed now (it is %(status)s).")
_STAGE_ORDER = (MatchStage.CONNECTED, MatchStage.PILOT, MatchStage.CONTRACT, MatchStage.OPERATING)
for _index, _stage in enumerate(_STAGE_ORDER[1:], start=1):
    TRANSITIONS[f"stage_{_stage.value}"] = Move(
        frozenset(_STAGE_ORDER[:_index]), _stage, "match.stage", "other party", "match_stage", STAGE_REFUSED, "stage"
    )
TRANSITIONS["stage_stopped"] = Move(
    frozenset(_STAGE_ORDER), MatchStage.STOPPED, "match.stage", "other party", "match_stage", STAGE_REFUSED, "stage"
)
TRANSITIONS["verify"] = Move(
    frozenset({MatchStage.OPERATING}),
    MatchStage.OPERATING,
    "match.verify",
    "parties",
    "match_verified",
    _l("Only the reduction of an operating match is verified (it is %(status)s)."),
    "stage",
)
NOTE = Field("note", "text", required=False, max_length=2000, multiline=True)
# Written for the party that asked, when its request is rejected (the note above stays internal).
REQUESTER_NOTE = Field(
    "requester_note",
    "text",
    required=False,
    max_length=2000,
    multiline=True,
    description=_l("A note for the party that asked (the note itself stays with our staff)"),
)
REQUIRED_NOTE = Field("note", "text", min_length=3, max_length=2000, multiline=True)
INTRODUCTION_FIELDS = (Field("need_id", "integer", minimum=1), Field("technology_id", "integer", minimum=1))
# A short word with a request, for the admins and the city (a reason raises acceptance).
REQUEST_MESSAGE = Field(
    "message",
    "text",
    required=False,
    max_length=1000,
    multiline=True,
    description=_l("A short message to our staff and the city: why this fits"),
)
ANSWER = Field("interested", "boolean")
MESSAGE_BODY = Field("body", "text", min_length=1, max_length=4000, multiline=True)


def move(
    actor: User | None,
    match: Match,
    name: str,
    *,
    values: dict[str, Any] | None = None,
    only_if: Iterable[ColumnElement[bool]] = (),
    note: str | None = None,
    **details: Any,
) -> Match:
    """Make move ``name`` if ``match`` is still in one of its source states (and ``only_if``).

    ``values`` are stored with the new state in the same UPDATE. Raises Conflict, with the
    state it found, when someone else moved the match first.
    """
    rule = TRANSITIONS[name]
    # A Match or a FinancingMatch: the same states, the same moves (no stage on financing).
    before = state_machine.advance(match, rule, {"updated_at": utc_now(), **(values or {})}, only_if)
    _after_move(actor, match, rule, before, note, details)
    return match


def _after_move(actor: User | None, match: Match, rule: Move, before, note: str | None, details) -> None:
    if isinstance(match, FinancingMatch):
        return _after_financing_move(actor, match, rule, before, note, details)
    state_machine.record(actor, rule, match, before, note=note, **details)
    if rule.tell == "parties":
        partners = [p.organization for p in match.need.partners if p.status is PartnerStatus.ACCEPTED]  # joint needs
        for organization in (match.need.organization, match.technology.organization, *partners):
            notifications.notify_organization(organization, rule.notice, _names(match), link=f"/matches/{match.id}")
    elif rule.tell == "admins":
        _tell_admins(actor, match, rule.notice)
    elif rule.tell == "other party":
        for organization in (match.need.organization, match.technology.organization):
            if actor is None or actor.organization_id != organization.id:
                data = {**_names(match), "stage": rule.target.value}
                notifications.notify_organization(organization, rule.notice, data, link=f"/matches/{match.id}")
    if details.get("financing_id"):  # a contract named the finance that paid for it
        _tell_the_investor(match, details["financing_id"])


def _tell_the_investor(match: Match, financing_id: int) -> None:
    financing = db.session.get(FinancingMatch, financing_id)
    data = {**financing_names(financing), **_names(match)}
    notifications.notify_organization(financing.fund.organization, "financing_contract", data,
                                      link=f"/financing/{financing.id}")


def _financing_flavour(name: str | None) -> str | None:
    """A move's audit action or notice kind as said of a financing match ("match.approve" ->
    "financing.approve", "match_approved" -> "financing_approved")."""
    return None if name is None else name.replace("match", "financing", 1)


def _after_financing_move(actor, financing: FinancingMatch, rule: Move, before, note, details) -> None:
    """The tail of a move of a financing match: its audit row, and the investor and the company
    or city told (or the admins, for a request)."""
    action = _financing_flavour(rule.audit_action)
    state_machine.record(actor, rule, financing, before, action=action, note=note, **details)
    kind, data = _financing_flavour(rule.notice), financing_names(financing)
    if rule.tell == "parties":
        for organization in (financing.fund.organization, financing.recipient):
            notifications.notify_organization(organization, kind, data, link=f"/financing/{financing.id}")
    elif rule.tell == "admins":
        admins = db.session.execute(db.select(User).where(User.role == Role.ADMIN, User.active.is_(True))).scalars()
        for admin in admins:
            notifications.notify_user(admin, kind, data, link="/admin/matches?kind=financing&status=requested")


def announce(actor: User | None, match: Match, name: str) -> None:
    """Audit and tell a row created straight into the target state of move ``name``."""
    _after_move(actor, match, TRANSITIONS[name], None, None, {})


def financing_names(financing: FinancingMatch) -> dict[str, str]:
    target = financing.target
    return {
        "fund": financing.fund.name,
        "investor": financing.fund.organization.name,
        "target": getattr(target, "title", None) or target.name,
        "recipient": financing.recipient.name,
    }


# --- what a user sees -------------------------------------------------------------------


def get_match(user: User | None, match_id: int) -> Match:
    match = db.session.get(Match, match_id)
    if match is None or not policy.can_view_match(user, match):
        raise NotFound(_("No such match."))
    return match


def visible_matches_statement(user: User, status: MatchStatus | None = None):
    """The matches ``user`` may see as a SELECT: needs with the newest activity first, each
    need's matches together, best score first."""
    statement = db.select(Match).join(Match.need).join(Match.technology).where(policy.visible_matches_clause(user))
    if status is not None:
        statement = statement.where(Match.status == status)
    need_activity = db.func.max(Match.updated_at).over(partition_by=Match.need_id)
    best_first = db.func.coalesce(Match.score, -1.0).desc()
    return statement.order_by(need_activity.desc(), Match.need_id.desc(), best_first, Match.id.desc())


# --- moves ------------------------------------------------------------------------------


def request_introduction(user: User, need_id: Any, technology_id: Any, message: Any = None) -> tuple[Match, bool]:
    """A party asks for an introduction; returns (match, whether it became 'requested' now).

    The city that owns the need may ask for any public technology; the company that owns
    the technology may ask for any open, public need. The same pair gives the same match.
    ``message`` (optional) goes with the request to the admins and, from a company, the city.
    """
    ids = clean(
        (*INTRODUCTION_FIELDS, REQUEST_MESSAGE),
        {"need_id": need_id, "technology_id": technology_id, "message": message},
    )
    text = ids["message"] or None
    need = db.session.get(Need, ids["need_id"])
    technology = db.session.get(Technology, ids["technology_id"])
    if need is None or not policy.can_view_need(user, need):
        raise ValidationError({"need_id": _("No such need.")})
    if technology is None or not policy.can_view_technology(user, technology):
        raise ValidationError({"technology_id": _("No such technology.")})
    if not policy.can_request(user, need, technology):
        if policy.belongs_to(user, need.organization_id) or policy.belongs_to(user, technology.organization_id):
            raise ValidationError({"need_id": _("Both the need and the technology must be public to be introduced.")})
        raise PermissionDenied(_("Only the city of the need or the company of the technology can ask."))

    match = _match_for_update(need.id, technology.id)
    if match is None:
        match = _new_request(user, need, technology, text)
        if match is not None:
            _after_move(user, match, TRANSITIONS["request"], None, None, {})
            _tell_city_of_request(user, match)
            return match, True
        match = _match_for_update(need.id, technology.id)  # the same pair was asked for at this moment
    if match.status is S.SUGGESTED:
        values = {"requested_by_id": user.id, "requested_at": utc_now(), "request_message": text}
        move(user, match, "request", values=values)
        _tell_city_of_request(user, match)
        return match, True
    if policy.is_refused_suggestion(match):
        raise Conflict(_("Our staff decided against this introduction; it cannot be asked for again."))
    if not policy.can_view_match(user, match):  # asked by the other side, or refused: not ours to see
        raise Conflict(_("An introduction for this pair is already being considered."))
    return match, False


def _new_request(user: User, need: Need, technology: Technology, message: str | None = None) -> Match | None:
    """Insert the pair as requested; None if a concurrent request inserted it first."""
    match = Match(
        need=need,
        technology=technology,
        status=S.REQUESTED,
        origin=MatchOrigin.REQUEST,
        need_version=need.version,
        technology_version=technology.version,
        requested_by_id=user.id,
        requested_at=utc_now(),
        request_message=message,
    )
    db.session.add(match)
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError:
        return None
    return match


def decide(
    admin: User, match_id: int, approve: bool, note: Any = None, requester_note: Any = None, model: type = Match
) -> Match:
    """An admin approves or rejects (a rejection needs a note). Exactly one decision wins.

    ``model`` is Match or FinancingMatch: a financing match is decided the same way. A rejected
    request is told kindly to the party that asked, with ``requester_note`` if the admin wrote
    one for them; the internal ``note`` never reaches them."""
    if not policy.is_admin(admin):
        raise PermissionDenied(_("Only admins approve or reject matches."))
    cleaned = clean(
        (NOTE if approve else REQUIRED_NOTE, REQUESTER_NOTE), {"note": note, "requester_note": requester_note}
    )
    note, for_requester = cleaned["note"], (cleaned["requester_note"] or None)
    match = db.session.get(model, match_id)
    if match is None:
        raise NotFound(_("No such match."))
    decision = {"decided_by_id": admin.id, "decided_at": utc_now(), "decision_note": note}
    told = not approve and model is Match  # a financing match has no separate note for its investor
    if told:
        decision["requester_note"] = for_requester
    match = move(admin, match, "approve" if approve else "reject", values=decision, note=note)
    if told:
        _tell_requester_of_rejection(match)
    return match


def _tell_requester_of_rejection(match: Match) -> None:
    requester = match.requested_by
    if requester is None or requester.organization is None:
        return
    data = {**_names(match), "note": match.requester_note or ""}
    notifications.notify_organization(requester.organization, "request_declined", data, link=f"/matches/{match.id}")


def decide_many(
    admin: User,
    match_ids: Iterable[int],
    approve: bool,
    note: Any = None,
    requester_note: Any = None,
    model: type = Match,
) -> dict[str, list[int]]:
    """Decide several matches in one transaction; each one decided meanwhile, or missing, is
    reported and skipped (a savepoint per match), the others stand."""
    # a bad note refuses the whole batch
    clean((NOTE if approve else REQUIRED_NOTE, REQUESTER_NOTE), {"note": note, "requester_note": requester_note})
    outcome: dict[str, list[int]] = {"done": [], "conflict": [], "missing": []}
    for match_id in dict.fromkeys(match_ids):
        try:
            with db.session.begin_nested():
                decide(admin, match_id, approve, note, requester_note, model)
            outcome["done"].append(match_id)
        except Conflict:
            outcome["conflict"].append(match_id)
        except NotFound:
            outcome["missing"].append(match_id)
    return outcome


def respond(user: User, match_id: int, interested: Any) -> Match:
    """A party of an approved match says whether it is interested.

    Both interested: connected. Either not: declined. Each side answers once; the UPDATE
    names the other side's answer as read, so two answers at once cannot both miss the yes.
    """
    answer = clean((ANSWER,), {"interested": interested})["interested"]
    match = get_match(user, match_id)
    if not policy.is_party(user, match):
        raise PermissionDenied(_("Only the two parties of a match answer it."))
    if match.status not in TRANSITIONS["answer"].sources:
        raise Conflict(str(UNANSWERABLE) % {"status": match.status.value})
    side = policy.side_to_answer(user, match)
    if side is None:
        raise Conflict(_("Your side has already answered."))
    other = "company" if side == "city" else "city"
    other_answer = getattr(match, f"{other}_interested")
    name = "decline" if not answer else "connect" if other_answer else "answer"
    own_column, other_column = (getattr(Match, f"{s}_interested") for s in (side, other))
    unchanged = other_column.is_(None) if other_answer is None else other_column == other_answer
    move(
        user,
        match,
        name,
        values={f"{side}_interested": answer},
        only_if=(own_column.is_(None), unchanged),
        interested=answer,
        side=side,
    )
    if match.status is S.CONNECTED:  # the first line of its stage history
        db.session.add(StageEntry(match_id=match.id, stage=MatchStage.CONNECTED, date=utc_now().date(), **_by(user)))
    return match


def post_message(user: User, match_id: int, body: Any) -> MatchMessage:
    """A message in the thread of a connected match (its parties and admins)."""
    match = get_match(user, match_id)
    if not policy.can_read_thread(user, match):
        raise PermissionDenied(_("Only the two parties write here."))
    if not policy.can_write_in_thread(user, match):
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


def messages_of(user: User | None, match_id: int) -> list[MatchMessage]:
    """The thread of a match, for its parties and admins."""
    match = get_match(user, match_id)
    if not policy.can_read_thread(user, match):
        raise PermissionDenied(_("Only the two parties write here."))
    return list(match.messages)


def history(match: Match) -> list[AuditEvent]:
    """The audit events of a match, oldest first."""
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


def _by(user: User) -> dict[str, int | None]:
    return {"organization_id": user.organization_id, "actor_id": user.id}


def _names(match: Match) -> dict[str, str]:
    return {
        "need": match.need.title,
        "technology": match.technology.name,
        "city": match.need.organization.name,
        "company": match.technology.organization.name,
    }


def _tell_admins(actor: User | None, match: Match, kind: str) -> None:
    """A request is news for the admins who decide; the other side hears only after approval."""
    admins = db.session.execute(db.select(User).where(User.role == Role.ADMIN, User.active.is_(True))).scalars()
    requester = actor.organization.name if actor is not None and actor.organization else getattr(actor, "email", "")
    data = {**_names(match), "requester": requester}
    if kind == "match_requested" and match.request_message:
        kind, data = "match_requested_with_message", {**data, "message": match.request_message}
    for admin in admins:
        notifications.notify_user(admin, kind, data, link="/admin/matches?status=requested")


def _tell_city_of_request(actor: User, match: Match) -> None:
    """A company's request, and its message, reach the city too (no contacts before approval)."""
    if not policy.is_company_side(actor, match) or policy.is_city_side(actor, match):
        return
    data = {**_names(match), "message": match.request_message or ""}
    notifications.notify_organization(match.need.organization, "introduction_asked", data, link=f"/matches/{match.id}")


# --- the admins' queue --------------------------------------------------------------------

QUEUE_FIELDS = (
    Field("status", "choice", required=False, choices=("open", *(s.value for s in MatchStatus)), default="open"),
    Field("category", "text", required=False, max_length=40),
    Field("city", "text", required=False, max_length=200),
    Field("country", "text", required=False, max_length=2),
    Field("min_score", "number", required=False, minimum=0, maximum=1),
    Field("sort", "choice", required=False, choices=("score", "oldest", "newest"), default="score"),
    Field("page", "integer", required=False, minimum=1, default=1),
    # One queue for both kinds: need x technology matches, or financing matches (services.financing).
    Field("kind", "choice", required=False, choices=("technology", "financing"), default="technology"),
)


def admin_queue(args: dict[str, Any]):
    """(filters, SELECT) of matches for the admins' queue; 'open' means suggested or requested."""
    filters = clean(QUEUE_FIELDS, args)
    statement = db.select(Match).join(Match.need).join(Need.organization)
    if filters["status"] == "open":
        statement = statement.where(Match.status.in_(policy.OPEN_FOR_DECISION))
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


def suggestions_for_need(need: Need, user: User | None = None) -> list[Match]:
    """The matches of a need, best first, as its city (or, with ``user``, that reader) sees them
    on the need's page: a suggestion the admins refused is left out for the city."""
    rows = db.session.execute(
        db.select(Match).where(Match.need_id == need.id).order_by(Match.score.desc().nulls_last(), Match.id)
    ).scalars()
    return [m for m in rows if user is None or policy.can_view_match(user, m)]
