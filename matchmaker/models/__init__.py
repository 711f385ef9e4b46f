"""The data model: one module per entity, re-exported here."""

from sqlalchemy import event as sqlalchemy_event  # not "event": models/event.py is a submodule
from sqlalchemy.orm import Session

from .alert import Alert, AlertFrequency, AlertHit, AlertKind, FitNotice, ListingReminder
from .audit import AuditEvent
from .base import UTCDateTime, utc_now
from .event import Event, EventKind, EventMeeting, EventParticipant, EventSession, MeetingStatus, ParticipantStatus
from .event_schedule import EventCalendarToken, EventMeetingNotice
from .fund import FinancingMatch, Fund, FundTarget, Instrument
from .match import Match, MatchMessage, MatchOrigin, MatchStatus, Notification, Setting
from .need import BANKABILITY, PROCUREMENT_ROUTES, Funding, Need, NeedCategory, NeedGoal, NeedStatus, ProcurementStage
from .organization import Organization, OrganizationKind, name_key
from .outcome import CheckIn, MatchStage, Showcase, StageEntry
from .queue import MailStatus, OutgoingMail, ScheduledRun
from .team import Invitation, NeedPartner, PartnerStatus
from .technology import Technology, TechnologyCategory, TechnologyStatus
from .user import Credential, CredentialKind, Role, TeamRole, Throttle, User

__all__ = [
    "Alert",
    "AlertFrequency",
    "AlertHit",
    "AlertKind",
    "FitNotice",
    "ListingReminder",
    "AuditEvent",
    "Event",
    "EventCalendarToken",
    "EventKind",
    "EventMeetingNotice",
    "EventMeeting",
    "EventParticipant",
    "EventSession",
    "MeetingStatus",
    "ParticipantStatus",
    "BANKABILITY",
    "FinancingMatch",
    "Fund",
    "FundTarget",
    "CheckIn",
    "MatchStage",
    "Showcase",
    "StageEntry",
    "Funding",
    "Instrument",
    "MailStatus",
    "Match",
    "MatchMessage",
    "MatchOrigin",
    "MatchStatus",
    "Need",
    "NeedCategory",
    "NeedGoal",
    "NeedStatus",
    "Notification",
    "OutgoingMail",
    "PROCUREMENT_ROUTES",
    "ProcurementStage",
    "ScheduledRun",
    "Setting",
    "Technology",
    "TechnologyCategory",
    "TechnologyStatus",
    "Throttle",
    "Credential",
    "CredentialKind",
    "Organization",
    "OrganizationKind",
    "Role",
    "User",
    "UTCDateTime",
    "name_key",
    "Invitation",
    "NeedPartner",
    "PartnerStatus",
    "TeamRole",
    "utc_now",
]


class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit row."""


@sqlalchemy_event.listens_for(Session, "before_flush")
def _keep_audit_log_append_only(session: Session, _context, _instances) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEvent) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditLogIsAppendOnly("audit events cannot be changed or deleted")
