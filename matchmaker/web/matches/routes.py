"""A match's page (parties, reasons, contacts, answers, thread), introductions, notifications."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...database import mark_as_writer
from ...extensions import db
from ...labels import choice_label
from ...models import MatchStatus
from ...services import matches, notifications, policy
from ...services.errors import Conflict, ValidationError
from ...services.records import page_number
from . import bp


@bp.route("/matches")
def match_list():
    status = request.args.get("status") or None
    try:
        chosen = MatchStatus(status) if status else None
    except ValueError:
        chosen = None
    page = db.paginate(
        matches.visible_matches_statement(current_user, chosen),
        page=page_number(request.args),
        per_page=20,
        error_out=False,
    )
    return render_template("matches/list.html", page=page, status=chosen.value if chosen else "")


def _mark_notifications_read(**which) -> None:
    """Mark the reader's unread notifications ``which`` selects as read, in a writing transaction.

    Only when there is one (most page views write nothing); the read-only transaction is ended
    first so SQLite takes its write lock up front (BEGIN IMMEDIATE) and waits its turn.
    """
    if not notifications.has_unread(current_user, **which):
        return
    db.session.commit()
    mark_as_writer(True)
    notifications.mark_read(current_user, **which)
    db.session.commit()


@bp.route("/matches/<int:match_id>")
def match_detail(match_id: int):
    _mark_notifications_read(link=f"/matches/{match_id}")  # the form services link a match by
    match = matches.get_match(current_user, match_id)
    return render_template(
        "matches/detail.html",
        match=match,
        history=matches.history(match),
        actions=policy.allowed_actions(current_user, match),
        waiting_for_other_side=policy.is_party(current_user, match) and match.status is MatchStatus.APPROVED,
    )


@bp.route("/matches/request", methods=["POST"])
def request_introduction():
    """Ask for an introduction from a need's page (city) or a public need (company)."""
    need_id, technology_id = request.form.get("need_id"), request.form.get("technology_id")
    try:
        match, requested_now = matches.request_introduction(
            current_user, need_id, technology_id, request.form.get("message")
        )
    except ValidationError as error:
        db.session.rollback()
        flash(" ".join(error.fields.values()) or error.message, "danger")
        return redirect(request.referrer or url_for("main.dashboard"))
    db.session.commit()
    if requested_now:
        flash(_("Introduction requested. Our staff will review it."), "success")
    else:
        flash(_("You asked for this introduction before; it is %(status)s.", status=choice_label(match.status)), "info")
    return redirect(url_for("matches.match_detail", match_id=match.id))


@bp.route("/matches/<int:match_id>/respond", methods=["POST"])
def respond(match_id: int):
    interested = request.form.get("interested")
    try:
        match = matches.respond(current_user, match_id, interested)
    except Conflict as error:
        db.session.rollback()
        flash(error.message, "warning")
        return redirect(url_for("matches.match_detail", match_id=match_id))
    db.session.commit()
    flash(_("Thank you, your answer is recorded."), "success")
    return redirect(url_for("matches.match_detail", match_id=match.id))


@bp.route("/matches/<int:match_id>/messages", methods=["POST"])
def post_message(match_id: int):
    try:
        matches.post_message(current_user, match_id, request.form.get("body", ""))
    except ValidationError as error:
        db.session.rollback()
        flash(error.fields.get("body", error.message), "danger")
        return redirect(url_for("matches.match_detail", match_id=match_id))
    db.session.commit()
    return redirect(url_for("matches.match_detail", match_id=match_id, _anchor="thread"))


@bp.route("/notifications")
def notification_list():
    items = [(notice, *notifications.render(notice)) for notice in notifications.recent(current_user)]
    return render_template("matches/notifications.html", items=items)


@bp.route("/notifications/<int:notification_id>")
def open_notification(notification_id: int):
    """Follow a notification: it is read now; then go where it points."""
    notice = notifications.get(current_user, notification_id)
    if notice is None:
        return redirect(url_for("matches.notification_list"))
    link = notice.link
    _mark_notifications_read(notification_id=notification_id)
    if link and link.startswith("/") and not link.startswith("//"):
        return redirect(link)
    return redirect(url_for("matches.notification_list"))


@bp.route("/notifications/read", methods=["POST"])
def mark_notifications_read():
    notifications.mark_all_read(current_user)
    db.session.commit()
    return redirect(url_for("matches.notification_list"))
