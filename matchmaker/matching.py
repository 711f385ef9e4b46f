"""The one bridge between the database and the pure scoring engine.

Rows become the engine's inputs here, the engine's suggestions become Match rows here.
Each process keeps one warm index of the public technologies; a token in the settings
table changes whenever the catalogue does, and a process that sees a new token brings
its index up to date incrementally (changed versions upserted, vanished ids removed), so
several gunicorn workers and hosts stay consistent without rebuilding per request.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from flask import Flask, current_app, has_app_context
from sqlalchemy import event, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from . import scoring, tasks
from .database import savepoint_event
from .extensions import db
from .models import (
    Funding,
    Match,
    MatchOrigin,
    MatchStatus,
    Need,
    Organization,
    PartnerStatus,
    Technology,
    TechnologyCategory,
    utc_now,
)
from .services import alerts, changes, matches, policy, settings

log = logging.getLogger("matchmaker.matching")
BATCH = 200
CHANGES = ("added", "updated", "removed", "revived")  # what a refresh counts


# --- rows -> engine inputs ------------------------------------------------------------


def need_input(need: Need) -> scoring.Need:
    return scoring.Need(
        id=str(need.id),
        city=need.organization.name,
        title=need.title,
        categories=tuple(need.categories),
        description=need.description,
        budget_usd=need.budget_usd,
        min_trl=need.min_trl,
        region=need.region,
        co2e_target_t_per_year=need.co2e_target_t_per_year,
        deadline=need.deadline,
        partner_regions=_partner_regions(need),
    )


def _partner_regions(need: Need) -> tuple[str, ...]:
    """The regions of the cities that accepted to share a joint need (its own region aside)."""
    regions = {p.organization.region for p in need.partners if p.status is PartnerStatus.ACCEPTED}
    return tuple(sorted(regions - {need.region}))


_TECHNOLOGY_COLUMNS = (
    Technology.id,
    Organization.name,
    Technology.name,
    Technology.description,
    Technology.trl,
    Technology.cost_min_usd,
    Technology.cost_max_usd,
    Technology.regions_text,
    Technology.co2e_reduction_t_per_year,
    Technology.version,
)


def _public_technologies(*columns):
    return (
        select(*(columns or _TECHNOLOGY_COLUMNS))
        .join(Organization, Organization.id == Technology.organization_id)
        .where(policy.public_technology_clause())
    )


def _load_inputs(ids: list[int] | None) -> list[tuple[scoring.Technology, int]]:
    """(engine input, version) of public technologies, all of them or those of ``ids``.

    Plain columns rather than ORM objects: 100,000 technologies load in seconds.
    """
    results = []
    chunks = [None] if ids is None else [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        statement = _public_technologies()
        categories = select(TechnologyCategory.technology_id, TechnologyCategory.slug)
        if chunk is not None:
            statement = statement.where(Technology.id.in_(chunk))
            categories = categories.where(TechnologyCategory.technology_id.in_(chunk))
        slugs: dict[int, list[str]] = {}
        for technology_id, slug in db.session.execute(categories.order_by(TechnologyCategory.slug)):
            slugs.setdefault(technology_id, []).append(slug)
        for row in db.session.execute(statement):
            tid, company, name, description, trl, low, high, regions, co2e, version = row
            cost = (low, high) if low is not None and high is not None else None
            item = scoring.Technology(
                id=str(tid),
                company=company,
                name=name,
                categories=tuple(slugs.get(tid, ())),
                description=description,
                trl=trl,
                cost_usd=cost,
                regions=tuple(regions.split()),
                co2e_reduction_t_per_year=co2e,
            )
            results.append((item, version))
    return results


# --- the warm index -----------------------------------------------------------------------


@dataclass
class WarmIndex:
    engine: scoring.Engine | None = None
    token: str | None = None
    weights: str = ""
    versions: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_INDEXES: dict[str, WarmIndex] = {}


def current_engine() -> scoring.Engine:
    """The process's index of public technologies, brought up to date if the catalogue changed."""
    key = current_app.config["SQLALCHEMY_DATABASE_URI"]
    index = _INDEXES.setdefault(key, WarmIndex())
    token = settings.catalog_token()
    weights = settings.get("scoring_weights") or {}
    weights_key = json.dumps(weights, sort_keys=True)
    with index.lock:
        if index.engine is None or index.weights != weights_key:
            rows = _load_inputs(None)
            index.engine = scoring.Engine([item for item, _version in rows], weights=weights or None)
            index.versions = {int(item.id): version for item, version in rows}
            index.weights, index.token = weights_key, token
        elif index.token != token:
            _sync(index)
            index.token = token
        return index.engine


