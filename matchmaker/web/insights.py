"""The insight page and its CSV, shared by the admin, city and company areas (each guards its role)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask import Response, render_template, stream_with_context, url_for
from flask_babel import gettext as _

from ..labels import category_label, choice_label, country_pair
from ..services import exports, stats


def show(scope: stats.Scope, csv_endpoint: str):
    """Render the figures of ``scope`` with their charts and a link to the CSV."""
    figures = stats.overview(scope)
    return render_template(
        "insights.html",
        scope=scope,
        figures=figures,
        chart_data=chart_data(figures),
        csv_url=url_for(csv_endpoint),
    )


def download(scope: stats.Scope, filename: str = "insights.csv") -> Response:
    """The figures of ``scope`` as (section, key, value) CSV rows."""
    rows = stats.rows_for_csv(stats.overview(scope))
    return csv_response(exports.csv_lines(("section", "key", "value"), rows), filename)


def csv_response(lines: Iterable[str], filename: str) -> Response:
    """Stream CSV ``lines`` as a download."""
    return Response(
        stream_with_context(exports.for_excel(lines)),
        content_type=exports.CSV_CONTENT_TYPE,
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )


def chart_spec(kind: str, label: str, labels: list[str], values: list[float], **options) -> dict[str, Any]:
    """One chart as static/js/charts.js draws it: "bar" or "doughnut", one series of values.

    ``series=[(label, values), ...]`` draws grouped bars side by side instead (never stacked,
    so figures of different kinds are never shown added up).
    """
    if "series" in options:
        options["series"] = [{"label": name, "values": list(numbers)} for name, numbers in options["series"]]
    return {"type": kind, "label": label, "labels": labels, "values": values, **options}


def chart_data(figures: dict[str, Any]) -> dict[str, Any]:
    """What static/js/charts.js draws, with labels in the reader's language.

    It travels as a JSON data block (never executed, so the CSP allows it).
    """
    matches = _("Matches")

    def chart(kind: str, rows: list[dict], label_of, value_key: str, **options) -> dict:
        return chart_spec(kind, matches, [label_of(row) for row in rows], [row[value_key] for row in rows], **options)

    return {
        "funnel": chart("bar", figures["funnel"], lambda row: choice_label(row["stage"]), "count"),
        "categories": chart(
            "bar", figures["categories"], lambda row: category_label(row["category"]), "matches", horizontal=True
        ),
        "country_pairs": chart("doughnut", figures["country_pairs"], lambda row: country_pair(row["pair"]), "matches"),
    }
