"""Matches and notifications for signed-in users (any role; each rule is in services.matches)."""

from flask import Blueprint, redirect, request, url_for
from flask_login import current_user

bp = Blueprint("matches", __name__)


@bp.before_request
def require_login():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


from . import routes  # noqa: E402,F401
