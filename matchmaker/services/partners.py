"""Joint needs: a city invites other verified cities as partners on one of its needs.

Once a partner accepts, it is a party to the need's suggestions and matches (policy) and a
technology's region fits the need where it fits any accepted partner (matching's bridge);
the acceptance reaches matching through the one path, ``changes.need_changed``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _

from ..extensions import db
from ..models import Need, NeedPartner, Organization, OrganizationKind, PartnerStatus, User, utc_now
from . import audit, changes, notifications, policy
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .validation import Field, clean

INVITE_FIELDS = (Field("organization_id", "integer", minimum=1),)


def invite(user: User, need: Need, data: Mapping[str, Any]) -> NeedPartner:
    """The need's city invites another verified city."""
    if not policy.can_invite_partners(user, need):
        raise PermissionDenied(_("Only the city that posted this need invites partner cities."))
    organization_id = clean(INVITE_FIELDS, data)["organization_id"]
    city = db.session.get(Organization, organization_id)
    if city is None or city.kind is not OrganizationKind.CITY or not city.verified:
        raise ValidationError({"organization_id": _("Choose another verified city.")})
    if city.id == need.organization_id:
        raise ValidationError({"organization_id": _("A city cannot be its own partner.")})
    partner = next((p for p in need.partners if p.organization_id == city.id), None)
    if partner is not None and partner.status is not PartnerStatus.DECLINED:
        raise Conflict(_("%(city)s is already invited to this need.", city=city.name))
    if partner is None:
        partner = NeedPartner(need=need, organization=city, invited_by_id=user.id)
        db.session.add(partner)
    partner.status, partner.answered_at = PartnerStatus.INVITED, None
    db.session.flush()
    audit.record(user, "need.invite_partner", need, to_state="invited", organization_id=city.id)
    notifications.notify_organization(
        city,
        "partner_invited",
        {"need": need.title, "city": need.organization.name},
        link="/city/",
    )
    return partner


def _invitation_of(user: User, need: Need, organization_id: int) -> NeedPartner:
    partner = next((p for p in need.partners if p.organization_id == organization_id), None)
    if partner is None or not policy.can_answer_partnership(user, partner):
        raise NotFound(_("No such partner invitation."))
    return partner


def answer(user: User, need_id: int, organization_id: int, accept: bool) -> NeedPartner:
    """The invited city accepts (it becomes a party to the need's matches) or declines."""
    need = db.session.get(Need, need_id)
    if need is None:
        raise NotFound(_("No such need."))
    partner = _invitation_of(user, need, organization_id)
    target = PartnerStatus.ACCEPTED if accept else PartnerStatus.DECLINED
    if partner.status is target:
        return partner  # answered the same again: nothing to do
    if partner.status is not PartnerStatus.INVITED:
        raise Conflict(_("This invitation was already answered."))
    answered = db.session.execute(  # of two answers at once, exactly one wins
        db.update(NeedPartner)
        .where(NeedPartner.id == partner.id, NeedPartner.status == PartnerStatus.INVITED)
        .values(status=target, answered_at=utc_now())
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.refresh(partner)
    if answered != 1:
        raise Conflict(_("This invitation was already answered."))
    audit.record(
        user,
        "need.answer_partnership",
        need,
        from_state="invited",
        to_state=target.value,
        organization_id=organization_id,
    )
    if accept:
        need.version += 1  # its regions changed: the suggestions are owed a refresh
        changes.need_changed(need.id)
    notifications.notify_organization(
        need.organization,
        "partner_accepted" if accept else "partner_declined",
        {"need": need.title, "city": partner.organization.name},
        link=f"/needs/{need.id}",
    )
    return partner


def invitations_for(user: User) -> list[NeedPartner]:
    """The partner invitations waiting for the user's city, newest first."""
    if user.organization_id is None:
        return []
    return list(
        db.session.execute(
            db.select(NeedPartner)
            .where(NeedPartner.organization_id == user.organization_id, NeedPartner.status == PartnerStatus.INVITED)
            .order_by(NeedPartner.created_at.desc(), NeedPartner.id.desc())
        ).scalars()
    )


def shared_needs(user: User) -> list[Need]:
    """The needs other cities share with the user's city."""
    if user.organization_id is None:
        return []
    return list(
        db.session.execute(
            db.select(Need).where(Need.id.in_(policy.partner_needs_clause(user.organization_id))).order_by(Need.id)
        ).scalars()
    )


def candidate_cities(need: Need) -> list[Organization]:
    """The verified cities the need's city may invite: not itself, not already a partner."""
    taken = {p.organization_id for p in need.partners if p.status is not PartnerStatus.DECLINED}
    cities = db.session.execute(
        db.select(Organization)
        .where(Organization.kind == OrganizationKind.CITY, Organization.verified.is_(True))
        .order_by(Organization.name)
    ).scalars()
    return [city for city in cities if city.id != need.organization_id and city.id not in taken]
