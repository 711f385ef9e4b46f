"""Forms of the auth pages. Field rules live in services.accounts; these only render."""

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice


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
    country = StringField(_l("Country code"), description=_l("ISO code, e.g. CN or US."))
    region = StringField(
        _l("Region code"), description=_l("ISO 3166-2 code, e.g. CN-GD (Guangdong) or US-CA (California).")
    )
    # Plain text with a URL keyboard: a browser's type="url" would refuse "testville.gov" before we could help.
    website = StringField(_l("Website (optional)"), filters=[with_scheme], render_kw={"inputmode": "url"})
    description = TextAreaField(_l("About your organisation (optional)"))


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
