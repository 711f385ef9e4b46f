"""The fund form. It only renders and collects; the funds service validates."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField

from ...labels import category_choices, choice_label
from ..company.forms import CheckboxesField
from ..form_data import blank_to_none, split_list


class FundForm(FlaskForm):
    name = StringField(_l("Fund name"))
    description = TextAreaField(_l("Mandate (English)"), description=_l("What the fund invests in and why."))
    description_zh = TextAreaField(_l("Mandate (Chinese, optional)"))
    categories = CheckboxesField(_l("Categories"), choices=[], validate_choice=False)
    regions = StringField(
        _l("Regions"), default="*", description=_l("'*' for anywhere, or codes such as CN, US-CA, separated by commas.")
    )
    ticket_min = StringField(_l("Ticket from (USD)"))
    ticket_max = StringField(_l("to (USD)"))
    instruments = CheckboxesField(_l("Instruments"), choices=[], validate_choice=False)
    targets = CheckboxesField(_l("Finances"), choices=[], validate_choice=False)
    min_trl = SelectField(_l("Least readiness it takes (TRL)"), choices=[], validate_choice=False)

    FIELD_ALIASES = {"ticket_usd": "ticket_min"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.categories.choices = category_choices()
        self.instruments.choices = [(i, choice_label(i)) for i in ("equity", "debt", "grant", "guarantee")]
        self.targets.choices = [(t, choice_label(t)) for t in ("technologies", "needs")]
        self.min_trl.choices = [("", "—")] + [(str(level), str(level)) for level in range(1, 10)]

    def to_data(self) -> dict:
        """The form's content in the API's terms."""
        return {
            "name": self.name.data,
            "description": self.description.data or "",
            "description_zh": self.description_zh.data or "",
            "categories": self.categories.data or [],
            "regions": split_list(self.regions.data, upper=True) or ["*"],
            "ticket_usd": [blank_to_none(self.ticket_min.data), blank_to_none(self.ticket_max.data)],
            "instruments": self.instruments.data or [],
            "targets": self.targets.data or [],
            "min_trl": blank_to_none(self.min_trl.data),
        }

    def fill_from(self, fund) -> None:
        self.name.data = fund.name
        self.description.data = fund.description
        self.description_zh.data = fund.description_zh
        self.categories.data = fund.categories
        self.regions.data = ", ".join(fund.regions)
        self.ticket_min.data, self.ticket_max.data = (f"{value:.0f}" for value in fund.ticket_usd)
        self.instruments.data = fund.instruments
        self.targets.data = fund.targets
        self.min_trl.data = str(fund.min_trl or "")
