"""Teams: several people work for one organisation.

The user who signed the organisation up is its first owner. Owners invite colleagues by
e-mail (a one-time link valid 7 days, only its hash stored, as password reset does), choose
owner or member, change roles and remove members; the last owner cannot leave. A removed
member is deactivated and every session and token of theirs ends at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Invitation, Organization, Role, TeamRole, User, utc_now
from . import audit, credentials, mail, policy
from .accounts import EMAIL, PASSWORD, find_by_email
from .errors import Conflict, Gone, NotFound, PermissionDenied, ValidationError
from .passwords import hash_password, personal_password_problem
from .validation import Field, clean

ACCEPT_PATH = "/invitations/accept"  # the page the mail's link opens, ?token=...
TEAM_ROLES = tuple(role.value for role in TeamRole)
TEAM_ROLE = Field("role", "choice", choices=TEAM_ROLES, required=False, default=TeamRole.MEMBER.value)
INVITE_FIELDS = (EMAIL, TEAM_ROLE)
ROLE_FIELD = Field("team_role", "choice", choices=TEAM_ROLES)
TOKEN = Field("token", "text", max_length=200, description=_l("The token from the link in the mail"))
ACCEPT_FIELDS = (TOKEN, PASSWORD)


# --- who is in the team -----------------------------------------------------------------------


def members(user: User | None, organization: Organization) -> list[User]:
    """The organisation's active members, owners first (its members and admins see them)."""
    if not policy.can_view_members(user, organization):
        raise PermissionDenied(_("Only the organisation's members see its team."))
    return active_members(organization.id)


def active_members(organization_id: int) -> list[User]:
    statement = (
        db.select(User)
        .where(User.organization_id == organization_id, User.active.is_(True))
        .order_by(User.team_role.desc(), User.id)  # "owner" sorts after "member": desc puts owners first
    )
    return list(db.session.execute(statement).scalars())


def _owner_count(organization_id: int) -> int:
    """Active owners, counted under a lock on the organisation's row (PostgreSQL; SQLite's
    writer already holds the database lock), so two owners removing each other at once
    cannot both succeed and leave the team without one."""
    db.session.execute(db.select(Organization.id).where(Organization.id == organization_id).with_for_update())
    return db.session.execute(
        db.select(db.func.count())
        .select_from(User)
        .where(User.organization_id == organization_id, User.active.is_(True), User.team_role == TeamRole.OWNER)
    ).scalar_one()


def _ensure_not_last_owner(member: User) -> None:
    if member.team_role is TeamRole.OWNER and member.active and _owner_count(member.organization_id) <= 1:
        raise Conflict(_("The last owner cannot leave the team: make another member an owner first."))


def member_of(organization: Organization, member_id: int) -> User:
    member = db.session.get(User, member_id)
    if member is None or member.organization_id != organization.id or not member.active:
        raise NotFound(_("No such member."))
    return member


def remove_member(actor: User, organization: Organization, member_id: int) -> User:
    """An owner removes a member (or a member leaves): they can no longer sign in or use a token."""
    if not policy.can_view_members(actor, organization):
        raise PermissionDenied(_("Only an owner of the team removes its members."))
    member = member_of(organization, member_id)
    if not policy.can_leave_or_remove(actor, member):
        raise PermissionDenied(_("Only an owner of the team removes its members."))
    _ensure_not_last_owner(member)
    member.active = False
    credentials.revoke_all(member)  # sessions and API tokens stop at once
    audit.record(
        actor, "user.remove_from_team", member, from_state="active", to_state="removed", organization_id=organization.id
    )
    return member


def change_role(actor: User, organization: Organization, member_id: int, role: Any) -> User:
    """An owner (or an admin) makes a member an owner or a member; the last owner stays one."""
    if not (policy.can_manage_team(actor, organization) or policy.can_manage_users(actor)):
        raise PermissionDenied(_("Only an owner of the team changes roles."))
    new_role = TeamRole(clean((ROLE_FIELD,), {"team_role": role})["team_role"])
    member = member_of(organization, member_id)
    if member.team_role is new_role:
        return member
    if new_role is TeamRole.MEMBER:
        _ensure_not_last_owner(member)
    before = member.team_role.value
    member.team_role = new_role
    audit.record(
        actor,
        "user.change_team_role",
        member,
        from_state=before,
        to_state=new_role.value,
        organization_id=organization.id,
    )
    return member


# --- invitations --------------------------------------------------------------------------------


