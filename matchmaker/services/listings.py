"""The life of a listing: a published technology or an open need expires after 12 months
without an update; its owners are reminded 30 and 7 days before, and renew it in one click.

Expired listings are out of the directory and of matching (policy's public clauses name the
published and open states only). Renewing makes a listing current for another 12 months.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select

from ..extensions import db
from ..models import ListingReminder, Need, NeedStatus, Technology, TechnologyStatus, User, utc_now
from . import needs, notifications, policy, technologies
from .errors import Conflict, Gone, NotFound
from .records import saved

LIFETIME = timedelta(days=365)  # "12 months"
REMINDER_DAYS = (7, 30)  # the most urgent first
RENEW_PATH = "/renew?token="  # in the query: the access log leaves it out
RENEW_LINK_LIFETIME = timedelta(days=60)
_SALT = "listing-renewal"

MODELS = {"need": Need, "technology": Technology}
CURRENT = {"need": NeedStatus.OPEN, "technology": TechnologyStatus.PUBLISHED}
EXPIRED = {"need": NeedStatus.EXPIRED, "technology": TechnologyStatus.EXPIRED}
PAGE = {"need": "/needs/", "technology": "/technologies/"}


def kind_of(record: Need | Technology) -> str:
    return "need" if isinstance(record, Need) else "technology"


def title_of(record: Need | Technology) -> str:
    return record.title if isinstance(record, Need) else record.name


def expires_at(record: Need | Technology) -> datetime:
    return record.updated_at + LIFETIME


def _search_text(record: Need | Technology) -> str:
    return needs.search_text(record) if isinstance(record, Need) else technologies.search_text(record)


def _current(kind: str):
    model = MODELS[kind]
    return select(model).where(model.status == CURRENT[kind]).order_by(model.id)


# -- the scheduled jobs -----------------------------------------------------------------------------


def expire_stale(now: datetime | None = None) -> list[Need | Technology]:
    """Every published technology and open need not updated for 12 months becomes expired."""
    now = now or utc_now()
    expired = []
    for kind, model in MODELS.items():
        for record in list(db.session.execute(_current(kind).where(model.updated_at <= now - LIFETIME)).scalars()):
            record.status = EXPIRED[kind]
            record.version += 1
            saved(None, record, kind, _search_text(record), before=CURRENT[kind], fields=["status"], note="expired")
            notifications.notify_organization(
                record.organization, "listing_expired", {"title": title_of(record)}, link=f"{PAGE[kind]}{record.id}"
            )
            expired.append(record)
    return expired


def remind_owners(now: datetime | None = None) -> int:
    """Remind the owners of listings that expire within 30 days, and again within 7; how many reminders.

    Once each: a reminder sent is a row keyed by the listing, its expiry date and the days.
    A listing renewed since has a new expiry date, so its reminders start over.
    """
    now = now or utc_now()
    count = 0
    for kind, model in MODELS.items():
        cutoff = now - LIFETIME + timedelta(days=max(REMINDER_DAYS))
        for record in list(db.session.execute(_current(kind).where(model.updated_at <= cutoff)).scalars()):
            days_left = (expires_at(record) - now).total_seconds() / 86400
            days = next(d for d in REMINDER_DAYS if days_left <= d)
            if _remind_once(kind, record, days):
                count += 1
    return count


def _remind_once(kind: str, record: Need | Technology, days: int) -> bool:
    expires_on = expires_at(record).date()
    sent = select(ListingReminder.id).where(
        ListingReminder.kind == kind,
        ListingReminder.listing_id == record.id,
        ListingReminder.expires_on == expires_on,
        ListingReminder.days_before <= days,  # the 7-day one also stands for a 30-day one not sent
    )
    if db.session.execute(sent).first() is not None:
        return False
    db.session.add(ListingReminder(kind=kind, listing_id=record.id, expires_on=expires_on, days_before=days))
    data = {"title": title_of(record), "days": days, "date": expires_on.isoformat()}
    for member in record.organization.members:
        if member.active:
            notifications.notify_user(
                member,
                "listing_expiring",
                data,
                link=f"{PAGE[kind]}{record.id}",
                mail_link=renewal_url(member, kind, record.id),
            )
    return True


def expired_listings(admin: User) -> list[Need | Technology]:
    """What expired, newest first (for the admins)."""
    if not policy.is_admin(admin):
        raise NotFound(_("No such page."))
    rows: list[Need | Technology] = []
    for kind, model in MODELS.items():
        rows += db.session.execute(select(model).where(model.status == EXPIRED[kind])).scalars()
    return sorted(rows, key=lambda r: r.updated_at, reverse=True)


# -- renewing ---------------------------------------------------------------------------------------


def can_renew(user: User | None, record: Need | Technology) -> bool:
    """Its owners and admins renew a current or expired listing (the record page's button)."""
    kind = kind_of(record)
    allowed = policy.can_edit_need(user, record) if kind == "need" else policy.can_edit_technology(user, record)
    return allowed and record.status in (CURRENT[kind], EXPIRED[kind])


def renew(user: User | None, record: Need | Technology) -> Need | Technology:
    """Make a current or expired listing current for another 12 months (its owners, admins)."""
    kind = kind_of(record)
    allowed = policy.can_edit_need(user, record) if kind == "need" else policy.can_edit_technology(user, record)
    if not allowed:
        raise NotFound(_("No such need.") if kind == "need" else _("No such technology."))
    if not can_renew(user, record):
        raise Conflict(_("Only an open need or a published technology, or an expired one, can be renewed."))
    before = record.status
    record.status = CURRENT[kind]
    record.updated_at = utc_now()
    if before is not record.status:
        record.version += 1  # back into matching
    saved(user, record, kind, _search_text(record), before=before, fields=["renewed"], note="renewed")
    return record


def get_listing(user: User | None, kind: str, listing_id: int) -> Need | Technology:
    if kind == "need":
        return needs.get_need(user, listing_id)
    return technologies.get_technology(user, listing_id)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def renewal_url(user: User, kind: str, listing_id: int) -> str:
    token = _serializer().dumps([user.id, kind, listing_id])
    return f"{current_app.config['BASE_URL']}{RENEW_PATH}{token}"


def read_renewal_token(token: str) -> tuple[User, Need | Technology]:
    """The owner and listing a reminder's link names; Gone for a forged or old one, or an owner gone."""
    try:
        user_id, kind, listing_id = _serializer().loads(token, max_age=RENEW_LINK_LIFETIME.total_seconds())
    except (BadSignature, ValueError, TypeError):
        raise Gone(_("This renewal link is not valid (any more). Sign in and renew the listing on its page.")) from None
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    record = db.session.get(MODELS[kind], listing_id) if kind in MODELS and isinstance(listing_id, int) else None
    if user is None or not user.active or record is None or user.organization_id != record.organization_id:
        raise Gone(_("This renewal link is not valid (any more). Sign in and renew the listing on its page."))
    return user, record


def renew_by_link(token: str) -> Need | Technology:
    user, record = read_renewal_token(token)
    return renew(user, record)
