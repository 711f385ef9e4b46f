"""The organisation profile form; the organizations service validates."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, SelectChoice, StringField, TextAreaField

from ..auth.forms import OrganizationFields
from ..company.forms import CheckboxesField
from ..form_data import blank_to_none, parse_goals


class ProfileForm(OrganizationFields):
    contact_name = StringField(_l("Contact person"))
    contact_email = EmailField(
        _l("Contact e-mail"), description=_l("Shown to the other side only after an approved introduction.")
    )
    languages = CheckboxesField(
        _l("Working languages"),
        choices=[SelectChoice("en", "English"), SelectChoice("zh", "中文")],
        validate_choice=False,
    )
    climate_goals = TextAreaField(
        _l("Climate goals"),
        description=_l("One a line: emissions or air_quality | year | goal, e.g. emissions | 2030 | 40% below 2015."),
    )

    def to_data(self, *, is_city: bool) -> dict:
        data = {
            "name": self.name.data,
            "country": self.country.data,
            "region": self.region.data,
            "website": blank_to_none(self.website.data),
            "description": self.description.data or "",
            "contact_name": self.contact_name.data or "",
            "contact_email": blank_to_none(self.contact_email.data),
            "languages": self.languages.data or [],
        }
        if is_city:
            data["climate_goals"] = parse_goals(self.climate_goals.data)
        return data

    def fill_from(self, organization) -> None:
        for name in (
            "name",
            "country",
            "region",
            "website",
            "description",
            "contact_name",
            "contact_email",
            "languages",
        ):
            getattr(self, name).data = getattr(organization, name)
        self.set_place_choices()
        self.climate_goals.data = "\n".join(
            f"{goal['kind']} | {goal.get('year') or ''} | {goal['text']}" for goal in organization.climate_goals
        )
