"""API for funds and financing matches (contract financing.md), over the same services as the pages."""

from __future__ import annotations

from flask import jsonify, request
from flask_babel import gettext as _

from .. import matching
from ..extensions import db
from ..i18n import current_language
from ..models import FinancingMatch, MatchStatus
from ..services import financing, funds, policy
from ..services.errors import PermissionDenied
from ..services.records import CATEGORIES_FIELD
from ..services.validation import Field, clean, query_parameters
from . import bp
from .serializers import financing_json, fund_json
from .support import current_api_user, describe, json_body, optional_user

FORBIDDEN = {403: "Not allowed for this role or this organisation"}
TOP_FIELDS = (Field("top", "integer", required=False, minimum=1, maximum=100, default=10),)
FUND_LIST_FIELDS = (
    Field("category", "text", required=False, max_length=40, checks=CATEGORIES_FIELD.item.checks),
    Field("page", "integer", required=False, minimum=1, maximum=100_000, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)
FINANCING_LIST_FIELDS = (
    Field("status", "choice", required=False, choices=tuple(s.value for s in MatchStatus)),
    Field("page", "integer", required=False, minimum=1, maximum=100_000, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=100, default=20),
)


@bp.post("/funds")
@describe(
    "Describe a fund (investors)", auth=True, body="FundCreate", responses={201: ("The fund", "Fund"), **FORBIDDEN}
)
def create_fund():
    fund = funds.create_fund(current_api_user(), json_body())
    db.session.commit()
    return jsonify(fund_json(fund)), 201


@bp.get("/funds")
@describe(
    "Funds of verified investors; the owner and admins also see the rest",
    auth="optional",
    parameters=query_parameters(FUND_LIST_FIELDS),
    responses={200: ("A page of funds", "FundPage"), 401: "The token sent is not valid"},
)
def list_funds():
    args = clean(FUND_LIST_FIELDS, request.args.to_dict())
    statement = funds.visible_funds_statement(optional_user(), args["category"])
    page = db.paginate(statement, page=args["page"], per_page=args["per_page"], error_out=False)
    return jsonify(
        items=[fund_json(f) for f in page.items], page=page.page, per_page=page.per_page, total=page.total
    )


@bp.get("/funds/<int:fund_id>")
@describe(
    "One fund", auth="optional", responses={200: ("The fund", "Fund"), 401: "The token sent is not valid"}
)
def get_fund(fund_id: int):
    return jsonify(fund_json(funds.get_fund(optional_user(), fund_id)))


@bp.patch("/funds/<int:fund_id>")
@describe(
    "Change some fields of a fund (owner or admin)",
    auth=True,
    body="FundUpdate",
    responses={200: ("The fund as changed", "Fund"), **FORBIDDEN},
)
def update_fund(fund_id: int):
    user = current_api_user()
    fund = funds.update_fund(user, funds.get_fund_to_edit(user, fund_id), json_body())
    db.session.commit()
    return jsonify(fund_json(fund))


@bp.delete("/funds/<int:fund_id>")
@describe("Delete a fund (owner or admin)", auth=True, responses={204: "Deleted", **FORBIDDEN})
def delete_fund(fund_id: int):
    user = current_api_user()
    funds.delete_fund(user, funds.get_fund_to_edit(user, fund_id))
    db.session.commit()
    return "", 204


@bp.get("/funds/<int:fund_id>/suggestions")
@describe(
    "The engine's suggestions for a fund: technologies raising money and needs seeking finance "
    "that pass its mandate's hard constraints (owner, admins)",
    auth=True,
    parameters=query_parameters(TOP_FIELDS),
    responses={200: ("Best first", "FundSuggestions"), **FORBIDDEN},
)
def fund_suggestions(fund_id: int):
    user = current_api_user()
    fund = funds.get_fund(user, fund_id)
    if not policy.can_see_fund_suggestions(user, fund):
        raise PermissionDenied(_("Only the fund's investor sees its suggestions."))
    top = clean(TOP_FIELDS, request.args.to_dict())["top"]
    chinese = current_language() == "zh"
    items = [
        {
            "kind": s.kind,
            "id": s.id,
            "score": s.score,
            "reasons": list(s.reasons_zh if chinese else s.reasons),
            "amount_usd": s.amount_usd,
        }
        for s in matching.fund_suggestions(fund, top)
    ]
    return jsonify(items=items, fund_id=fund.id)


@bp.post("/funds/<int:fund_id>/interest")
@describe(
    "The fund's investor asks to be introduced to a technology or a need",
    auth=True,
    body="InterestRequest",
    responses={201: ("Requested now", "Financing"), 200: ("Asked before: the same", "Financing"), **FORBIDDEN},
)
def express_interest(fund_id: int):
    user = current_api_user()
    fund = funds.get_fund(user, fund_id)
    row, created = financing.express_interest(user, fund, json_body())
    db.session.commit()
    return jsonify(financing_json(row, user)), 201 if created else 200


@bp.get("/financing")
@describe(
    "Financing matches: admins all; investors, companies and cities their own within the rules",
    auth=True,
    parameters=query_parameters(FINANCING_LIST_FIELDS),
    responses={200: ("A page of financing matches, newest first", "FinancingPage")},
)
def list_financing():
    user = current_api_user()
    args = clean(FINANCING_LIST_FIELDS, request.args.to_dict())
    status = MatchStatus(args["status"]) if args["status"] else None
    page = db.paginate(
        financing.visible_statement(user, status), page=args["page"], per_page=args["per_page"], error_out=False
    )
    return jsonify(
        items=[financing_json(f, user) for f in page.items], page=page.page, per_page=page.per_page, total=page.total
    )


@bp.get("/financing/<int:financing_id>")
@describe("One financing match, as the caller may see it", auth=True, responses={200: ("It", "Financing")})
def get_financing(financing_id: int):
    user = current_api_user()
    return jsonify(financing_json(financing.get_financing(user, financing_id), user))


@bp.post("/financing/<int:financing_id>/approve")
@describe(
    "Approve a financing match (admins): the investor and the company or city are introduced",
    auth=True,
    body="Approval",
    body_required=False,
    responses={200: ("Approved", "Financing"), **FORBIDDEN, 409: "Already decided"},
)
def approve_financing(financing_id: int):
    return _decide(financing_id, approve=True)


@bp.post("/financing/<int:financing_id>/reject")
@describe(
    "Reject a financing match with a note (admins)",
    auth=True,
    body="Rejection",
    responses={200: ("Rejected", "Financing"), **FORBIDDEN, 409: "Already decided"},
)
def reject_financing(financing_id: int):
    return _decide(financing_id, approve=False)


def _decide(financing_id: int, approve: bool):
    user = current_api_user()
    body = json_body() if request.get_data() else {}
    row: FinancingMatch = financing.decide(user, financing_id, approve, body.get("note"))
    db.session.commit()
    return jsonify(financing_json(row, user))


@bp.post("/financing/<int:financing_id>/respond")
@describe(
    "The company or city of an approved financing match answers",
    auth=True,
    body="Answer",
    responses={
        200: ("Connected when interested, else declined", "Financing"),
        403: "Not the company or city of it",
        409: "Not approved, or already answered",
    },
)
def respond_to_financing(financing_id: int):
    user = current_api_user()
    row = financing.respond(user, financing_id, json_body().get("interested"))
    db.session.commit()
    return jsonify(financing_json(row, user))
