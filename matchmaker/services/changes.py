"""What changed in this transaction that matching must follow.

Services record a change here, on the database session, as the mail outbox does; after the
commit, matching's hook (``matching.init_app``) takes the set and refreshes the suggestions.
A rolled-back change is dropped with its transaction. Services never call matching
themselves, so a change from a page, the API or a CLI command takes the same path.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from ..database import savepoint_event
from ..extensions import db
from . import settings

PENDING = "matchmaker_matching_changes"
EVERYTHING = ("all", None)


def technology_changed(technology_id: int) -> None:
    """A technology changed (an edit, a publication, an archive): the needs it can affect."""
    settings.touch_catalog()  # every process's warm index sees the new catalogue
    _record(("technology", technology_id))


def everything_changed() -> None:
    """Any number of records changed (an import, a company's verification, a deletion, new
    weights): every need is refreshed."""
    settings.touch_catalog()
    _record(EVERYTHING)


def need_changed(need_id: int) -> None:
    _record(("need", need_id))


def _record(change: tuple[str, int | None]) -> None:
    db.session().info.setdefault(PENDING, set()).add(change)


def take(session: Session) -> set[tuple[str, int | None]]:
    """The changes of the transaction that just committed (and forget them)."""
    return session.info.pop(PENDING, set())


@event.listens_for(Session, "after_rollback")
def _drop_changes(session: Session) -> None:
    if savepoint_event(session):
        return
    session.info.pop(PENDING, None)
