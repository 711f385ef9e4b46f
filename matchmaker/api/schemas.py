"""JSON Schemas of what the API answers (serializers.py) and of its request bodies.

Request bodies come from the field rules (services/validation.py); the models here describe
the serializers' output field for field, and the schemathesis test checks every response
against them, so a serializer and its schema cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from ..models import (
    AlertFrequency,
    AlertKind,
    EventKind,
    FundTarget,
    Instrument,
    MatchOrigin,
    MatchStage,
    MatchStatus,
    MeetingStatus,
    NeedStatus,
    OrganizationKind,
    ParticipantStatus,
    PartnerStatus,
    Role,
    TeamRole,
    TechnologyStatus,
)
from ..models.need import BANKABILITY, PROCUREMENT_ROUTES, Funding, NeedGoal, ProcurementStage
from ..services import (
    accounts,
    alerts,
    events,
    financing,
    funds,
    matches,
    needs,
    organizations,
    outcomes,
    partners,
    password_reset,
    preferences,
    teams,
    technologies,
)
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
        "seeking_investment_usd": nullable(NUMBER),
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
        "co2e_baseline_t_per_year": nullable(NUMBER),
        "air_quality_baseline": STRING,
        "deadline": nullable({"type": "string", "format": "date"}),
        "goal": enum(NeedGoal),
        "procurement_stage": enum(ProcurementStage),
        # OpenAPI 3.0: a nullable enum lists null among its values, or validators refuse it.
        "procurement_route": {"type": "string", "enum": [*PROCUREMENT_ROUTES, None], "nullable": True},
        "funding": enum(Funding),
        "open_to_foreign": BOOLEAN,
        "scale": STRING,
        "status": enum(NeedStatus),
        "outcome": nullable(STRING),
        "partners": {"type": "array", "items": ref("Partner")},
        "finance_sought_usd": nullable(NUMBER),
        "bankability": {"type": "object", "required": list(BANKABILITY), **funds.BANKABILITY_SCHEMA},
        "bankability_score": {"type": "integer", "minimum": 0, "maximum": 5},
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
        "decision_note": nullable(STRING),  # the internal note: admins only (null for others)
        "request_message": nullable(STRING),
        "requester_note": nullable(STRING),
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
        "contract_value_usd_rates": nullable(model({"date": STRING, "source": STRING})),
        # The financing match the contract named (issue 11), inline: a nullable $ref is lost.
        "financing": nullable(model({"id": INTEGER, "fund_id": INTEGER, "fund": STRING, "investor": STRING})),
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
        "financing_id": nullable(INTEGER),
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

PARTNER = model({"organization_id": INTEGER, "name": STRING, "region": STRING, "status": enum(PartnerStatus)})
MEMBER = model({"id": INTEGER, "email": STRING, "role": enum(TeamRole)})
FUND = model(
    {
        "id": INTEGER,
        "organization_id": INTEGER,
        "investor": STRING,
        "name": STRING,
        "description": STRING,
        "description_zh": STRING,
        "categories": STRINGS,
        "regions": STRINGS,
        "ticket_usd": {"type": "array", "items": NUMBER, "minItems": 2, "maxItems": 2},
        "instruments": {"type": "array", "items": enum(Instrument)},
        "targets": {"type": "array", "items": enum(FundTarget)},
        "min_trl": nullable(INTEGER),
        "public": BOOLEAN,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }
)

FUND_SUGGESTION = model(
    {
        "kind": {"type": "string", "enum": ["technology", "need"]},
        "id": INTEGER,
        "score": NUMBER,
        "reasons": STRINGS,
        "amount_usd": NUMBER,
    }
)

FINANCING_OUTCOME = model(
    {
        "match_id": INTEGER,
        "need": STRING,
        "city": STRING,
        "technology": STRING,
        "company": STRING,
        "stage": enum(MatchStage),
        "contract_value": nullable(CONTRACT_VALUE),
        "contract_value_usd": nullable(NUMBER),
        "co2e_t_per_year": nullable(NUMBER),
        "co2e_verified": BOOLEAN,
    }
)

FINANCING = model(
    {
        "id": INTEGER,
        "fund_id": INTEGER,
        "technology_id": nullable(INTEGER),
        "need_id": nullable(INTEGER),
        "kind": {"type": "string", "enum": ["technology", "need"]},
        "status": enum(MatchStatus),
        "fund": model({"id": INTEGER, "name": STRING, "investor": STRING}),
        "target": model({"name": STRING, "organization": STRING}),
        "amount_usd": nullable(NUMBER),
        "requested_at": nullable(TIMESTAMP),
        "decided_at": nullable(TIMESTAMP),
        "decision_note": nullable(STRING),  # the internal note: admins only (null for others)
        "recipient_interested": nullable(BOOLEAN),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "contacts": model({"investor": ref("Contact"), "recipient": ref("Contact")}),
        # What the financing led to: the connected matches whose contract named it.
        "led_to": {"type": "array", "items": ref("FinancingOutcome")},
    },
    optional=("contacts",),  # only once the caller may see them (after approval)
)

MESSAGE = model({"id": INTEGER, "author": STRING, "body": STRING, "created_at": TIMESTAMP})
POSTED_MESSAGE = model({"id": INTEGER, "body": STRING, "created_at": TIMESTAMP})

ALERT = model(
    {
        "id": INTEGER,
        "kind": enum(AlertKind),
        "q": STRING,
        "categories": STRINGS,
        "regions": STRINGS,
        "frequency": enum(AlertFrequency),
        "created_at": TIMESTAMP,
    }
)
NOTIFICATION = model(
    {"id": INTEGER, "kind": STRING, "created_at": TIMESTAMP, "read": BOOLEAN, "link": nullable(STRING), "text": STRING}
)
PREFERENCES = model(
    {
        "language": {"type": "string", "enum": ["en", "zh"]},
        "timezone": STRING,
        "mail": model({kind: BOOLEAN for kind in preferences.MAIL_KINDS}),
    }
)


LOCAL_TIME = nullable(STRING)  # "2027-04-12T14:00:00+08:00": the event's zone, with its offset
UTC_TIME = nullable(TIMESTAMP)


def instant(name: str) -> dict[str, Any]:
    """An instant as every event response gives it: in the event's zone and in UTC."""
    return {name: LOCAL_TIME, f"{name}_utc": UTC_TIME}


