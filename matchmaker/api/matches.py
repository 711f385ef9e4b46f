"""API for suggestions and matches (contract api.md): requests, decisions, answers, messages."""

from __future__ import annotations

from flask import jsonify, request
from flask_babel import gettext as _

from .. import matching
from ..extensions import db
from ..models import MatchStatus
from ..services import matches, needs, policy
from ..services.errors import PermissionDenied
from ..services.validation import Field, clean, query_parameters
from . import bp
from .serializers import match_json, timestamp
from .support import current_api_user, describe, json_body

FORBIDDEN = {403: "Not allowed for this role"}
TOP_FIELDS = (Field("top", "integer", required=False, minimum=1, maximum=100, default=10),)
LIST_FIELDS = (
    Field("status", "choice", required=False, choices=tuple(s.value for s in MatchStatus)),
    Field("page", "integer", required=False, minimum=1, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)


@bp.get("/needs/<int:need_id>/suggestions")
@describe(
    "The engine's ranking for a need, as the records are now (owner city, admins)",
    auth=True,
    parameters=query_parameters(TOP_FIELDS),
    responses={200: ("The best technologies for the need, best first", "Suggestions"), **FORBIDDEN},
)
def need_suggestions(need_id: int):
    user = current_api_user()
    need = needs.get_need(user, need_id)
    if not policy.can_see_suggestions(user, need):
        raise PermissionDenied(_("Only the city that posted the need sees its suggestions."))
    top = clean(TOP_FIELDS, request.args.to_dict())["top"]
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
    body="MatchRequest",
    responses={
        201: ("Requested now", "Match"),
        200: ("Asked before: the same match", "Match"),
        409: "The pair is already being considered at the other side's request (no details shown)",
        **FORBIDDEN,
    },
)
def create_match():
    user = current_api_user()
    body = json_body()
    match, requested_now = matches.request_introduction(
        user, body.get("need_id"), body.get("technology_id"), body.get("message")
    )
    db.session.commit()
    return jsonify(match_json(match, user)), 201 if requested_now else 200


@bp.get("/matches")
@describe(
    "Matches: admins see all; others their own, within the visibility rules",
    auth=True,
    parameters=query_parameters(LIST_FIELDS),
    responses={200: ("A page of matches, newest first", "MatchPage")},
)
def list_matches():
    user = current_api_user()
    args = clean(LIST_FIELDS, request.args.to_dict())
    status = MatchStatus(args["status"]) if args["status"] else None
    page = db.paginate(
        matches.visible_matches_statement(user, status), page=args["page"], per_page=args["per_page"], error_out=False
    )
    return jsonify(
        items=[match_json(m, user) for m in page.items], page=page.page, per_page=page.per_page, total=page.total
    )


@bp.get("/matches/<int:match_id>")
@describe("One match, as the caller may see it", auth=True, responses={200: ("The match", "Match")})
def get_match(match_id: int):
    user = current_api_user()
    return jsonify(match_json(matches.get_match(user, match_id), user))


@bp.post("/matches/<int:match_id>/approve")
@describe(
    "Approve a match (admins): both parties are introduced",
    auth=True,
    body="Approval",
    body_required=False,
    responses={200: ("The match, approved", "Match"), **FORBIDDEN, 409: "Already decided"},
)
def approve_match(match_id: int):
    return _decide(match_id, approve=True)


@bp.post("/matches/<int:match_id>/reject")
@describe(
    "Reject a match with a note (admins)",
    auth=True,
    body="Rejection",
    responses={200: ("The match, rejected", "Match"), **FORBIDDEN, 409: "Already decided"},
)
def reject_match(match_id: int):
    return _decide(match_id, approve=False)


def _decide(match_id: int, approve: bool):
    user = current_api_user()
    body = json_body() if request.get_data() else {}
    match = matches.decide(user, match_id, approve, body.get("note"), body.get("requester_note"))
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.post("/matches/<int:match_id>/respond")
@describe(
    "A party of an approved match says whether it is interested",
    auth=True,
    body="Answer",
    responses={
        200: ("The match, connected once both sides said yes", "Match"),
        403: "Not a party of the match",
        409: "Not approved, or this side already answered",
    },
)
def respond_to_match(match_id: int):
    user = current_api_user()
    match = matches.respond(user, match_id, json_body().get("interested"))
    db.session.commit()
    return jsonify(match_json(match, user))


@bp.get("/matches/<int:match_id>/messages")
@describe(
    "The thread of a connected match (its parties and admins)",
    auth=True,
    responses={200: ("The messages, oldest first", "Messages"), 403: "Not a party of the match"},
)
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
    body="MessageRequest",
    responses={
        201: ("The message", "PostedMessage"),
        403: "Not a party of the match",
        409: "The match is not connected",
    },
)
def post_message(match_id: int):
    user = current_api_user()
    message = matches.post_message(user, match_id, json_body().get("body"))
    db.session.commit()
    return jsonify(id=message.id, body=message.body, created_at=timestamp(message.created_at)), 201