def technology_version(technology_id: int) -> int | None:
    index = _INDEXES.get(current_app.config["SQLALCHEMY_DATABASE_URI"])
    return index.versions.get(technology_id) if index else None


def _sync(index: WarmIndex) -> None:
    current = dict(db.session.execute(_public_technologies(Technology.id, Technology.version)).all())
    changed = [tid for tid, version in current.items() if index.versions.get(tid) != version]
    for tid in set(index.versions) - set(current):
        index.engine.remove(str(tid))
        del index.versions[tid]
    for item, version in _load_inputs(changed):
        index.engine.upsert(item)
        index.versions[int(item.id)] = version


def forget_indexes() -> None:
    """Drop every warm index (tests, and after a bulk import in the same process)."""
    _INDEXES.clear()


def warm_up(app: Flask) -> threading.Thread:
    """Build this process's index in the background, so the first ranking request need not wait.

    Called by each gunicorn worker as it starts (gunicorn.conf.py). A read only: it takes no
    write lock, and a failure is logged, never raised (the first request builds the index then).
    Once built, the process's long-lived objects are frozen (``gc.freeze``).
    """

    def build() -> None:
        with app.app_context():
            try:
                current_engine()
            except Exception:
                log.exception("warming the matching index failed")
            finally:
                db.session.remove()
            # The index and the modules loaded so far live as long as the process. Frozen out of
            # the collector's reach, a full collection walks only what requests leave behind:
            # without it one in ten directory pages of a 300-participant event paid 100-150 ms.
            gc.freeze()

    thread = threading.Thread(target=build, name="matching-warm-up", daemon=True)
    thread.start()
    return thread


# --- suggestions -> Match rows ----------------------------------------------------------


def rank(need: Need, top: int) -> list[scoring.Suggestion]:
    """The engine's ranking for ``need`` as the records are now."""
    return current_engine().rank(need_input(need), top=top)


def ranking_with_matches(need: Need, top: int) -> list[tuple[scoring.Suggestion, Match | None]]:
    """The engine's ranking for a public ``need`` as the records are now, each suggestion with
    the pair's match if there is one. The minimum score applies as to stored suggestions, so
    this live list and the need's page agree once the refresh after a change has run."""
    if not policy.is_public_need(need):
        return []
    existing = {m.technology_id: m for m in db.session.execute(select(Match).where(Match.need_id == need.id)).scalars()}
    threshold = settings.get("min_score")
    return [(s, existing.get(int(s.technology_id))) for s in rank(need, top=top) if s.score >= threshold]


@dataclass(frozen=True)
class FeedItem:
    """One public need ranked for a technology, with the pair's match only if the reader may see it."""

    need: Need
    suggestion: scoring.Suggestion
    match: Match | None


@dataclass(frozen=True)
class Feed:
    """A page of the needs that fit one technology, best first."""

    technology: Technology
    items: list[FeedItem]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def technology_feed(user, technology: Technology, page: int = 1, per_page: int = 10) -> Feed:
    """The open needs of verified cities that fit ``technology``, ranked by the engine for it.

    Scored live from the public records, never read from the stored suggestions (the admins'
    gate keeps those private): a match row appears only where the reader may see it anyway.
    Needs past their deadline are left out. Reasons are computed for the page shown only."""
    if not policy.can_see_feed(user, technology) or not policy.is_public_technology(technology):
        return Feed(technology, [], 0, page, per_page)
    today = utc_now().date()
    candidates = [
        need
        for need in db.session.execute(
            select(Need).join(Organization, Organization.id == Need.organization_id).where(policy.public_need_clause())
        ).scalars()
        if need.deadline is None or need.deadline >= today
    ]
    engine, threshold = current_engine(), settings.get("min_score")
    scores = engine.scores_of(str(technology.id), [need_input(need) for need in candidates])
    fitting = [(score, need) for score, need in zip(scores, candidates, strict=True) if score is not None]
    ranked = sorted(((s, n) for s, n in fitting if s >= threshold), key=lambda pair: (-pair[0], pair[1].id))
    shown = [need for _score, need in ranked[(page - 1) * per_page : page * per_page]]
    suggestions = engine.suggestions_of(str(technology.id), [need_input(need) for need in shown])
    existing = {
        m.need_id: m
        for m in db.session.execute(
            select(Match).where(Match.technology_id == technology.id, Match.need_id.in_([n.id for n in shown]))
        ).scalars()
    }
    items = []
    for need, suggestion in zip(shown, suggestions, strict=True):
        match = existing.get(need.id)
        visible = match if match is not None and policy.can_view_match(user, match) else None
        items.append(FeedItem(need, suggestion, visible))
    return Feed(technology, items, len(ranked), page, per_page)


