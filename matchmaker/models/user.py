"""User accounts and the credentials (browser sessions, API tokens) issued to them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utc_now

if TYPE_CHECKING:
    from .organization import Organization


class Role(enum.StrEnum):
    COMPANY = "company"
    CITY = "city"
    ADMIN = "admin"
    INVESTOR = "investor"  # a fund manager, green or development bank, corporate venture arm


class TeamRole(enum.StrEnum):
    """A member's place in their organisation's team: owners manage the team."""

    OWNER = "owner"
    MEMBER = "member"


class User(UserMixin, db.Model):
    """A person who signs in. Companies, cities and investors belong to one organisation; admins to none."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased by the accounts service, so the unique index is case-insensitive.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    # The user who signs an organisation up (sign-up, demo, import) is its first owner, hence
    # the default; an invited colleague gets the role the owner chose (services.teams).
    team_role: Mapped[TeamRole] = mapped_column(enum_column(TeamRole), default=TeamRole.OWNER)
    locale: Mapped[str | None] = mapped_column(String(8))
    # The IANA zone the user reads times in ("America/Los_Angeles"); None: the site's default.
    timezone: Mapped[str | None] = mapped_column(String(64))
    # Mail kinds switched on or off ({"alerts": false}); a kind not named is on.
    mail_preferences: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organization: Mapped[Organization | None] = relationship(back_populates="members", foreign_keys=[organization_id])

    # Flask-Login stores the id of the server-side session, not of the user, in the
    # cookie: revoking that session row logs the cookie out (see services.credentials).
    current_session_id = None  # set per request; not a column

    def get_id(self) -> str | None:
        return self.current_session_id

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role.value} {self.email}>"


class CredentialKind(enum.StrEnum):
    SESSION = "session"
    API_TOKEN = "api"
    PASSWORD_RESET = "password_reset"  # a one-time link sent by mail
    EMAIL_CHANGE = "email_change"  # a one-time link sent to the new address (``detail``)


class Credential(db.Model):
    """A browser session, an API token or a one-time link's token. Only a hash of the secret is stored."""

    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CredentialKind] = mapped_column(enum_column(CredentialKind))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What a one-time link will do beyond naming its user: an e-mail change's new address.
    detail: Mapped[str | None] = mapped_column(String(254))

    user: Mapped[User] = relationship()


class Throttle(db.Model):
    """Attempts counted under one key (see services.throttle): a log-in or sign-up limit."""

    __tablename__ = "throttles"
    __table_args__ = (UniqueConstraint("scope", "subject", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(254), default="")  # an e-mail address or ""
    address: Mapped[str] = mapped_column(String(64), default="")  # a client address or ""
    attempts: Mapped[int] = mapped_column(default=0)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
