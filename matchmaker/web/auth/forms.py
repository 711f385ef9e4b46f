"""Forms of the auth pages. Field rules live in services.accounts; these only render."""

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from ...labels import country_choices, keep_choice, region_groups


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"))
    password = PasswordField(_l("Password"))


BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)*\.[^\W\d_]{2,}(/\S*)?$")


def with_scheme(value):
    """People type a site as "testville.gov": the form adds "https://" to a bare host name (the
    rule itself stays strict, so "javascript:…" is still refused)."""
    if isinstance(value, str) and BARE_HOST.match(value.strip()):
        return "https://" + value.strip()
    return value


class OrganizationFields(FlaskForm):
    """What sign-up and the profile page both ask of an organisation."""

    name = StringField(_l("Organisation name"))
    # Lists, not typed codes (issue 13): the service still checks what comes back.
    country = SelectField(_l("Country"), choices=[], validate_choice=False)
    region = SelectField(
        _l("Province or state"),
        choices=[],
        validate_choice=False,
        description=_l("Regions of another country are listed once you save it as your country."),
        render_kw={"data-country-from": "country"},
    )
    # Plain text with a URL keyboard: a browser's type="url" would refuse "testville.gov" before we could help.
    website = StringField(_l("Website (optional)"), filters=[with_scheme], render_kw={"inputmode": "url"})
    description = TextAreaField(_l("About your organisation (optional)"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.set_place_choices()

    def set_place_choices(self) -> None:
        """The country and region lists, keeping what was sent or stored selected."""
        country, region = self.country.data or "", self.region.data or ""
        countries = keep_choice({"": country_choices()}, country)
        self.country.choices = [("", "—"), *(pair for choices in countries.values() for pair in choices)]
        self.region.choices = {None: [("", "—")], **keep_choice(region_groups(country), region)}


class SignupForm(OrganizationFields):
    role = RadioField(
        _l("I represent"),
        choices=[
            SelectChoice("company", _l("A company with clean technology")),
            SelectChoice("city", _l("A city with climate goals")),
            SelectChoice("investor", _l("An investor: a fund, green bank or development bank")),
        ],
        default="company",
        validate_choice=False,  # the accounts service checks the role, in one place
    )
    email = EmailField(_l("Work e-mail"))
    password = PasswordField(_l("Password"), description=_l("At least 12 characters, not a common password."))


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"))
    new_password = PasswordField(_l("New password"), description=_l("At least 12 characters, not a common password."))


class PasswordResetRequestForm(FlaskForm):
    email = EmailField(_l("E-mail"))


class PasswordResetConfirmForm(FlaskForm):
    token = HiddenField()
    password = PasswordField(_l("New password"), description=_l("At least 12 characters, not a common password."))
