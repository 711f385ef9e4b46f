"""Views of teams, e-mail changes and partner cities: parse the form, call one service, commit."""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ...extensions import db
from ...services import accounts, email_change, needs, partners, policy, teams
from ...services.errors import Conflict, ValidationError
from ..guards import show_field_errors
from . import bp
from .forms import AcceptInvitationForm, ConfirmEmailForm, EmailChangeForm, InviteForm, PartnerForm


def _no_referrer(response):
    """The page's URL holds a one-time token: never send it on as a Referer."""
    response = make_response(response)
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.app_context_processor
def partner_invitations_helper() -> dict:
    """The city dashboard asks for its waiting partner invitations, a need's page for the cities
    it may invite (each only when it renders them)."""

    def partner_invitations():
        return partners.invitations_for(current_user) if current_user.is_authenticated else []

    def partner_candidates(need):
        return partners.candidate_cities(need) if policy.can_invite_partners(current_user, need) else []

    def organization_members(organization):
        return teams.members(current_user, organization)

    return {
        "partner_invitations": partner_invitations,
        "partner_candidates": partner_candidates,
        "organization_members": organization_members,
    }


# --- the team page ----------------------------------------------------------------------------


def _organization():
    organization = current_user.organization
    if organization is None:
        abort(404)
    return organization


def _team_page(invite_form: InviteForm | None = None, status: int = 200):
    organization = _organization()
    can_manage = policy.can_manage_team(current_user, organization)
    return render_template(
        "teams/team.html",
        organization=organization,
        members=teams.members(current_user, organization),
        invitations=teams.pending_invitations(current_user, organization) if can_manage else [],
        can_manage=can_manage,
        form=invite_form or InviteForm(formdata=None),
    ), status


@bp.route("/account/team")
@login_required
def team():
    return _team_page()


@bp.route("/account/team/invitations", methods=["POST"])
@login_required
def invite():
    organization = _organization()
    form = InviteForm()
    if not form.validate_on_submit():
        return _team_page(form, 400)
    try:
        invitation = teams.invite(current_user, organization, {"email": form.email.data or "", "role": form.role.data})
    except ValidationError as error:
        db.session.rollback()
        for message in show_field_errors(form, error.fields):
            flash(message, "danger")
        return _team_page(form, 422)
    except Conflict as error:
        db.session.rollback()
        form.email.errors = [error.message]
        return _team_page(form, 409)
    db.session.commit()
    flash(_("An invitation is on its way to %(email)s. The link works for 7 days.", email=invitation.email), "success")
    return redirect(url_for("teams.team"))


@bp.route("/account/team/invitations/<int:invitation_id>/revoke", methods=["POST"])
@login_required
def revoke_invitation(invitation_id: int):
    invitation = teams.revoke_invitation(current_user, _organization(), invitation_id)
    db.session.commit()
    flash(_("The invitation of %(email)s is revoked: its link no longer works.", email=invitation.email), "info")
    return redirect(url_for("teams.team"))


@bp.route("/account/team/members/<int:user_id>/role", methods=["POST"])
@login_required
def change_role(user_id: int):
    member = teams.change_role(current_user, _organization(), user_id, request.form.get("team_role", ""))
    db.session.commit()
    flash(_("%(email)s is now %(role)s.", email=member.email, role=_role_label(member.team_role.value)), "success")
    return redirect(url_for("teams.team"))


def _role_label(role: str) -> str:
    return _("an owner") if role == "owner" else _("a member")


@bp.route("/account/team/members/<int:user_id>/remove", methods=["POST"])
@login_required
def remove_member(user_id: int):
    leaving = user_id == current_user.id
    member = teams.remove_member(current_user, _organization(), user_id)
    db.session.commit()
    if leaving:
        logout_user()
        flash(_("You left the team."), "info")
        return redirect(url_for("main.home"))
    flash(_("%(email)s is removed from the team and signed out everywhere.", email=member.email), "info")
    return redirect(url_for("teams.team"))


