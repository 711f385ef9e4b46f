"""The city's own needs: list, post, edit, open, close, delete."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import needs
from ...services.errors import ValidationError
from ..guards import show_field_errors
from . import bp
from .forms import NeedForm


@bp.route("/")
def dashboard():
    return render_template(
        "city/dashboard.html",
        organization=current_user.organization,
        needs=needs.needs_of(current_user.organization_id),
    )


def _save(form: NeedForm, need=None):
    """Create or update from the form; on bad input, show the errors on the fields."""
    try:
        if need is None:
            need = needs.create_need(current_user, form.to_data())
        else:
            needs.update_need(current_user, need, form.to_data())
    except ValidationError as error:
        db.session.rollback()
        for message in show_field_errors(form, error.fields, NeedForm.FIELD_ALIASES):
            flash(message, "danger")
        return None
    db.session.commit()
    return need


@bp.route("/needs/new", methods=["GET", "POST"])
def new_need():
    form = NeedForm()
    if request.method == "GET":
        form.status.data = "open"
        form.region.data = current_user.organization.region
    if form.validate_on_submit():
        need = _save(form)
        if need is not None:
            flash(_("“%(name)s” is saved.", name=need.title), "success")
            return redirect(url_for("directory.need_detail", need_id=need.id))
        return render_template("city/need_form.html", form=form, need=None), 422
    return render_template("city/need_form.html", form=form, need=None)


@bp.route("/needs/<int:need_id>/edit", methods=["GET", "POST"])
def edit_need(need_id: int):
    need = needs.get_need_to_edit(current_user, need_id)
    form = NeedForm()
    if request.method == "GET":
        form.fill_from(need)
    if form.validate_on_submit():
        if _save(form, need) is not None:
            flash(_("“%(name)s” is saved.", name=need.title), "success")
            return redirect(url_for("directory.need_detail", need_id=need.id))
        return render_template("city/need_form.html", form=form, need=need), 422
    return render_template("city/need_form.html", form=form, need=need)


@bp.route("/needs/<int:need_id>/delete", methods=["POST"])
def delete_need(need_id: int):
    need = needs.get_need_to_edit(current_user, need_id)
    title = need.title
    needs.delete_need(current_user, need)
    db.session.commit()
    flash(_("“%(name)s” is deleted.", name=title), "success")
    return redirect(url_for("city.dashboard"))
