"""Turning models into the API's JSON objects (one function per kind of record)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..models import FinancingMatch, Fund, Match, Need, NeedPartner, Organization, Technology, User
from ..services import currency, exports, funds, outcomes, policy
from ..services import financing as financing_module


def timestamp(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def user_json(user: User) -> dict[str, Any]:
    return {"id": user.id, "email": user.email, "role": user.role.value, "organization_id": user.organization_id}


def organization_json(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "kind": org.kind.value,
        "name": org.name,
        "country": org.country,
        "region": org.region,
        "website": org.website,
        "description": org.description,
        "contact_name": org.contact_name,
        "languages": org.languages,
        "climate_goals": org.climate_goals,
        "verified": org.verified,
        "rejection_reason": org.rejection_reason,
        # While a change of name, country or region waits for an admin: what was verified.
        "verified_identity": org.verified_identity,
        "verified_at": timestamp(org.verified_at),
        "created_at": timestamp(org.created_at),
    }


def technology_json(technology: Technology) -> dict[str, Any]:
    """A technology in the scoring contract's fields (the export record), plus its profile and state."""
    extra = {
        "reference_deployments": technology.reference_deployments,
        "seeking_investment_usd": technology.seeking_investment_usd,
    }
    return _record_json(technology, exports.technology_record, policy.is_public_technology, extra)


def need_json(need: Need) -> dict[str, Any]:
    """A need in the scoring contract's fields (the export record), plus its framing and state."""
    extra = {
        "outcome": need.outcome,
        "finance_sought_usd": need.finance_sought_usd,
        "bankability": funds.full_checklist(need.bankability),
        "bankability_score": funds.readiness(need.bankability),
        "partners": [partner_json(partner) for partner in need.partners],
    }
    return _record_json(need, exports.need_record, policy.is_public_need, extra)


def partner_json(partner: NeedPartner) -> dict[str, Any]:
    """A partner city of a joint need (contracts/accounts.md)."""
    city = partner.organization
    return {"organization_id": city.id, "name": city.name, "region": city.region, "status": partner.status.value}


def member_json(user: User) -> dict[str, Any]:
    """A member of an organisation's team (contracts/accounts.md)."""
    return {"id": user.id, "email": user.email, "role": user.team_role.value}


def _record_json(record, export_record, is_public, extra: dict[str, Any]) -> dict[str, Any]:
    return {
        **export_record(record),
        "id": record.id,
        "organization_id": record.organization_id,
        **extra,
        "public": is_public(record),
        "created_at": timestamp(record.created_at),
        "updated_at": timestamp(record.updated_at),
    }


def page_json(page, serialize) -> dict[str, Any]:
    """The contract's list envelope: items, page, per_page, total."""
    return {
        "items": [serialize(item) for item in page.items],
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
        "pages": page.pages,
    }


def contact_json(organization: Organization) -> dict[str, Any]:
    return {
        "organization": organization.name,
        "name": organization.contact_name,
        "email": organization.contact_email,
        "website": organization.website,
    }


def match_json(match: Match, viewer: User | None) -> dict[str, Any]:
    """A match as ``viewer`` may see it: contacts only after approval (services.matches)."""

    body = {
        "id": match.id,
        "status": match.status.value,
        "origin": match.origin.value,
        "need": {"id": match.need_id, "title": match.need.title, "city": match.need.organization.name},
        "technology": {
            "id": match.technology_id,
            "name": match.technology.name,
            "company": match.technology.organization.name,
        },
        "score": match.score,
        "reasons": match.reasons,
        "reasons_zh": match.reasons_zh,
        "signals": match.signals,
        "requested_at": timestamp(match.requested_at),
        "decided_at": timestamp(match.decided_at),
        "decision_note": match.decision_note if policy.can_read_decision_note(viewer, match) else None,
        "request_message": match.request_message,
        "requester_note": match.requester_note,
        "city_interested": match.city_interested,
        "company_interested": match.company_interested,
        "created_at": timestamp(match.created_at),
        "updated_at": timestamp(match.updated_at),
    }
    body |= outcome_json(match)
    if policy.can_see_contacts(viewer, match):
        body["contacts"] = {
            "city": contact_json(match.need.organization),
            "company": contact_json(match.technology.organization),
        }
    return body


def fund_json(fund: Fund) -> dict[str, Any]:
    """A fund in the contract's fields (financing.md), plus its investor and state."""
    return {
        "id": fund.id,
        "organization_id": fund.organization_id,
        "investor": fund.organization.name,
        "name": fund.name,
        "description": fund.description,
        "description_zh": fund.description_zh,
        "categories": fund.categories,
        "regions": fund.regions,
        "ticket_usd": list(fund.ticket_usd),
        "instruments": fund.instruments,
        "targets": fund.targets,
        "min_trl": fund.min_trl,
        "public": policy.is_public_fund(fund),
        "created_at": timestamp(fund.created_at),
        "updated_at": timestamp(fund.updated_at),
    }


