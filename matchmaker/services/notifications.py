"""Notifications: in the app (a notification centre) and by e-mail, in each reader's language.

A notification stores its kind and data, not its text, so it is rendered in the language
of whoever reads it; the e-mail is rendered in the recipient's language when queued.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import current_app
from flask_babel import force_locale, get_locale
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
        "match_requested_with_message": lambda: (
            _("Introduction requested: %(need)s × %(technology)s", **data),
            _(
                "%(requester)s asked for an introduction between “%(need)s” and “%(technology)s”. "
                "They wrote: “%(message)s”",
                **data,
            ),
        ),
        "introduction_asked": lambda: (
            _("%(company)s would like an introduction: %(need)s", **data),
            _(
                "%(company)s asked for an introduction between your need “%(need)s” and its technology "
                "“%(technology)s”. Our staff review it first; once approved you see each other's contact.",
                **data,
            )
            + (" " + _("They wrote: “%(message)s”", **data) if data.get("message") else ""),
        ),
        "request_declined": lambda: (
            _("About your request: %(need)s × %(technology)s", **data),
            _(
                "Thank you for asking for an introduction between “%(need)s” and “%(technology)s”. "
                "Our staff decided not to take it forward this time; other needs and technologies may fit better.",
                **data,
            )
            + (" " + _("A word from our staff: “%(note)s”", **data) if data.get("note") else ""),
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
        **_listing_texts(data),
        **_event_texts(data),
        "partner_invited": lambda: (
            _("%(city)s invites you to share a need", **data),
            _(
                "%(city)s invites your city as a partner on its need “%(need)s”. Accept or decline on your dashboard.",
                **data,
            ),
        ),
        "partner_accepted": lambda: (
            _("%(city)s shares your need “%(need)s”", **data),
            _("%(city)s accepted to be a partner on “%(need)s”: it now sees and takes part in its matches.", **data),
        ),
        "partner_declined": lambda: (
            _("%(city)s declined to share “%(need)s”", **data),
            _("%(city)s declined your invitation to be a partner on “%(need)s”.", **data),
        ),
        "event_meeting_reminder": lambda: (
            _("Tomorrow at %(event)s: your meeting with %(organization)s", **data),
            _("Your meeting with %(organization)s starts at %(time)s (%(zone)s), table %(table)s.", **data),
        ),
        "event_follow_up": lambda: (
            _("%(event)s: shall we continue with %(organization)s?", **data),
            _(
                "You met %(organization)s at %(event)s. Shall we continue? Answer yes and we ask for an "
                "introduction of your best-fitting technology and need.",
                **data,
            ),
        ),
        # Financing matches: a fund and a technology or a need (services.financing).
        "financing_requested": lambda: (
            _("Financing interest: %(fund)s × %(target)s", **data),
            _("%(investor)s would like to finance “%(target)s” of %(recipient)s from %(fund)s.", **data),
        ),
        "financing_approved": lambda: (
            _("A financing introduction: %(fund)s × %(target)s", **data),
            _(
                "Our staff approved the introduction between the fund “%(fund)s” of %(investor)s and “%(target)s” "
                "of %(recipient)s. You can now see each other's contact.",
                **data,
            ),
        ),
        "financing_connected": lambda: (
            _("Financing connected: %(fund)s × %(target)s", **data),
            _("%(recipient)s is interested in finance from “%(fund)s” for “%(target)s”.", **data),
        ),
        "financing_contract": lambda: (
            _("A contract names your finance: %(need)s × %(technology)s", **data),
            _("“%(need)s” × “%(technology)s” reached a contract, and it names the finance from “%(fund)s”.", **data),
        ),
        "financing_declined": lambda: (
            _("Financing declined: %(fund)s × %(target)s", **data),
            _("%(recipient)s is not taking finance from “%(fund)s” for “%(target)s” further.", **data),
        ),
    }
    return texts[kind]()


def _reasons(data: dict[str, Any]) -> str:
    """The engine's reasons in the current language (it gives both)."""
    chinese = str(get_locale() or "en").startswith("zh")
    return "; ".join(data.get("reasons_zh" if chinese else "reasons") or [])


def _listing_texts(data: dict[str, Any]) -> dict[str, Callable[[], tuple[str, str]]]:
    """Alerts, new fits and the life of a listing (services/alerts.py, services/listings.py)."""
    return {
        "alert_need": lambda: (
            _("A new need for your alert: %(title)s", **data),
            _("The need “%(title)s” of %(owner)s matches your alert %(alert)s.", **data),
        ),
        "alert_technology": lambda: (
            _("A new technology for your alert: %(title)s", **data),
            _("The technology “%(title)s” of %(owner)s matches your alert %(alert)s.", **data),
        ),
        "fit_need": lambda: (
            _("A new need fits your technology %(technology)s", **data),
            _(
                "The need “%(need)s” of %(city)s fits your technology “%(technology)s”: score %(score)s%%. "
                "Why: %(reasons)s",
                **{**data, "reasons": _reasons(data)},
            ),
        ),
        "fit_technology": lambda: (
            _("A new technology fits your need %(need)s", **data),
            _(
                "The technology “%(technology)s” of %(company)s fits your need “%(need)s”: score %(score)s%%. "
                "Why: %(reasons)s",
                **{**data, "reasons": _reasons(data)},
            ),
        ),
        "listing_expiring": lambda: (
            _("“%(title)s” expires in %(days)s days", **data),
            _(
                "Nobody has updated “%(title)s” for almost 12 months, so on %(date)s it leaves the directory "
                "and matching. If it is still current, renew it with one click.",
                **data,
            ),
        ),
        "listing_expired": lambda: (
            _("“%(title)s” has expired", **data),
            _(
                "Nobody updated “%(title)s” for 12 months, so it has left the directory and matching. "
                "Renew it on its page to make it current again.",
                **data,
            ),
        ),
    }


