"""The demo data set loaded by ``flask seed-demo`` (and by ``make run`` on the first run).

Invented organisations only (matchmaker/demo_data/*.json). Everything is created through
the services, so the demo data passes the same checks as real input and leaves the same
audit trail. Demo passwords are printed by the command and listed in README.md: never load
demo data on a public server.
"""

from __future__ import annotations

import json
from datetime import timedelta
from importlib import resources
from typing import Any

from . import matching
from .extensions import db
from .models import (
    FinancingMatch,
    Match,
    MatchOrigin,
    MatchStatus,
    Need,
    Organization,
    OrganizationKind,
    Role,
    Technology,
    User,
    utc_now,
)
from .services import accounts, financing, funds, matches, needs, organizations, technologies
from .services.passwords import hash_password

DEMO_PASSWORD = "matchmaker-demo-2026"
ADMIN_EMAIL = "admin@matchmaker.example"
# Organisations left waiting so the verification queue has something to show (chosen so
# that no need loses its best match to it).
WAITING = {"c30", "city12"}
UNVERIFIED = len(WAITING)


def _load(name: str) -> list[dict[str, Any]]:
    return json.loads(resources.files("matchmaker.demo_data").joinpath(name).read_text(encoding="utf-8"))


def load_demo_data() -> list[tuple[str, str, str]]:
    """Create the demo accounts, records and matches; return (e-mail, password, role) of accounts."""
    if accounts.find_by_email(ADMIN_EMAIL) is not None:
        return []
    admin = accounts.create_admin(ADMIN_EMAIL, DEMO_PASSWORD)
    password_hash = hash_password(DEMO_PASSWORD)
    created = [(ADMIN_EMAIL, DEMO_PASSWORD, "admin")]
    users: dict[str, User] = {}
    for role, file_name in (("company", "companies.json"), ("city", "cities.json")):
        entries = _load(file_name)
        for entry in entries:
            users[entry["key"]] = _member(admin, role, entry, password_hash, entry["key"] not in WAITING)
            created.append((entry["email"], DEMO_PASSWORD, role))
    db.session.flush()
    _records(users)
    matching.forget_indexes()
    matching.refresh_all()
    _matches_in_every_state(admin)
    created += _financing(admin, password_hash, users)
    _outcomes(admin)
    from .demo_events import load_demo_events  # issue 9: a trade mission and a summit

    load_demo_events(admin, users)
    return created


def _member(admin: User, role: str, entry: dict[str, Any], password_hash: str, verified: bool) -> User:
    """An organisation with one member, verified by the demo admin unless left waiting."""
    organization = Organization(
        kind=OrganizationKind(role),
        name=entry["name"],
        country=entry["country"],
        region=entry["region"],
        website=entry.get("website"),
        description=entry.get("description", ""),
        contact_email=entry["email"],
        contact_name=entry.get("contact_name", ""),
        languages=entry.get("languages", []),
        climate_goals=entry.get("climate_goals", []) if role == "city" else [],
    )
    language = "zh" if entry["country"] == "CN" else "en"
    user = User(
        email=entry["email"], password_hash=password_hash, role=Role(role), organization=organization, locale=language
    )
    db.session.add_all([organization, user])
    db.session.flush()
    if verified:
        organizations.verify(admin, organization)
    return user


def _records(users: dict[str, User]) -> None:
    for entry in _load("technologies.json"):
        data = {key: value for key, value in entry.items() if key not in ("id", "company_key")}
        technology = technologies.create_technology(users[entry["company_key"]], data)
        technology.external_id = entry["id"]
    for entry in _load("needs.json"):
        data = {key: value for key, value in entry.items() if key not in ("id", "city_key", "city")}
        if data.get("status") == "closed":
            data.setdefault("outcome", "Pilot contract awarded after the introduction.")
            data["status"], closed = "open", True
        else:
            closed = False
        need = needs.create_need(users[entry["city_key"]], data)
        need.external_id = entry["id"]
        if closed:
            needs.update_need(users[entry["city_key"]], need, {"status": "closed", "outcome": data["outcome"]})