def financing_json(financing: FinancingMatch, viewer: User | None) -> dict[str, Any]:
    """A financing match as ``viewer`` may see it: contacts only after approval."""
    target = financing.target
    body = {
        "id": financing.id,
        "fund_id": financing.fund_id,
        "technology_id": financing.technology_id,
        "need_id": financing.need_id,
        "kind": financing.kind,
        "status": financing.status.value,
        "fund": {"id": financing.fund_id, "name": financing.fund.name, "investor": financing.fund.organization.name},
        "target": {"name": getattr(target, "title", None) or target.name, "organization": financing.recipient.name},
        "amount_usd": policy.amount_sought(target),
        "requested_at": timestamp(financing.requested_at),
        "decided_at": timestamp(financing.decided_at),
        "decision_note": financing.decision_note if policy.can_read_decision_note(viewer, financing) else None,
        "recipient_interested": financing.recipient_interested,
        "created_at": timestamp(financing.created_at),
        "updated_at": timestamp(financing.updated_at),
        "led_to": [led_to_json(match) for match in financing_module.led_to([financing.id]).get(financing.id, [])],
    }
    if policy.can_see_financing_contacts(viewer, financing):
        body["contacts"] = {
            "investor": contact_json(financing.fund.organization),
            "recipient": contact_json(financing.recipient),
        }
    return body


def led_to_json(match: Match) -> dict[str, Any]:
    """A (connected) match whose contract a financing match paid for, as its investor follows it."""
    return {
        "match_id": match.id,
        "need": match.need.title,
        "city": match.need.organization.name,
        "technology": match.technology.name,
        "company": match.technology.organization.name,
        "stage": outcomes.current_stage(match).value,
        "contract_value": contract_value_json(match.contract_amount, match.contract_currency),
        "contract_value_usd": outcomes.contract_value_usd(match),
        "co2e_t_per_year": match.co2e_t_per_year,
        "co2e_verified": match.co2e_verified,
    }


def contract_financing_json(match: Match) -> dict[str, Any] | None:
    """The financing that paid for the match's contract: its id, fund and investor."""
    paid_by = financing_module.contract_financing(match)
    if paid_by is None:
        return None
    return {
        "id": paid_by.id,
        "fund_id": paid_by.fund_id,
        "fund": paid_by.fund.name,
        "investor": paid_by.fund.organization.name,
    }


def contract_value_json(amount: float | None, currency: str | None) -> dict[str, Any] | None:
    return None if amount is None else {"amount": amount, "currency": currency}


def stage_entry_json(entry) -> dict[str, Any]:
    return {
        "stage": entry.stage.value,
        "date": entry.date.isoformat(),
        "organization_id": entry.organization_id,
        "note": entry.note,
        "contract_value": contract_value_json(entry.contract_amount, entry.contract_currency),
        "co2e_t_per_year": entry.co2e_t_per_year,
        "procurement_route": entry.procurement_route,
        "pilot_scope": entry.pilot_scope,
        "pilot_start": entry.pilot_start.isoformat() if entry.pilot_start else None,
        "pilot_end": entry.pilot_end.isoformat() if entry.pilot_end else None,
        **{name: getattr(entry, name) for name in outcomes.CO_BENEFITS},
        "financing_id": entry.financing_match_id,
    }


def outcome_json(match: Match) -> dict[str, Any]:
    """A match's stage and history (contract outcomes.md); reported and verified kept apart."""
    stage = outcomes.current_stage(match)
    usd = outcomes.contract_value_usd(match)
    return {
        "stage": stage.value if stage else None,
        "stage_history": [stage_entry_json(entry) for entry in match.stage_entries] if stage else [],
        "co2e_t_per_year": match.co2e_t_per_year,
        "co2e_verified": match.co2e_verified,
        "contract_value": contract_value_json(match.contract_amount, match.contract_currency),
        "contract_value_usd": usd,
        # The rate table it was converted at, beside the converted figure (null when there is none).
        "contract_value_usd_rates": rates_json() if usd is not None else None,
        "financing": contract_financing_json(match),
    }


def rates_json() -> dict[str, str]:
    """The date and source of the rate table contract values are converted to US dollars at."""
    table = currency.rates()
    return {"date": table.date, "source": table.source}


def showcase_json(showcase) -> dict[str, Any]:
    return {
        "match_id": showcase.match_id,
        "city_consent": showcase.city_consent,
        "company_consent": showcase.company_consent,
        "published": showcase.published_at is not None,
        "published_at": timestamp(showcase.published_at),
    }


def story_json(match: Match) -> dict[str, Any]:
    """One published story, as GET /showcase lists it (contract outcomes.md)."""
    return {
        "match_id": match.id,
        "city": match.need.organization.name,
        "country": match.need.organization.country,
        "company": match.technology.organization.name,
        "company_country": match.technology.organization.country,
        "technology": match.technology.name,
        "categories": match.technology.categories,
        "stage": outcomes.current_stage(match).value,
        "year": outcomes.story_year(match),
        "co2e_t_per_year": match.co2e_t_per_year,
        "co2e_verified": match.co2e_verified,
        "story": outcomes.story_words(match, "en"),
        "story_zh": outcomes.story_words(match, "zh"),
    }
