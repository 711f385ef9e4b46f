"""Pages for what came of a connection. Each view calls one service function and commits."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...models import MatchStatus
from ...services import checkins, currency, matches, outcomes, policy
from ...services.errors import Conflict, DomainError, ValidationError
from ...services.validation import clean
from . import bp

NUMBER_FIELDS = ("co2e_t_per_year", *outcomes.CO_BENEFITS)
TEXT_FIELDS = ("stage", "date", "note", "procurement_route", "pilot_scope", "pilot_start", "pilot_end", "financing_id")


def _signed_in():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


def stage_form_data(form) -> dict:
    """The stage form as the service's input: the contract value as {amount, currency}."""
    data = {name: form.get(name, "") for name in (*TEXT_FIELDS, *NUMBER_FIELDS)}
    amount, code = form.get("contract_value.amount", ""), form.get("contract_value.currency", "")
    if amount.strip() or code.strip():
        data["contract_value"] = {"amount": amount, "currency": code}
    return data


def render_match(match_id: int, status: int = 200, **extra):
    """The match's page (as matches.match_detail shows it), with the stage form's errors and input."""
    match = matches.get_match(current_user, match_id)
    return (
        render_template(
            "matches/detail.html",
            match=match,
            history=matches.history(match),
            actions=policy.allowed_actions(current_user, match),
            waiting_for_other_side=policy.is_party(current_user, match) and match.status is MatchStatus.APPROVED,
            **extra,
        ),
        status,
    )


def _match_form(match_id: int, form: str, act):
    """Run ``act()`` for a form on the match page: the service's result, or the page again with
    the form's field errors (422), or back to the match with the conflict said (nothing changed)."""
    if (login := _signed_in()) is not None:
        return None, login
    try:
        result = act()
    except ValidationError as error:
        db.session.rollback()
        fields = {f"{form}_errors": error.fields, f"{form}_input": request.form}
        return None, render_match(match_id, 422, **fields)
    except Conflict as error:
        db.session.rollback()
        flash(error.message, "warning")
        return None, redirect(url_for("matches.match_detail", match_id=match_id))
    db.session.commit()
    return result, None


@bp.route("/matches/<int:match_id>/stage", methods=["POST"])
def move_stage(match_id: int):
    _moved, refused = _match_form(
        match_id, "stage", lambda: outcomes.move_stage(current_user, match_id, stage_form_data(request.form))
    )
    if refused is not None:
        return refused
    flash(_("The stage is updated; the other party is told."), "success")
    return redirect(url_for("matches.match_detail", match_id=match_id, _anchor="stage"))


@bp.route("/matches/<int:match_id>/verify", methods=["POST"])
def verify(match_id: int):
    _verified, refused = _match_form(
        match_id, "verify", lambda: outcomes.verify(current_user, match_id, request.form.get("note"))
    )
    if refused is not None:
        return refused
    flash(_("The reported reduction is marked verified."), "success")
    return redirect(url_for("matches.match_detail", match_id=match_id, _anchor="stage"))


@bp.route("/matches/<int:match_id>/showcase", methods=["POST"])
def consent(match_id: int):
    data = {name: request.form.get(name, "") for name in ("consent", "story", "story_zh")}
    showcase, refused = _match_form(match_id, "consent", lambda: outcomes.consent(current_user, match_id, data))
    if refused is not None:
        return refused
    side = policy.showcase_side(current_user, matches.get_match(current_user, match_id))
    given = getattr(showcase, f"{side}_consent")
    flash(_("Thank you: your consent is recorded.") if given else _("Your consent is withdrawn."), "success")
    return redirect(url_for("matches.match_detail", match_id=match_id, _anchor="showcase"))


@bp.route("/matches/<int:match_id>/showcase/publish", methods=["POST"])
def publish(match_id: int):
    if (login := _signed_in()) is not None:
        return login
    try:
        outcomes.publish(current_user, match_id)
    except Conflict as error:
        db.session.rollback()
        flash(error.message, "warning")
        return redirect(url_for("matches.match_detail", match_id=match_id))
    db.session.commit()
    flash(_("The story is published."), "success")
    return redirect(url_for("outcomes.story", match_id=match_id))


