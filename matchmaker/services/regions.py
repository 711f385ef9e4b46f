"""ISO 3166 countries and subdivisions, from the offline pycountry data."""

from __future__ import annotations

import gettext
from functools import cache, lru_cache

import pycountry

# What the OpenAPI document says of region codes (the codes themselves are checked against pycountry).
SUBDIVISION_PATTERN = r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"
SERVED_REGION_PATTERN = r"^(?:\*|[A-Za-z]{2}|[A-Za-z]{2}-[A-Za-z0-9]{1,3})$"


def country_list() -> list[str]:
    """The ISO 3166-1 alpha-2 codes, sorted (an enum in the OpenAPI document)."""
    return sorted(country_codes())


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=1)
def subdivision_codes() -> frozenset[str]:
    return frozenset(s.code for s in pycountry.subdivisions)


def is_country(code: str) -> bool:
    return code in country_codes()


def is_subdivision(code: str) -> bool:
    return code in subdivision_codes()


def region_in_country(region: str, country: str) -> bool:
    """Whether an ISO 3166-2 code such as ``CN-GD`` lies in the country ``CN``."""
    return is_subdivision(region) and region.split("-", 1)[0] == country


@cache
@lru_cache(maxsize=4)
def _country_translations(language: str) -> gettext.NullTranslations:
    if language == "zh":
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    return gettext.NullTranslations()


@lru_cache(maxsize=4)
def _subdivision_translations(language: str) -> gettext.NullTranslations:
    if language == "zh":
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    return gettext.NullTranslations()


def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` ('en' or 'zh'), from pycountry's own catalogues."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return _country_translations(language).gettext(country.name)


def region_name(code: str, language: str = "en") -> str:
    """A country (``CN``) or subdivision (``CN-GD``) code's name in ``language``; unknown codes as given."""
    if not code or "-" not in code:
        return country_name(code, language)
    subdivision = pycountry.subdivisions.get(code=code)
    if subdivision is None:
        return code
    return _subdivision_translations(language).gettext(subdivision.name)


# The platform's two sides: the pickers always list these countries' regions.
PICKER_COUNTRIES = ("CN", "US")


@lru_cache(maxsize=64)
def subdivisions_of(country: str) -> tuple[str, ...]:
    """The ISO 3166-2 codes of ``country`` (``CN`` -> ``CN-AH``, ``CN-BJ``…), sorted."""
    return tuple(sorted(s.code for s in pycountry.subdivisions.get(country_code=country) or ()))
