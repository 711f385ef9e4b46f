"""/city/insights: the figures of the matches of the city's own needs."""

from __future__ import annotations

from flask_login import current_user

from ...services import stats
from .. import insights as shared
from . import bp


@bp.route("/insights")
def insights():
    """The city's matches in figures and charts."""
    return shared.show(stats.scope_for(current_user), "city.insights_csv")


@bp.route("/insights.csv")
def insights_csv():
    """The same figures as CSV."""
    return shared.download(stats.scope_for(current_user))
