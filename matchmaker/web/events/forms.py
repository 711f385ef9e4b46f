"""Event forms. They only render and collect; services.events validates and names wrong fields."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, Form, FormField, HiddenField, SelectField, StringField, TextAreaField

from ...labels import choice_label
from ...models import EventKind
from ...services.event_times import in_zone
from ..form_data import blank_to_none

LOCAL = {"type": "datetime-local"}


def _local_text(instant, zone: str) -> str:
    """An instant as the datetime-local input shows it: the event's wall clock, no offset."""
    local = in_zone(instant, zone)
    return local.strftime("%Y-%m-%dT%H:%M") if local is not None else ""


class SessionForm(Form):
    """One meeting block (a sub-form: the event form carries the CSRF token)."""

    id = HiddenField()
    starts_at = StringField(_l("Session starts"), render_kw=LOCAL)
    ends_at = StringField(_l("Session ends"), render_kw=LOCAL)
    tables = StringField(_l("Tables"), render_kw={"inputmode": "numeric"})
    location = StringField(_l("Place"), description=_l("Where, when the delegation moves between cities."))

    def to_data(self) -> dict:
        return {
            "id": blank_to_none(self.id.data),
            "starts_at": self.starts_at.data,
            "ends_at": self.ends_at.data,
            "tables": blank_to_none(self.tables.data),
            "location": self.location.data or "",
        }


class EventForm(FlaskForm):
    name = StringField(_l("Name (English)"))
    name_zh = StringField(_l("Name (Chinese)"))
    kind = SelectField(_l("Kind"), choices=[], validate_choice=False)
    description = TextAreaField(_l("Description (English)"))
    description_zh = TextAreaField(_l("Description (Chinese)"))
    city = StringField(_l("Host city"))
    venue = StringField(_l("Venue"))
    online_url = StringField(_l("Online link"), render_kw={"type": "url"})
    timezone = StringField(
        _l("Time zone"), description=_l("The event's IANA zone, e.g. Asia/Shanghai or America/Los_Angeles.")
    )
    starts_at = StringField(_l("Starts"), description=_l("Local time of the event's zone."), render_kw=LOCAL)
    ends_at = StringField(_l("Ends"), render_kw=LOCAL)
    meeting_minutes = StringField(_l("Meeting length (minutes)"), render_kw={"inputmode": "numeric"})
    registration_closes_at = StringField(_l("Registration closes"), render_kw=LOCAL)
    published = BooleanField(_l("Published (shown to everyone)"))
    sessions = FieldList(FormField(SessionForm), min_entries=3)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kind.choices = [(k.value, choice_label(k.value)) for k in EventKind]

    def to_data(self) -> dict:
        return {
            "name": self.name.data,
            "name_zh": self.name_zh.data or "",
            "kind": self.kind.data,
            "description": self.description.data or "",
            "description_zh": self.description_zh.data or "",
            "city": self.city.data or "",
            "venue": self.venue.data or "",
            "online_url": blank_to_none(self.online_url.data),
            "timezone": self.timezone.data,
            "starts_at": self.starts_at.data,
            "ends_at": self.ends_at.data,
            "meeting_minutes": blank_to_none(self.meeting_minutes.data),
            "registration_closes_at": blank_to_none(self.registration_closes_at.data),
            "published": bool(self.published.data),
            "sessions": [entry.form.to_data() for entry in self.sessions if not _blank(entry.form)],
        }

    def fill_from(self, event) -> None:
        for name in ("name", "name_zh", "description", "description_zh", "city", "venue", "online_url", "timezone"):
            getattr(self, name).data = getattr(event, name) or ""
        self.kind.data = event.kind.value
        for name in ("starts_at", "ends_at", "registration_closes_at"):
            getattr(self, name).data = _local_text(getattr(event, name), event.timezone)
        self.meeting_minutes.data = str(event.meeting_minutes)
        self.published.data = event.published
        while len(self.sessions.entries):
            self.sessions.pop_entry()
        for session in [*event.sessions, None, None]:
            entry = self.sessions.append_entry()
            if session is not None:
                entry.form.id.data = str(session.id)
                entry.form.starts_at.data = _local_text(session.starts_at, event.timezone)
                entry.form.ends_at.data = _local_text(session.ends_at, event.timezone)
                entry.form.tables.data = str(session.tables)
                entry.form.location.data = session.location

    def place_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Put "sessions.N.field" errors on the sub-form's field; return the others."""
        rest = {}
        shown = [entry.form for entry in self.sessions if not _blank(entry.form)]
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "sessions" and parts[1].isdigit() and int(parts[1]) < len(shown):
                field = getattr(shown[int(parts[1])], parts[2], None)
                if field is not None:
                    field.errors = [*list(field.errors or []), message]
                    continue
            rest[key] = message
        return rest


def _blank(session: SessionForm) -> bool:
    return not (session.starts_at.data or "").strip() and not (session.ends_at.data or "").strip()


class RegistrationForm(FlaskForm):
    delegates = TextAreaField(
        _l("Delegates"), description=_l("One a line: name | title, e.g. “Ada Li | CEO”."), render_kw={"rows": 4}
    )
    note = TextAreaField(_l("Note to the organisers"), render_kw={"rows": 2})

    def to_data(self) -> dict:
        delegates = []
        for line in (self.delegates.data or "").splitlines():
            if line.strip():
                name, _sep, title = line.partition("|")
                delegates.append({"name": name.strip(), "title": title.strip()})
        return {"delegates": delegates, "note": self.note.data or ""}

    def place_errors(self, errors: dict[str, str]) -> dict[str, str]:
        rest = {}
        for key, message in errors.items():
            if key.startswith("delegates"):
                position = key.split(".")[1] if key.count(".") == 2 else None
                text = str(_l("Line %(n)s: %(message)s", n=int(position) + 1, message=message)) if position else message
                self.delegates.errors = [*list(self.delegates.errors or []), text]
            elif key == "note":
                self.note.errors = [*list(self.note.errors or []), message]
            else:
                rest[key] = message
        return rest


class MeetingRequestForm(FlaskForm):
    with_organization_id = HiddenField()
    message = TextAreaField(
        _l("Message"), description=_l("Why meet? A reason makes a yes more likely."), render_kw={"rows": 2}
    )