def _matches_in_every_state(admin: User) -> None:
    """Walk some engine suggestions through each state, as people would."""
    suggested = list(
        db.session.execute(
            db.select(Match).where(Match.status == MatchStatus.SUGGESTED).order_by(Match.score.desc(), Match.id)
        ).scalars()
    )
    # Best suggestion of each need first, so the walk spreads over many needs.
    seen, spread = set(), []
    for match in suggested:
        if match.need_id not in seen:
            seen.add(match.need_id)
            spread.append(match)
    plan = [
        "connected",
        "connected",
        "approved",
        "approved",
        "declined",
        "rejected",
        "requested",
        "requested",
        "requested",
        "approved",
    ]
    for days_ago, (match, target) in enumerate(zip(spread, plan, strict=False), start=3):
        _walk(admin, match, target)
        _backdate(match, days_ago)


def _backdate(match: Match, days_ago: int) -> None:
    """Give a walked match a past, so time-to-decision figures show something real."""
    db.session.flush()
    match.created_at = utc_now() - timedelta(days=days_ago)
    if match.decided_at is not None:
        match.decided_at = match.created_at + timedelta(hours=6 * days_ago)


def _walk(admin: User, match: Match, target: str) -> None:
    city = match.need.organization.members[0]
    company = match.technology.organization.members[0]
    asker = company if match.id % 2 else city
    matches.request_introduction(asker, match.need_id, match.technology_id)
    if target == "requested":
        return
    if target == "rejected":
        matches.decide(admin, match.id, approve=False, note="The need asks for a local supplier with references.")
        return
    matches.decide(admin, match.id, approve=True, note="Strong fit on problem, budget and readiness.")
    if target == "approved":
        return
    matches.respond(city, match.id, True)
    matches.respond(company, match.id, target == "connected")
    if target == "connected":
        matches.post_message(
            company,
            match.id,
            "Thank you for the introduction. Could we schedule a call next week? "
            "We can do 5 pm Pacific / 9 am China Standard Time.",
        )
        matches.post_message(city, match.id, "欢迎！下周二北京时间上午9点可以吗？")


# --- financing (issue 11): three invented investors, their funds, financing in every state -----

FINANCING_PLAN = ("connected", "approved", "requested", "declined", "rejected", "suggested")


def _financing(admin: User, password_hash: str, users: dict[str, User]) -> list[tuple[str, str, str]]:
    """Investors with funds; technologies raising money and needs seeking finance; each fund's
    best suggestions walked through the states of a financing match."""
    data = _load("financing.json")
    _amounts_sought(data)
    created, fund_rows = [], []
    for entry in data["investors"]:
        investor = _member(admin, "investor", entry, password_hash, verified=True)
        created.append((entry["email"], DEMO_PASSWORD, "investor"))
        fund_rows += [(investor, funds.create_fund(investor, fund)) for fund in entry["funds"]]
    db.session.flush()
    for investor, fund in fund_rows:
        for suggestion, target in zip(matching.fund_suggestions(fund, top=10), FINANCING_PLAN, strict=False):
            _walk_financing(admin, investor, fund, suggestion, target)
    return created


def _amounts_sought(data: dict[str, Any]) -> None:
    """Set what the demo technologies raise and the demo needs seek, through the services."""
    for external_id, amount in data["technologies_raising"].items():
        technology = db.session.execute(db.select(Technology).filter_by(external_id=external_id)).scalar_one()
        technologies.update_technology(
            technology.organization.members[0], technology, {"seeking_investment_usd": amount}
        )
    for external_id, (amount, checklist) in data["needs_seeking"].items():
        need = db.session.execute(db.select(Need).filter_by(external_id=external_id)).scalar_one()
        changes = {"funding": "seeking_finance", "finance_sought_usd": amount, "bankability": checklist}
        needs.update_need(need.organization.members[0], need, changes)


