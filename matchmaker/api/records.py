"""API for technologies and needs: the same rules as the pages, through the same services."""

from __future__ import annotations

from flask import jsonify, request

from ..extensions import db
from ..services import needs, technologies
from ..services.records import LIST_FIELDS, parse_list_query
from ..services.validation import query_parameters
from . import bp
from .serializers import need_json, page_json, technology_json
from .support import current_api_user, describe, json_body, optional_user

LIST_PARAMETERS = query_parameters(LIST_FIELDS)
FORBIDDEN = {403: "Not allowed for this role or this organisation"}


@bp.get("/technologies")
@describe(
    "Published technologies of verified companies",
    parameters=LIST_PARAMETERS,
    responses={200: ("A page of technologies", "TechnologyPage")},
)
def list_technologies():
    page = technologies.list_public_technologies(parse_list_query(request.args.to_dict()))
    return jsonify(page_json(page, technology_json))


@bp.post("/technologies")
@describe(
    "Register a technology (companies)",
    auth=True,
    body="TechnologyCreate",
    responses={201: ("The technology", "Technology"), **FORBIDDEN},
)
def create_technology():
    technology = technologies.create_technology(current_api_user(), json_body())
    db.session.commit()
    return jsonify(technology_json(technology)), 201


@bp.get("/technologies/<int:technology_id>")
@describe(
    "One technology: anyone reads a published one; owner and admins any",
    auth="optional",
    responses={200: ("The technology", "Technology"), 401: "The token sent is not valid"},
)
def get_technology(technology_id: int):
    return jsonify(technology_json(technologies.get_technology(optional_user(), technology_id)))


@bp.patch("/technologies/<int:technology_id>")
@describe(
    "Change some fields of a technology (owner or admin)",
    auth=True,
    body="TechnologyUpdate",
    responses={200: ("The technology as changed", "Technology"), **FORBIDDEN},
)
def update_technology(technology_id: int):
    user = current_api_user()
    technology = technologies.get_technology_to_edit(user, technology_id)
    technologies.update_technology(user, technology, json_body())
    db.session.commit()
    return jsonify(technology_json(technology))


@bp.delete("/technologies/<int:technology_id>")
@describe("Delete a technology (owner or admin)", auth=True, responses={204: "Deleted", **FORBIDDEN})
def delete_technology(technology_id: int):
    user = current_api_user()
    technologies.delete_technology(user, technologies.get_technology_to_edit(user, technology_id))
    db.session.commit()
    return "", 204


@bp.get("/needs")
@describe(
    "Open needs of verified cities",
    parameters=LIST_PARAMETERS,
    responses={200: ("A page of needs", "NeedPage")},
)
def list_needs():
    page = needs.list_public_needs(parse_list_query(request.args.to_dict()))
    return jsonify(page_json(page, need_json))


@bp.post("/needs")
@describe(
    "Post a need (cities)",
    auth=True,
    body="NeedCreate",
    responses={201: ("The need", "Need"), **FORBIDDEN},
)
def create_need():
    need = needs.create_need(current_api_user(), json_body())
    db.session.commit()
    return jsonify(need_json(need)), 201


@bp.get("/needs/<int:need_id>")
@describe(
    "One need: anyone reads an open one; owner and admins any",
    auth="optional",
    responses={200: ("The need", "Need"), 401: "The token sent is not valid"},
)
def get_need(need_id: int):
    return jsonify(need_json(needs.get_need(optional_user(), need_id)))


@bp.patch("/needs/<int:need_id>")
@describe(
    "Change some fields of a need (owner or admin)",
    auth=True,
    body="NeedUpdate",
    responses={200: ("The need as changed", "Need"), **FORBIDDEN},
)
def update_need(need_id: int):
    user = current_api_user()
    need = needs.get_need_to_edit(user, need_id)
    needs.update_need(user, need, json_body())
    db.session.commit()
    return jsonify(need_json(need))


@bp.delete("/needs/<int:need_id>")
@describe("Delete a need (owner or admin)", auth=True, responses={204: "Deleted", **FORBIDDEN})
def delete_need(need_id: int):
    user = current_api_user()
    needs.delete_need(user, needs.get_need_to_edit(user, need_id))
    db.session.commit()
    return "", 204
