"""Alerts (saved searches on needs or technologies) and the notices of new fits.

An alert fires once for each listing that newly matches it: a listing saved public (created,
published, opened, or edited so that it now matches) is checked against the alerts of its
kind once its transaction commits (the ``check_alerts`` task), and each hit is a row of
``alert_hits``, unique per alert and listing. The reader sees the hit in the app at once and
gets the mail at the alert's frequency: at once, or in one daily or weekly digest.

Without any alert, matching's refresh (matching.refresh_suggestions) calls ``tell_fits``: a
company hears of a new need that fits one of its technologies, a city of a new technology
that fits one of its needs, once per pair (``fit_notices``), with the score and the reasons.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app, has_app_context
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..database import savepoint_event
from ..extensions import db
from ..models import (
    Alert,
    AlertFrequency,
    AlertHit,
    AlertKind,
    FitNotice,
    Match,
    MatchOrigin,
    MatchStatus,
    Need,
    Technology,
    User,
    utc_now,
)
from . import event_times, mail, notifications, policy, search
from .errors import Conflict, NotFound, PermissionDenied
from .records import CATEGORIES_FIELD
from .regions import is_country, is_subdivision
from .validation import Field, clean

log = logging.getLogger("matchmaker.alerts")
MAX_ALERTS_PER_USER = 50
PENDING = "matchmaker_alert_listings"
LISTING_KIND = {AlertKind.NEEDS: "need", AlertKind.TECHNOLOGIES: "technology"}
PAGE = {"need": "/needs/", "technology": "/technologies/"}


def _region_problem(code: str) -> str | None:
    code = code.strip().upper()
    if is_country(code) or is_subdivision(code):
        return None
    return _("'%(code)s' is not an ISO country code (CN) or an ISO 3166-2 region (CN-GD).", code=code[:20])


ALERT_FIELDS = (
    Field("kind", "choice", choices=tuple(k.value for k in AlertKind), description=_l("needs or technologies")),
    Field("q", "text", required=False, max_length=200, default="", description=_l("Words the listing contains")),
    Field(
        "categories",
        "list",
        required=False,
        item=CATEGORIES_FIELD.item,
        max_items=5,
        default=[],
        description=_l("Any of these categories"),
    ),
    Field(
        "regions",
        "list",
        required=False,
        item=Field(
            "region",
            "text",
            max_length=6,
            checks=(_region_problem,),
            pattern=r"^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?$",
        ),
        max_items=10,
        default=[],
        description=_l("In (need) or serving (technology) any of these countries or regions"),
    ),
    Field(
        "frequency",
        "choice",
        choices=tuple(f.value for f in AlertFrequency),
        description=_l("instant, daily or weekly"),
    ),
)


# -- the user's alerts ---------------------------------------------------------------------------


def create_alert(user: User, data: Mapping[str, Any]) -> Alert:
    if not policy.can_keep_alerts(user):
        raise PermissionDenied(_("Only company and city users keep alerts."))
    values = clean(ALERT_FIELDS, data)
    count = db.session.execute(select(db.func.count()).select_from(Alert).where(Alert.user_id == user.id)).scalar_one()
    if count >= MAX_ALERTS_PER_USER:
        raise Conflict(_("You have %(n)d alerts, the most one can keep. Delete one first.", n=count))
    alert = Alert(
        user_id=user.id,
        kind=AlertKind(values["kind"]),
        q=" ".join((values.get("q") or "").split()),
        categories=list(values.get("categories") or []),
        regions=[code.strip().upper() for code in values.get("regions") or []],
        frequency=AlertFrequency(values["frequency"]),
    )
    db.session.add(alert)
    db.session.flush()
    return alert


def alerts_of(user: User) -> list[Alert]:
    return list(db.session.execute(select(Alert).where(Alert.user_id == user.id).order_by(Alert.id.desc())).scalars())


def delete_alert(user: User, alert_id: int) -> None:
    alert = db.session.get(Alert, alert_id)
    if alert is None or alert.user_id != user.id:
        raise NotFound(_("No such alert."))
    db.session.execute(db.delete(AlertHit).where(AlertHit.alert_id == alert.id))
    db.session.delete(alert)


def describe(alert: Alert) -> str:
    """The alert's search in a few words (its parts are codes and the reader's own words)."""
    parts = [f"“{alert.q}”"] if alert.q else []
    parts += [*alert.categories, *alert.regions]
    return " · ".join(parts) or _("everything")


# -- firing: a listing saved public is checked once its transaction commits ------------------------


def listing_saved(kind: str, listing_id: int) -> None:
    """Called by records.saved for every need or technology saved: check the alerts after the commit."""
    db.session().info.setdefault(PENDING, set()).add((kind, listing_id))


@event.listens_for(Session, "after_commit")
def _check_after_commit(session: Session) -> None:
    if savepoint_event(session):
        return
    pending = session.info.pop(PENDING, None)
    if pending and has_app_context():
        from ..jobs import check_alerts  # the jobs import the services, not the other way round

        try:
            check_alerts(sorted(pending))  # queued now: the transaction has committed
        except Exception:  # the commit stands; a lost check only means a missed alert
            log.exception("could not queue an alert check")


@event.listens_for(Session, "after_rollback")
def _drop_after_rollback(session: Session) -> None:
    if savepoint_event(session):
        return
    session.info.pop(PENDING, None)


def _listing(kind: str, listing_id: int) -> Need | Technology | None:
    record = db.session.get(Need if kind == "need" else Technology, listing_id)
    if record is None:
        return None
    public = policy.is_public_need(record) if kind == "need" else policy.is_public_technology(record)
    return record if public else None


def _region_fits(kind: str, record: Need | Technology, codes: list[str]) -> bool:
    if not codes:
        return True
    if kind == "need":
        places = {record.region, record.region.split("-")[0], record.organization.country}
        return any(code in places for code in codes)
    served = set(record.regions)
    for code in codes:
        country = code.split("-")[0]
        if served & {"*", code, country} or any(s.startswith(code + "-") for s in served):
            return True
    return False


def _text_fits(kind: str, record_id: int, q: str) -> bool:
    ids = search.matching_ids(kind, q)
    # Filter on the SELECT's own id column: a condition on the documents table itself would
    # join it in as a cross product and accept any record whenever some record matched.
    return ids is None or db.session.execute(ids.where(ids.selected_columns[0] == record_id)).first() is not None


def matches(alert: Alert, kind: str, record: Need | Technology) -> bool:
    if alert.categories and not set(alert.categories) & set(record.categories):
        return False
    return _region_fits(kind, record, alert.regions) and _text_fits(kind, record.id, alert.q)


def fire_for_listing(kind: str, listing_id: int) -> int:
    """Fire every alert the public listing now matches and that has not announced it; how many."""
    record = _listing(kind, listing_id)
    if record is None:
        return 0
    alert_kind = AlertKind.NEEDS if kind == "need" else AlertKind.TECHNOLOGIES
    announced = set(db.session.execute(select(AlertHit.alert_id).where(AlertHit.listing_id == listing_id)).scalars())
    candidates = db.session.execute(
        select(Alert).join(User, User.id == Alert.user_id).where(Alert.kind == alert_kind, User.active.is_(True))
    ).scalars()
    fired = 0
    for alert in candidates:
        if alert.id in announced or alert.user.organization_id == record.organization_id:
            continue
        if matches(alert, kind, record) and _record_hit(alert, kind, record):
            fired += 1
    return fired


def _title(kind: str, record: Need | Technology) -> str:
    return record.title if kind == "need" else record.name


def _record_hit(alert: Alert, kind: str, record: Need | Technology) -> bool:
    """Store the hit (once: a concurrent check loses on the unique pair) and tell the reader."""
    instant = alert.frequency is AlertFrequency.INSTANT
    hit = AlertHit(alert_id=alert.id, listing_id=record.id, title=_title(kind, record)[:200])
    hit.mailed_at = utc_now() if instant else None
    try:
        with db.session.begin_nested():
            db.session.add(hit)
    except IntegrityError:
        return False
    data = {"title": _title(kind, record), "owner": record.organization.name, "alert": describe(alert)}
    link = f"{PAGE[kind]}{record.id}"
    notifications.notify_user(alert.user, f"alert_{kind}", data, link=link, send_mail=instant)
    return True


# -- digests ----------------------------------------------------------------------------------------


DIGEST_HOUR = 7  # a digest reaches each reader at 07:00 in their own time zone
DIGEST_WEEKDAY = 0  # weekly digests on Mondays


def send_digests(frequency: AlertFrequency, now: datetime | None = None) -> int:
    """One mail per reader whose digest is due, with their ``frequency`` hits from before it; how many mails.

    A digest is due once the reader's local 07:00 (a Monday's, for weekly) has passed; it holds
    the hits found before that moment. Hits found later wait for the next one, so an hourly
    job sends each reader at most one digest a day, and a run that was missed is made up by
    the next without sending twice.
    """
    now = now or utc_now()
    hits = db.session.execute(
        select(AlertHit)
        .join(Alert, Alert.id == AlertHit.alert_id)
        .where(Alert.frequency == frequency, AlertHit.mailed_at.is_(None))
        .order_by(Alert.user_id, AlertHit.alert_id, AlertHit.id)
    ).scalars()
    by_reader: dict[int, list[AlertHit]] = defaultdict(list)
    for hit in hits:
        by_reader[hit.alert.user_id].append(hit)
    sent = 0
    for reader_hits in by_reader.values():
        reader = reader_hits[0].alert.user
        cutoff = last_digest_time(frequency, now, reader.timezone)
        due = [hit for hit in reader_hits if hit.created_at < cutoff]
        if not due:
            continue
        _queue_digest(reader, frequency, due)
        for hit in due:
            hit.mailed_at = now
        sent += 1
    return sent


def last_digest_time(frequency: AlertFrequency, now: datetime, timezone: str | None) -> datetime:
    """The latest local 07:00 (on a Monday, for weekly) at or before ``now``, in ``timezone`` (UTC if unset)."""
    local_now = now.astimezone(event_times.zone(timezone or "UTC") or UTC)
    cutoff = local_now.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if cutoff > local_now:
        cutoff -= timedelta(days=1)
    if frequency is AlertFrequency.WEEKLY:
        cutoff -= timedelta(days=(cutoff.weekday() - DIGEST_WEEKDAY) % 7)
    return cutoff


def _queue_digest(reader: User, frequency: AlertFrequency, hits: list[AlertHit]) -> None:
    language = reader.locale or "en"
    base = current_app.config["BASE_URL"]
    with force_locale(language):
        if frequency is AlertFrequency.DAILY:
            subject = ngettext(
                "Your daily alerts: %(num)d new listing", "Your daily alerts: %(num)d new listings", len(hits)
            )
        else:
            subject = ngettext(
                "Your weekly alerts: %(num)d new listing", "Your weekly alerts: %(num)d new listings", len(hits)
            )
        lines = [_("New listings that match your alerts:")]
        alert_id = None
        for hit in hits:
            if hit.alert_id != alert_id:
                alert_id = hit.alert_id
                lines += ["", _("Alert: %(alert)s", alert=describe(hit.alert))]
            lines += [f"- {hit.title}", f"{base}{PAGE[LISTING_KIND[hit.alert.kind]]}{hit.listing_id}"]
    mail.queue(
        mail.Mail(
            to=reader.email, subject=subject, body="\n".join(lines), language=language, kind="alerts", user_id=reader.id
        )
    )


# -- new fits, without any alert (called by matching after its refresh) ----------------------------


def tell_fits(*, need_id: int | None = None, technology_id: int | None = None) -> int:
    """Tell the other side of each engine suggestion of this need (or technology) not told yet.

    A changed need: the companies of its suggested technologies hear of it; a changed
    technology: the cities of the needs it is suggested for. Once per pair; how many pairs.
    """
    told = select(FitNotice.id).where(
        FitNotice.need_id == Match.need_id, FitNotice.technology_id == Match.technology_id
    )
    statement = select(Match).where(
        Match.status == MatchStatus.SUGGESTED, Match.origin == MatchOrigin.ENGINE, ~told.exists()
    )
    statement = statement.where(Match.need_id == need_id) if need_id is not None else statement
    statement = statement.where(Match.technology_id == technology_id) if technology_id is not None else statement
    count = 0
    for match in list(db.session.execute(statement.order_by(Match.id)).scalars()):
        if not (policy.is_public_need(match.need) and policy.is_public_technology(match.technology)):
            continue
        try:
            with db.session.begin_nested():
                db.session.add(FitNotice(need_id=match.need_id, technology_id=match.technology_id))
        except IntegrityError:  # another refresh told them first
            continue
        _tell_fit(match, to_company=need_id is not None)
        count += 1
    return count


def _tell_fit(match: Match, *, to_company: bool) -> None:
    need, technology = match.need, match.technology
    data = {
        "need": need.title,
        "city": need.organization.name,
        "technology": technology.name,
        "company": technology.organization.name,
        "score": round((match.score or 0) * 100),
        "reasons": list(match.reasons or []),
        "reasons_zh": list(match.reasons_zh or []),
    }
    if to_company:
        notifications.notify_organization(technology.organization, "fit_need", data, link=f"/needs/{need.id}")
    else:
        notifications.notify_organization(
            need.organization, "fit_technology", data, link=f"/technologies/{technology.id}"
        )
