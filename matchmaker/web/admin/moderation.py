"""Moderation: an admin hides a single technology or need (edits go through the owners' forms).

Both go through the same service updates as the owners' own changes, so they are audited with
the admin as the actor and reach matching the same way.
"""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import needs, technologies
from . import bp


@bp.route("/technologies/<int:technology_id>/hide", methods=["POST"])
def hide_technology(technology_id: int):
    """Take a technology out of the directory and matching (archived); its company may fix it."""
    technology = technologies.get_technology_to_edit(current_user, technology_id)
    technologies.update_technology(current_user, technology, {"status": "archived"})
    db.session.commit()
    flash(_("“%(name)s” is hidden: it is archived and out of matching.", name=technology.name), "success")
    return redirect(request.referrer or url_for("directory.technology_detail", technology_id=technology_id))


@bp.route("/needs/<int:need_id>/hide", methods=["POST"])
def hide_need(need_id: int):
    """Take a need out of the directory and matching (back to draft); its city may fix it."""
    need = needs.get_need_to_edit(current_user, need_id)
    needs.update_need(current_user, need, {"status": "draft"})
    db.session.commit()
    flash(_("“%(name)s” is hidden: it is a draft again and out of matching.", name=need.title), "success")
    return redirect(request.referrer or url_for("directory.need_detail", need_id=need_id))