EVENT_SESSION = model(
    {
        "id": INTEGER,
        **instant("starts_at"),
        **instant("ends_at"),
        "tables": INTEGER,
        "location": STRING,
        "slots": INTEGER,
    }
)
EVENT = model(
    {
        "id": INTEGER,
        "name": STRING,
        "name_zh": STRING,
        "kind": enum(EventKind),
        "description": STRING,
        "description_zh": STRING,
        "city": STRING,
        "venue": STRING,
        "online_url": nullable(STRING),
        "timezone": STRING,
        **instant("starts_at"),
        **instant("ends_at"),
        "meeting_minutes": INTEGER,
        **instant("registration_closes_at"),
        "registration_open": BOOLEAN,
        "published": BOOLEAN,
        "sessions": {"type": "array", "items": ref("EventSession")},
        "created_at": TIMESTAMP,
    }
)
PARTICIPANT = model(
    {
        "id": INTEGER,
        "event_id": INTEGER,
        "organization_id": INTEGER,
        "name": STRING,
        "kind": enum(OrganizationKind),
        "country": STRING,
        "status": enum(ParticipantStatus),
        "delegates": {"type": "array", "items": model({"name": STRING, "title": STRING})},
        "note": STRING,
        "created_at": TIMESTAMP,
    }
)
MEETING = model(
    {
        "id": INTEGER,
        "event_id": INTEGER,
        "status": enum(MeetingStatus),
        "requester_organization_id": INTEGER,
        "requester_name": STRING,
        "invitee_organization_id": INTEGER,
        "invitee_name": STRING,
        "message": STRING,
        "score": nullable(NUMBER),
        "session_id": nullable(INTEGER),
        **instant("starts_at"),
        **instant("ends_at"),
        "table": nullable(INTEGER),
        "attended": nullable(BOOLEAN),
        "created_at": TIMESTAMP,
        "decided_at": nullable(TIMESTAMP),
        "contacts": {
            "type": "array",
            "items": model({"organization_id": INTEGER, "organization": STRING, "name": STRING, "email": STRING}),
        },
    },
    optional=("contacts",),  # only once the meeting is accepted (admins always)
)
RECOMMENDATION = model(
    {
        "organization_id": INTEGER,
        "participant_id": INTEGER,
        "name": STRING,
        "kind": enum(OrganizationKind),
        "score": NUMBER,
        "reasons": STRINGS,
        "need_id": INTEGER,
        "technology_id": INTEGER,
    }
)