# --- check-ins ------------------------------------------------------------------------------


@bp.route("/checkins/<token>", methods=["GET", "POST"])
def answer_checkin(token: str):
    """A one-click answer from a check-in mail: GET shows it, POST records it (links in mail are
    fetched by scanners, so a GET never changes anything)."""
    try:
        checkin, user, answer = checkins.read_token(token)
    except DomainError as error:
        return render_template("outcomes/checkin.html", error=error.message), error.status
    if request.method == "GET":
        return render_template("outcomes/checkin.html", checkin=checkin, answer=answer, token=token)
    try:
        match = checkins.answer(user, checkin.id, answer)
    except DomainError as error:
        db.session.rollback()
        return render_template("outcomes/checkin.html", error=error.message), error.status
    db.session.commit()
    return render_template("outcomes/checkin.html", done=True, match=match, answer=answer)


@bp.route("/matches/<int:match_id>/checkin", methods=["POST"])
def answer_checkin_here(match_id: int):
    """The same answers as buttons on the match's page."""
    if (login := _signed_in()) is not None:
        return login
    try:
        checkins.answer_open(current_user, match_id, request.form.get("answer", ""))
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "warning")
        return redirect(url_for("matches.match_detail", match_id=match_id))
    db.session.commit()
    flash(_("Thank you, your answer is recorded."), "success")
    return redirect(url_for("matches.match_detail", match_id=match_id, _anchor="stage"))


@bp.route("/admin/stalled")
def stalled():
    if (login := _signed_in()) is not None:
        return login
    if not policy.is_admin(current_user):
        abort(403)
    return render_template("outcomes/stalled.html", items=checkins.stalled_matches())


# --- progress -------------------------------------------------------------------------------


@bp.route("/progress")
def my_progress():
    if (login := _signed_in()) is not None:
        return login
    if current_user.organization_id is None:
        abort(404)
    return redirect(url_for("outcomes.progress", organization_id=current_user.organization_id))


@bp.route("/progress/<int:organization_id>")
def progress(organization_id: int):
    """A city's targets beside its pipeline, operating and verified reductions; a company's deployments."""
    if (login := _signed_in()) is not None:
        return login
    organization = outcomes.get_impact_organization(current_user, organization_id)
    figures = outcomes.impact(organization)
    labels = [_("Target"), _("Pipeline (contract or later)"), _("Operating"), _("Verified")]
    keys = ("target_t_per_year", "pipeline_t_per_year", "operating_t_per_year", "verified_t_per_year")
    chart = {
        "progress": {
            "type": "bar",
            "labels": labels,
            "values": [round(figures[key]) for key in keys],
            "label": _("t CO2e a year"),
        }
    }
    return render_template(
        "outcomes/progress.html",
        organization=organization,
        figures=figures,
        per_need=outcomes.impact_by_need(organization) if organization.kind.value == "city" else [],
        deployments=outcomes.outcome_matches(organization),
        chart_data=chart,
        rates=currency.rates(),
    )


# --- the public showcase ----------------------------------------------------------------------


@bp.route("/showcase")
def showcase():
    try:
        filters = clean(outcomes.SHOWCASE_FILTERS, request.args.to_dict())
    except ValidationError:
        filters = clean(outcomes.SHOWCASE_FILTERS, {})
    page = db.paginate(outcomes.showcase_statement(filters), page=filters["page"], per_page=12, error_out=False)
    return render_template(
        "outcomes/showcase.html", page=page, filters=filters, totals=outcomes.platform_totals(),
        choices=outcomes.showcase_choices(),
    )


@bp.route("/showcase/<int:match_id>")
def story(match_id: int):
    return render_template("outcomes/story.html", match=outcomes.get_story(match_id))