def refresh_need(need: Need, suggestions: list[scoring.Suggestion] | None = None) -> dict[str, int]:
    """Keep the need's engine suggestions in step with the engine.

    Matches a person acted on are never touched; a rejected pair comes back only once the
    need or the technology changed since the rejection.
    """
    counts = dict.fromkeys(CHANGES, 0)
    existing = {m.technology_id: m for m in db.session.execute(select(Match).where(Match.need_id == need.id)).scalars()}
    if not policy.is_public_need(need):
        suggestions = []
    elif suggestions is None:
        suggestions = rank(need, top=settings.get("suggestions_per_need"))
    threshold = settings.get("min_score")
    kept = set()
    for suggestion in suggestions:
        if suggestion.score < threshold:
            continue
        technology_id = int(suggestion.technology_id)
        kept.add(technology_id)
        match = existing.get(technology_id)
        version = technology_version(technology_id) or 1
        if match is None:
            _insert_suggestion(need, technology_id, version, suggestion)
            counts["added"] += 1
        elif match.status is MatchStatus.SUGGESTED:
            _store_score(match, need, version, suggestion)
            counts["updated"] += 1
        elif match.status is MatchStatus.REJECTED and _changed_since(match, need.version, version):
            _store_score(match, need, version, suggestion)
            matches.move(None, match, "resuggest", note="the need or the technology changed since the rejection")
            counts["revived"] += 1
    for technology_id, match in existing.items():
        if match.status is MatchStatus.SUGGESTED and technology_id not in kept:
            db.session.delete(match)
            counts["removed"] += 1
    # A plain UPDATE: the need's own updated_at (the directory's "newest") must not move.
    db.session.execute(
        update(Need).where(Need.id == need.id).values(suggested_version=need.version, updated_at=Need.updated_at)
    )
    return counts


def _changed_since(match: Match, need_version: int, technology_version_now: int) -> bool:
    return (match.need_version, match.technology_version) != (need_version, technology_version_now)


def _insert_suggestion(need: Need, technology_id: int, version: int, suggestion: scoring.Suggestion) -> None:
    """Insert the pair as suggested, or leave it be if a concurrent refresh inserted it first
    (INSERT … ON CONFLICT DO NOTHING: two refreshes at once cannot fail on the unique pair)."""
    match = Match(need_id=need.id, technology_id=technology_id)
    _store_score(match, need, version, suggestion)
    row = {
        "need_id": need.id,
        "technology_id": technology_id,
        "status": MatchStatus.SUGGESTED,
        "origin": MatchOrigin.ENGINE,
        "score": match.score,
        "reasons": match.reasons,
        "reasons_zh": match.reasons_zh,
        "signals": match.signals,
        "need_version": match.need_version,
        "technology_version": match.technology_version,
        "created_at": utc_now(),
        "updated_at": utc_now(),
    }
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    db.session.execute(
        dialect.insert(Match).values(**row).on_conflict_do_nothing(index_elements=["need_id", "technology_id"])
    )


def _store_score(match: Match, need: Need, technology_version_now: int, suggestion: scoring.Suggestion) -> None:
    match.score = suggestion.score
    match.reasons = list(suggestion.reasons)
    match.reasons_zh = list(suggestion.reasons_zh)
    match.signals = {name: round(float(value), 4) for name, value in suggestion.signals.items()}
    match.need_version, match.technology_version = need.version, technology_version_now


