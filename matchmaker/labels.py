"""Labels shown to people for the codes stored in records, in the current language."""

from __future__ import annotations

from functools import lru_cache

from flask import Flask
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from .scoring import CATEGORIES
from .services.regions import PICKER_COUNTRIES, country_codes, country_name, region_name, subdivisions_of

CHOICE_LABELS = {
    "draft": _l("Draft"),
    "published": _l("Published"),
    "archived": _l("Archived"),
    "open": _l("Open"),
    "closed": _l("Closed"),
    "expired": _l("Expired"),
    "emissions": _l("Emissions"),
    "air_quality": _l("Air quality"),
    "both": _l("Emissions and air quality"),
    "resilience": _l("Resilience"),
    "other": _l("Other"),
    "exploring": _l("Exploring"),
    "pilot": _l("Pilot or demonstration site"),
    "procurement": _l("Procurement"),
    "funded": _l("Funded"),
    "seeking_finance": _l("Seeking finance"),
    "suggested": _l("Suggested"),
    "requested": _l("Requested"),
    "approved": _l("Approved"),
    "rejected": _l("Rejected"),
    "connected": _l("Connected"),
    "declined": _l("Declined"),
    "company": _l("Company"),
    "city": _l("City"),
    "admin": _l("Admin"),
    # Events: their kinds, registrations and meetings.
    "trade_mission": _l("Trade mission"),
    "summit": _l("Summit"),
    "forum": _l("Forum"),
    "site_visit": _l("Site visit"),
    "webinar": _l("Webinar"),
    "registered": _l("Registered"),
    "confirmed": _l("Confirmed"),
    "accepted": _l("Accepted"),
    "cancelled": _l("Cancelled"),
    "owner": _l("Owner"),
    "member": _l("Member"),
    "invited": _l("Invited"),
    "investor": _l("Investor"),
    # A fund's instruments and what it finances (contract financing.md).
    "equity": _l("Equity"),
    "debt": _l("Debt"),
    "grant": _l("Grant"),
    "guarantee": _l("Guarantee"),
    "technologies": _l("Technologies"),
    "needs": _l("City projects"),
}

# TAP's bankability checklist of a need seeking finance (models.need.BANKABILITY).
BANKABILITY_LABELS = {
    "feasibility_study": _l("Feasibility study done"),
    "revenue_model": _l("Revenue or savings model"),
    "permits": _l("Permits"),
    "co_financing": _l("Co-financing secured"),
    "procurement_route": _l("Procurement route"),
}


def bankability_choices() -> list[tuple[str, str]]:
    return [(key, str(label)) for key, label in BANKABILITY_LABELS.items()]

# How a match came about (Match.origin); a request names the side that asked when it can.
ORIGIN_LABELS = {
    "engine": _l("Suggested by the engine"),
    "request": _l("Asked for by a party"),
    "admin": _l("Added by an admin"),
}
REQUESTER_LABELS = {"city": _l("Asked for by the city"), "company": _l("Asked for by the company")}

# A party's answer to an approved match: the audit event "match.respond" with its details.
ANSWER_LABELS = {
    ("city", True): _l("City answered: interested"),
    ("city", False): _l("City answered: not interested"),
    ("company", True): _l("Company answered: interested"),
    ("company", False): _l("Company answered: not interested"),
}

# The engine's scoring signals (their weights are set on the admin settings page).
SIGNAL_LABELS = {
    "text": _l("Text fit"),
    "category": _l("Category fit"),
    "region": _l("Region"),
    "budget": _l("Budget"),
    "readiness": _l("Technology readiness"),
    "impact": _l("Climate impact"),
}

# Where a connected match stands (MatchStage); kept apart from CHOICE_LABELS, where a need's
# procurement stage "pilot" reads "Pilot or demonstration site".
STAGE_LABELS = {
    "connected": _l("Connected"),
    "pilot": _l("Pilot"),
    "contract": _l("Contract"),
    "operating": _l("Operating"),
    "stopped": _l("Stopped"),
}
PROCUREMENT_ROUTE_LABELS = {
    "tender": _l("Public tender"),
    "direct_award": _l("Direct award"),
    "pilot_to_contract": _l("Pilot turned into a contract"),
    "framework": _l("Framework agreement"),
    "ppp": _l("Public-private partnership"),
    "other": _l("Other"),
}
REDUCTION_KIND_LABELS = {
    "verified": _l("verified"),
    "reported": _l("reported"),
    "estimated": _l("estimated"),
    "none": _l("not known"),
}

