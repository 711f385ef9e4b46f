"""Admin user management: the user list with filters, deactivation, team roles (issue 13 §4)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import user_admin
from ...services.errors import ValidationError
from . import bp


@bp.route("/users")
def user_list():
    try:
        filters, page = user_admin.list_users(current_user, request.args.to_dict())
        errors = {}
    except ValidationError as error:  # a bad filter is reported and left out, never a crash
        kept = {key: value for key, value in request.args.items() if key not in error.fields}
        filters, page = user_admin.list_users(current_user, kept)
        errors = error.fields
    return render_template("admin/users.html", filters=filters, page=page, filter_errors=errors)


def _back():
    return redirect(url_for("admin.user_list", **{k: v for k, v in request.args.items() if k != "lang"}))


@bp.route("/users/<int:user_id>/<any(deactivate, reactivate):action>", methods=["POST"])
def set_user_active(user_id: int, action: str):
    user = user_admin.set_active(current_user, user_id, action == "reactivate")
    db.session.commit()
    if user.active:
        flash(_("%(email)s can sign in again.", email=user.email), "success")
    else:
        flash(_("%(email)s is deactivated and signed out everywhere.", email=user.email), "info")
    return _back()


@bp.route("/users/<int:user_id>/team-role", methods=["POST"])
def set_user_team_role(user_id: int):
    user = user_admin.change_team_role(current_user, user_id, request.form.get("team_role", ""))
    db.session.commit()
    flash(_("The team role of %(email)s is saved.", email=user.email), "success")
    return _back()
