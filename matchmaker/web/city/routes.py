"""The city's own needs: list, post, edit, open, close, delete."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import needs
from ..guards import record_form_page
from . import bp
from .forms import NeedForm


@bp.route("/")
def dashboard():
    return render_template(
        "city/dashboard.html",
        organization=current_user.organization,
        needs=needs.needs_of(current_user.organization_id),
    )


@bp.route("/needs/new", methods=["GET", "POST"])
def new_need():
    form = NeedForm()
    if request.method == "GET":
        form.status.data = "open"
        form.region.data = current_user.organization.region
    return _form_page(form, None, lambda data: needs.create_need(current_user, data))


@bp.route("/needs/<int:need_id>/edit", methods=["GET", "POST"])
def edit_need(need_id: int):
    need = needs.get_need_to_edit(current_user, need_id)
    form = NeedForm()
    if request.method == "GET":
        form.fill_from(need)
    return _form_page(form, need, lambda data: needs.update_need(current_user, need, data))


def _form_page(form: NeedForm, need, save):
    form.set_region_choices((need.organization if need else current_user.organization).country)
    return record_form_page(
        form,
        "city/need_form.html",
        {"need": need},
        save,
        lambda saved: url_for("directory.need_detail", need_id=saved.id),
    )


@bp.route("/needs/<int:need_id>/delete", methods=["POST"])
def delete_need(need_id: int):
    need = needs.get_need_to_edit(current_user, need_id)
    title = need.title
    needs.delete_need(current_user, need)
    db.session.commit()
    flash(_("“%(name)s” is deleted.", name=title), "success")
    return redirect(url_for("city.dashboard"))
