"""API for organisations and the verification queue."""

from __future__ import annotations

from flask import jsonify, request
from flask_babel import gettext as _

from ..extensions import db
from ..services import organizations, policy
from ..services.errors import PermissionDenied
from ..services.validation import Field, clean, query_parameters
from . import bp
from .serializers import organization_json, page_json
from .support import current_api_user, describe, json_body, optional_user

QUEUE_FIELDS = (
    Field("verified", "boolean", required=False),
    Field("page", "integer", required=False, minimum=1, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)


def _admin():
    user = current_api_user()
    if not policy.can_verify_organizations(user):
        raise PermissionDenied(_("Only admins verify organisations."))
    return user


@bp.get("/organizations")
@describe(
    "Organisations, e.g. the verification queue ?verified=false (admins)",
    auth=True,
    parameters=query_parameters(QUEUE_FIELDS),
    responses={200: ("A page of organisations, oldest first", "OrganizationPage"), 403: "Not an admin"},
)
def list_organizations():
    _admin()
    args = clean(QUEUE_FIELDS, request.args.to_dict())
    page = organizations.verification_queue(args["verified"], args["page"], args["per_page"])
    return jsonify(page_json(page, organization_json))


@bp.get("/organizations/<int:organization_id>")
@describe(
    "One organisation: public once verified",
    auth="optional",
    responses={200: ("The organisation", "Organization"), 401: "The token sent is not valid"},
)
def get_organization(organization_id: int):
    return jsonify(organization_json(organizations.get_organization(optional_user(), organization_id)))


@bp.patch("/organizations/<int:organization_id>")
@describe(
    "Edit an organisation's profile (its members or admins)",
    auth=True,
    body="OrganizationUpdate",
    responses={200: ("The organisation as changed", "Organization"), 403: "Not yours"},
)
def update_organization(organization_id: int):
    user = current_api_user()
    organization = organizations.get_organization(user, organization_id)
    organizations.update_profile(user, organization, json_body())
    db.session.commit()
    return jsonify(organization_json(organization))


@bp.post("/organizations/<int:organization_id>/verify")
@describe(
    "Verify an organisation (admins)",
    auth=True,
    responses={200: ("The organisation, verified", "Organization"), 403: "Not an admin", 409: "Already verified"},
)
def verify_organization(organization_id: int):
    admin = _admin()
    organization = organizations.verify(admin, organizations.get_organization(admin, organization_id))
    db.session.commit()
    return jsonify(organization_json(organization))


@bp.post("/organizations/<int:organization_id>/reject")
@describe(
    "Refuse verification, with a reason (admins)",
    auth=True,
    body="OrganizationRejection",
    responses={200: ("The organisation, not verified", "Organization"), 403: "Not an admin"},
)
def reject_organization(organization_id: int):
    admin = _admin()
    body = json_body()
    organization = organizations.reject(
        admin, organizations.get_organization(admin, organization_id), body.get("reason")
    )
    db.session.commit()
    return jsonify(organization_json(organization))
