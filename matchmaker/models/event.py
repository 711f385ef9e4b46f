"""Events (trade missions, summits, forums), their meeting sessions, participants and meetings.

Every instant is stored in UTC (``UTCDateTime``); the event's IANA ``timezone`` is only for
reading and writing local times (services/event_times.py).
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .organization import Organization
    from .user import User


class EventKind(enum.StrEnum):
    TRADE_MISSION = "trade_mission"
    SUMMIT = "summit"
    FORUM = "forum"
    SITE_VISIT = "site_visit"
    WEBINAR = "webinar"


class ParticipantStatus(enum.StrEnum):
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class MeetingStatus(enum.StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class Event(db.Model):
    """An event run by the admins (the organisers); public once published."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind))
    description: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    online_url: Mapped[str | None] = mapped_column(String(300))
    timezone: Mapped[str] = mapped_column(String(64))  # IANA zone, e.g. "Asia/Shanghai"
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    meeting_minutes: Mapped[int] = mapped_column(default=20)
    registration_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published: Mapped[bool] = mapped_column(default=False, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventSession.starts_at"
    )
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventParticipant.id"
    )

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.kind.value} {self.name!r}>"


class EventSession(db.Model):
    """A block of one-to-one meetings: ``tables`` tables, slots of the event's meeting length."""

    __tablename__ = "event_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tables: Mapped[int] = mapped_column(default=1)
    # Where the session happens when a delegation moves between cities ("Dongguan").
    location: Mapped[str] = mapped_column(String(300), default="")

    event: Mapped[Event] = relationship(back_populates="sessions")


class EventParticipant(db.Model):
    """An organisation registered for an event with its delegates; the organiser confirms it."""

    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    status: Mapped[ParticipantStatus] = mapped_column(
        enum_column(ParticipantStatus), default=ParticipantStatus.REGISTERED
    )
    delegates: Mapped[list[dict]] = mapped_column(JSON, default=list)  # [{"name", "title"}]
    note: Mapped[str] = mapped_column(Text, default="")
    # Slot start instants (UTC ISO, "2027-04-12T06:00:00Z") the organisation cannot meet in.
    unavailable_slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    event: Mapped[Event] = relationship(back_populates="participants")
    organization: Mapped[Organization] = relationship()


class EventMeeting(db.Model):
    """A one-to-one meeting one participant asked another for; scheduled into a slot and a table."""

    __tablename__ = "event_meetings"
    # One open meeting per pair of organisations and event, whichever asked: ``pair_key`` is
    # "low-high" of the two ids while the meeting is requested or accepted, NULL once declined
    # or cancelled (NULLs never collide), so two requests at once cannot both insert.
    __table_args__ = (UniqueConstraint("event_id", "pair_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    requester_organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    invitee_organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    message: Mapped[str] = mapped_column(Text, default="")
    pair_key: Mapped[str | None] = mapped_column(String(24))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.REQUESTED, index=True
    )
    score: Mapped[float | None]  # the engine's fit of the two organisations; weights scheduling
    session_id: Mapped[int | None] = mapped_column(ForeignKey("event_sessions.id", ondelete="SET NULL"), index=True)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    table_number: Mapped[int | None]
    attended: Mapped[bool | None]  # checked in (True) or a no-show (False); None: not recorded
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    event: Mapped[Event] = relationship()
    session: Mapped[EventSession | None] = relationship()
    requester: Mapped[Organization] = relationship(foreign_keys=[requester_organization_id])
    invitee: Mapped[Organization] = relationship(foreign_keys=[invitee_organization_id])
    requested_by: Mapped[User | None] = relationship(foreign_keys=[requested_by_id])

    def other_party_id(self, organization_id: int) -> int:
        if organization_id == self.requester_organization_id:
            return self.invitee_organization_id
        return self.requester_organization_id

    def __repr__(self) -> str:
        pair = f"{self.requester_organization_id}->{self.invitee_organization_id}"
        return f"<EventMeeting {self.id} {pair} {self.status.value}>"