def _walk_financing(admin: User, investor: User, fund, suggestion, target: str) -> None:
    field = "technology_id" if suggestion.kind == "technology" else "need_id"
    if target == "suggested":  # an engine suggestion kept for the admins' queue
        db.session.add(
            FinancingMatch(
                fund=fund,
                status=MatchStatus.SUGGESTED,
                origin=MatchOrigin.ENGINE,
                score=suggestion.score,
                reasons=list(suggestion.reasons),
                reasons_zh=list(suggestion.reasons_zh),
                **{field: suggestion.id},
            )
        )
        return
    row, _created = financing.express_interest(investor, fund, {field: suggestion.id})
    row.score, row.reasons, row.reasons_zh = suggestion.score, list(suggestion.reasons), list(suggestion.reasons_zh)
    if target == "requested":
        return
    if target == "rejected":
        financing.decide(admin, row.id, approve=False, note="The project needs its permits before an introduction.")
        return
    financing.decide(admin, row.id, approve=True, note="Within the ticket and the mandate.")
    if target != "approved":
        financing.respond(row.recipient.members[0], row.id, target == "connected")
# What came of some connections (services/outcomes.py): every stage, two published stories,
# one stopped pilot. Each entry: the stages walked, with days ago, and whether it is published.
OUTCOMES = [
    (("pilot", 300), ("contract", 200), ("operating", 60), "verify", "publish"),
    (("pilot", 240), ("contract", 90), "publish"),
    (("pilot", 150), ("stopped", 40)),
    (("pilot", 30),),
    (("pilot", 280), ("contract", 170), ("operating", 20)),
]
STORIES = [
    (
        "Our district piloted the system on 20 office buildings before the tender; the results convinced the council.",
        "我们区先在20栋办公楼试点，再进行招标；试点结果说服了区政府。",
    ),
    (
        "A first deployment abroad for us, prepared with the city's engineers over a year.",
        "这是我们在海外的第一个项目，与市里的工程师一起准备了一年。",
    ),
]


def _outcomes(admin: User) -> None:
    """Connect the best suggestions still untouched and walk them on through the stages."""
    from .models import StageEntry
    from .services import outcomes

    untouched = list(
        db.session.execute(
            db.select(Match).where(Match.status == MatchStatus.SUGGESTED).order_by(Match.score.desc(), Match.id)
        ).scalars()
    )
    seen, chosen = set(), []
    for match in untouched:
        if match.need_id not in seen and match.technology_id not in {m.technology_id for m in chosen}:
            seen.add(match.need_id)
            chosen.append(match)
    for match, plan in zip(chosen, OUTCOMES, strict=False):
        _walk(admin, match, "connected")
        city = match.need.organization.members[0]
        company = match.technology.organization.members[0]
        db.session.flush()
        for line in db.session.execute(db.select(StageEntry).where(StageEntry.match_id == match.id)).scalars():
            line.date = (utc_now() - timedelta(days=400)).date()
        db.session.flush()
        for step in plan:
            if isinstance(step, tuple):
                _stage(city if step[0] != "contract" else company, match, *step)
        if "verify" in plan:
            outcomes.verify(admin, match.id, "Twelve months of metered data checked against the baseline.")
        if "publish" in plan:
            story, story_zh = STORIES[sum("publish" in p for p in OUTCOMES[: OUTCOMES.index(plan)])]
            outcomes.consent(city, match.id, {"consent": True, "story": story, "story_zh": story_zh})
            outcomes.consent(company, match.id, {"consent": True})
            outcomes.publish(admin, match.id)


def _stage(user: User, match: Match, stage: str, days_ago: int) -> None:
    from .services import outcomes

    when = (utc_now() - timedelta(days=days_ago)).date()
    data: dict[str, Any] = {"stage": stage, "date": when.isoformat()}
    if stage == "pilot":
        data |= {"pilot_scope": "20 sites for six months", "pilot_start": when.isoformat()}
    if stage == "contract":
        data |= {"contract_value": {"amount": 8_500_000, "currency": "CNY"}, "procurement_route": "pilot_to_contract"}
    if stage == "operating":
        estimate = match.technology.co2e_reduction_t_per_year or 1000
        data |= {"co2e_t_per_year": round(estimate * 0.8), "pm25_kg_per_year": 420, "nox_kg_per_year": 1300}
    if stage == "stopped":
        data["note"] = "The district moved the budget to another programme."
    outcomes.move_stage(user, match.id, data)
