"""API for what came of a connection (contract outcomes.md): stages, verification, impact, showcase."""

from __future__ import annotations

from flask import jsonify, request

from ..extensions import db
from ..services import currency, outcomes
from ..services.validation import clean, query_parameters
from . import bp
from .serializers import match_json, page_json, showcase_json, story_json
from .support import current_api_user, describe, json_body


@bp.post("/matches/<int:match_id>/stage")
@describe(
    "Move a connected match forward (pilot, contract, operating) or stop it (its parties, admins)",
    auth=True,
    body="StageRequest",
    responses={
        200: ("The match, its stage and stage history", "Match"),
        403: "Not a party of the match",
        409: "Not connected, stopped, or not a move forward (or the other party moved first)",
    },
)
def move_stage(match_id: int):
    user = current_api_user()
    match = outcomes.move_stage(user, match_id, json_body())
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.post("/matches/<int:match_id>/outcome/verify")
@describe(
    "The centre checked the reported reduction of an operating match (admins), with a note on the evidence",
    auth=True,
    body="VerifyRequest",
    responses={200: ("The match, co2e_verified true", "Match"), 403: "Not an admin", 409: "Not operating"},
)
def verify_outcome(match_id: int):
    user = current_api_user()
    match = outcomes.verify(user, match_id, json_body().get("note"))
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.get("/organizations/<int:organization_id>/impact")
@describe(
    "A city's targets beside the reductions of its pipeline, in operation and verified (its users, admins)",
    auth=True,
    responses={200: ("The impact figures", "Impact"), 403: "Not the organisation's user"},
)
def organization_impact(organization_id: int):
    organization = outcomes.get_impact_organization(current_api_user(), organization_id)
    table = currency.rates()
    return jsonify(
        organization_id=organization.id,
        **outcomes.impact(organization),
        rates={"date": table.date, "source": table.source},
    )


@bp.post("/matches/<int:match_id>/showcase")
@describe(
    "A party consents (or not) to show the match as a story, in its own words",
    auth=True,
    body="ConsentRequest",
    responses={200: ("The story's consents", "Showcase"), 403: "Not a party", 409: "Not connected"},
)
def showcase_consent(match_id: int):
    showcase = outcomes.consent(current_api_user(), match_id, json_body())
    db.session.commit()
    return jsonify(showcase_json(showcase))


@bp.post("/matches/<int:match_id>/showcase/publish")
@describe(
    "Publish a story (admins)",
    auth=True,
    responses={
        200: ("The story, published", "Showcase"),
        403: "Not an admin",
        409: "Not both parties consented, or before contract",
    },
)
def showcase_publish(match_id: int):
    showcase = outcomes.publish(current_api_user(), match_id)
    db.session.commit()
    return jsonify(showcase_json(showcase))


@bp.get("/showcase")
@describe(
    "Published success stories, newest first (anyone)",
    parameters=query_parameters(outcomes.SHOWCASE_FILTERS),
    responses={200: ("A page of stories", "StoryPage")},
)
def showcase():
    filters = clean(outcomes.SHOWCASE_FILTERS, request.args.to_dict())
    page = db.paginate(
        outcomes.showcase_statement(filters), page=filters["page"], per_page=filters["per_page"], error_out=False
    )
    return jsonify(page_json(page, story_json))