# What an audit event did (AuditEvent.action) and to which kind of record (target_type).
AUDIT_ACTION_LABELS = {
    "user.signup": _l("Signed up"),
    "user.create_admin": _l("Admin account created"),
    "user.change_password": _l("Password changed"),
    "organization.update": _l("Organisation edited"),
    "organization.unverify": _l("Organisation back to review"),
    "organization.verify": _l("Organisation verified"),
    "organization.reject": _l("Organisation rejected"),
    "technology.create": _l("Technology created"),
    "technology.status": _l("Technology status changed"),
    "technology.update": _l("Technology edited"),
    "technology.delete": _l("Technology deleted"),
    "need.create": _l("Need created"),
    "need.status": _l("Need status changed"),
    "need.update": _l("Need edited"),
    "need.delete": _l("Need deleted"),
    "match.request": _l("Introduction requested"),
    "match.approve": _l("Match approved"),
    "match.reject": _l("Match rejected"),
    "match.respond": _l("Party answered"),
    "match.resuggest": _l("Suggested again"),
    "match.stage": _l("Stage moved"),
    "match.verify": _l("Reduction verified"),
    "match.showcase_consent": _l("Story consent given or withdrawn"),
    "match.showcase_publish": _l("Story published"),
    "match.checkin": _l("Check-in answered"),
    "mail.resend": _l("E-mail sent again"),
    "setting.change": _l("Setting changed"),
    "import.technologies": _l("Technologies imported"),
    "import.needs": _l("Needs imported"),
    "event.create": _l("Event created"),
    "event.update": _l("Event edited"),
    "event.publish": _l("Event published"),
    "event.unpublish": _l("Event back to draft"),
    "event.participant.register": _l("Registered for an event"),
    "event.participant.confirm": _l("Registration confirmed"),
    "event.participant.decline": _l("Registration declined"),
    "event.meeting.request": _l("Meeting requested"),
    "event.meeting.accept": _l("Meeting accepted"),
    "event.meeting.decline": _l("Meeting declined"),
    "event.meeting.cancel": _l("Meeting cancelled"),
    "event.meeting.attendance": _l("Meeting attendance recorded"),
    "invitation.create": _l("Colleague invited"),
    "invitation.revoke": _l("Invitation revoked"),
    "invitation.accept": _l("Invitation accepted"),
    "user.remove_from_team": _l("Removed from the team"),
    "user.change_team_role": _l("Team role changed"),
    "user.deactivate": _l("User deactivated"),
    "user.reactivate": _l("User reactivated"),
    "user.request_email_change": _l("E-mail change asked"),
    "user.change_email": _l("E-mail address changed"),
    "need.invite_partner": _l("Partner city invited"),
    "need.answer_partnership": _l("Partner city answered"),
}
RECORD_TYPE_LABELS = {
    "users": _l("User"),
    "organizations": _l("Organisation"),
    "technologies": _l("Technology"),
    "needs": _l("Need"),
    "matches": _l("Match"),
    "outgoing_mails": _l("E-mail"),
    "settings": _l("Setting"),
    "events": _l("Event"),
    "event_participants": _l("Event participant"),
    "event_meetings": _l("Event meeting"),
    "invitations": _l("Invitation"),
}


def language() -> str:
    locale = get_locale()
    return locale.language if locale is not None else "en"


def category_label(slug: str) -> str:
    """The taxonomy label of ``slug`` in the current language."""
    english, chinese = CATEGORIES.get(slug, (slug, slug))
    return chinese if language() == "zh" else english


def category_choices() -> list[tuple[str, str]]:
    return [(slug, category_label(slug)) for slug in CATEGORIES]


def match_status_choices() -> list[tuple[str, str]]:
    return [
        (status, choice_label(status))
        for status in ("suggested", "requested", "approved", "rejected", "connected", "declined")
    ]


def choice_label(value) -> str:
    key = getattr(value, "value", value)
    return str(CHOICE_LABELS.get(key, key))


def origin_label(value) -> str:
    """How a match came about: ``value`` is a match (then a request names the side that asked) or an origin."""
    origin = getattr(value, "origin", value)
    key = getattr(origin, "value", origin)
    if key == "request":
        side = _requesting_side(value)
        if side is not None:
            return str(REQUESTER_LABELS[side])
    return str(ORIGIN_LABELS.get(key, key))


def _requesting_side(match) -> str | None:
    """Whose member asked for ``match``: "city", "company", or None when unknown."""
    requester = getattr(match, "requested_by", None)
    organization_id = getattr(requester, "organization_id", None)
    if organization_id is None:
        return None
    if organization_id == match.need.organization_id:
        return "city"
    if organization_id == match.technology.organization_id:
        return "company"
    return None


def match_event_label(event, short: bool = False) -> str:
    """One line of a match's history (an audit event), in the current language.

    A party's answer says who answered what ("City answered: interested"), followed by the
    new state when the answer moved the match on; any other event is its "from → to" states,
    or with ``short`` just the state it led to.
    """
    details = event.details or {}
    changed = bool(event.to_state) and event.to_state != event.from_state
    answer = ANSWER_LABELS.get((details.get("side"), details.get("interested")))
    if event.action == "match.respond" and answer is not None:
        return f"{answer} → {choice_label(event.to_state)}" if changed else str(answer)
    if event.action.startswith(("match.stage", "match.verify")):  # stages have their own names
        after = stage_label(event.to_state)
        return after if short else f"{stage_label(event.from_state)} → {after}"
    if not event.to_state and not event.from_state:  # consent, publication, check-in answers
        return audit_action_label(event.action)
    after = choice_label(event.to_state) if event.to_state else "—"
    if short:
        return after
    before = choice_label(event.from_state) if event.from_state else "—"
    return f"{before} → {after}"


