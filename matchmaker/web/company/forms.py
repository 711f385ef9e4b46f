"""The technology form. It only renders and collects; the technologies service validates."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField, TextAreaField, widgets

from ...labels import category_choices, choice_label
from ..form_data import blank_to_none, parse_deployments, split_list


class CheckboxesField(SelectMultipleField):
    """Several choices shown as checkboxes."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class TechnologyForm(FlaskForm):
    name = StringField(_l("Name"))
    categories = CheckboxesField(
        _l("Categories"), choices=[], validate_choice=False, description=_l("One to five; the first is the main one.")
    )
    description = TextAreaField(
        _l("Description"), description=_l("What it does, where it has worked, what it needs. English or Chinese.")
    )
    trl = SelectField(_l("Readiness (TRL)"), choices=[], validate_choice=False)
    cost_min = StringField(_l("Cost per deployment from (USD)"))
    cost_max = StringField(_l("to (USD)"))
    regions = StringField(
        _l("Regions served"),
        default="*",
        description=_l("'*' for anywhere, or codes such as CN, US-CA, CN-GD, separated by commas."),
    )
    co2e = StringField(_l("CO₂e cut per deployment (t a year)"))
    certifications = StringField(
        _l("Certifications"), description=_l("Separated by commas, e.g. UL 9540, CE, GB/T 36276.")
    )
    reference_deployments = TextAreaField(
        _l("Reference deployments"), description=_l("One a line: city | year | result.")
    )
    offers_financing = BooleanField(_l("We offer financing (EPC, ESCO, leasing…)"))
    offers_pilots = BooleanField(_l("We offer pilots or demonstrations"))
    seeking_investment = StringField(
        _l("Raising for it (USD)"), description=_l("What your company is raising for this technology; empty if not.")
    )
    status = SelectField(_l("Status"), choices=[], validate_choice=False)

    FIELD_ALIASES = {
        "cost_usd": "cost_min",
        "co2e_reduction_t_per_year": "co2e",
        "seeking_investment_usd": "seeking_investment",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.categories.choices = category_choices()
        self.trl.choices = [("", "—")] + [(str(level), str(level)) for level in range(1, 10)]
        self.status.choices = [(s, choice_label(s)) for s in ("draft", "published", "archived")]

    def to_data(self) -> dict:
        """The form's content in the API's terms."""
        cost = [blank_to_none(self.cost_min.data), blank_to_none(self.cost_max.data)]
        if cost[0] is not None and cost[1] is None:
            cost[1] = cost[0]
        return {
            "name": self.name.data,
            "categories": self.categories.data or [],
            "description": self.description.data,
            "trl": blank_to_none(self.trl.data),
            "cost_usd": None if cost == [None, None] else cost,
            "regions": split_list(self.regions.data, upper=True),
            "co2e_reduction_t_per_year": blank_to_none(self.co2e.data),
            "certifications": split_list(self.certifications.data, separator=","),
            "reference_deployments": parse_deployments(self.reference_deployments.data),
            "offers_financing": bool(self.offers_financing.data),
            "offers_pilots": bool(self.offers_pilots.data),
            "seeking_investment_usd": blank_to_none(self.seeking_investment.data),
            "status": self.status.data or "draft",
        }

    def fill_from(self, technology) -> None:
        """Show a stored technology in the form."""
        self.name.data = technology.name
        self.categories.data = technology.categories
        self.description.data = technology.description
        self.trl.data = str(technology.trl or "")
        self.cost_min.data = _number(technology.cost_min_usd)
        self.cost_max.data = _number(technology.cost_max_usd)
        self.regions.data = ", ".join(technology.regions)
        self.co2e.data = _number(technology.co2e_reduction_t_per_year)
        self.certifications.data = ", ".join(technology.certifications)
        self.reference_deployments.data = "\n".join(
            f"{d['city']} | {d['year']} | {d.get('result', '')}" for d in technology.reference_deployments
        )
        self.offers_financing.data = technology.offers_financing
        self.offers_pilots.data = technology.offers_pilots
        self.seeking_investment.data = _number(technology.seeking_investment_usd)
        self.status.data = technology.status.value


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
