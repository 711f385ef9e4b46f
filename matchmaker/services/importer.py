"""Bulk import of technologies and needs from JSON Lines in the scoring contract's format.

A file is checked completely before anything of it is stored: one bad line (malformed JSON,
a wrong field) rejects the whole file with its name, line number and field. Each company or
city name becomes one verified organisation (reused when it exists). Re-importing a record
with the same id for the same organisation updates it instead of adding a copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extensions import db
from ..models import (
    Need,
    NeedStatus,
    Organization,
    OrganizationKind,
    Technology,
    TechnologyStatus,
    User,
    utc_now,
)
from . import audit, changes, needs, search, technologies
from .errors import ValidationError
from .needs import clean_need
from .technologies import clean_technology

BATCH = 1000


class ImportFailure(Exception):
    """A file could not be imported; the message names file, line and field."""

    def __init__(self, path: str, line: int, field: str | None, message: str) -> None:
        where = f"{path}:{line}" + (f": field '{field}'" if field else "")
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.field = path, line, field


@dataclass(frozen=True)
class Parsed:
    line: int
    external_id: str
    owner: str
    values: dict[str, Any]
    extra: dict[str, Any]


def read_jsonl(path: str | Path) -> Iterable[tuple[int, str]]:
    """(line number, text) of each non-blank line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def parse_file(path: str | Path, kind: str, progress: Callable[[int], None] = lambda n: None) -> list[Parsed]:
    """Check every line of a technologies or needs file; raise ImportFailure at the first bad one."""
    owner_field = "company" if kind == "technologies" else "city"
    seen: set[str] = set()
    parsed = []
    for number, line in read_jsonl(path):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ImportFailure(str(path), number, None, f"malformed JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise ImportFailure(str(path), number, None, "each line must be a JSON object")
        parsed.append(_parse_record(str(path), number, record, kind, owner_field, seen))
        progress(1)
    return parsed


def _parse_record(path: str, number: int, record: dict, kind: str, owner_field: str, seen: set[str]) -> Parsed:
    for field in ("id", owner_field):
        value = record.get(field)
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            raise ImportFailure(path, number, field, "must be a non-empty string of at most 200 characters")
    if record["id"] in seen:
        raise ImportFailure(path, number, "id", f"'{record['id'][:100]}' appears twice in the file")
    seen.add(record["id"])
    try:
        if kind == "technologies":
            values = clean_technology({**record, "status": TechnologyStatus.PUBLISHED.value})
        else:
            values = clean_need({**record, "status": NeedStatus.OPEN.value}, past_deadline_ok=True)
    except ValidationError as error:
        field, message = next(iter(error.fields.items()), (None, error.message))
        raise ImportFailure(path, number, field, message) from None
    extra = {key: record.get(key) for key in ("country", "region") if isinstance(record.get(key), str)}
    return Parsed(number, record["id"].strip()[:100], record[owner_field].strip()[:200], values, extra)


def import_records(
    actor: User | None, kind: str, parsed: list[Parsed], progress: Callable[[int], None] = lambda n: None
) -> dict[str, int]:
    """Store checked records; return counts of organisations and records created and updated."""
    org_kind = OrganizationKind.COMPANY if kind == "technologies" else OrganizationKind.CITY
    model = Technology if kind == "technologies" else Need
    organizations = _organizations_by_name(org_kind)
    # Records are found again by (owner name, external id): a new organisation has no id
    # until the batch is flushed, and flushing each one alone would cost a round trip apiece.
    existing = {
        (name.casefold(), row.external_id): row
        for row, name in db.session.execute(
            db.select(model, Organization.name)
            .join(Organization, Organization.id == model.organization_id)
            .where(model.external_id.is_not(None))
        )
    }
    counts = {"organizations": 0, "created": 0, "updated": 0}
    pending_index: list[Any] = []
    for start in range(0, len(parsed), BATCH):
        for item in parsed[start : start + BATCH]:
            organization = organizations.get(item.owner.casefold())
            if organization is None:
                organization = _new_organization(org_kind, item)
                organizations[item.owner.casefold()] = organization
                counts["organizations"] += 1
            key = (item.owner.casefold(), item.external_id)
            row = existing.get(key)
            if row is None:
                row = model(organization=organization, external_id=item.external_id)
                db.session.add(row)
                existing[key] = row
                counts["created"] += 1
            else:
                row.version += 1
                counts["updated"] += 1
            _apply(row, item.values, kind)
            pending_index.append(row)
        db.session.flush()
        _index(pending_index, kind)
        pending_index.clear()
        progress(min(BATCH, len(parsed) - start))
    summary = db.session.get(Organization, next(iter(organizations.values())).id) if organizations else None
    if summary is not None:
        audit.record(actor, f"import.{kind}", summary, **counts)
    changes.everything_changed()  # one full refresh after the commit covers every imported record
    return counts


def _organizations_by_name(kind: OrganizationKind) -> dict[str, Organization]:
    rows = db.session.execute(db.select(Organization).where(Organization.kind == kind)).scalars()
    return {row.name.casefold(): row for row in rows}


def _new_organization(kind: OrganizationKind, item: Parsed) -> Organization:
    """A verified organisation for an imported company or city name."""
    region = item.values.get("region") or item.extra.get("region") or _first_subdivision(item.values.get("regions", []))
    country = (item.extra.get("country") or (region or "").split("-")[0] or "").upper()[:2]
    organization = Organization(
        kind=kind,
        name=item.owner,
        country=country,
        region=(region or "")[:8],
        contact_email="",
        verified=True,
        verified_at=utc_now(),
    )
    db.session.add(organization)  # inserted with the batch's flush
    return organization


def _first_subdivision(regions: list[str]) -> str | None:
    return next((code for code in regions if "-" in code), None) or next((c for c in regions if c != "*"), None)


def _apply(row: Any, values: dict[str, Any], kind: str) -> None:
    if kind == "technologies":
        technologies.apply_values(row, values)
    else:
        needs.apply_values(row, {**values, "region": values.get("region") or row.organization.region or "ZZ"})


def _index(rows: list[Any], kind: str) -> None:
    """Search documents for a batch of rows, written in one statement."""
    document_kind = "technology" if kind == "technologies" else "need"
    search_text = technologies.search_text if kind == "technologies" else needs.search_text
    ids = [row.id for row in rows]
    db.session.execute(
        search.documents.delete().where(search.documents.c.kind == document_kind, search.documents.c.record_id.in_(ids))
    )
    db.session.execute(
        search.documents.insert(),
        [{"kind": document_kind, "record_id": row.id, "body": search.normalise(search_text(row))} for row in rows],
    )
