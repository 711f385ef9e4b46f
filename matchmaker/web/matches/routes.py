"""A match's page (parties, reasons, contacts, answers, thread), introductions, notifications."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...labels import choice_label
from ...models import MatchStatus
from ...services import matches, notifications, policy
from ...services.errors import Conflict, ValidationError
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
        page=request.args.get("page", 1, type=int) or 1,
        per_page=20,
        error_out=False,
    )
    return render_template("matches/list.html", page=page, status=chosen.value if chosen else "")


@bp.route("/matches/<int:match_id>")
def match_detail(match_id: int):
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
        match, requested_now = matches.request_introduction(current_user, need_id, technology_id)
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


@bp.route("/notifications/read", methods=["POST"])
def mark_notifications_read():
    notifications.mark_all_read(current_user)
    db.session.commit()
    return redirect(url_for("matches.notification_list"))
