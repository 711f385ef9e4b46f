"""What came of a connection (contract outcomes.md): stages, verification, impact, showcase.

A connected match moves forward through pilot, contract and operating, or stops, with the
rows of the one state machine (``matches.TRANSITIONS["stage_…"]``, made by ``matches.move``):
a conditional UPDATE naming the stage the mover saw, so of two parties moving at once exactly
one wins. Each move also writes a line of the stage history (:class:`StageEntry`) with the
figures of that stage. Reported, verified and estimated reductions are kept apart: nothing
here adds one kind to another.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import (
    PROCUREMENT_ROUTES,
    Match,
    MatchStage,
    MatchStatus,
    Need,
    Organization,
    Showcase,
    StageEntry,
    Technology,
    User,
    utc_now,
)
from . import audit, currency, matches, policy
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

G = MatchStage
FORWARD = (G.CONNECTED, G.PILOT, G.CONTRACT, G.OPERATING)
# From contract on, a match counts in a city's pipeline (contract outcomes.md, impact).
CONTRACTED = frozenset({G.CONTRACT, G.OPERATING})
LARGEST = 1e15  # no honest figure is larger; keeps floats sane on both databases


def _quantity(name: str, unit_help: Any) -> Field:
    return Field(name, "number", required=False, minimum=0, maximum=LARGEST, description=unit_help)


STAGE_FIELDS = (
    Field("stage", "choice", choices=tuple(stage.value for stage in MatchStage)),
    Field("date", "date", description=_l("The day the stage was reached (YYYY-MM-DD); not in the future.")),
    Field("note", "text", required=False, max_length=2000, multiline=True),
    Field(
        "contract_value",
        "object",
        required=False,
        properties={"amount": {"type": "number"}, "currency": {"type": "string"}},
        description=_l("Required for contract: {amount > 0, currency as ISO 4217, e.g. USD or CNY}."),
    ),
    Field("procurement_route", "choice", required=False, choices=PROCUREMENT_ROUTES),
    Field("pilot_scope", "text", required=False, max_length=2000, multiline=True),
    Field("pilot_start", "date", required=False),
    Field("pilot_end", "date", required=False),
    _quantity("co2e_t_per_year", _l("Reduction the deployment is reported to deliver, t CO2e a year.")),
    _quantity("pm25_kg_per_year", _l("PM2.5 avoided, kg a year.")),
    _quantity("nox_kg_per_year", _l("NOx avoided, kg a year.")),
    _quantity("water_m3_per_year", _l("Water saved, m³ a year.")),
    _quantity("waste_t_per_year", _l("Waste diverted, t a year.")),
    Field(
        "financing_id",
        "integer",
        required=False,
        minimum=1,
        description=_l("For contract: the connected financing match that paid for it (optional)."),
    ),
)
CO_BENEFITS = ("pm25_kg_per_year", "nox_kg_per_year", "water_m3_per_year", "waste_t_per_year")
EVIDENCE = Field("note", "text", min_length=3, max_length=2000, multiline=True)


# --- stages -----------------------------------------------------------------------------------


def current_stage(match: Match) -> MatchStage | None:
    """The stage of a connected match (null before connection, contract outcomes.md)."""
    if match.status is not MatchStatus.CONNECTED:
        return None
    return match.stage or G.CONNECTED


def move_stage(user: User, match_id: int, data: Any) -> Match:
    """A party of the connected match (or an admin) moves it forward, or stops it."""
    match = matches.get_match(user, match_id)
    if not policy.can_move_stage(user, match):
        raise PermissionDenied(_("Only the two parties of a match and admins move its stage."))
    values = clean(STAGE_FIELDS, data)
    target = MatchStage(values["stage"])
    _check_stage_data(target, values)
    from .financing import named_by_contract  # financing imports matches, as this module does

    values["financing_id"] = named_by_contract(user, match, target, values["financing_id"])
    stage = current_stage(match)
    _check_move(stage, target)
    _check_date(user, match, values)
    if match.stage is None:  # connected before stages existed: it stands at "connected"
        db.session.execute(
            db.update(Match).where(Match.id == match.id, Match.stage.is_(None)).values(stage=G.CONNECTED)
        )
    changes: dict[str, Any] = {}
    if values["co2e_t_per_year"] is not None:
        changes["co2e_t_per_year"] = values["co2e_t_per_year"]
    if target is G.CONTRACT:
        changes |= {"contract_amount": values["contract_value"][0], "contract_currency": values["contract_value"][1]}
    matches.move(
        user,
        match,
        f"stage_{target.value}",
        values=changes,
        only_if=(Match.status == MatchStatus.CONNECTED, Match.stage == stage),  # the stage the mover saw
        note=values["note"],
        date=values["date"].isoformat(),
        **({"financing_id": values["financing_id"]} if values["financing_id"] else {}),
    )
    db.session.add(_history_entry(user, match, target, values))
    from .checkins import close_open  # check-ins ask where a match stands: a move answers them

    close_open(match, target)
    db.session.flush()
    db.session.refresh(match)
    return match


def _check_stage_data(target: MatchStage, values: dict[str, Any]) -> None:
    """What each stage needs: a contract its value, a stop its reason; sane pilot dates."""
    errors: dict[str, str] = {}
    if target is G.CONTRACT:
        try:
            values["contract_value"] = _contract_value(values["contract_value"])
        except ValidationError as error:
            errors |= error.fields
    elif values["contract_value"] is not None:
        errors["contract_value"] = _("A contract value is given only when the stage is contract.")
    if target is G.STOPPED and not values["note"]:
        errors["note"] = _("Say why the match stopped.")
    if values["pilot_start"] and values["pilot_end"] and values["pilot_end"] < values["pilot_start"]:
        errors["pilot_end"] = _("The pilot cannot end before it starts.")
    if errors:
        raise ValidationError(errors)


def _contract_value(value: dict[str, Any] | None) -> tuple[float, str]:
    """(amount, currency) of a contract value: amount > 0, an ISO 4217 currency."""
    if value is None:
        raise ValidationError({"contract_value": _("A contract needs its value (amount and currency).")})
    errors: dict[str, str] = {}
    amount, code = value.get("amount"), value.get("currency")
    if isinstance(amount, str):
        amount = amount.strip().replace(",", "")
        try:
            amount = float(amount)
        except ValueError:
            amount = None
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not 0 < amount <= LARGEST:
        errors["contract_value.amount"] = _("Enter an amount greater than zero.")
    code = code.strip().upper() if isinstance(code, str) else ""
    if not currency.is_currency(code):
        errors["contract_value.currency"] = _("Enter a currency code of ISO 4217, such as USD or CNY.")
    if errors:
        raise ValidationError(errors)
    return float(amount), code


def _check_move(stage: MatchStage | None, target: MatchStage) -> None:
    if stage is None:
        raise Conflict(_("Only a connected match has stages."))
    if stage is G.STOPPED:
        raise Conflict(_("This match has stopped; its stage cannot change any more."))
    if target is not G.STOPPED and FORWARD.index(target) <= FORWARD.index(stage):
        raise Conflict(_("A stage moves forward only (it is %(stage)s now).", stage=stage_label(stage)))


def _check_date(user: User, match: Match, values: dict[str, Any]) -> None:
    when: date = values["date"]
    if when > today_for(user):
        raise ValidationError({"date": _("The date cannot be in the future.")})
    previous = match.stage_entries[-1].date if match.stage_entries else None
    if previous is not None and when < previous:
        raise ValidationError(
            {"date": _("The date cannot be before the previous stage's (%(date)s).", date=previous.isoformat())}
        )


def today_for(user: User | None) -> date:
    """Today where ``user`` lives (their time zone, else UTC): Shanghai is a day ahead of San Francisco."""
    zone = getattr(user, "timezone", None)
    try:
        return datetime.now(ZoneInfo(zone)).date() if zone else utc_now().date()
    except (KeyError, ValueError):
        return utc_now().date()


def _history_entry(user: User | None, match: Match, stage: MatchStage, values: dict[str, Any]) -> StageEntry:
    amount, code = values.get("contract_value") or (None, None)
    return StageEntry(
        match_id=match.id,
        stage=stage,
        date=values["date"],
        organization_id=getattr(user, "organization_id", None),
        actor_id=getattr(user, "id", None),
        note=values.get("note"),
        pilot_scope=values.get("pilot_scope"),
        pilot_start=values.get("pilot_start"),
        pilot_end=values.get("pilot_end"),
        contract_amount=amount,
        contract_currency=code,
        procurement_route=values.get("procurement_route"),
        co2e_t_per_year=values.get("co2e_t_per_year"),
        financing_match_id=values.get("financing_id"),
        **{name: values.get(name) for name in CO_BENEFITS},
    )


def record_connection(user: User | None, match: Match) -> None:
    """The first line of the stage history, when both parties said yes."""
    db.session.add(_history_entry(user, match, G.CONNECTED, {"date": today_for(user)}))


def stage_label(stage: MatchStage | str | None) -> str:
    from ..labels import stage_label as label  # labels know the translated names

    return label(stage)


# --- verification --------------------------------------------------------------------------


def verify(admin: User, match_id: int, note: Any) -> Match:
    """The centre checked the reported reduction of an operating match (with a note on the evidence)."""
    if not policy.can_verify_outcome(admin):
        raise PermissionDenied(_("Only admins verify reported reductions."))
    match = db.session.get(Match, match_id)
    if match is None:
        raise NotFound(_("No such match."))
    evidence = clean((EVIDENCE,), {"note": note})["note"]
    if current_stage(match) is not G.OPERATING:
        raise Conflict(_("Only the reduction of an operating match is verified."))
    if match.co2e_t_per_year is None:
        raise Conflict(_("No reduction has been reported for this match yet."))
    if match.co2e_verified:
        raise Conflict(_("This reduction is already verified."))
    verified = {"co2e_verified": True, "verified_at": utc_now(), "verified_by_id": admin.id}
    return matches.move(
        admin,
        match,
        "verify",
        values={**verified, "verification_note": evidence},
        only_if=(Match.status == MatchStatus.CONNECTED, Match.co2e_verified.is_(False)),
        note=evidence,
        co2e_t_per_year=match.co2e_t_per_year,
    )


# --- impact ----------------------------------------------------------------------------------


def reduction(match: Match) -> tuple[float | None, str]:
    """(t CO2e a year, its kind): "verified", "reported", "estimated" or "none"; never mixed."""
    if match.co2e_t_per_year is not None:
        return match.co2e_t_per_year, "verified" if match.co2e_verified else "reported"
    estimate = match.technology.co2e_reduction_t_per_year
    return (estimate, "estimated") if estimate is not None else (None, "none")


def contract_value_usd(match: Match) -> float | None:
    return currency.to_usd(match.contract_amount, match.contract_currency)


def get_impact_organization(user: User, organization_id: int) -> Organization:
    organization = db.session.get(Organization, organization_id)
    if organization is None or not policy.can_view_organization(user, organization):
        raise NotFound(_("No such organisation."))
    if not policy.can_view_impact(user, organization):
        raise PermissionDenied(_("Only the organisation's own users and admins see its impact."))
    return organization


def outcome_matches(organization: Organization) -> list[Match]:
    """The connected matches of a city's needs, or of a company's technologies."""
    owner = Need.organization_id if organization.kind.value == "city" else Technology.organization_id
    return list(
        db.session.execute(
            db.select(Match)
            .join(Need, Need.id == Match.need_id)
            .join(Technology, Technology.id == Match.technology_id)
            .where(owner == organization.id, Match.status == MatchStatus.CONNECTED)
            .order_by(Match.updated_at.desc(), Match.id.desc())
        ).scalars()
    )


def totals(items: list[Match]) -> dict[str, float]:
    """Pipeline (contract or later, reported else estimated), operating, verified; contract value in USD."""
    pipeline = operating = verified = value = 0.0
    for match in items:
        stage = current_stage(match)
        if stage not in CONTRACTED:
            continue
        figure, kind = reduction(match)
        pipeline += figure or 0.0
        if stage is G.OPERATING:
            operating += figure or 0.0
            if kind == "verified":
                verified += figure or 0.0
        value += contract_value_usd(match) or 0.0
    return {
        "pipeline_t_per_year": pipeline,
        "operating_t_per_year": operating,
        "verified_t_per_year": verified,
        "contract_value_usd": value,
    }


def impact(organization: Organization) -> dict[str, float]:
    """The contract's impact figures of an organisation (a city's targets are its needs')."""
    target = db.session.execute(
        db.select(db.func.coalesce(db.func.sum(Need.co2e_target_t_per_year), 0.0)).where(
            Need.organization_id == organization.id
        )
    ).scalar_one()
    return {"target_t_per_year": float(target), **totals(outcome_matches(organization))}


