"""JSON Schemas of what the API answers (serializers.py) and of its request bodies.

Request bodies come from the field rules (services/validation.py); the models here describe
the serializers' output field for field, and the schemathesis test checks every response
against them, so a serializer and its schema cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from ..models import MatchOrigin, MatchStage, MatchStatus, NeedStatus, OrganizationKind, Role, TechnologyStatus
from ..models.need import Funding, NeedGoal, ProcurementStage
from ..services import accounts, matches, needs, organizations, outcomes, password_reset, technologies
from ..services.validation import json_schema

INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
STRING = {"type": "string"}
BOOLEAN = {"type": "boolean"}
TIMESTAMP = {"type": "string", "format": "date-time"}
STRINGS = {"type": "array", "items": STRING}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "nullable": True}


def enum(values) -> dict[str, Any]:
    return {"type": "string", "enum": [v.value for v in values]}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def model(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object whose every property is always present, except the ``optional`` ones."""
    return {
        "type": "object",
        "required": [name for name in properties if name not in optional],
        "properties": properties,
    }


def page_of(item: str) -> dict[str, Any]:
    return model(
        {
            "items": {"type": "array", "items": ref(item)},
            "page": INTEGER,
            "per_page": INTEGER,
            "total": INTEGER,
            "pages": INTEGER,
        },
        optional=("pages",),
    )


ERROR = model(
    {
        "error": model(
            {
                "code": STRING,
                "message": STRING,
                "fields": {"type": "object", "additionalProperties": STRING},
            },
            optional=("fields",),
        )
    }
)

USER = model({"id": INTEGER, "email": STRING, "role": enum(Role), "organization_id": nullable(INTEGER)})

ORGANIZATION = model(
    {
        "id": INTEGER,
        "kind": enum(OrganizationKind),
        "name": STRING,
        "country": STRING,
        "region": STRING,
        "website": nullable(STRING),
        "description": STRING,
        "contact_name": STRING,
        "languages": STRINGS,
        "climate_goals": {"type": "array", "items": {"type": "object", **organizations.GOAL_SCHEMA}},
        "verified": BOOLEAN,
        "rejection_reason": nullable(STRING),
        "verified_at": nullable(TIMESTAMP),
        "created_at": TIMESTAMP,
    }
)

TECHNOLOGY = model(
    {
        "id": INTEGER,
        "company": STRING,
        "organization_id": INTEGER,
        "name": STRING,
        "categories": STRINGS,
        "description": STRING,
        "trl": nullable(INTEGER),
        "cost_usd": nullable({"type": "array", "items": NUMBER, "minItems": 2, "maxItems": 2}),
        "regions": STRINGS,
        "co2e_reduction_t_per_year": nullable(NUMBER),
        "reference_deployments": {"type": "array", "items": {"type": "object", **technologies.DEPLOYMENT_SCHEMA}},
        "certifications": STRINGS,
        "offers_financing": BOOLEAN,
        "offers_pilots": BOOLEAN,
        "status": enum(TechnologyStatus),
        "public": BOOLEAN,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }
)

NEED = model(
    {
        "id": INTEGER,
        "city": STRING,
        "organization_id": INTEGER,
        "title": STRING,
        "categories": STRINGS,
        "description": STRING,
        "budget_usd": nullable(NUMBER),
        "min_trl": nullable(INTEGER),
        "region": STRING,
        "co2e_target_t_per_year": nullable(NUMBER),
        "deadline": nullable({"type": "string", "format": "date"}),
        "goal": enum(NeedGoal),
        "procurement_stage": enum(ProcurementStage),
        "funding": enum(Funding),
        "open_to_foreign": BOOLEAN,
        "scale": STRING,
        "status": enum(NeedStatus),
        "outcome": nullable(STRING),
        "public": BOOLEAN,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }
)

CONTRACT_VALUE = model({"amount": NUMBER, "currency": STRING})
CONTACT = model({"organization": STRING, "name": STRING, "email": STRING, "website": nullable(STRING)})

MATCH = model(
    {
        "id": INTEGER,
        "status": enum(MatchStatus),
        "origin": enum(MatchOrigin),
        "need": model({"id": INTEGER, "title": STRING, "city": STRING}),
        "technology": model({"id": INTEGER, "name": STRING, "company": STRING}),
        "score": nullable(NUMBER),
        "reasons": STRINGS,
        "reasons_zh": STRINGS,
        "signals": {"type": "object", "additionalProperties": NUMBER},
        "requested_at": nullable(TIMESTAMP),
        "decided_at": nullable(TIMESTAMP),
        "decision_note": nullable(STRING),
        "city_interested": nullable(BOOLEAN),
        "company_interested": nullable(BOOLEAN),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "contacts": model({"city": ref("Contact"), "company": ref("Contact")}),
        # A nullable enum lists null among its values (OpenAPI 3.0), or generated clients refuse it.
        "stage": {**nullable(enum(MatchStage)), "enum": [*(s.value for s in MatchStage), None]},
        "stage_history": {"type": "array", "items": ref("StageEntry")},
        "co2e_t_per_year": nullable(NUMBER),
        "co2e_verified": BOOLEAN,
        "contract_value": nullable(CONTRACT_VALUE),
        "contract_value_usd": nullable(NUMBER),
    },
    optional=("contacts",),  # only once the caller may see them (after approval)
)

