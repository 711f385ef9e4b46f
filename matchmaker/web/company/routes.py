"""The company's own technologies: list, register, edit, publish, archive, delete."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ... import matching
from ...extensions import db
from ...labels import choice_label
from ...services import policy, technologies
from ...services.records import page_number
from ..guards import record_form_page
from . import bp
from .forms import TechnologyForm

FEED_ON_DASHBOARD = 3  # fitting needs shown per technology; the feed page shows them all
FEED_PER_PAGE = 10


@bp.route("/")
def dashboard():
    own = technologies.technologies_of(current_user.organization_id)
    feeds = [
        matching.technology_feed(current_user, technology, per_page=FEED_ON_DASHBOARD)
        for technology in own
        if policy.is_public_technology(technology)
    ]
    return render_template(
        "company/dashboard.html", organization=current_user.organization, technologies=own, feeds=feeds
    )


@bp.route("/technologies/<int:technology_id>/feed")
def technology_feed(technology_id: int):
    """Every open need that fits one of the company's technologies, best first, a page at a time."""
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    feed = matching.technology_feed(current_user, technology, page_number(request.args), FEED_PER_PAGE)
    return render_template("company/feed.html", feed=feed)


@bp.route("/technologies/new", methods=["GET", "POST"])
def new_technology():
    form = TechnologyForm()
    if request.method == "GET":
        form.status.data = "published"
    return _form_page(form, None, lambda data: technologies.create_technology(current_user, data))


@bp.route("/technologies/<int:technology_id>/edit", methods=["GET", "POST"])
def edit_technology(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    form = TechnologyForm()
    if request.method == "GET":
        form.fill_from(technology)
    return _form_page(form, technology, lambda data: technologies.update_technology(current_user, technology, data))


def _form_page(form: TechnologyForm, technology, save):
    form.set_region_choices()
    return record_form_page(
        form,
        "company/technology_form.html",
        {"technology": technology},
        save,
        lambda saved: url_for("directory.technology_detail", technology_id=saved.id),
    )


@bp.route("/technologies/<int:technology_id>/status", methods=["POST"])
def set_technology_status(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    technologies.update_technology(current_user, technology, {"status": request.form.get("status", "")})
    db.session.commit()
    flash(_("“%(name)s” is now %(status)s.", name=technology.name, status=choice_label(technology.status)), "success")
    return redirect(url_for("company.dashboard"))


@bp.route("/technologies/<int:technology_id>/delete", methods=["POST"])
def delete_technology(technology_id: int):
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    name = technology.name
    technologies.delete_technology(current_user, technology)
    db.session.commit()
    flash(_("“%(name)s” is deleted.", name=name), "success")
    return redirect(url_for("company.dashboard"))
