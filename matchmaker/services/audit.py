"""Writing to the append-only audit log."""

from __future__ import annotations

from typing import Any

from ..extensions import db
from ..models import AuditEvent, User


def record(
    actor: User | None,
    action: str,
    target: Any,
    *,
    from_state: str | None = None,
    to_state: str | None = None,
    note: str | None = None,
    **details: Any,
) -> AuditEvent:
    """Add an audit event for ``action`` on ``target`` (a model instance) by ``actor``."""
    db.session.flush()  # the target needs its id
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        action=action,
        target_type=type(target).__tablename__,
        target_id=target.id,
        from_state=from_state,
        to_state=to_state,
        note=note,
        details=details,
    )
    db.session.add(event)
    return event
