"""An investor's funds, their suggestions and the interest it expresses."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ... import matching
from ...extensions import db
from ...models import Need, Technology
from ...services import financing, funds
from ...services.errors import ValidationError
from ..guards import record_form_page
from . import bp
from .forms import FundForm


@bp.route("/")
def dashboard():
    financing_matches = list(db.session.execute(financing.visible_statement(current_user)).scalars())
    return render_template(
        "investor/dashboard.html",
        organization=current_user.organization,
        funds=funds.funds_of(current_user.organization_id),
        financing_matches=financing_matches,
        portfolio=financing.portfolio(financing_matches),
    )


@bp.route("/funds/new", methods=["GET", "POST"])
def new_fund():
    return _form_page(FundForm(), None, lambda data: funds.create_fund(current_user, data))


@bp.route("/funds/<int:fund_id>/edit", methods=["GET", "POST"])
def edit_fund(fund_id: int):
    fund = funds.get_fund_to_edit(current_user, fund_id)
    form = FundForm()
    if request.method == "GET":
        form.fill_from(fund)
    return _form_page(form, fund, lambda data: funds.update_fund(current_user, fund, data))


def _form_page(form: FundForm, fund, save):
    shown_at = lambda saved: url_for("funds.fund_detail", fund_id=saved.id)  # noqa: E731
    return record_form_page(form, "investor/fund_form.html", {"fund": fund}, save, shown_at)


@bp.route("/funds/<int:fund_id>/delete", methods=["POST"])
def delete_fund(fund_id: int):
    fund = funds.get_fund_to_edit(current_user, fund_id)
    name = fund.name
    funds.delete_fund(current_user, fund)
    db.session.commit()
    flash(_("“%(name)s” is deleted.", name=name), "success")
    return redirect(url_for("investor.dashboard"))


@bp.route("/funds/<int:fund_id>/suggestions")
def fund_suggestions(fund_id: int):
    """What the engine suggests for the fund; ``?ready=N`` keeps needs with N checklist items done."""
    fund = funds.get_fund_to_edit(current_user, fund_id)
    ready = request.args.get("ready", "")
    least = int(ready) if ready in {"1", "2", "3", "4", "5"} else 0
    rows = []
    for suggestion in matching.fund_suggestions(fund, top=30):
        record = db.session.get(Technology if suggestion.kind == "technology" else Need, suggestion.id)
        if suggestion.kind == "need" and funds.readiness(record.bankability) < least:
            continue
        rows.append((suggestion, record))
    asked = {(f.kind, f.technology_id or f.need_id): f for f in financing.visible_statement_for_fund(fund)}
    return render_template("investor/suggestions.html", fund=fund, rows=rows, asked=asked, ready=least)


@bp.route("/funds/<int:fund_id>/interest", methods=["POST"])
def express_interest(fund_id: int):
    fund = funds.get_fund_to_edit(current_user, fund_id)
    kind = request.form.get("kind", "")
    field = "need_id" if kind == "need" else "technology_id"
    try:
        row, _created = financing.express_interest(current_user, fund, {field: request.form.get("id")})
    except ValidationError as error:
        db.session.rollback()
        for message in error.fields.values() or [error.message]:
            flash(message, "danger")
        return redirect(url_for("investor.fund_suggestions", fund_id=fund.id))
    db.session.commit()
    flash(_("Your interest is sent to our staff, who introduce you once they approve."), "success")
    return redirect(url_for("funds.financing_detail", financing_id=row.id))
