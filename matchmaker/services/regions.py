"""ISO 3166 countries and subdivisions, from the offline pycountry data."""

from __future__ import annotations

import gettext
from functools import cache, lru_cache

import pycountry


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


def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` ('en' or 'zh'), from pycountry's own catalogues."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return _country_translations(language).gettext(country.name)
