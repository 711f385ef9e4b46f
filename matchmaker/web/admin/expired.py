"""/admin/expired: the listings that expired (not updated for 12 months), newest first."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user

from ...services import listings
from . import bp


@bp.route("/expired")
def expired_listings():
    rows = [(listings.kind_of(r), r, listings.title_of(r)) for r in listings.expired_listings(current_user)]
    return render_template("admin/expired.html", rows=rows)