def items_of(name: str) -> dict[str, Any]:
    return model({"items": {"type": "array", "items": ref(name)}})


def event_components() -> dict[str, dict[str, Any]]:
    """The models of the events API (contract events.md)."""
    return {
        "EventSession": EVENT_SESSION,
        "Event": EVENT,
        "EventPage": page_of("Event"),
        "Participant": PARTICIPANT,
        "Participants": items_of("Participant"),
        "Meeting": MEETING,
        "Meetings": items_of("Meeting"),
        "Recommendation": RECOMMENDATION,
        "Recommendations": items_of("Recommendation"),
        "EventCreate": json_schema(events.EVENT_FIELDS),
        "EventUpdate": json_schema(events.EVENT_FIELDS, partial=True),
        "RegistrationRequest": json_schema(events.REGISTRATION_FIELDS),
        "MeetingRequest": json_schema(events.MEETING_REQUEST_FIELDS),
    }


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
        "Fund": FUND,
        "FundPage": page_of("Fund"),
        "FundSuggestion": FUND_SUGGESTION,
        "FundSuggestions": model({"items": {"type": "array", "items": ref("FundSuggestion")}, "fund_id": INTEGER}),
        "Financing": FINANCING,
        "FinancingOutcome": FINANCING_OUTCOME,
        "FinancingPage": page_of("Financing"),
        "FundCreate": json_schema(funds.FUND_FIELDS),
        "FundUpdate": json_schema(funds.FUND_FIELDS, partial=True),
        "InterestRequest": json_schema(financing.INTEREST_FIELDS),
        "Message": MESSAGE,
        "Messages": model({"items": {"type": "array", "items": ref("Message")}}),
        "PostedMessage": POSTED_MESSAGE,
        "SignedUp": model({"user": ref("User"), "organization": ref("Organization")}),
        "Token": model({"token": STRING, "expires_at": TIMESTAMP}),
        "Empty": {"type": "object", "additionalProperties": False},
        "Alert": ALERT,
        "Alerts": model({"items": {"type": "array", "items": ref("Alert")}}),
        "Notification": NOTIFICATION,
        "Notifications": model({"items": {"type": "array", "items": ref("Notification")}, "unread": INTEGER}),
        "Preferences": PREFERENCES,
        "Partner": PARTNER,
        "PartnerInvited": model({"organization_id": INTEGER, "status": enum(PartnerStatus)}),
        "PartnerAnswer": model({"status": enum(PartnerStatus)}),
        "Member": MEMBER,
        "Members": model({"items": {"type": "array", "items": ref("Member")}}),
        "Invitation": model({"id": INTEGER, "email": STRING, "expires_at": TIMESTAMP}),
        "InvitationRequest": json_schema(teams.INVITE_FIELDS),
        "InvitationAccept": json_schema(teams.ACCEPT_FIELDS),
        "PartnerInvitation": json_schema(partners.INVITE_FIELDS),
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
        "MatchRequest": json_schema((*matches.INTRODUCTION_FIELDS, matches.REQUEST_MESSAGE)),
        "Approval": json_schema((matches.NOTE,)),
        "Rejection": json_schema((matches.REQUIRED_NOTE, matches.REQUESTER_NOTE)),
        "Answer": json_schema((matches.ANSWER,)),
        "MessageRequest": json_schema((matches.MESSAGE_BODY,)),
        "AlertCreate": json_schema(alerts.ALERT_FIELDS),
        "PreferencesUpdate": json_schema(preferences.PREFERENCE_FIELDS, partial=True),
        **event_components(),
        "ScheduleResult": model({"scheduled": INTEGER, "unscheduled": {"type": "array", "items": INTEGER}}),
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
