"""The need form. It only renders and collects; the needs service validates."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import ValidationError

from ...labels import bankability_choices, choice_label, keep_choice, procurement_route_label, region_groups
from ...models import BANKABILITY, PROCUREMENT_ROUTES
from ...services import currency
from ..company.forms import CheckboxesField, MainCategoryMixin
from ..form_data import blank_to_none


class NeedForm(MainCategoryMixin, FlaskForm):
    title = StringField(
        _l("Title"), description=_l("The problem in a few words, e.g. “Cut diesel emissions at container berths”.")
    )
    description = TextAreaField(
        _l("The problem"),
        description=_l(
            "Describe the outcome you want, the scale, the constraints and what you have tried, not a specification."
        ),
    )
    goal = SelectField(_l("City goal it serves"), choices=[], validate_choice=False)
    scale = StringField(_l("Scale"), description=_l("With a unit: 300 buses, 50 MW, 500 t a day."))
    budget = StringField(_l("Budget"))
    # A city budgets in its own currency; the need stores US dollars (the API's budget_usd).
    budget_currency = SelectField(
        _l("Currency"), choices=[SelectChoice("USD", "USD"), SelectChoice("CNY", "CNY")], validate_choice=False
    )
    # Both answers in sight and none chosen for the city: a preselected "Funded" hid "Seeking finance".
    funding = RadioField(_l("Funding"), choices=[], validate_choice=False)
    finance_sought = StringField(_l("Finance sought (USD)"), description=_l("When seeking finance: how much."))
    bankability = CheckboxesField(
        _l("Bankability checklist"), choices=[], validate_choice=False, description=_l("What is ready already.")
    )
    min_trl = SelectField(_l("Least readiness accepted (TRL)"), choices=[], validate_choice=False)
    co2e_target = StringField(_l("CO₂e cut wanted (t a year)"))
    co2e_baseline = StringField(
        _l("Emissions today (t CO₂e a year)"), description=_l("The baseline the cut is measured against.")
    )
    air_quality_baseline = StringField(
        _l("Air quality today"), description=_l("A figure with its unit, e.g. PM2.5 38 µg/m³ (annual mean).")
    )
    procurement_route = SelectField(_l("Procurement route"), choices=[], validate_choice=False)
    deadline = StringField(_l("Start by"), description=_l("YYYY-MM-DD"), render_kw={"type": "date"})
    procurement_stage = SelectField(_l("Stage"), choices=[], validate_choice=False)
    open_to_foreign = BooleanField(_l("Partners from abroad are welcome"), default=True)
    region = SelectField(_l("Province or state"), choices=[], validate_choice=False)
    status = SelectField(_l("Status"), choices=[], validate_choice=False)
    outcome = TextAreaField(_l("Outcome"), description=_l("When you close the need: what came of it."))

    FIELD_ALIASES = {
        "budget_usd": "budget",
        "co2e_target_t_per_year": "co2e_target",
        "co2e_baseline_t_per_year": "co2e_baseline",
        "finance_sought_usd": "finance_sought",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.set_category_choices()
        self.goal.choices = [(g, choice_label(g)) for g in ("emissions", "air_quality", "both", "resilience")]
        self.funding.choices = [(f, choice_label(f)) for f in ("funded", "seeking_finance")]
        self.bankability.choices = bankability_choices()
        self.min_trl.choices = [("", "—")] + [(str(level), str(level)) for level in range(1, 10)]
        self.procurement_stage.choices = [(p, choice_label(p)) for p in ("exploring", "pilot", "procurement")]
        self.procurement_route.choices = [("", str(_l("Not decided yet")))] + [
            (route, procurement_route_label(route)) for route in PROCUREMENT_ROUTES
        ]
        self.status.choices = [(s, choice_label(s)) for s in ("draft", "open", "closed")]

    @property
    def cny_per_usd(self) -> str:
        """The rate a budget in yuan is converted at, for the form's help text."""
        return f"{1 / currency.to_usd(1.0, 'CNY'):.2f}"

    def validate_funding(self, field) -> None:
        if not field.data:
            raise ValidationError(_l("Say whether the need is funded or seeking finance."))

    def set_region_choices(self, country: str | None) -> None:
        """The regions of the city's country (and China's and the US'), what was sent kept."""
        self.region.choices = {
            None: [("", str(_l("Your organisation's region")))],
            **keep_choice(region_groups(country), self.region.data),
        }

    def to_data(self) -> dict:
        """The form's content in the API's terms."""
        return {
            "title": self.title.data,
            "categories": self.category_list(),
            "description": self.description.data,
            "goal": self.goal.data,
            "scale": self.scale.data or "",
            "budget_usd": in_usd(self.budget.data, self.budget_currency.data),
            "funding": self.funding.data,
            "finance_sought_usd": blank_to_none(self.finance_sought.data),
            "bankability": {key: key in (self.bankability.data or []) for key in BANKABILITY},
            "min_trl": blank_to_none(self.min_trl.data),
            "co2e_target_t_per_year": blank_to_none(self.co2e_target.data),
            "co2e_baseline_t_per_year": blank_to_none(self.co2e_baseline.data),
            "air_quality_baseline": self.air_quality_baseline.data or "",
            "procurement_route": blank_to_none(self.procurement_route.data),
            "deadline": blank_to_none(self.deadline.data),
            "procurement_stage": self.procurement_stage.data,
            "open_to_foreign": bool(self.open_to_foreign.data),
            "region": blank_to_none(self.region.data),
            "status": self.status.data or "draft",
            "outcome": blank_to_none(self.outcome.data),
        }

    def fill_from(self, need) -> None:
        """Show a stored need in the form."""
        self.title.data = need.title
        self.fill_categories(need.categories)
        self.description.data = need.description
        self.goal.data = need.goal.value
        self.scale.data = need.scale
        self.budget.data = _number(need.budget_usd)
        self.budget_currency.data = "USD"
        self.funding.data = need.funding.value
        self.finance_sought.data = _number(need.finance_sought_usd)
        self.bankability.data = [key for key, done in (need.bankability or {}).items() if done]
        self.min_trl.data = str(need.min_trl or "")
        self.co2e_target.data = _number(need.co2e_target_t_per_year)
        self.co2e_baseline.data = _number(need.co2e_baseline_t_per_year)
        self.air_quality_baseline.data = need.air_quality_baseline
        self.procurement_route.data = need.procurement_route or ""
        self.deadline.data = need.deadline.isoformat() if need.deadline else ""
        self.procurement_stage.data = need.procurement_stage.value
        self.open_to_foreign.data = need.open_to_foreign
        self.region.data = need.region
        self.status.data = need.status.value
        self.outcome.data = need.outcome or ""


def in_usd(amount: str | None, code: str | None) -> float | str | None:
    """A budget typed in ``code`` in US dollars at the repository's rate table; what is not a
    number is passed on as typed, for the service to name."""
    value = blank_to_none(amount)
    if value is None or code != "CNY":
        return value
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return value
    return round(currency.to_usd(number, "CNY"), 2)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
