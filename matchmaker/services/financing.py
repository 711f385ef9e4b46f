"""Financing matches: an investor's interest in a technology or a need, through the same state
machine and admin gate as matches (services.matches.TRANSITIONS, move, decide)."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from sqlalchemy import or_
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import (
    FinancingMatch,
    Fund,
    Match,
    MatchOrigin,
    MatchStage,
    MatchStatus,
    Need,
    NeedCategory,
    Organization,
    StageEntry,
    Technology,
    TechnologyCategory,
    User,
    utc_now,
)
from . import matches, policy
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

S = MatchStatus
INTEREST_FIELDS = (
    Field("technology_id", "integer", required=False, minimum=1),
    Field("need_id", "integer", required=False, minimum=1),
)


def _target(user: User, data: dict[str, Any]) -> Technology | Need:
    """The technology or the need named in ``data`` (exactly one), if ``user`` may see it."""
    ids = clean(INTEREST_FIELDS, data)
    if (ids["technology_id"] is None) == (ids["need_id"] is None):
        raise ValidationError({"technology_id": _("Name either a technology or a need.")})
    if ids["technology_id"] is not None:
        technology = db.session.get(Technology, ids["technology_id"])
        if technology is None or not policy.can_view_technology(user, technology):
            raise ValidationError({"technology_id": _("No such technology.")})
        return technology
    need = db.session.get(Need, ids["need_id"])
    if need is None or not policy.can_view_need(user, need):
        raise ValidationError({"need_id": _("No such need.")})
    return need


def express_interest(user: User, fund: Fund, data: dict[str, Any]) -> tuple[FinancingMatch, bool]:
    """The fund's investor asks to be introduced; returns (financing match, whether new).

    The same fund and target give the same row; the pair must pass the contract's hard
    constraints (what the bridge checks before it ranks).
    """
    if not policy.can_express_interest(user, fund):
        raise PermissionDenied(_("Only the fund's investor, once verified, expresses interest."))
    target = _target(user, data)
    is_technology = isinstance(target, Technology)
    field = "technology_id" if is_technology else "need_id"
    public = policy.is_public_technology(target) if is_technology else policy.is_public_need(target)
    kind, trl = ("technology", target.trl) if is_technology else ("need", None)
    ruled_out = policy.fund_rules_out(fund, kind, policy.amount_sought(target), trl, target.organization.verified)
    if not public or ruled_out is not None:
        raise ValidationError({field: _("This does not fit the fund's mandate (ticket, targets or readiness).")})
    existing = _existing(fund, field, target.id)
    if existing is not None:
        return existing, False
    row = {
        "fund_id": fund.id,
        field: target.id,
        "status": S.REQUESTED,
        "origin": MatchOrigin.REQUEST,
        "requested_by_id": user.id,
        "requested_at": utc_now(),
        "reasons": [],
        "reasons_zh": [],
        "created_at": utc_now(),
        "updated_at": utc_now(),
    }
    # INSERT … ON CONFLICT DO NOTHING: the same interest sent twice at once makes one row.
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(FinancingMatch).values(**row).on_conflict_do_nothing(index_elements=["fund_id", field])
    new_id = db.session.execute(statement.returning(FinancingMatch.id)).scalar_one_or_none()
    financing = _existing(fund, field, target.id)
    if new_id is None:
        return financing, False
    matches.announce(user, financing, "request")
    return financing, True


def _existing(fund: Fund, field: str, target_id: int) -> FinancingMatch | None:
    return db.session.execute(
        db.select(FinancingMatch).where(FinancingMatch.fund_id == fund.id, getattr(FinancingMatch, field) == target_id)
    ).scalar_one_or_none()


def get_financing(user: User | None, financing_id: int) -> FinancingMatch:
    financing = db.session.get(FinancingMatch, financing_id)
    if financing is None or not policy.can_view_financing(user, financing):
        raise NotFound(_("No such financing match."))
    return financing


def visible_statement(user: User | None, status: MatchStatus | None = None):
    """The financing matches ``user`` may see, newest first."""
    statement = (
        db.select(FinancingMatch)
        .join(FinancingMatch.fund)
        .outerjoin(Technology, Technology.id == FinancingMatch.technology_id)
        .outerjoin(Need, Need.id == FinancingMatch.need_id)
        .where(policy.visible_financing_clause(user))
    )
    if status is not None:
        statement = statement.where(FinancingMatch.status == status)
    return statement.order_by(FinancingMatch.updated_at.desc(), FinancingMatch.id.desc())


def visible_statement_for_fund(fund: Fund) -> list[FinancingMatch]:
    """Every financing match of one fund (its investor's working list)."""
    statement = db.select(FinancingMatch).where(FinancingMatch.fund_id == fund.id).order_by(FinancingMatch.id)
    return list(db.session.execute(statement).scalars())


def decide(admin: User, financing_id: int, approve: bool, note: Any = None) -> FinancingMatch:
    """An admin approves (introducing the parties) or rejects with a note: the matches' decision."""
    return matches.decide(admin, financing_id, approve, note, model=FinancingMatch)


def respond(user: User, financing_id: int, interested: Any) -> FinancingMatch:
    """The company or city of an approved financing match answers: yes connects, no declines."""
    answer = clean((matches.ANSWER,), {"interested": interested})["interested"]
    financing = get_financing(user, financing_id)
    if not policy.is_recipient_side(user, financing):
        raise PermissionDenied(_("Only the company or city the investor would finance answers."))
    if not policy.can_answer_financing(user, financing):
        raise Conflict(str(matches.UNANSWERABLE) % {"status": financing.status.value})
    return matches.move(
        user,
        financing,
        "connect" if answer else "decline",
        values={"recipient_interested": answer},
        only_if=(FinancingMatch.recipient_interested.is_(None),),
        interested=answer,
    )


def financing_of_target(kind: str, target_id: int, user: User | None) -> list[FinancingMatch]:
    """The financing matches of one technology or need that ``user`` may see (its page lists them)."""
    column = FinancingMatch.technology_id if kind == "technology" else FinancingMatch.need_id
    statement = visible_statement(user).where(column == target_id)
    return list(db.session.execute(statement).scalars())


# --- connected financing in the outcomes pipeline: a contract names what paid for it ----------


def named_by_contract(user: User, match: Match, stage: MatchStage, financing_id: int | None) -> int | None:
    """The financing match a move to ``stage`` names (None if none): only a contract names one,
    a connected financing match of the match's own technology or need, that ``user`` may see."""
    if financing_id is None:
        return None
    if stage is not MatchStage.CONTRACT:
        raise ValidationError({"financing_id": _("Only a contract names the financing that paid for it.")})
    financing = db.session.get(FinancingMatch, financing_id)
    if financing is None or not policy.can_name_financing(user, financing):
        raise ValidationError({"financing_id": _("No such financing match.")})
    if not finances(financing, match):
        raise ValidationError({"financing_id": _("This financing match is not for this match's technology or need.")})
    if financing.status is not MatchStatus.CONNECTED:
        raise ValidationError({"financing_id": _("Only a connected financing match can pay for a contract.")})
    return financing.id


def finances(financing: FinancingMatch, match: Match) -> bool:
    """Whether ``financing`` is for the technology or the need of ``match``."""
    if financing.technology_id is not None:
        return financing.technology_id == match.technology_id
    return financing.need_id == match.need_id


def financing_choices(user: User | None, match: Match) -> list[FinancingMatch]:
    """The connected financing matches a contract of ``match`` may name, as ``user`` sees them."""
    statement = visible_statement(user, MatchStatus.CONNECTED).where(
        or_(FinancingMatch.technology_id == match.technology_id, FinancingMatch.need_id == match.need_id)
    )
    return list(db.session.execute(statement).scalars())


def contract_financing(match: Match) -> FinancingMatch | None:
    """The financing match the match's contract named, if any (shown on its outcome)."""
    for entry in match.stage_entries:
        if entry.stage is MatchStage.CONTRACT and entry.financing is not None:
            return entry.financing
    return None


def led_to(financing_ids: list[int]) -> dict[int, list[Match]]:
    """What connected financing led to: per financing match, the connected matches whose
    contract named it (the investor's portfolio), oldest contract first."""
    if not financing_ids:
        return {}
    rows = db.session.execute(
        db.select(StageEntry.financing_match_id, Match)
        .join(Match, Match.id == StageEntry.match_id)
        .where(
            StageEntry.financing_match_id.in_(financing_ids),
            StageEntry.stage == MatchStage.CONTRACT,
            Match.status == MatchStatus.CONNECTED,
        )
        .order_by(StageEntry.date, StageEntry.id)
    )
    found: dict[int, list[Match]] = {}
    for financing_id, match in rows:
        found.setdefault(financing_id, []).append(match)
    return found


def portfolio(financing_matches: list[FinancingMatch]) -> list[tuple[FinancingMatch, Match]]:
    """(financing match, the match whose contract it paid for) pairs, for the investor's pages."""
    found = led_to([financing.id for financing in financing_matches])
    return [(financing, match) for financing in financing_matches for match in found.get(financing.id, [])]


def admin_queue(filters: dict[str, Any]):
    """The admins' queue of financing matches, with the matches' checked filters
    (matches.QUEUE_FIELDS): state ('open': suggested or requested), category of the technology
    or need, city or company name, country of either side, oldest or newest first."""
    statement = db.select(FinancingMatch).join(FinancingMatch.fund)
    if filters["status"] == "open":
        statement = statement.where(FinancingMatch.status.in_(policy.OPEN_FOR_DECISION))
    else:
        statement = statement.where(FinancingMatch.status == MatchStatus(filters["status"]))
    if filters["category"]:
        slug = filters["category"]
        statement = statement.where(
            or_(
                FinancingMatch.technology_id.in_(
                    db.select(TechnologyCategory.technology_id).where(TechnologyCategory.slug == slug)
                ),
                FinancingMatch.need_id.in_(db.select(NeedCategory.need_id).where(NeedCategory.slug == slug)),
            )
        )
    recipient = _recipient_organizations()
    if filters["city"]:
        named = Organization.name.ilike(f"%{matches._escape(filters['city'])}%", escape="\\")
        statement = statement.where(FinancingMatch.id.in_(recipient.where(named)))
    if filters["country"]:
        country = filters["country"].upper()
        investor_country = db.select(Organization.id).where(Organization.country == country)
        statement = statement.where(
            or_(
                Fund.organization_id.in_(investor_country),
                FinancingMatch.id.in_(recipient.where(Organization.country == country)),
            )
        )
    if filters["sort"] == "newest":
        return statement.order_by(FinancingMatch.created_at.desc(), FinancingMatch.id.desc())
    return statement.order_by(FinancingMatch.created_at, FinancingMatch.id)


def _recipient_organizations():
    """SELECT financing match ids joined with the organisation of their technology or need."""
    owner = db.func.coalesce(Technology.organization_id, Need.organization_id)
    return (
        db.select(FinancingMatch.id)
        .outerjoin(Technology, Technology.id == FinancingMatch.technology_id)
        .outerjoin(Need, Need.id == FinancingMatch.need_id)
        .join(Organization, Organization.id == owner)
    )


# --- insights: capital sought against capital offered ------------------------------------------


def capital_figures() -> dict[str, Any]:
    """Capital sought (technologies raising, needs seeking finance: public ones) against capital
    offered (the largest ticket of each public fund), by category and by country, and financing
    matches by state. A record in two categories counts in both."""
    sought_by_category: dict[str, float] = {}
    sought_by_country: dict[str, float] = {}
    public_technologies = db.select(Technology).join(Technology.organization).where(
        policy.public_technology_clause(), Technology.seeking_investment_usd.is_not(None)
    )
    public_needs = db.select(Need).join(Need.organization).where(policy.public_need_clause())
    records = [*db.session.execute(public_technologies).scalars(), *db.session.execute(public_needs).scalars()]
    for record in records:
        amount = policy.amount_sought(record)
        if amount is None:
            continue
        for slug in record.categories:
            sought_by_category[slug] = sought_by_category.get(slug, 0.0) + amount
        country = record.organization.country
        sought_by_country[country] = sought_by_country.get(country, 0.0) + amount
    offered_by_category: dict[str, float] = {}
    offered_by_country: dict[str, float] = {}
    public_funds = db.select(Fund).join(Fund.organization).where(policy.public_fund_clause())
    for fund in db.session.execute(public_funds).scalars():
        for slug in fund.categories:
            offered_by_category[slug] = offered_by_category.get(slug, 0.0) + fund.ticket_max_usd
        country = fund.organization.country
        offered_by_country[country] = offered_by_country.get(country, 0.0) + fund.ticket_max_usd
    states = dict.fromkeys((s.value for s in MatchStatus), 0)
    counted = db.select(FinancingMatch.status, db.func.count()).group_by(FinancingMatch.status)
    for status, count in db.session.execute(counted):
        states[status.value] = count
    return {
        "categories": _side_by_side(sought_by_category, offered_by_category),
        "countries": _side_by_side(sought_by_country, offered_by_country),
        "states": states,
    }


def _side_by_side(sought: dict[str, float], offered: dict[str, float]) -> list[dict[str, Any]]:
    keys = sorted(set(sought) | set(offered), key=lambda k: (-(sought.get(k, 0) + offered.get(k, 0)), k))
    return [{"key": k, "sought": sought.get(k, 0.0), "offered": offered.get(k, 0.0)} for k in keys]


def capital_rows(figures: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """The figures as (section, key, value) rows for the CSV."""
    rows: list[tuple[str, str, Any]] = []
    for section in ("categories", "countries"):
        for row in figures[section]:
            rows.append((f"{section}.sought_usd", row["key"], row["sought"]))
            rows.append((f"{section}.offered_usd", row["key"], row["offered"]))
    rows += [("financing_state", status, count) for status, count in figures["states"].items()]
    return rows