def _needs_in_batches():
    """Every need in id order, BATCH at a time: (the batch, its public needs)."""
    need_ids = list(db.session.execute(select(Need.id).order_by(Need.id)).scalars())
    for start in range(0, len(need_ids), BATCH):
        batch = list(db.session.execute(select(Need).where(Need.id.in_(need_ids[start : start + BATCH]))).scalars())
        yield batch, [need for need in batch if policy.is_public_need(need)]


def refresh_all(
    progress: Callable[[int], None] = lambda n: None, checkpoint: Callable[[], None] | None = None
) -> dict[str, int]:
    """Recompute the suggestions of every need (open needs ranked in vectorised batches).

    ``checkpoint`` runs after each batch: the callers that own the transaction pass a commit,
    so SQLite's write lock is held for one batch at a time, not for the whole refresh.
    """
    totals = dict.fromkeys(("needs", *CHANGES), 0)
    engine = current_engine()
    top = settings.get("suggestions_per_need")
    for batch, public in _needs_in_batches():
        ranked = engine.rank_many([need_input(n) for n in public], top=top)
        rankings = dict(zip((n.id for n in public), ranked, strict=True))
        for need in batch:
            counts = refresh_need(need, rankings.get(need.id, []))
            for key, value in counts.items():
                totals[key] += value
            totals["needs"] += 1
        (checkpoint or db.session.flush)()
        progress(len(batch))
    return totals


# --- when records change ------------------------------------------------------------------


def _jobs_for(pending: set[tuple[str, int | None]]) -> dict[tuple[str, int | None], Callable[[], object]]:
    """The refresh jobs for a committed transaction's changes; a full refresh covers the rest."""
    if changes.EVERYTHING in pending:
        return {changes.EVERYTHING: lambda: refresh_all(checkpoint=db.session.commit)}
    jobs = {}
    for kind, record_id in sorted(pending):
        refresh = refresh_for_technology if kind == "technology" else _refresh_one
        jobs[(kind, record_id)] = lambda refresh=refresh, record_id=record_id: refresh(record_id)
    return jobs


def refresh_for_technology(technology_id: int) -> dict[str, int]:
    """Refresh only the needs whose suggestions one changed technology can alter.

    The engine scores that technology against every public need (cheap: one technology, not
    the index); a need is refreshed when the technology is among its suggestions now, or
    when its new score would enter them (above the minimum, and above the weakest suggestion
    or into a free place). Every other need keeps its suggestions as they are.
    """
    engine = current_engine()
    top, threshold = settings.get("suggestions_per_need"), settings.get("min_score")
    suggested: dict[int, list[tuple[int, float]]] = {}
    rows = select(Match.need_id, Match.technology_id, Match.score).where(Match.status == MatchStatus.SUGGESTED)
    for need_id, match_technology_id, score in db.session.execute(rows):
        suggested.setdefault(need_id, []).append((match_technology_id, score))
    totals = dict.fromkeys(("needs", *CHANGES), 0)
    for _batch, public in _needs_in_batches():
        scores = engine.scores_of(str(technology_id), [need_input(need) for need in public])
        for need, score in zip(public, scores, strict=True):
            current = suggested.get(need.id, [])
            if _may_change(technology_id, score, current, top, threshold):
                for key, value in refresh_need(need).items():
                    totals[key] += value
                totals["needs"] += 1
    return totals


def _may_change(technology_id: int, score: float | None, current: list[tuple[int, float]], top: int, threshold) -> bool:
    if any(match_technology_id == technology_id for match_technology_id, _score in current):
        return True
    if score is None or score < threshold:
        return False
    return len(current) < top or score >= min(existing for _id, existing in current)


def _refresh_one(need_id: int) -> None:
    need = db.session.get(Need, need_id)
    if need is not None:
        refresh_need(need)


def init_app(app: Flask) -> None:
    """Refresh suggestions after every commit that changed what matching reads.

    ``MATCHING_REFRESH``: "queue" (default: the ``refresh_suggestions`` task, run by the task
    queue's consumer, so no request waits and a refresh outlives the process that asked), or
    "off" (most tests). A refresh lost before it was queued (a crash right after the commit)
    is repaired by the scheduled ``repair_suggestions`` job.
    """
    app.config.setdefault("MATCHING_REFRESH", "queue")


