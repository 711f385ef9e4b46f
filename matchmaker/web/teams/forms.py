"""Forms of the team, e-mail change and partner pages; the rules live in the services."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, SelectField
from wtforms.fields.choices import SelectChoice


def team_role_choices() -> list[SelectChoice]:
    return [SelectChoice("member", _l("Member")), SelectChoice("owner", _l("Owner"))]


class InviteForm(FlaskForm):
    email = EmailField(_l("Colleague's e-mail"))
    role = SelectField(
        _l("Role"),
        choices=team_role_choices,
        validate_choice=False,  # the teams service checks it, in one place
        description=_l("Owners also invite, change roles and remove members."),
    )


class AcceptInvitationForm(FlaskForm):
    token = HiddenField()
    password = PasswordField(_l("Choose a password"), description=_l("At least 12 characters, not a common password."))


class EmailChangeForm(FlaskForm):
    new_email = EmailField(_l("New e-mail address"))
    password = PasswordField(_l("Current password"))


class ConfirmEmailForm(FlaskForm):
    token = HiddenField()


class PartnerForm(FlaskForm):
    organization_id = SelectField(_l("Partner city"), choices=[], validate_choice=False)
