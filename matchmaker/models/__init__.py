"""The data model: one module per entity, re-exported here."""

from sqlalchemy import event
from sqlalchemy.orm import Session

from .audit import AuditEvent
from .base import UTCDateTime, utc_now
from .match import Match, MatchMessage, MatchOrigin, MatchStatus, Notification, Setting
from .need import Funding, Need, NeedCategory, NeedGoal, NeedStatus, ProcurementStage
from .organization import Organization, OrganizationKind, name_key
from .outcome import CheckIn, MatchStage, Showcase, StageEntry
from .queue import MailStatus, OutgoingMail, ScheduledRun
from .technology import Technology, TechnologyCategory, TechnologyStatus
from .user import Credential, CredentialKind, Role, Throttle, User

__all__ = [
    "AuditEvent",
    "CheckIn",
    "MatchStage",
    "Showcase",
    "StageEntry",
    "Funding",
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
    "utc_now",
]


class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit row."""


@event.listens_for(Session, "before_flush")
def _keep_audit_log_append_only(session: Session, _context, _instances) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEvent) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditLogIsAppendOnly("audit events cannot be changed or deleted")