@event.listens_for(Session, "after_commit")
def _refresh_after_commit(session: Session) -> None:
    if savepoint_event(session):
        return
    pending = changes.take(session)
    if not pending or not has_app_context() or current_app.config.get("MATCHING_REFRESH", "queue") == "off":
        return
    try:
        refresh_suggestions(sorted(pending, key=repr))
    except Exception:  # the commit stands; repair_suggestions (or `flask rescore`) catches up
        log.exception("could not queue a suggestion refresh")


@tasks.task()
def refresh_suggestions(pending: list[tuple[str, int | None]]) -> None:
    """Run the refresh jobs for the changes one transaction committed (an edge: tasks commits),
    then tell the other side of each new suggestion (a need's: the companies; a technology's:
    the cities). A full refresh (an import, new weights) tells no one."""
    for job in _jobs_for(set(pending)).values():
        job()
    for kind, record_id in pending:
        if kind == "need":
            alerts.tell_fits(need_id=record_id)
        elif kind == "technology":
            alerts.tell_fits(technology_id=record_id)


@tasks.periodic(tasks.crontab(minute="*"))
def repair_suggestions() -> None:
    """Every minute: refresh the public needs whose suggestions are older than the need
    (a refresh lost in a crash between a commit and its queueing)."""
    stale = db.session.execute(
        select(Need)
        .join(Organization, Organization.id == Need.organization_id)
        .where(policy.public_need_clause())
        .where(or_(Need.suggested_version.is_(None), Need.suggested_version != Need.version))
        .order_by(Need.id)
        .limit(BATCH)
    ).scalars()
    for need in list(stale):
        refresh_need(need)


# --- funds: a mandate turned into queries, what seeks money turned into candidates ------------
#
# The engine ranks technologies for a need. A fund's mandate becomes that query (one per region
# it invests in), and each technology raising money, or city need seeking finance, becomes a
# candidate in a small engine built for the ranking. The contract's hard constraints are applied
# before the engine sees a pair (fund_rules_out), so a ruled-out pair is never scored.


@dataclass(frozen=True)
class Candidate:
    """Something seeking money, as the fund ranking sees it."""

    kind: str  # "technology" or "need"
    id: int
    amount_usd: float | None
    trl: int | None
    verified: bool
    item: scoring.Technology  # the engine's input
    readiness: int | None = None  # a need's bankability answers (0-5)


@dataclass(frozen=True)
class FundSuggestion:
    kind: str
    id: int
    score: float
    reasons: tuple[str, ...]
    reasons_zh: tuple[str, ...]
    amount_usd: float


def fund_rules_out(fund, candidate: Candidate) -> str | None:
    """Why the contract rules the pair out, or None (the rule book's fund_rules_out)."""
    return policy.fund_rules_out(fund, candidate.kind, candidate.amount_usd, candidate.trl, candidate.verified)


# What each category covers (the scoring contract's taxonomy table, with Chinese terms): a
# mandate names sectors, not technologies, so these words give the engine's text signal a hold.
COVERS = {
    "smart-grid": "grid automation, demand response, microgrids, metering 电网自动化 需求响应 微电网 智能电表",
    "energy-storage": "batteries, thermal and other storage for grids and buildings 电池 储能 热储能",
    "renewable-energy": "solar, wind, geothermal, biomass power and heat 光伏 太阳能 风电 地热 生物质",
    "electric-vehicles": "EVs, electric buses and trucks, charging infrastructure 电动汽车 电动公交 充电桩 换电",
    "green-transportation": "public transit, logistics, ports and shore power, traffic, cycling 公共交通 物流 港口岸电",
    "green-buildings": "low-carbon design, materials, certification of new buildings 低碳建筑 建材 绿色建筑认证",
    "energy-retrofits": "upgrades of existing buildings: insulation, HVAC, lighting, controls 建筑改造 保温 暖通 照明",
    "energy-efficiency": "industrial efficiency, boilers, motors, waste heat recovery 工业节能 锅炉 电机 余热回收",
    "green-data-centers": "efficient cooling and power for data centres 数据中心 冷却 液冷",
    "carbon-capture": "carbon capture, use and storage (CCUS) 碳捕集 利用与封存",
    "clean-air": "air-quality monitoring, emission control, dust and VOC abatement 空气质量监测 排放控制 除尘",
    "clean-water": "drinking water, wastewater, sludge, desalination, water reuse 饮用水 污水处理 污泥 海水淡化",
    "waste-treatment": "waste-to-energy, recycling, composting, landfill gas 垃圾焚烧发电 回收 堆肥 填埋气",
    "hfc-alternatives": "low-GWP refrigerants and cooling 低GWP制冷剂 制冷",
    "ghg-data": "GHG inventories, MRV, carbon accounting and data management 温室气体清单 MRV 碳核算",
    "nature-based": "urban forests, green space, wetlands, land use 城市森林 绿地 湿地 土地利用",
}


