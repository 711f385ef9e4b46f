"""The company's own technologies: list, register, edit, publish, archive, delete."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import technologies
from ...services.errors import ValidationError
from ..guards import show_field_errors
from . import bp
from .forms import TechnologyForm


@bp.route("/")
def dashboard():
    return render_template(
        "company/dashboard.html",
        organization=current_user.organization,
        technologies=technologies.technologies_of(current_user.organization_id),
    )


def _save(form: TechnologyForm, technology=None):
    """Create or update from the form; on bad input, show the errors on the fields."""
    try:
        if technology is None:
            technology = technologies.create_technology(current_user, form.to_data())
        else:
            technologies.update_technology(current_user, technology, form.to_data())
    except ValidationError as error:
        db.session.rollback()
        for message in show_field_errors(form, error.fields, TechnologyForm.FIELD_ALIASES):
            flash(message, "danger")
        return None
    db.session.commit()
    return technology


@bp.route("/technologies/new", methods=["GET", "POST"])
def new_technology():
    form = TechnologyForm()
    if request.method == "GET":
        form.status.data = "published"
    if form.validate_on_submit():
        technology = _save(form)
        if technology is not None:
            flash(_("“%(name)s” is saved.", name=technology.name), "success")
            return redirect(url_for("directory.technology_detail", technology_id=technology.id))
        return render_template("company/technology_form.html", form=form, technology=None), 422
    return render_template("company/technology_form.html", form=form, technology=None)


@bp.route("/technologies/<int:technology_id>/edit", methods=["GET", "POST"])
def edit_technology(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    form = TechnologyForm()
    if request.method == "GET":
        form.fill_from(technology)
    if form.validate_on_submit():
        if _save(form, technology) is not None:
            flash(_("“%(name)s” is saved.", name=technology.name), "success")
            return redirect(url_for("directory.technology_detail", technology_id=technology.id))
        return render_template("company/technology_form.html", form=form, technology=technology), 422
    return render_template("company/technology_form.html", form=form, technology=technology)


@bp.route("/technologies/<int:technology_id>/status", methods=["POST"])
def set_technology_status(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    technologies.update_technology(current_user, technology, {"status": request.form.get("status", "")})
    db.session.commit()
    flash(_("“%(name)s” is now %(status)s.", name=technology.name, status=technology.status.value), "success")
    return redirect(url_for("company.dashboard"))


@bp.route("/technologies/<int:technology_id>/delete", methods=["POST"])
def delete_technology(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    name = technology.name
    technologies.delete_technology(current_user, technology)
    db.session.commit()
    flash(_("“%(name)s” is deleted.", name=name), "success")
    return redirect(url_for("company.dashboard"))