# --- accepting an invitation (the mailed link) ------------------------------------------------


@bp.route(teams.ACCEPT_PATH, methods=["GET", "POST"])
def accept_invitation():
    form = AcceptInvitationForm()
    if request.method == "GET":
        form.token.data = request.args.get("token", "")
    invitation = teams.invitation_for_token(form.token.data)  # a dead link: 410 at once
    status = 200
    if form.validate_on_submit():
        try:
            user = teams.accept({"token": form.token.data or "", "password": form.password.data or ""})
        except ValidationError as error:
            db.session.rollback()
            show_field_errors(form, error.fields)
            status = 422
        else:
            if current_user.is_authenticated:
                logout_user()
            accounts.start_session(user)
            login_user(user)
            db.session.commit()
            flash(_("Welcome to %(organization)s's team!", organization=user.organization.name), "success")
            return redirect(url_for("main.dashboard"))
    page = render_template("teams/accept_invitation.html", form=form, invitation=invitation)
    return _no_referrer((page, status))


# --- changing one's e-mail address --------------------------------------------------------------


@bp.route("/account/email", methods=["GET", "POST"])
@login_required
def change_email():
    form = EmailChangeForm()
    status = 200
    if form.validate_on_submit():
        data = {"new_email": form.new_email.data or "", "password": form.password.data or ""}
        try:
            new_email = email_change.request_change(current_user._get_current_object(), data)
        except ValidationError as error:
            db.session.rollback()
            show_field_errors(form, error.fields)
            status = 422
        else:
            db.session.commit()
            flash(_("We sent a link to %(email)s: your address changes once you open it.", email=new_email), "success")
            return redirect(url_for("main.dashboard"))
    return render_template("teams/change_email.html", form=form), status


@bp.route(email_change.CONFIRM_PATH, methods=["GET", "POST"])
def confirm_email():
    """The mailed link shows a button: a mail scanner that fetches the link changes nothing."""
    form = ConfirmEmailForm()
    if request.method == "GET":
        form.token.data = request.args.get("token", "")
    pending = email_change.pending_change(form.token.data)  # a dead link: 410 at once
    if form.validate_on_submit():
        try:
            user = email_change.confirm_change({"token": form.token.data or ""})
        except ValidationError as error:
            db.session.rollback()
            flash(error.message, "danger")
            return _no_referrer((render_template("teams/confirm_email.html", form=form, pending=pending), 422))
        db.session.commit()
        flash(_("Your e-mail address is now %(email)s.", email=user.email), "success")
        return redirect(url_for("main.dashboard" if current_user.is_authenticated else "auth.login"))
    return _no_referrer(render_template("teams/confirm_email.html", form=form, pending=pending))


# --- partner cities of a joint need ---------------------------------------------------------


@bp.route("/needs/<int:need_id>/partners", methods=["POST"])
@login_required
def invite_partner(need_id: int):
    need = needs.get_need(current_user, need_id)
    form = PartnerForm()
    if form.validate_on_submit():
        try:
            partner = partners.invite(current_user, need, {"organization_id": form.organization_id.data or ""})
        except (ValidationError, Conflict) as error:
            db.session.rollback()
            flash(next(iter(getattr(error, "fields", {}).values()), error.message), "danger")
        else:
            db.session.commit()
            flash(_("%(city)s is invited to share this need.", city=partner.organization.name), "success")
    return redirect(url_for("directory.need_detail", need_id=need_id))


@bp.route("/needs/<int:need_id>/partners/<int:organization_id>/<any(accept, decline):answer>", methods=["POST"])
@login_required
def answer_partnership(need_id: int, organization_id: int, answer: str):
    partners.answer(current_user, need_id, organization_id, accept=answer == "accept")
    db.session.commit()
    if answer == "accept":
        flash(_("Your city now shares this need: its suggestions and matches are yours too."), "success")
        return redirect(url_for("directory.need_detail", need_id=need_id))
    flash(_("You declined to share this need."), "info")
    return redirect(url_for("main.dashboard"))