def invite(actor: User, organization: Organization, data: Mapping[str, Any]) -> Invitation:
    """An owner invites a colleague: a mail with a one-time link valid 7 days.

    An address that already has an account is a Conflict; a pending invitation of the same
    address to this organisation is replaced (the older link stops working).
    """
    if not policy.can_manage_team(actor, organization):
        raise PermissionDenied(_("Only an owner of the team invites colleagues."))
    cleaned = clean(INVITE_FIELDS, data)
    email = cleaned["email"]
    existing = find_by_email(email)
    if existing is not None and not existing.active and existing.organization_id == organization.id:
        raise Conflict(_("%(email)s was removed from this team. The Matchmaker staff can reactivate the account.",
                         email=existing.email))
    if existing is not None:
        raise Conflict(_("This address already has an account on Matchmaker."))
    now = utc_now()
    db.session.execute(
        db.update(Invitation)
        .where(
            Invitation.organization_id == organization.id,
            Invitation.email == email,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    secret, digest = credentials.new_secret()
    invitation = Invitation(
        organization=organization,
        email=email,
        team_role=TeamRole(cleaned["role"]),
        secret_hash=digest,
        invited_by=actor,
        expires_at=now + current_app.config["INVITATION_LIFETIME"],
    )
    db.session.add(invitation)
    mail.queue(_invitation_mail(invitation, actor, secret))
    audit.record(
        actor,
        "invitation.create",
        invitation,
        to_state="pending",
        email=email,
        role=invitation.team_role.value,
        organization_id=organization.id,
    )
    return invitation


def accept_link(secret: str) -> str:
    return f"{current_app.config['BASE_URL']}{ACCEPT_PATH}?token={secret}"


def _invitation_mail(invitation: Invitation, inviter: User, secret: str) -> mail.Mail:
    """In the language of the inviter's session: the invitee's is not known yet."""
    locale = get_locale()
    language = locale.language if locale is not None else "en"
    organization = invitation.organization
    subject = _("Join %(organization)s on Matchmaker", organization=organization.name)
    body = "\n\n".join(
        [
            _(
                "%(inviter)s invites you to work for %(organization)s on Matchmaker, the platform that "
                "connects clean-technology companies with cities.",
                inviter=inviter.email,
                organization=organization.name,
            ),
            _("To accept, open this link within 7 days and choose your password. It works once:"),
            accept_link(secret),
            _("If you do not know %(inviter)s, ignore this mail.", inviter=inviter.email),
        ]
    )
    return mail.Mail(to=invitation.email, subject=subject, body=body + "\n", language=language, secret=True)


def pending_invitations(actor: User, organization: Organization) -> list[Invitation]:
    if not policy.can_manage_team(actor, organization):
        raise PermissionDenied(_("Only an owner of the team sees its invitations."))
    now = utc_now()
    rows = db.session.execute(
        db.select(Invitation)
        .where(Invitation.organization_id == organization.id)
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    ).scalars()
    return [row for row in rows if row.is_pending(now)]


def revoke_invitation(actor: User, organization: Organization, invitation_id: int) -> Invitation:
    if not policy.can_manage_team(actor, organization):
        raise PermissionDenied(_("Only an owner of the team revokes invitations."))
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or invitation.organization_id != organization.id:
        raise NotFound(_("No such invitation."))
    if not invitation.is_pending(utc_now()):
        raise Conflict(_("This invitation is no longer pending."))
    invitation.revoked_at = utc_now()
    audit.record(
        actor,
        "invitation.revoke",
        invitation,
        from_state="pending",
        to_state="revoked",
        organization_id=organization.id,
    )
    return invitation


def invitation_for_token(token: Any) -> Invitation:
    """The pending invitation behind a link's token, or :class:`Gone`."""
    invitation = None
    if isinstance(token, str) and 0 < len(token) <= 200:
        invitation = db.session.execute(
            db.select(Invitation).where(Invitation.secret_hash == credentials.digest(token))
        ).scalar_one_or_none()
    if invitation is None or not invitation.is_pending(utc_now()):
        raise _gone()
    return invitation


def _gone() -> Gone:
    return Gone(_("This invitation was already used, revoked or has expired. Ask the team's owner for a new one."))


def accept(data: Mapping[str, Any]) -> User:
    """Accept an invitation: a new user of that organisation, with its kind as role."""
    cleaned = clean(ACCEPT_FIELDS, data)
    invitation = invitation_for_token(cleaned["token"])
    organization = invitation.organization
    problem = personal_password_problem(cleaned["password"], invitation.email, organization.name)
    if problem:
        raise ValidationError({"password": problem})
    if find_by_email(invitation.email) is not None:  # signed up elsewhere since the invitation
        raise Conflict(_("This address already has an account on Matchmaker."))
    password_hash = hash_password(cleaned["password"])
    now = utc_now()
    used = db.session.execute(  # a conditional UPDATE: of two acceptances, exactly one wins
        db.update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(accepted_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if used != 1:
        raise _gone()
    locale = get_locale()
    user = User(
        email=invitation.email,
        password_hash=password_hash,
        role=Role(organization.kind.value),
        organization=organization,
        team_role=invitation.team_role,
        locale=locale.language if locale is not None else "en",
    )
    db.session.add(user)
    audit.record(
        user,
        "invitation.accept",
        invitation,
        from_state="pending",
        to_state="accepted",
        organization_id=organization.id,
    )
    return user
