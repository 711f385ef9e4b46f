"""The fund directory, a fund's page, and a financing match's page (its parties and admins)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required

from ...extensions import db
from ...services import financing, funds
from ...services.errors import Conflict, PermissionDenied, ValidationError
from ...services.records import category_problem, page_number
from ..guards import viewer
from . import bp


@bp.route("/funds")
def fund_list():
    category = request.args.get("category") or None
    if category and category_problem(category):
        category = None
    statement = funds.visible_funds_statement(viewer(), category)
    page = db.paginate(statement, page=page_number(request.args), per_page=20, error_out=False)
    return render_template("funds/list.html", page=page, category=category)


@bp.route("/funds/<int:fund_id>")
def fund_detail(fund_id: int):
    return render_template("funds/detail.html", fund=funds.get_fund(viewer(), fund_id))


@bp.route("/financing/<int:financing_id>")
@login_required
def financing_detail(financing_id: int):
    row = financing.get_financing(viewer(), financing_id)
    return render_template("funds/financing.html", financing=row, portfolio=financing.portfolio([row]))


@bp.route("/financing/<int:financing_id>/respond", methods=["POST"])
@login_required
def respond(financing_id: int):
    answer = request.form.get("interested", "")
    try:
        financing.respond(viewer(), financing_id, answer)
    except (ValidationError, Conflict, PermissionDenied) as error:
        db.session.rollback()
        if isinstance(error, PermissionDenied):
            abort(403)
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(_("Your answer is saved."), "success")
    return redirect(url_for("funds.financing_detail", financing_id=financing_id))
