"""Home page, the dashboard dispatcher and the health check."""

from __future__ import annotations

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ...extensions import db
from ...models import Role
from ...services import organizations
from ...services.errors import ValidationError
from ..guards import show_field_errors
from . import bp
from .forms import ProfileForm

DASHBOARDS = {
    Role.COMPANY: "company.dashboard",
    Role.CITY: "city.dashboard",
    Role.ADMIN: "admin.dashboard",
    Role.INVESTOR: "investor.dashboard",
}


@bp.route("/")
def home():
    return render_template("main/home.html")


@bp.route("/dashboard")
@login_required
def dashboard():
    return redirect(url_for(DASHBOARDS[current_user.role]))


@bp.route("/healthz")
def healthz():
    """200 when the database answers, else 503 (for load balancers and monitors)."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="unavailable"), 503
    return jsonify(status="ok")


@bp.route("/account/organization", methods=["GET", "POST"])
@login_required
def edit_profile():
    """Members of a company or city edit their organisation's profile."""
    organization = current_user.organization
    if organization is None:
        abort(404)
    form = ProfileForm()
    if request.method == "GET":
        form.fill_from(organization)
    status = 200
    if form.validate_on_submit():
        was_verified = organization.verified
        try:
            organizations.update_profile(current_user, organization, form.to_data(is_city=organization.is_city))
        except ValidationError as error:
            db.session.rollback()
            for message in show_field_errors(form, error.fields):
                flash(message, "danger")
            status = 422
        else:
            db.session.commit()
            flash(_("Your profile is saved."), "success")
            if was_verified and not organization.verified:
                flash(
                    _(
                        "Your organisation's name or place changed, so it waits for verification again: "
                        "until our staff confirm it, its records are not public."
                    ),
                    "warning",
                )
            return redirect(url_for("directory.organization_detail", organization_id=organization.id))
    return render_template("main/profile_form.html", form=form, organization=organization), status
