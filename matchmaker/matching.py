"""The one bridge between the database and the pure scoring engine.

Rows become the engine's inputs here, the engine's suggestions become Match rows here.
Each process keeps one warm index of the public technologies; a token in the settings
table changes whenever the catalogue does, and a process that sees a new token brings
its index up to date incrementally (changed versions upserted, vanished ids removed), so
several gunicorn workers and hosts stay consistent without rebuilding per request.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from flask import Flask, current_app, g, has_request_context
from sqlalchemy import select

from . import scoring
from .extensions import db
from .models import (
    Match,
    MatchOrigin,
    MatchStatus,
    Need,
    Organization,
    Technology,
    TechnologyCategory,
    TechnologyStatus,
)
from .services import audit, settings

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
    )


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


def _public_technologies():
    return (
        select(*_TECHNOLOGY_COLUMNS)
        .join(Organization, Organization.id == Technology.organization_id)
        .where(Technology.status == TechnologyStatus.PUBLISHED, Organization.verified.is_(True))
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
    current = dict(db.session.execute(_public_versions()).all())
    changed = [tid for tid, version in current.items() if index.versions.get(tid) != version]
    for tid in set(index.versions) - set(current):
        index.engine.remove(str(tid))
        del index.versions[tid]
    for item, version in _load_inputs(changed):
        index.engine.upsert(item)
        index.versions[int(item.id)] = version


def _public_versions():
    return (
        select(Technology.id, Technology.version)
        .join(Organization, Organization.id == Technology.organization_id)
        .where(Technology.status == TechnologyStatus.PUBLISHED, Organization.verified.is_(True))
    )


def forget_indexes() -> None:
    """Drop every warm index (tests, and after a bulk import in the same process)."""
    _INDEXES.clear()


def warm_up(app: Flask) -> threading.Thread:
    """Build this process's index in the background, so the first ranking request need not wait.

    Called by each gunicorn worker as it starts (gunicorn.conf.py). A read only: it takes no
    write lock, and a failure is logged, never raised (the first request builds the index then).
    """

    def build() -> None:
        with app.app_context():
            try:
                current_engine()
            except Exception:
                log.exception("warming the matching index failed")
            finally:
                db.session.remove()

    thread = threading.Thread(target=build, name="matching-warm-up", daemon=True)
    thread.start()
    return thread


# --- suggestions -> Match rows ----------------------------------------------------------


def rank(need: Need, top: int) -> list[scoring.Suggestion]:
    """The engine's ranking for ``need`` as the records are now."""
    return current_engine().rank(need_input(need), top=top)


def refresh_need(need: Need, suggestions: list[scoring.Suggestion] | None = None) -> dict[str, int]:
    """Keep the need's engine suggestions in step with the engine.

    Matches a person acted on are never touched; a rejected pair comes back only once the
    need or the technology changed since the rejection.
    """
    counts = dict.fromkeys(CHANGES, 0)
    existing = {m.technology_id: m for m in db.session.execute(select(Match).where(Match.need_id == need.id)).scalars()}
    if not need.is_public:
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
            db.session.add(_new_suggestion(need, technology_id, version, suggestion))
            counts["added"] += 1
        elif match.status is MatchStatus.SUGGESTED:
            _store_score(match, need, version, suggestion)
            counts["updated"] += 1
        elif match.status is MatchStatus.REJECTED and _changed_since(match, need.version, version):
            _store_score(match, need, version, suggestion)
            match.status = MatchStatus.SUGGESTED
            audit.record(
                None,
                "match.resuggest",
                match,
                from_state="rejected",
                to_state="suggested",
                note="the need or the technology changed since the rejection",
            )
            counts["revived"] += 1
    for technology_id, match in existing.items():
        if match.status is MatchStatus.SUGGESTED and technology_id not in kept:
            db.session.delete(match)
            counts["removed"] += 1
    return counts


def _changed_since(match: Match, need_version: int, technology_version_now: int) -> bool:
    return (match.need_version, match.technology_version) != (need_version, technology_version_now)


def _new_suggestion(need: Need, technology_id: int, version: int, suggestion: scoring.Suggestion) -> Match:
    match = Match(need_id=need.id, technology_id=technology_id, status=MatchStatus.SUGGESTED, origin=MatchOrigin.ENGINE)
    _store_score(match, need, version, suggestion)
    return match


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
        yield batch, [need for need in batch if need.is_public]


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


def technology_changed(technology_id: int | None = None) -> None:
    """Technologies changed: ``technology_id`` alone (an edit, a publication, an archive), or
    any number of them (a company's verification, a deletion, new weights: None)."""
    settings.touch_catalog()
    if technology_id is None:
        _after_response("all", lambda: refresh_all(checkpoint=db.session.commit))
    else:
        _after_response(("technology", technology_id), lambda: refresh_for_technology(technology_id))


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


def need_changed(need_id: int) -> None:
    """A need changed: its own suggestions are refreshed."""
    _after_response(("need", need_id), lambda: _refresh_one(need_id))


def _refresh_one(need_id: int) -> None:
    need = db.session.get(Need, need_id)
    if need is not None:
        refresh_need(need)


def _after_response(key: object, job: Callable[[], object]) -> None:
    """Queue ``job`` for the background refresher once this request's response is sent.

    Jobs are keyed, so ten edits in one request refresh once. Outside a request (CLI,
    scripts) nothing is scheduled: commands refresh explicitly.
    """
    if not has_request_context() or not current_app.config.get("REFRESH_AFTER_RESPONSE", True):
        return
    g.setdefault("matching_jobs", {}).setdefault(key, job)


class Refresher:
    """One background thread per process that runs refresh jobs in order.

    Web requests never wait for a refresh; a full refresh queued while another is
    waiting is dropped (the waiting one will see the same records).
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, app: Flask, key: object, job: Callable[[], object]) -> None:
        self._jobs.put((app, key, job))
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="matching-refresher", daemon=True)
                self._thread.start()

    def wait(self) -> None:
        """Block until every queued job has run (tests, shutdown)."""
        self._jobs.join()

    def _work(self) -> None:
        while True:
            app, key, job = self._jobs.get()
            try:
                if not (key == "all" and self._full_refresh_waiting()):
                    _run_job(app, job)
            finally:
                self._jobs.task_done()

    def _full_refresh_waiting(self) -> bool:
        return any(key == "all" for _app, key, _job in list(self._jobs.queue))


refresher = Refresher()


def init_app(app: Flask) -> None:
    @app.after_request
    def queue_refresh_jobs(response):
        jobs = g.pop("matching_jobs", {})
        if "all" in jobs:  # a full refresh covers every single need
            jobs = {"all": jobs["all"]}
        flask_app = current_app._get_current_object()
        for key, job in jobs.items():
            response.call_on_close(lambda key=key, job=job: refresher.submit(flask_app, key, job))
        return response


def _run_job(app: Flask, job: Callable[[], object]) -> None:
    from .database import writer

    with app.app_context(), writer():
        try:
            job()
            db.session.commit()
        except Exception:  # a failed refresh must not break anything; `flask rescore` repairs
            db.session.rollback()
            log.exception("suggestion refresh failed")
        finally:
            db.session.remove()