def _event_texts(data: dict[str, Any]) -> dict[str, Callable[[], tuple[str, str]]]:
    """Notices of events: registrations (to the organisers) and meeting requests (to the other side)."""
    return {
        "event_registration": lambda: (
            _("New registration for %(event)s", **data),
            _("%(organization)s registered for %(event)s and waits for your confirmation.", **data),
        ),
        "event_participant_confirmed": lambda: (
            _("You are confirmed for %(event)s", **data),
            _(
                "The organisers confirmed %(organization)s for %(event)s. You can now ask participants for meetings.",
                **data,
            ),
        ),
        "event_participant_declined": lambda: (
            _("Your registration for %(event)s was declined", **data),
            _("The organisers could not confirm %(organization)s for %(event)s.", **data),
        ),
        "event_meeting_requested": lambda: (
            _("%(organization)s asks to meet you at %(event)s", **data),
            _("%(organization)s would like a one-to-one meeting at %(event)s. Their message: %(message)s", **data),
        ),
        "event_meeting_accepted": lambda: (
            _("%(organization)s accepted your meeting at %(event)s", **data),
            _(
                "%(organization)s accepted your meeting request at %(event)s; the organisers will give it a time "
                "and a table.",
                **data,
            ),
        ),
        "event_meeting_declined": lambda: (
            _("%(organization)s declined your meeting at %(event)s", **data),
            _("%(organization)s declined your meeting request at %(event)s.", **data),
        ),
        "event_meeting_cancelled": lambda: (
            _("Meeting with %(organization)s at %(event)s cancelled", **data),
            _(
                "Your meeting with %(organization)s at %(event)s was cancelled; its time and table are free again.",
                **data,
            ),
        ),
    }


# The mail kind (services/preferences.MAIL_KINDS) each notification's mail belongs to.
MAIL_KIND_OF = {
    "organization_verified": "account",
    "organization_rejected": "account",
    "match_approved": "matches",
    "match_requested": "matches",
    "match_connected": "matches",
    "match_declined": "matches",
    "match_message": "messages",
    "need_deadline_passed": "listings",
    "listing_expiring": "listings",
    "listing_expired": "listings",
    "alert_need": "alerts",
    "alert_technology": "alerts",
    "fit_need": "suggestions",
    "fit_technology": "suggestions",
    **dict.fromkeys((*_event_texts({}), "event_meeting_reminder", "event_follow_up"), "events"),
    **dict.fromkeys(("partner_invited", "partner_accepted", "partner_declined"), "matches"),
    **dict.fromkeys(("match_requested_with_message", "introduction_asked", "request_declined"), "matches"),
    **dict.fromkeys(("match_stage", "match_verified", "match_checkin"), "matches"),
    **dict.fromkeys(
        ("financing_requested", "financing_approved", "financing_connected", "financing_declined",
         "financing_contract"), "matches"
    ),
}
def _stage(data: dict[str, Any]) -> str:
    from ..labels import stage_label

    return stage_label(data.get("stage"))


def render(notification: Notification) -> tuple[str, str]:
    """Subject and body of a stored notification, in the current language."""
    return _texts(notification.kind, notification.payload)


def notify_user(
    user: User,
    kind: str,
    data: dict[str, Any],
    link: str | None = None,
    email: str | None = None,
    *,
    send_mail: bool = True,
    mail_link: str | None = None,
) -> None:
    """An in-app notification for ``user`` and an e-mail in their language (unless the user
    switched that kind of mail off, or ``send_mail`` is False: a digest tells them later).

    The mail ends with ``mail_link`` (by default the notification's page), alone on its line.
    """
    db.session.add(Notification(user_id=user.id, kind=kind, payload=data, link=link))
    if not send_mail:
        return
    language = user.locale or "en"
    with force_locale(language):
        subject, body = _texts(kind, data)
    target = mail_link or (f"{current_app.config['BASE_URL']}{link}" if link else None)
    if target:
        body = f"{body}\n\n{target}"
    mail.queue(
        mail.Mail(
            to=email or user.email,
            subject=subject,
            body=body,
            language=language,
            kind=MAIL_KIND_OF.get(kind),
            user_id=user.id,
            secret=mail_link is not None and "token=" in mail_link,
        )
    )


def notify_organization(
    organization: Organization, kind: str, data: dict[str, Any], link: str | None = None, **options: Any
) -> None:
    """Notify every active member of ``organization`` (``options`` as for notify_user)."""
    for member in organization.members:
        if member.active:
            notify_user(member, kind, data, link, **options)


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
