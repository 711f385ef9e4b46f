"""Home page, the dashboard dispatcher and the health check."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ...extensions import db
from ...models import Role
from . import bp

DASHBOARDS = {Role.COMPANY: "company.dashboard", Role.CITY: "city.dashboard", Role.ADMIN: "admin.dashboard"}


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
