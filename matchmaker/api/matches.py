"""API for suggestions and matches (contract api.md): requests, decisions, answers, messages."""

from __future__ import annotations

from flask import jsonify, request
from flask_babel import gettext as _

from .. import matching
from ..extensions import db
from ..models import MatchStatus
from ..services import matches, needs, policy
from ..services.errors import PermissionDenied
from ..services.validation import Field, clean
from . import bp
from .serializers import match_json, timestamp
from .support import current_api_user, describe, json_body

MATCH_ERRORS = {401: "No token", 403: "Not allowed", 404: "Not found or not visible", 409: "Already decided"}


@bp.get("/needs/<int:need_id>/suggestions")
@describe(
    "The engine's ranking for a need, as the records are now (owner city, admins)",
    auth=True,
    parameters=[{"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
    responses={200: "{items: [{technology_id, score, reasons, match}]}", **MATCH_ERRORS},
)
def need_suggestions(need_id: int):
    user = current_api_user()
    need = needs.get_need(user, need_id)
    if not policy.can_see_suggestions(user, need):
        raise PermissionDenied(_("Only the city that posted the need sees its suggestions."))
    top = clean((Field("top", "integer", required=False, minimum=1, maximum=100, default=10),), request.args.to_dict())[
        "top"
    ]
    items = [
        {
            "technology_id": int(suggestion.technology_id),
            "score": suggestion.score,
            "reasons": list(suggestion.reasons),
            "reasons_zh": list(suggestion.reasons_zh),
            "signals": dict(suggestion.signals),
            "match": {"id": match.id, "status": match.status.value} if match else None,
        }
        for suggestion, match in matching.ranking_with_matches(need, top)
    ]
    return jsonify(items=items, need_id=need.id)


@bp.post("/matches")
@describe(
    "Ask for an introduction (the need's city or the technology's company)",
    auth=True,
    body={
        "type": "object",
        "required": ["need_id", "technology_id"],
        "properties": {"need_id": {"type": "integer"}, "technology_id": {"type": "integer"}},
    },
    responses={201: "Requested", 200: "Asked before: the same match", 422: "Invalid ids", **MATCH_ERRORS},
)
def create_match():
    user = current_api_user()
    body = json_body()
    match, requested_now = matches.request_introduction(user, body.get("need_id"), body.get("technology_id"))
    db.session.commit()
    return jsonify(match_json(match, user)), 201 if requested_now else 200


@bp.get("/matches")
@describe(
    "Matches: admins see all; others their own, within the visibility rules",
    auth=True,
    parameters=[
        {"name": "status", "in": "query", "schema": {"type": "string", "enum": [s.value for s in MatchStatus]}},
        {"name": "page", "in": "query", "schema": {"type": "integer"}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
    ],
    responses={200: "{items, page, per_page, total}", 401: "No token", 422: "Bad status"},
)
def list_matches():
    user = current_api_user()
    args = clean(
        (
            Field("status", "choice", required=False, choices=tuple(s.value for s in MatchStatus)),
            Field("page", "integer", required=False, minimum=1, default=1),
            Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
        ),
        request.args.to_dict(),
    )
    status = MatchStatus(args["status"]) if args["status"] else None
    page = db.paginate(
        matches.visible_matches_statement(user, status), page=args["page"], per_page=args["per_page"], error_out=False
    )
    return jsonify(
        items=[match_json(m, user) for m in page.items], page=page.page, per_page=page.per_page, total=page.total
    )


@bp.get("/matches/<int:match_id>")
@describe("One match, as the caller may see it", auth=True, responses={200: "OK", **MATCH_ERRORS})
def get_match(match_id: int):
    user = current_api_user()
    return jsonify(match_json(matches.get_match(user, match_id), user))


@bp.post("/matches/<int:match_id>/approve")
@describe(
    "Approve a match (admins): both parties are introduced",
    auth=True,
    body={"type": "object", "properties": {"note": {"type": "string"}}},
    responses={200: "Approved", **MATCH_ERRORS},
)
def approve_match(match_id: int):
    return _decide(match_id, approve=True)


@bp.post("/matches/<int:match_id>/reject")
@describe(
    "Reject a match with a note (admins)",
    auth=True,
    body={"type": "object", "required": ["note"], "properties": {"note": {"type": "string"}}},
    responses={200: "Rejected", 422: "Note missing", **MATCH_ERRORS},
)
def reject_match(match_id: int):
    return _decide(match_id, approve=False)


def _decide(match_id: int, approve: bool):
    user = current_api_user()
    body = json_body() if request.get_data() else {}
    match = matches.decide(user, match_id, approve, body.get("note"))
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.post("/matches/<int:match_id>/respond")
@describe(
    "A party of an approved match says whether it is interested",
    auth=True,
    body={"type": "object", "required": ["interested"], "properties": {"interested": {"type": "boolean"}}},
    responses={200: "Answered", 422: "interested missing", **MATCH_ERRORS},
)
def respond_to_match(match_id: int):
    user = current_api_user()
    match = matches.respond(user, match_id, json_body().get("interested"))
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.get("/matches/<int:match_id>/messages")
@describe("The thread of a connected match (its parties and admins)", auth=True, responses={200: "OK", **MATCH_ERRORS})
def list_messages(match_id: int):
    messages = matches.messages_of(current_api_user(), match_id)
    return jsonify(
        items=[
            {"id": m.id, "author": m.author.email, "body": m.body, "created_at": timestamp(m.created_at)}
            for m in messages
        ]
    )


@bp.post("/matches/<int:match_id>/messages")
@describe(
    "Write in the thread of a connected match",
    auth=True,
    body={"type": "object", "required": ["body"], "properties": {"body": {"type": "string"}}},
    responses={201: "Posted", **MATCH_ERRORS},
)
def post_message(match_id: int):
    user = current_api_user()
    message = matches.post_message(user, match_id, json_body().get("body"))
    db.session.commit()
    return jsonify(id=message.id, body=message.body, created_at=timestamp(message.created_at)), 201
