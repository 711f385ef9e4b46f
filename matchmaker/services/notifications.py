"""Notifications: in the app (a notification centre) and by e-mail, in each reader's language.

A notification stores its kind and data, not its text, so it is rendered in the language
of whoever reads it; the e-mail is rendered in the recipient's language when queued.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_babel import force_locale
from flask_babel import gettext as _

from ..extensions import db
from ..models import Notification, Organization, User, utc_now
from . import mail


def _texts(kind: str, data: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of a notification kind, in the current locale."""
    texts: dict[str, Callable[[], tuple[str, str]]] = {
        "organization_verified": lambda: (
            _("Your organisation is verified"),
            _("%(name)s is verified. Its published technologies and open needs are now public.", **data),
        ),
        "organization_rejected": lambda: (
            _("Your organisation could not be verified"),
            _("Our staff could not verify %(name)s: %(reason)s", **data),
        ),
        "match_approved": lambda: (
            _("A new introduction: %(need)s × %(technology)s", **data),
            _(
                "Our staff approved the match between the need “%(need)s” of %(city)s and the technology "
                "“%(technology)s” of %(company)s. You can now see each other's contact and say whether you "
                "are interested.",
                **data,
            ),
        ),
        "match_requested": lambda: (
            _("Introduction requested: %(need)s × %(technology)s", **data),
            _("%(requester)s asked for an introduction between “%(need)s” and “%(technology)s”.", **data),
        ),
        "match_connected": lambda: (
            _("You are connected: %(need)s × %(technology)s", **data),
            _("Both sides are interested. The conversation for “%(need)s” is open.", **data),
        ),
        "match_declined": lambda: (
            _("Introduction declined: %(need)s × %(technology)s", **data),
            _("One side is not interested in taking “%(need)s” × “%(technology)s” further.", **data),
        ),
        "need_deadline_passed": lambda: (
            _("Your need “%(title)s” is closed", **data),
            _(
                "The deadline of “%(title)s” (%(deadline)s) has passed, so the need is closed and no longer "
                "shown to companies. To look for solutions again, open it again with a new deadline.",
                **data,
            ),
        ),
        "match_stage": lambda: (
            _("%(need)s × %(technology)s: now %(stage_name)s", **data, stage_name=_stage(data)),
            _("The other party moved “%(need)s” × “%(technology)s” to the stage %(stage_name)s.", **data,
              stage_name=_stage(data)),
        ),
        "match_verified": lambda: (
            _("Reduction verified: %(need)s × %(technology)s", **data),
            _("Our staff verified the reduction reported for “%(need)s” × “%(technology)s”.", **data),
        ),
        "match_checkin": lambda: (
            _("Where does it stand? %(need)s × %(technology)s", **data),
            _(
                "It has been a while since “%(need)s” × “%(technology)s” last moved (it is at the stage "
                "%(stage_name)s). Where does it stand? Answer with one click:\n\n%(answers)s",
                **data,
                stage_name=_stage(data),
            ),
        ),
        "match_message": lambda: (
            _("New message about %(need)s", **data),
            _("%(author)s wrote about “%(need)s” × “%(technology)s”.", **data),
        ),
    }
    return texts[kind]()


def _stage(data: dict[str, Any]) -> str:
    from ..labels import stage_label

    return stage_label(data.get("stage"))


def render(notification: Notification) -> tuple[str, str]:
    """Subject and body of a stored notification, in the current language."""
    return _texts(notification.kind, notification.payload)


def notify_user(user: User, kind: str, data: dict[str, Any], link: str | None = None, email: str | None = None) -> None:
    """An in-app notification for ``user`` and an e-mail in their language."""
    db.session.add(Notification(user_id=user.id, kind=kind, payload=data, link=link))
    language = user.locale or "en"
    with force_locale(language):
        subject, body = _texts(kind, data)
    mail.queue(mail.Mail(to=email or user.email, subject=subject, body=body, language=language))


def notify_organization(organization: Organization, kind: str, data: dict[str, Any], link: str | None = None) -> None:
    """Notify every active member of ``organization``."""
    for member in organization.members:
        if member.active:
            notify_user(member, kind, data, link)


def unread_count(user: User) -> int:
    return db.session.execute(
        db.select(db.func.count())
        .select_from(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
    ).scalar_one()


def recent(user: User, limit: int = 50) -> list[Notification]:
    return list(
        db.session.execute(
            db.select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(limit)
        ).scalars()
    )


def mark_all_read(user: User) -> None:
    db.session.execute(
        db.update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utc_now())
    )


def _unread(user: User):
    return (Notification.user_id == user.id, Notification.read_at.is_(None))


def has_unread(user: User, notification_id: int | None = None, link: str | None = None) -> bool:
    """Whether ``user`` has an unread notification with that id, or pointing to ``link``."""
    statement = db.select(Notification.id).where(*_unread(user))
    if notification_id is not None:
        statement = statement.where(Notification.id == notification_id)
    if link is not None:
        statement = statement.where(Notification.link == link)
    return db.session.execute(statement.limit(1)).first() is not None


def mark_read(user: User, notification_id: int | None = None, link: str | None = None) -> None:
    """Mark ``user``'s notification ``notification_id``, or every one pointing to ``link``, as read."""
    statement = db.update(Notification).where(*_unread(user))
    if notification_id is not None:
        statement = statement.where(Notification.id == notification_id)
    if link is not None:
        statement = statement.where(Notification.link == link)
    db.session.execute(statement.values(read_at=utc_now()))


def get(user: User, notification_id: int) -> Notification | None:
    """``user``'s own notification ``notification_id`` (None for anyone else's)."""
    notice = db.session.get(Notification, notification_id)
    return notice if notice is not None and notice.user_id == user.id else None