def fund_queries(fund) -> list[scoring.Need]:
    """The engine's queries for a fund: its categories, its description in both languages with
    the categories' names (a mandate says little about technology, so the taxonomy's words
    carry the text signal), its least readiness, one query per region ("*": no region)."""
    names = [word for slug in fund.categories for word in (*scoring.CATEGORIES.get(slug, ()), COVERS.get(slug, ""))]
    text = " ".join(part for part in (fund.description, getattr(fund, "description_zh", ""), *names) if part)
    regions = [code for code in fund.regions if code != "*"] or [""]
    return [
        scoring.Need(
            id=f"fund-{fund.id}-{position}",
            city=fund.name,
            title=fund.name,
            categories=tuple(fund.categories),
            description=text,
            min_trl=fund.min_trl,
            region=region,
        )
        for position, region in enumerate(regions)
    ]


def rank_candidates(fund, candidates: list[Candidate], top: int, weights=None) -> list[FundSuggestion]:
    """The best ``top`` candidates for ``fund``, best first (ties by kind and id): the hard
    constraints first, then the engine's score, the best over the fund's regions."""
    eligible = {f"{c.kind}:{c.id}": c for c in candidates if fund_rules_out(fund, c) is None}
    if not eligible:
        return []
    engine = scoring.Engine([_within_fund_countries(fund, c.item) for c in eligible.values()], weights=weights)
    best: dict[str, scoring.Suggestion] = {}
    for ranking in engine.rank_many(fund_queries(fund), top=len(eligible)):
        for suggestion in ranking:
            known = best.get(suggestion.technology_id)
            if known is None or suggestion.score > known.score:
                best[suggestion.technology_id] = suggestion
    # A pair the engine scores 0 (too little shared text: a mandate is short) still fits when it
    # is in one of the fund's categories, which the investor named on purpose: it comes after
    # the scored ones, those sharing more of the fund's categories first.
    def shared(suggestion: scoring.Suggestion) -> int:
        return len(set(eligible[suggestion.technology_id].item.categories) & set(fund.categories))

    for key, candidate in eligible.items():
        if key not in best:
            best[key] = _category_only(key, fund, candidate)
    kept = [s for s in best.values() if s.score > 0 or shared(s)]
    ranked = sorted(kept, key=lambda s: (-s.score, -shared(s), s.technology_id))
    return [_fund_suggestion(fund, eligible[s.technology_id], s) for s in ranked[:top]]


def _within_fund_countries(fund, item: scoring.Technology) -> scoring.Technology:
    """``item`` as the fund sees it: a fund covering a whole country ("CN") covers each of its
    provinces, so a record in "CN-GD" counts as in "CN" (the engine's region fit, made for a
    need in one place, gives a country only half credit for a province)."""
    countries = {code for code in fund.regions if code != "*" and "-" not in code}
    covered = {code.split("-")[0] for code in item.regions if "-" in code} & countries
    if not covered - set(item.regions):
        return item
    return replace(item, regions=(*item.regions, *sorted(covered - set(item.regions))))


def _category_only(key: str, fund, candidate: Candidate) -> scoring.Suggestion:
    """A candidate the engine left out (no shared text): only the categories it shares speak for it."""
    slugs = [slug for slug in candidate.item.categories if slug in fund.categories]
    en = ", ".join(scoring.CATEGORIES[slug][0] for slug in slugs if slug in scoring.CATEGORIES)
    zh = "、".join(scoring.CATEGORIES[slug][1] for slug in slugs if slug in scoring.CATEGORIES)
    reasons = ((f"In the fund's categories: {en}",), (f"属于基金的投资类别：{zh}",)) if slugs else ((), ())
    return scoring.Suggestion(key, 0.0, *reasons, reason_kinds=("strength:category",) * len(reasons[0]))