def stage_label(value) -> str:
    key = getattr(value, "value", value)
    return str(STAGE_LABELS.get(key, key or "—"))


def procurement_route_label(value) -> str:
    return str(PROCUREMENT_ROUTE_LABELS.get(value, value or "—"))


def reduction_kind_label(kind: str) -> str:
    return str(REDUCTION_KIND_LABELS.get(kind, kind))


def usd(value: float | None) -> str:
    """A converted amount, marked as approximate: "≈ US$1.4M" ("≈ 140万美元" in Chinese)."""
    if value is None:
        return "—"
    return "≈ " + money(value) if language() == "zh" else "≈ US" + money(value)


def signal_label(name: str) -> str:
    return str(SIGNAL_LABELS.get(name, name))


def audit_action_label(action: str) -> str:
    return str(AUDIT_ACTION_LABELS.get(action, action))


def record_type_label(target_type: str) -> str:
    return str(RECORD_TYPE_LABELS.get(target_type, target_type))


def money(value: float | None) -> str:
    """US dollars, short: "$1.5M" in English, "150万美元" in Chinese (万 and 亿, not M and B)."""
    if value is None:
        return "—"
    if language() == "zh":
        return _money_zh(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"${value / limit:,.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"${value:,.0f}"


def _money_zh(value: float) -> str:
    for limit, unit in ((1e8, "亿"), (1e4, "万")):
        if value >= limit:
            return f"{value / limit:,.2f}".rstrip("0").rstrip(".") + f"{unit}美元"
    return f"{value:,.0f}美元"


def tonnes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} t"


def country(code: str) -> str:
    """The country's name in the current language."""
    return country_name(code, language())


def country_pair(key: str) -> str:
    """A "US→CN" key of the insights (the company's country, then the city's) in words."""
    company, _arrow, city = key.partition("→")
    return f"{country(company)} → {country(city)}"


def region(code: str) -> str:
    """A served region's name in the current language: anywhere ("*"), a country or a subdivision."""
    return str(_l("anywhere")) if code == "*" else region_name(code, language())


def country_choices() -> list[tuple[str, str]]:
    """Every ISO country as (code, name in the reader's language): the platform's two sides first,
    then the rest in the order of their English names (an order that reads the same in both languages)."""
    return list(_country_choices(language()))


# Both lists depend only on the language (and the countries asked for): built per request they
# were a tenth of a directory page's CPU (issue 15). Callers get copies they may extend.
@lru_cache(maxsize=8)
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    rest = sorted(set(country_codes()) - set(PICKER_COUNTRIES), key=lambda code: country_name(code, "en"))
    return tuple((code, country_name(code, language)) for code in (*PICKER_COUNTRIES, *rest))


def region_groups(*countries: str | None) -> dict[str, list[tuple[str, str]]]:
    """The regions of ``countries`` (and always China's and the United States'), grouped by
    country for a <select>'s optgroups, each a (code, name in the reader's language)."""
    codes = tuple(dict.fromkeys(c.upper() for c in (*countries, *PICKER_COUNTRIES) if c))
    return {name: list(regions) for name, regions in _region_groups(codes, language())}


@lru_cache(maxsize=64)
def _region_groups(codes: tuple[str, ...], language: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    groups = []
    for code in codes:
        regions = [(region_code, region_name(region_code, language)) for region_code in subdivisions_of(code)]
        if regions:
            regions.sort(key=lambda pair: region_name(pair[0], "en"))
            groups.append((country_name(code, language), tuple(regions)))
    return tuple(groups)


def served_region_groups() -> dict[str, list[tuple[str, str]]]:
    """What a technology may serve: anywhere, any country, or a region of China or the US."""
    return {
        str(_l("Anywhere")): [("*", str(_l("anywhere")))],
        str(_l("Countries")): country_choices(),
        **region_groups(),
    }


def keep_choice(groups: dict[str, list[tuple[str, str]]], *values: str | None) -> dict[str, list[tuple[str, str]]]:
    """``groups`` plus any of ``values`` they lack, shown by code: what was typed or stored
    stays selected when the form is shown again (the service names it if it is wrong)."""
    known = {code for choices in groups.values() for code, _label in choices}
    missing = [(value, region(value)) for value in dict.fromkeys(values) if value and value not in known]
    return {**groups, str(_l("Other")): missing} if missing else groups


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        category=category_label,
        choice=choice_label,
        money=money,
        tonnes=tonnes,
        country=country,
        country_pair=country_pair,
        region=region,
        origin=origin_label,
        match_event=match_event_label,
        stage=stage_label,
        procurement_route=procurement_route_label,
        reduction_kind=reduction_kind_label,
        usd=usd,
        signal=signal_label,
        audit_action=audit_action_label,
        record_type=record_type_label,
    )
    app.jinja_env.globals.update(category_choices=category_choices, match_status_choices=match_status_choices)
    app.jinja_env.globals.update(country_choices=country_choices, region_groups=region_groups)