DATE = {"type": "string", "format": "date"}
STAGE_ENTRY = model(
    {
        "stage": enum(MatchStage),
        "date": DATE,
        "organization_id": nullable(INTEGER),
        "note": nullable(STRING),
        "contract_value": nullable(CONTRACT_VALUE),  # inline: a nullable $ref is lost on generated clients
        "co2e_t_per_year": nullable(NUMBER),
        "procurement_route": nullable(STRING),
        "pilot_scope": nullable(STRING),
        "pilot_start": nullable(DATE),
        "pilot_end": nullable(DATE),
        **{name: nullable(NUMBER) for name in outcomes.CO_BENEFITS},
    }
)
IMPACT = model(
    {
        "organization_id": INTEGER,
        "target_t_per_year": NUMBER,
        "pipeline_t_per_year": NUMBER,
        "operating_t_per_year": NUMBER,
        "verified_t_per_year": NUMBER,
        "contract_value_usd": NUMBER,
        "rates": model({"date": STRING, "source": STRING}),
    }
)
SHOWCASE = model(
    {
        "match_id": INTEGER,
        "city_consent": BOOLEAN,
        "company_consent": BOOLEAN,
        "published": BOOLEAN,
        "published_at": nullable(TIMESTAMP),
    }
)
STORY = model(
    {
        "match_id": INTEGER,
        "city": STRING,
        "country": STRING,
        "company": STRING,
        "company_country": STRING,
        "technology": STRING,
        "categories": STRINGS,
        "stage": enum(MatchStage),
        "year": INTEGER,
        "co2e_t_per_year": nullable(NUMBER),
        "co2e_verified": BOOLEAN,
        "story": nullable(STRING),
        "story_zh": nullable(STRING),
    }
)

SUGGESTION = model(
    {
        "technology_id": INTEGER,
        "score": NUMBER,
        "reasons": STRINGS,
        "reasons_zh": STRINGS,
        "signals": {"type": "object", "additionalProperties": NUMBER},
        "match": nullable(model({"id": INTEGER, "status": enum(MatchStatus)})),
    }
)

MESSAGE = model({"id": INTEGER, "author": STRING, "body": STRING, "created_at": TIMESTAMP})
POSTED_MESSAGE = model({"id": INTEGER, "body": STRING, "created_at": TIMESTAMP})


def signup_schema() -> dict[str, Any]:
    account = json_schema(accounts.ACCOUNT_FIELDS)
    account["properties"]["organization"] = json_schema(accounts.ORGANIZATION_FIELDS)
    account["required"] = [*account["required"], "organization"]
    return account


def components() -> dict[str, dict[str, Any]]:
    """Every model of the document; built per request, as field descriptions are translated."""
    return {
        "Error": ERROR,
        "User": USER,
        "Organization": ORGANIZATION,
        "OrganizationPage": page_of("Organization"),
        "Technology": TECHNOLOGY,
        "TechnologyPage": page_of("Technology"),
        "Need": NEED,
        "NeedPage": page_of("Need"),
        "Contact": CONTACT,
        "Match": MATCH,
        "MatchPage": page_of("Match"),
        "Suggestion": SUGGESTION,
        "Suggestions": model({"items": {"type": "array", "items": ref("Suggestion")}, "need_id": INTEGER}),
        "Message": MESSAGE,
        "Messages": model({"items": {"type": "array", "items": ref("Message")}}),
        "PostedMessage": POSTED_MESSAGE,
        "SignedUp": model({"user": ref("User"), "organization": ref("Organization")}),
        "Token": model({"token": STRING, "expires_at": TIMESTAMP}),
        "Empty": {"type": "object", "additionalProperties": False},
        # Request bodies, from the field rules.
        "SignupRequest": signup_schema(),
        "TokenRequest": model({"email": STRING, "password": STRING}),
        "PasswordResetRequest": json_schema(password_reset.REQUEST_FIELDS),
        "PasswordResetConfirm": json_schema(password_reset.CONFIRM_FIELDS),
        "TechnologyCreate": json_schema(technologies.TECHNOLOGY_FIELDS),
        "TechnologyUpdate": json_schema(technologies.TECHNOLOGY_FIELDS, partial=True),
        "NeedCreate": json_schema(needs.NEED_FIELDS),
        "NeedUpdate": json_schema(needs.NEED_FIELDS, partial=True),
        "OrganizationUpdate": json_schema(organizations.PROFILE_FIELDS, partial=True),
        "OrganizationRejection": json_schema((organizations.REASON,)),
        "MatchRequest": json_schema(matches.INTRODUCTION_FIELDS),
        "Approval": json_schema((matches.NOTE,)),
        "Rejection": json_schema((matches.REQUIRED_NOTE,)),
        "Answer": json_schema((matches.ANSWER,)),
        "MessageRequest": json_schema((matches.MESSAGE_BODY,)),
        "ContractValue": CONTRACT_VALUE,
        "StageEntry": STAGE_ENTRY,
        "Impact": IMPACT,
        "Showcase": SHOWCASE,
        "Story": STORY,
        "StoryPage": page_of("Story"),
        "StageRequest": json_schema(outcomes.STAGE_FIELDS),
        "VerifyRequest": json_schema((outcomes.EVIDENCE,)),
        "ConsentRequest": json_schema(outcomes.CONSENT_FIELDS),
    }
