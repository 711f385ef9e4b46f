"""Export of technologies and needs as JSON Lines (the scoring contract's format) and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from ..extensions import db
from ..models import Need, Technology

TECHNOLOGY_COLUMNS = (
    "id",
    "company",
    "name",
    "categories",
    "description",
    "trl",
    "cost_usd",
    "regions",
    "co2e_reduction_t_per_year",
    "status",
    "certifications",
    "offers_financing",
    "offers_pilots",
)
NEED_COLUMNS = (
    "id",
    "city",
    "title",
    "categories",
    "description",
    "budget_usd",
    "min_trl",
    "region",
    "co2e_target_t_per_year",
    "co2e_baseline_t_per_year",
    "air_quality_baseline",
    "deadline",
    "status",
    "goal",
    "procurement_stage",
    "procurement_route",
    "funding",
    "open_to_foreign",
    "scale",
)


def technology_record(technology: Technology) -> dict:
    """A technology in the scoring contract's record format (plus state and profile extras)."""
    return {
        "id": f"t{technology.id}",
        "company": technology.organization.name,
        "name": technology.name,
        "categories": technology.categories,
        "description": technology.description,
        "trl": technology.trl,
        "cost_usd": list(technology.cost_usd) if technology.cost_usd else None,
        "regions": technology.regions,
        "co2e_reduction_t_per_year": technology.co2e_reduction_t_per_year,
        "status": technology.status.value,
        "certifications": technology.certifications,
        "offers_financing": technology.offers_financing,
        "offers_pilots": technology.offers_pilots,
    }


def need_record(need: Need) -> dict:
    """A need in the scoring contract's record format (plus state and framing extras)."""
    return {
        "id": f"n{need.id}",
        "city": need.organization.name,
        "title": need.title,
        "categories": need.categories,
        "description": need.description,
        "budget_usd": need.budget_usd,
        "min_trl": need.min_trl,
        "region": need.region,
        "co2e_target_t_per_year": need.co2e_target_t_per_year,
        "co2e_baseline_t_per_year": need.co2e_baseline_t_per_year,
        "air_quality_baseline": need.air_quality_baseline,
        "deadline": need.deadline.isoformat() if need.deadline else None,
        "status": need.status.value,
        "goal": need.goal.value,
        "procurement_stage": need.procurement_stage.value,
        "procurement_route": need.procurement_route,
        "funding": need.funding.value,
        "open_to_foreign": need.open_to_foreign,
        "scale": need.scale,
    }


KINDS = {
    "technologies": (Technology, technology_record, TECHNOLOGY_COLUMNS),
    "needs": (Need, need_record, NEED_COLUMNS),
}


def records(kind: str, batch: int = 1000) -> Iterator[dict]:
    """Every record of ``kind`` ('technologies' or 'needs'), in id order, streamed in batches."""
    model, to_record, _columns = KINDS[kind]
    statement = db.select(model).order_by(model.id).execution_options(yield_per=batch)
    for row in db.session.execute(statement).scalars():
        yield to_record(row)


def as_jsonl(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def as_csv(kind: str, rows: Iterable[dict]) -> Iterator[str]:
    """CSV with a header; list values joined with '; ', so a spreadsheet opens it as is."""
    columns = KINDS[kind][2]
    return csv_lines(columns, ([row.get(key) for key in columns] for row in rows))


def csv_lines(header: Iterable[str], rows: Iterable[Iterable]) -> Iterator[str]:
    """CSV text, a line at a time; every cell made safe for spreadsheets (``spreadsheet_cell``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([spreadsheet_cell(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


# Excel reads a CSV file as the machine's legacy code page unless it starts with a UTF-8 BOM.
BYTE_ORDER_MARK = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def for_excel(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` preceded by the BOM, so Excel opens Chinese text correctly."""
    yield BYTE_ORDER_MARK
    yield from lines


def spreadsheet_cell(value) -> str:
    if value is None:
        return ""
    text = "; ".join(str(item) for item in value) if isinstance(value, list) else str(value)
    # Keep spreadsheets from running a cell as a formula (CSV injection, OWASP's list of triggers).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
