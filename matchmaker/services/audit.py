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
    """Add an audit event for ``action`` on ``target`` by ``actor``.

    ``target`` is a model instance, or a (type, id) pair for things without a row id
    (a setting is ("settings", None) with its key in the details).
    """
    if isinstance(target, tuple):
        target_type, target_id = target
    else:
        db.session.flush()  # the target needs its id
        target_type, target_id = type(target).__tablename__, target.id
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        action=action,
        target_type=target_type,
        target_id=target_id,
        from_state=from_state,
        to_state=to_state,
        note=note,
        details=details,
    )
    db.session.add(event)
    return event
