"""What scheduling adds to events: the table guard, calendar subscription tokens, reminders sent.

Kept apart from models/event.py (the events themselves) so the two halves of the events work
merge cleanly; nothing here has rules.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, utc_now
from .event import Event, EventMeeting
from .user import User

# No two meetings at one table in one slot, whoever schedules at the same time: the database
# refuses the second (unscheduled meetings have NULL times, and NULLs never collide).
Index(
    "uq_event_meetings_slot_table",
    EventMeeting.event_id,
    EventMeeting.starts_at,
    EventMeeting.table_number,
    unique=True,
)


class EventCalendarToken(db.Model):
    """A private calendar subscription URL of one user for one event; only its SHA-256 is kept."""

    __tablename__ = "event_calendar_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event] = relationship()
    user: Mapped[User] = relationship()


class EventMeetingNotice(db.Model):
    """A reminder or a follow-up question sent to one party of a meeting: at most once each.

    The unique key makes "once" hold even when two reminder runs overlap; a follow-up keeps
    the party's answer and the match it created or advanced.
    """

    __tablename__ = "event_meeting_notices"
    __table_args__ = (UniqueConstraint("meeting_id", "organization_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("event_meetings.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "reminder" | "follow_up"
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    answer: Mapped[bool | None]  # follow-ups: "shall we continue?"
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    match_id: Mapped[int | None] = mapped_column(ForeignKey("matches.id", ondelete="SET NULL"))

    meeting: Mapped[EventMeeting] = relationship()