def _fund_suggestion(fund, candidate: Candidate, suggestion: scoring.Suggestion) -> FundSuggestion:
    low, high = fund.ticket_usd
    amount = candidate.amount_usd
    en = [f"Seeks {_usd(amount)}, within the ticket {_usd(low)}–{_usd(high)}"]
    zh = [f"寻求 {_usd(amount)}，在投资额度 {_usd(low)}–{_usd(high)} 之内"]
    if candidate.readiness is not None:
        en.append(f"Bankability checklist: {candidate.readiness} of 5")
        zh.append(f"可融资性清单：5 项中 {candidate.readiness} 项已具备")
    # The query has no budget: the engine's budget remarks say nothing about a fund.
    # A fund investing anywhere was queried without a region: the engine's region remark would mislead.
    dropped = (":budget", ":region") if "*" in fund.regions else (":budget",)
    kept = [i for i, kind in enumerate(suggestion.reason_kinds) if not kind.endswith(dropped)]
    return FundSuggestion(
        kind=candidate.kind,
        id=candidate.id,
        score=suggestion.score,
        reasons=tuple(en + [suggestion.reasons[i] for i in kept]),
        reasons_zh=tuple(zh + [suggestion.reasons_zh[i] for i in kept]),
        amount_usd=amount,
    )


def _usd(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= size:
            return f"${value / size:.3g}{suffix}"
    return f"${value:.0f}"


def technology_candidate(technology: Technology) -> Candidate:
    return Candidate(
        kind="technology",
        id=technology.id,
        amount_usd=technology.seeking_investment_usd,
        trl=technology.trl,
        verified=technology.organization.verified,
        item=scoring.Technology(
            id=f"technology:{technology.id}",
            company=technology.organization.name,
            name=technology.name,
            categories=tuple(technology.categories),
            description=technology.description,
            trl=technology.trl,
            regions=tuple(technology.regions),
            co2e_reduction_t_per_year=technology.co2e_reduction_t_per_year,
        ),
    )


def need_candidate(need: Need) -> Candidate:
    """A need seeking finance as a candidate: the city's place is where it "serves"."""
    from .services.funds import readiness

    return Candidate(
        kind="need",
        id=need.id,
        amount_usd=policy.amount_sought(need),
        trl=None,
        verified=need.organization.verified,
        readiness=readiness(need.bankability),
        item=scoring.Technology(
            id=f"need:{need.id}",
            company=need.organization.name,
            name=need.title,
            categories=tuple(need.categories),
            description=need.description,
            regions=(need.region,),
            co2e_reduction_t_per_year=need.co2e_target_t_per_year,
        ),
    )


def fund_candidates(fund) -> list[Candidate]:
    """Published technologies raising money and open needs seeking finance, of verified
    organisations, that the fund targets (the ticket and readiness are checked in Python,
    by the one rule, fund_rules_out)."""
    candidates: list[Candidate] = []
    if "technologies" in fund.targets:
        technologies = select(Technology).join(Organization, Organization.id == Technology.organization_id)
        technologies = technologies.where(
            policy.public_technology_clause(), Technology.seeking_investment_usd.is_not(None)
        )
        rows = db.session.execute(technologies.order_by(Technology.id)).scalars()
        candidates += [technology_candidate(t) for t in rows]
    if "needs" in fund.targets:
        needs = select(Need).join(Organization, Organization.id == Need.organization_id)
        needs = needs.where(policy.public_need_clause(), Need.funding == Funding.SEEKING_FINANCE)
        candidates += [need_candidate(n) for n in db.session.execute(needs.order_by(Need.id)).scalars()]
    return candidates


def fund_suggestions(fund, top: int) -> list[FundSuggestion]:
    """The engine's suggestions for a public fund, as the records are now (none for a fund
    whose investor is not verified yet: its funds are not matched)."""
    if not policy.is_public_fund(fund):
        return []
    return rank_candidates(fund, fund_candidates(fund), top, weights=settings.get("scoring_weights") or None)
