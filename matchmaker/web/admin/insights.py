"""/admin/insights, /admin/audit and /admin/settings: the figures, the audit log, matching settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import Select
from wtforms import StringField

from ... import scoring
from ...extensions import db
from ...labels import signal_label
from ...services import exports, settings, stats
from ...services.errors import ValidationError
from .. import insights as shared
from ..guards import show_field_errors
from . import bp

WEIGHT_PREFIX = "weight_"


@bp.route("/insights")
def insights():
    """Every match in figures and charts."""
    return shared.show(stats.EVERYTHING, "admin.insights_csv")


@bp.route("/insights.csv")
def insights_csv():
    """The same figures as CSV."""
    return shared.download(stats.EVERYTHING)


# --- the audit log ------------------------------------------------------------------------


def _audit_filters() -> tuple[dict[str, Any], Select, dict[str, str]]:
    """(filters, SELECT, errors) from the query string; a wrong filter is dropped, not fatal."""
    args = request.args.to_dict()
    try:
        filters, statement = stats.audit_query(args)
        return filters, statement, {}
    except ValidationError as error:
        kept = {key: value for key, value in args.items() if key not in error.fields}
        filters, statement = stats.audit_query(kept)
        return filters, statement, error.fields


@bp.route("/audit")
def audit_log():
    """The append-only log, newest first, filtered and paginated."""
    filters, statement, errors = _audit_filters()
    page = db.paginate(statement, page=filters["page"], per_page=50, error_out=False)
    return render_template(
        "admin/audit.html",
        page=page,
        filters=filters,
        filter_errors=errors,
        target_types=stats.audit_target_types(),
        csv_args={key: value for key, value in request.args.items() if key != "page"},
    )


@bp.route("/audit.csv")
def audit_csv():
    """Every event the filters select (all pages) as CSV."""
    _filters, statement, _errors = _audit_filters()
    return shared.csv_response(exports.csv_lines(stats.AUDIT_COLUMNS, stats.audit_rows(statement)), "audit.csv")


# --- matching settings --------------------------------------------------------------------


class SettingsForm(FlaskForm):
    """Collects what the admin typed; services.settings validates it."""

    suggestions_per_need = StringField(
        _l("Suggestions per need"),
        description=_l("How many technologies the engine suggests for each need (1 to 50)."),
        render_kw={"inputmode": "numeric"},
    )
    min_score = StringField(
        _l("Minimum score"),
        description=_l("Suggestions scoring below this are not kept (0 to 1)."),
        render_kw={"inputmode": "decimal"},
    )

    def weight_fields(self) -> list:
        return [field for name, field in self._fields.items() if name.startswith(WEIGHT_PREFIX)]

    def values(self, current_weights: Mapping[str, float]) -> dict[str, Any]:
        """The settings in services.settings' terms; unchanged (or blank) weights are not sent."""
        weights = dict(current_weights)
        for field in self.weight_fields():
            if (field.data or "").strip():
                weights[field.name.removeprefix(WEIGHT_PREFIX)] = _typed(field.data)
        return {
            "suggestions_per_need": _typed(self.suggestions_per_need.data),
            "min_score": _typed(self.min_score.data),
            "scoring_weights": weights if weights and weights != dict(current_weights) else None,
        }


def settings_form(signals: Iterable[str]) -> SettingsForm:
    """A SettingsForm with one weight field per scoring signal (the signals are the engine's data)."""

    class Form(SettingsForm):
        pass

    for name in signals:
        setattr(Form, WEIGHT_PREFIX + name, StringField(signal_label(name), render_kw={"inputmode": "decimal"}))
    return Form()


def _typed(text: str | None) -> Any:
    """'12' -> 12, '0.3' -> 0.3; anything else goes on as typed, for the service to refuse."""
    text = (text or "").strip()
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return text


@bp.route("/settings", methods=["GET", "POST"])
def matching_settings():
    """Show and change suggestions per need, the minimum score and the signal weights."""
    defaults = scoring.DEFAULT_WEIGHTS
    weights = {**defaults, **(settings.get("scoring_weights") or {})}
    form = settings_form(defaults)
    if form.validate_on_submit():
        try:
            changed = settings.change(current_user, form.values(weights))
        except ValidationError as error:
            db.session.rollback()
            weight_errors = show_field_errors(form, error.fields)
            return render_template("admin/settings.html", form=form, weight_errors=weight_errors), 422
        db.session.commit()
        flash(_("Settings saved; suggestions are being recomputed.") if changed else _("Nothing changed."), "success")
        return redirect(url_for("admin.matching_settings"))
    if request.method == "GET":
        form.suggestions_per_need.data = str(settings.get("suggestions_per_need"))
        form.min_score.data = str(settings.get("min_score"))
        for field in form.weight_fields():
            field.data = str(weights[field.name.removeprefix(WEIGHT_PREFIX)])
    return render_template("admin/settings.html", form=form, weight_errors=[])


# --- financing: capital sought against offered (issue 11) ---------------------------------------


@bp.route("/insights/financing")
def financing_insights():
    """Capital sought vs offered by category and country; financing matches by state."""
    from ...labels import category_label, choice_label
    from ...services import financing

    figures = financing.capital_figures()
    chart = {
        "capital": {
            "type": "bar",
            "label": _("Capital sought (USD)"),
            "labels": [category_label(row["key"]) for row in figures["categories"]],
            "values": [row["sought"] for row in figures["categories"]],
            "horizontal": True,
        },
        "states": {
            "type": "bar",
            "label": _("Financing matches"),
            "labels": [choice_label(status) for status in figures["states"]],
            "values": list(figures["states"].values()),
        },
    }
    return render_template("admin/financing_insights.html", figures=figures, chart_data=chart)


@bp.route("/insights/financing.csv")
def financing_insights_csv():
    from ...services import financing

    rows = financing.capital_rows(financing.capital_figures())
    return shared.csv_response(exports.csv_lines(("section", "key", "value"), rows), "financing.csv")


# --- outcomes: beyond connection (issue 10) ------------------------------------------------------


@bp.route("/insights/outcomes")
def outcome_insights():
    """The funnel after connection, days between stages, contract value and reductions by group."""
    from ...services import outcome_insights

    figures = outcome_insights.figures()
    return render_template("admin/outcome_insights.html", figures=figures, chart_data=_outcome_charts(figures))


@bp.route("/insights/outcomes.csv")
def outcome_insights_csv():
    from ...services import outcome_insights

    rows = outcome_insights.rows_for_csv(outcome_insights.figures())
    return shared.csv_response(exports.csv_lines(("section", "key", "value"), rows), "outcomes.csv")


def _outcome_charts(figures: dict[str, Any]) -> dict[str, Any]:
    """The funnel, and per category the contract value and the reductions (kinds side by side)."""
    from ...labels import category_label, reduction_kind_label, stage_label
    from ...services.outcome_insights import KINDS

    categories = figures["categories"]
    labels = [category_label(row["key"]) for row in categories]
    reductions = [
        (reduction_kind_label(kind).capitalize(), [round(row[f"{kind}_t"]) for row in categories]) for kind in KINDS
    ]
    return {
        "funnel": shared.chart_spec(
            "bar", _("Matches"), [stage_label(row["stage"]) for row in figures["funnel"]],
            [row["count"] for row in figures["funnel"]],
        ),
        "value": shared.chart_spec(
            "bar", _("Contract value (≈ US$)"), labels, [round(row["contract_value_usd"]) for row in categories],
            horizontal=True,
        ),
        "reductions": shared.chart_spec(
            "bar", _("t CO2e a year"), labels, [], horizontal=True, series=reductions
        ),
    }
