"""The one way a row changes state: matches and financing matches (services/matches.py),
event registrations and meetings (services/events.py).

A move is a row of a transition table (:class:`Move`). :func:`advance` makes it with a
conditional UPDATE that names the states it may leave, so when two people act at once exactly
one wins and the other gets a Conflict naming the state it found (no lost update, no double
notice); :func:`record` writes its audit row. :func:`move` is both, for callers whose notices
follow on their own. Who may move what is asked of the rule book (:mod:`.policy`) first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, update

from ..extensions import db
from ..models import User
from . import audit
from .errors import Conflict


@dataclass(frozen=True)
class Move:
    """One move of a state machine: from ``sources`` to ``target``."""

    sources: frozenset
    target: Any
    audit_action: str
    tell: str | None = None  # who hears of the move (the caller's to say: "admins", "parties", ...)
    notice: str | None = None  # the notification kind they get
    refused: Any = _l("This cannot be changed now (it is %(status)s).")
    column: str = "status"  # the column moved: "status", or a match's "stage" after connection
    sets: tuple[tuple[str, Any], ...] = ()  # further columns the move sets (where the table has them)


def advance(
    row: Any, rule: Move, values: dict[str, Any] | None = None, only_if: Iterable[ColumnElement[bool]] = ()
) -> Any:
    """Move ``row`` by ``rule`` if it is still in one of its sources (and ``only_if``), storing
    ``values`` in the same UPDATE; return the state it left. Conflict when someone was first."""
    model = type(row)
    column = getattr(model, rule.column)
    before = getattr(row, rule.column)
    sets = {name: value for name, value in rule.sets if name in model.__table__.c}
    result = db.session.execute(
        update(model)
        .where(model.id == row.id, column.in_(rule.sources), *only_if)
        .values({rule.column: rule.target, **sets, **(values or {})})
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(row)
    if result.rowcount != 1:
        found = getattr(row, rule.column)
        raise Conflict(str(rule.refused) % {"status": (found or row.status).value})
    return before


def record(actor: User | None, rule: Move, row: Any, before: Any, *, action: str | None = None, **details: Any) -> None:
    """The move's audit row: who, which move (``action`` overrides the rule's), from and to."""
    audit.record(
        actor,
        action or rule.audit_action,
        row,
        from_state=getattr(before, "value", before),
        to_state=rule.target.value,
        **details,
    )


def move(actor: User | None, row: Any, rule: Move, values: dict[str, Any] | None = None, **details: Any) -> Any:
    """:func:`advance` then :func:`record`; return the state left."""
    before = advance(row, rule, values)
    record(actor, rule, row, before, **details)
    return before
