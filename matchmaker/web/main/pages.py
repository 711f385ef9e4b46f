"""The footer's pages: privacy, terms, contact, and the API explained (with the OpenAPI link)."""

from __future__ import annotations

from flask import current_app, render_template

from . import bp


@bp.route("/privacy")
def privacy():
    return render_template("main/privacy.html")


@bp.route("/terms")
def terms():
    return render_template("main/terms.html")


@bp.route("/contact")
def contact():
    return render_template("main/contact.html", contact_email=current_app.config["CONTACT_EMAIL"])


@bp.route("/api")
def api_page():
    return render_template("main/api.html")
