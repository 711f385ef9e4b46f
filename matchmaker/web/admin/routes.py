"""Admin dashboard."""

from flask import render_template

from ...extensions import db
from ...models import Organization, User
from . import bp


@bp.route("/")
def dashboard():
    pending = db.session.execute(
        db.select(db.func.count()).select_from(Organization).where(Organization.verified.is_(False))
    ).scalar_one()
    users = db.session.execute(db.select(db.func.count()).select_from(User)).scalar_one()
    return render_template("admin/dashboard.html", pending_organizations=pending, user_count=users)
