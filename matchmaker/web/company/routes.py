"""Company dashboard."""

from flask import render_template
from flask_login import current_user

from . import bp


@bp.route("/")
def dashboard():
    return render_template("company/dashboard.html", organization=current_user.organization)
