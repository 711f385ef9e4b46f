"""Labels shown to people for the codes stored in records, in the current language."""

from __future__ import annotations

from flask import Flask
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from .scoring import CATEGORIES
from .services.regions import country_name

CHOICE_LABELS = {
    "draft": _l("Draft"),
    "published": _l("Published"),
    "archived": _l("Archived"),
    "open": _l("Open"),
    "closed": _l("Closed"),
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


def money(value: float | None) -> str:
    if value is None:
        return "—"
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"${value / limit:,.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"${value:,.0f}"


def tonnes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} t"


def country(code: str) -> str:
    """The country's name in the current language."""
    return country_name(code, language())


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        category=category_label, choice=choice_label, money=money, tonnes=tonnes, country=country
    )
    app.jinja_env.globals.update(category_choices=category_choices, match_status_choices=match_status_choices)
