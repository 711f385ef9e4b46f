"""/admin/matches: the queue of suggested and requested matches, decisions one by one or in bulk."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...models import FinancingMatch, Match
from ...services import financing, matches
from ...services.errors import Conflict, ValidationError
from ...services.validation import is_id
from . import bp


@bp.route("/matches")
def match_queue():
    try:
        filters, statement = matches.admin_queue(request.args.to_dict())
        errors = {}
    except ValidationError as error:
        errors = error.fields
        filters, statement = matches.admin_queue({})
    if filters["kind"] == "financing":  # the same queue, filters and bulk actions for financing matches
        statement = financing.admin_queue(filters)
    page = db.paginate(statement, page=filters["page"], per_page=25, error_out=False)
    histories = {match.id: matches.history(match) for match in page.items if filters["kind"] != "financing"}
    return render_template("admin/matches.html", page=page, filters=filters, filter_errors=errors, histories=histories)


@bp.route("/matches/<int:match_id>/decide", methods=["POST"])
def decide_match(match_id: int):
    approve = request.form.get("decision") == "approve"
    try:
        match = matches.decide(
            current_user, match_id, approve, request.form.get("note"), request.form.get("requester_note"), _model()
        )
    except ValidationError as error:
        return _note_refused(error)
    except Conflict as error:
        flash(error.message, "warning")
        return redirect(request.referrer or url_for("admin.match_queue"))
    db.session.commit()
    if approve:
        flash(_("Approved: both parties are introduced and notified."), "success")
    else:
        flash(_("Rejected, with your note kept in the history."), "info")
    if isinstance(match, FinancingMatch):
        return redirect(request.referrer or url_for("funds.financing_detail", financing_id=match.id))
    return redirect(request.referrer or url_for("matches.match_detail", match_id=match.id))


@bp.route("/matches/bulk", methods=["POST"])
def decide_matches():
    """Approve or reject the ticked matches; each one that was decided meanwhile is reported."""
    ids = [int(value) for value in request.form.getlist("match_id") if is_id(value)]
    approve = request.form.get("decision") == "approve"
    if not ids:
        flash(_("Tick at least one match."), "warning")
        return redirect(request.referrer or url_for("admin.match_queue"))
    try:
        outcome = matches.decide_many(
            current_user, ids, approve, request.form.get("note"), request.form.get("requester_note"), _model()
        )
    except ValidationError as error:
        return _note_refused(error, ticked=ids)
    db.session.commit()
    flash(
        _(
            "%(done)d decided; %(conflict)d were already decided by someone else.",
            done=len(outcome["done"]),
            conflict=len(outcome["conflict"]),
        ),
        "success",
    )
    return redirect(request.referrer or url_for("admin.match_queue"))


def _model() -> type:
    """Which rows a decision form names: matches, or financing matches (its hidden "kind")."""
    return FinancingMatch if request.form.get("kind") == "financing" else Match


def _note_refused(error: ValidationError, ticked: list[int] = ()):
    """A decision whose note the rules refuse (a rejection needs one): back, nothing stored;
    from the bulk form, back to the same queue page with the same matches ticked."""
    db.session.rollback()
    flash(_("A rejection needs a note for the parties: %(problem)s", problem=error.fields.get("note", "")), "danger")
    if ticked:
        return redirect(_queue_url_with(ticked))
    return redirect(request.referrer or url_for("admin.match_queue"))


def _queue_url_with(ticked: list[int]) -> str:
    """The queue page the form came from (its filters and page), with ``ticked`` ticked."""
    referrer = urlsplit(request.referrer or "")
    args = [(key, value) for key, value in parse_qsl(referrer.query) if key != "ticked"]
    return url_for("admin.match_queue") + "?" + urlencode([*args, *(("ticked", i) for i in ticked)])