def impact_by_need(organization: Organization) -> list[dict[str, Any]]:
    """Per need of a city: its target beside the pipeline, operating and verified reductions."""
    by_need: dict[int, list[Match]] = {}
    for match in outcome_matches(organization):
        by_need.setdefault(match.need_id, []).append(match)
    needs = db.session.execute(
        db.select(Need).where(Need.organization_id == organization.id).order_by(Need.created_at, Need.id)
    ).scalars()
    return [
        {"need": need, "target_t_per_year": need.co2e_target_t_per_year or 0.0, **totals(by_need.get(need.id, []))}
        for need in needs
    ]


# --- showcase --------------------------------------------------------------------------------

CONSENT_FIELDS = (
    Field("consent", "boolean"),
    Field("story", "text", required=False, max_length=4000, multiline=True),
    Field("story_zh", "text", required=False, max_length=4000, multiline=True),
)
SHOWCASE_FILTERS = (
    Field("category", "text", required=False, max_length=40),
    Field("country", "text", required=False, max_length=2),
    Field("city", "text", required=False, max_length=200),
    Field("page", "integer", required=False, minimum=1, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)
SHOWN = frozenset({G.CONTRACT, G.OPERATING})


def find_showcase(match: Match) -> Showcase | None:
    return db.session.get(Showcase, match.id)


def showcase_of(match: Match) -> Showcase:
    showcase = db.session.get(Showcase, match.id)
    if showcase is None:
        showcase = Showcase(match_id=match.id, city_consent=False, company_consent=False)
        db.session.add(showcase)
    return showcase


def consent(user: User, match_id: int, data: Any) -> Showcase:
    """A party says whether the match may be shown, and in its own words; no withdraws it at once."""
    match = matches.get_match(user, match_id)
    side = policy.showcase_side(user, match)
    if side is None:
        raise PermissionDenied(_("Only the two parties of a match consent to its story."))
    values = clean(CONSENT_FIELDS, data)
    if current_stage(match) is None:
        raise Conflict(_("Only a connected match can become a story."))
    showcase = showcase_of(match)
    setattr(showcase, f"{side}_consent", values["consent"])
    for key in ("story", "story_zh"):
        if values[key] is not None:
            setattr(showcase, f"{side}_{key}", values[key])
    if not values["consent"]:
        showcase.published_at = None  # withdrawn: out of the showcase at once
    audit.record(user, "match.showcase_consent", match, consent=values["consent"], side=side)
    db.session.flush()
    return showcase


def publish(admin: User, match_id: int) -> Showcase:
    """An admin publishes a story both parties consented to, once the match reached contract."""
    if not policy.can_publish_showcase(admin):
        raise PermissionDenied(_("Only admins publish stories."))
    match = db.session.get(Match, match_id)
    if match is None:
        raise NotFound(_("No such match."))
    if current_stage(match) not in SHOWN:
        raise Conflict(_("A story is published once the match has reached contract."))
    published = db.session.execute(
        db.update(Showcase)
        .where(Showcase.match_id == match.id, Showcase.city_consent.is_(True), Showcase.company_consent.is_(True))
        .values(published_at=db.func.coalesce(Showcase.published_at, utc_now()), published_by_id=admin.id)
        .execution_options(synchronize_session=False)
    )
    if published.rowcount != 1:
        raise Conflict(_("Both parties must consent before the story is published."))
    audit.record(admin, "match.showcase_publish", match)
    showcase = db.session.get(Showcase, match.id)
    db.session.refresh(showcase)
    return showcase


def showcase_statement(filters: dict[str, Any] | None = None):
    """Published stories both parties still consent to, of matches at contract or later, newest first."""
    filters = filters or {}
    statement = (
        db.select(Match)
        .join(Showcase, Showcase.match_id == Match.id)
        .join(Need, Need.id == Match.need_id)
        .join(Organization, Organization.id == Need.organization_id)
        .where(
            Showcase.published_at.is_not(None),
            Showcase.city_consent.is_(True),
            Showcase.company_consent.is_(True),
            Match.status == MatchStatus.CONNECTED,
            Match.stage.in_(SHOWN),
        )
    )
    if filters.get("category"):
        from ..models import TechnologyCategory

        statement = statement.where(
            Match.technology_id.in_(
                db.select(TechnologyCategory.technology_id).where(TechnologyCategory.slug == filters["category"])
            )
        )
    if filters.get("country"):
        statement = statement.where(Organization.country == filters["country"].upper())
    if filters.get("city"):
        statement = statement.where(Organization.name == filters["city"])
    return statement.order_by(Showcase.published_at.desc(), Match.id.desc())


def get_story(match_id: int) -> Match:
    story = db.session.execute(showcase_statement().where(Match.id == match_id)).scalar_one_or_none()
    if story is None:
        raise NotFound(_("No such story."))
    return story


def story_words(match: Match, language: str) -> str | None:
    """The parties' own words in ``language`` ("en" or "zh"), the city's first."""
    showcase = db.session.get(Showcase, match.id)
    suffix = "_zh" if language == "zh" else ""
    parts = [getattr(showcase, f"{side}_story{suffix}") for side in ("city", "company")] if showcase else []
    words = "\n\n".join(part for part in parts if part)
    return words or None


def story_year(match: Match) -> int:
    return match.stage_entries[-1].date.year if match.stage_entries else match.updated_at.year


def platform_totals() -> dict[str, float]:
    """The home page's figures: meetings held, introductions, contracts, t CO2e a year operating and verified."""
    from .events import meetings_held
    introductions = db.session.execute(
        db.select(db.func.count()).select_from(Match).where(Match.status.in_(policy.INTRODUCED))
    ).scalar_one()
    connected = list(
        db.session.execute(db.select(Match).where(Match.status == MatchStatus.CONNECTED, Match.stage.in_(SHOWN)))
        .scalars()
        .all()
    )
    figures = totals(connected)
    return {
        "meetings_held": meetings_held(),
        "introductions": introductions,
        "contracts": len(connected),
        "operating_t_per_year": reported_operating(connected),
        "verified_t_per_year": figures["verified_t_per_year"],
    }


def reported_operating(items: list[Match]) -> float:
    """t CO2e a year that the parties reported for deployments in operation; estimates left out.

    The impact contract's ``operating`` falls back to the technology's estimate; a public
    total labelled "reported" must not, or an estimate would pass for a measured figure.
    """
    return sum(
        match.co2e_t_per_year or 0.0
        for match in items
        if current_stage(match) is G.OPERATING and match.co2e_t_per_year is not None
    )


def showcase_choices() -> dict[str, list]:
    """The filters' choices on the showcase page: categories, countries and cities that have a story."""
    stories = list(db.session.execute(showcase_statement()).scalars())
    return {
        "categories": sorted({slug for story in stories for slug in story.technology.categories}),
        "countries": sorted({story.need.organization.country for story in stories}),
        "cities": sorted({story.need.organization.name for story in stories}),
    }
