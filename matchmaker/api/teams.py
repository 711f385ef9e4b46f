"""API for teams (members, invitations) and joint needs' partner cities (contracts/accounts.md)."""

from __future__ import annotations

from flask import jsonify

from ..extensions import db
from ..services import needs, organizations, partners, teams
from . import bp
from .serializers import member_json, organization_json, timestamp, user_json
from .support import current_api_user, describe, json_body

FORBIDDEN = {403: "Not an owner of this organisation's team"}


@bp.get("/organizations/<int:organization_id>/members")
@describe(
    "The organisation's members (its members and admins)",
    auth=True,
    responses={200: ("The active members, owners first", "Members"), 403: "Not a member of this organisation"},
)
def list_members(organization_id: int):
    user = current_api_user()
    organization = organizations.get_organization(user, organization_id)
    return jsonify(items=[member_json(member) for member in teams.members(user, organization)])


@bp.post("/organizations/<int:organization_id>/invitations")
@describe(
    "Invite a colleague by e-mail (owners): a one-time link valid 7 days",
    auth=True,
    body="InvitationRequest",
    responses={
        201: ("The invitation", "Invitation"),
        **FORBIDDEN,
        409: "The address already has an account",
    },
)
def create_invitation(organization_id: int):
    user = current_api_user()
    organization = organizations.get_organization(user, organization_id)
    invitation = teams.invite(user, organization, json_body())
    db.session.commit()
    return jsonify(id=invitation.id, email=invitation.email, expires_at=timestamp(invitation.expires_at)), 201


@bp.delete("/organizations/<int:organization_id>/members/<int:user_id>")
@describe(
    "Remove a member (owners; a member may leave): they can no longer sign in or use a token",
    auth=True,
    responses={204: "Removed", **FORBIDDEN, 409: "The last owner cannot leave"},
)
def remove_member(organization_id: int, user_id: int):
    user = current_api_user()
    organization = organizations.get_organization(user, organization_id)
    teams.remove_member(user, organization, user_id)
    db.session.commit()
    return "", 204


@bp.post("/auth/invitations/accept")
@describe(
    "Accept an invitation with the token from its mail and a password",
    body="InvitationAccept",
    responses={
        201: ("The new user and its organisation", "SignedUp"),
        409: "The address has an account meanwhile",
        410: "The invitation was used, revoked or has expired",
    },
)
def accept_invitation():
    user = teams.accept(json_body())
    db.session.commit()
    return jsonify(user=user_json(user), organization=organization_json(user.organization)), 201


@bp.post("/needs/<int:need_id>/partners")
@describe(
    "Invite another verified city as a partner on a need (the need's city)",
    auth=True,
    body="PartnerInvitation",
    responses={
        201: ("The invitation", "PartnerInvited"),
        403: "Not the need's city",
        409: "That city is already invited",
    },
)
def invite_partner(need_id: int):
    user = current_api_user()
    need = needs.get_need(user, need_id)
    partner = partners.invite(user, need, json_body())
    db.session.commit()
    return jsonify(organization_id=partner.organization_id, status=partner.status.value), 201


@bp.post("/needs/<int:need_id>/partners/<int:organization_id>/accept")
@describe(
    "Accept to share a need (the invited city): it becomes a party to the need's matches",
    auth=True,
    responses={200: ("Accepted", "PartnerAnswer"), 409: "Already answered otherwise"},
)
def accept_partnership(need_id: int, organization_id: int):
    partner = partners.answer(current_api_user(), need_id, organization_id, accept=True)
    db.session.commit()
    return jsonify(status=partner.status.value)


@bp.post("/needs/<int:need_id>/partners/<int:organization_id>/decline")
@describe(
    "Decline to share a need (the invited city)",
    auth=True,
    responses={200: ("Declined", "PartnerAnswer"), 409: "Already answered otherwise"},
)
def decline_partnership(need_id: int, organization_id: int):
    partner = partners.answer(current_api_user(), need_id, organization_id, accept=False)
    db.session.commit()
    return jsonify(status=partner.status.value)
