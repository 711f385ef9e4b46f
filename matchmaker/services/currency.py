"""Currencies: ISO 4217 codes (pycountry) and conversion to US dollars at the repository's
dated rate table (matchmaker/data/usd_rates.csv, its source and date in its header)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import pycountry

RATES_FILE = Path(__file__).resolve().parent.parent / "data" / "usd_rates.csv"


@dataclass(frozen=True)
class RateTable:
    date: str
    source: str
    per_eur: dict[str, float]

    def to_usd(self, amount: float | None, currency: str | None) -> float | None:
        """``amount`` of ``currency`` in US dollars; None when the table has no rate for it."""
        if amount is None or currency not in self.per_eur:
            return None
        if currency == "USD":  # no round trip through the euro: dollars stay exact
            return amount
        return amount / self.per_eur[currency] * self.per_eur["USD"]


@functools.cache
def rates() -> RateTable:
    header: dict[str, str] = {}
    rows: list[str] = []
    for line in RATES_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and key.strip() in {"date", "source"}:
                header[key.strip()] = value.strip()
        elif line.strip():
            rows.append(line)
    per_eur = {row["currency"]: float(row["per_eur"]) for row in csv.DictReader(rows)}
    return RateTable(header["date"], header["source"], per_eur)


def is_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code (upper case, as stored)."""
    return len(code) == 3 and code.isascii() and code.isupper() and pycountry.currencies.get(alpha_3=code) is not None


def to_usd(amount: float | None, currency: str | None) -> float | None:
    return rates().to_usd(amount, currency)
