"""Turning models into the API's JSON objects (one function per kind of record)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..models import Organization, User


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
        "verified": org.verified,
        "verified_at": timestamp(org.verified_at),
        "created_at": timestamp(org.created_at),
    }
