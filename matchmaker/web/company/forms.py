"""The technology form. It only renders and collects; the technologies service validates."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField, TextAreaField, widgets
from wtforms.validators import ValidationError

from ...labels import category_choices, choice_label, keep_choice, served_region_groups
from ..form_data import blank_to_none, parse_deployments, split_list


class CheckboxesField(SelectMultipleField):
    """Several choices shown as checkboxes."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class MainCategoryMixin:
    """A main category chosen on its own (checkbox order cannot say which comes first), and
    up to four more: the API's ``categories`` list is the main one followed by the others."""

    main_category = SelectField(_l("Main category"), choices=[], validate_choice=False)
    categories = CheckboxesField(
        _l("Other categories"), choices=[], validate_choice=False, description=_l("Optional: up to four more.")
    )

    def set_category_choices(self) -> None:
        self.main_category.choices = [("", "—"), *category_choices()]
        self.categories.choices = category_choices()

    def validate_main_category(self, field) -> None:
        if not field.data:
            raise ValidationError(_l("Choose the main category."))

    def category_list(self) -> list[str]:
        main = self.main_category.data
        return [main, *(slug for slug in self.categories.data or [] if slug != main)] if main else []

    def fill_categories(self, categories: list[str]) -> None:
        self.main_category.data = categories[0] if categories else ""
        self.categories.data = categories[1:]


class TechnologyForm(MainCategoryMixin, FlaskForm):
    name = StringField(_l("Name"))
    description = TextAreaField(
        _l("Description"), description=_l("What it does, where it has worked, what it needs. English or Chinese.")
    )
    trl = SelectField(_l("Readiness (TRL)"), choices=[], validate_choice=False)
    # One legend over both boxes, so their labels are the same height and the boxes line up.
    cost_min = StringField(_l("From"))
    cost_max = StringField(_l("To"))
    regions = SelectMultipleField(
        _l("Regions served"),
        choices=[],
        default=["*"],
        validate_choice=False,
        description=_l("Anywhere, or countries and provinces or states: hold Ctrl (⌘ on a Mac) to choose several."),
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
        self.set_category_choices()
        self.trl.choices = [("", "—")] + [(str(level), str(level)) for level in range(1, 10)]
        self.status.choices = [(s, choice_label(s)) for s in ("draft", "published", "archived")]

    def set_region_choices(self) -> None:
        """Anywhere, the countries and China's and the US' regions; what was sent or stored kept."""
        self.regions.choices = keep_choice(served_region_groups(), *(self.regions.data or []))

    def to_data(self) -> dict:
        """The form's content in the API's terms."""
        cost = [blank_to_none(self.cost_min.data), blank_to_none(self.cost_max.data)]
        if cost[0] is not None and cost[1] is None:
            cost[1] = cost[0]
        return {
            "name": self.name.data,
            "categories": self.category_list(),
            "description": self.description.data,
            "trl": blank_to_none(self.trl.data),
            "cost_usd": None if cost == [None, None] else cost,
            "regions": [code.strip().upper() for code in self.regions.data or [] if code.strip()],
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
        self.fill_categories(technology.categories)
        self.description.data = technology.description
        self.trl.data = str(technology.trl or "")
        self.cost_min.data = _number(technology.cost_min_usd)
        self.cost_max.data = _number(technology.cost_max_usd)
        self.regions.data = list(technology.regions)
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
