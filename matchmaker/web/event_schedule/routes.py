"""Views of the event schedule; each one service call, then the commit."""

from __future__ import annotations

from collections import defaultdict

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import pgettext
from flask_login import current_user, login_required

from ...extensions import db
from ...models import Event
from ...services import event_agenda, event_schedule, event_times, events
from ...services.errors import Conflict, ValidationError
from ...services.exports import BYTE_ORDER_MARK, CSV_CONTENT_TYPE, csv_lines
from ..guards import viewer
from . import bp


def _organiser_event(event_id: int, lock: bool = False):
    return event_schedule.get_event_for_organiser(viewer(), event_id, lock=lock)


@bp.get("/events/<int:event_id>/grid")
@login_required
def grid(event_id: int):
    event = _organiser_event(event_id)
    meetings = event_schedule.accepted_meetings(event)
    cells = {(m.starts_at, m.table_number): m for m in meetings if m.starts_at is not None}
    sessions = defaultdict(list)
    for slot in event_schedule.event_slots(event):
        sessions[slot.session].append(slot)
    return render_template(
        "event_schedule/grid.html", event=event, sessions=sessions, cells=cells,
        unscheduled=[m for m in meetings if m.starts_at is None],
    )


@bp.post("/events/<int:event_id>/grid/schedule")
@login_required
def schedule_all(event_id: int):
    outcome = event_schedule.schedule_event(viewer(), event_id)
    db.session.commit()
    flash(_("%(count)d meetings scheduled; %(left)d still without a time.", count=outcome.scheduled,
            left=len(outcome.unscheduled)), "success")
    return redirect(url_for(".grid", event_id=event_id))


@bp.post("/events/<int:event_id>/grid/meetings/<int:meeting_id>/move")
@login_required
def move(event_id: int, meeting_id: int):
    try:
        event_schedule.move_meeting(viewer(), event_id, meeting_id, request.form.to_dict())
    except (ValidationError, Conflict) as error:
        db.session.rollback()
        fields = getattr(error, "fields", {})
        labels = {"starts_at": pgettext("event schedule", "Slot"), "table": pgettext("event schedule", "Table")}
        for field, message in fields.items() or [("meeting", error.message)]:
            flash(f"{labels.get(field, pgettext('event schedule', 'Meeting'))}: {message}", "danger")
        return redirect(url_for(".grid", event_id=event_id))
    db.session.commit()
    flash(_("Meeting moved."), "success")
    return redirect(url_for(".grid", event_id=event_id))


@bp.post("/events/<int:event_id>/grid/meetings/<int:meeting_id>/unschedule")
@login_required
def unschedule(event_id: int, meeting_id: int):
    event_schedule.unschedule_meeting(viewer(), event_id, meeting_id)
    db.session.commit()
    flash(_("Meeting taken off the grid."), "success")
    return redirect(url_for(".grid", event_id=event_id))


@bp.get("/events/<int:event_id>/schedule.csv")
@login_required
def schedule_csv(event_id: int):
    event = _organiser_event(event_id)
    header = ["meeting_id", "session", "starts_at", "starts_at_utc", "ends_at", "table", "requester", "invitee",
              "score"]
    rows = (
        [m.id, m.session.location if m.session else "", event_times.iso_local(m.starts_at, event.timezone),
         event_times.iso_utc(m.starts_at), event_times.iso_local(m.ends_at, event.timezone), m.table_number,
         m.requester.name, m.invitee.name, m.score]
        for m in event_schedule.accepted_meetings(event)
    )
    body = BYTE_ORDER_MARK + "".join(csv_lines(header, rows))
    return Response(body, content_type=CSV_CONTENT_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="schedule-event-{event.id}.csv"'})


@bp.get("/events/<int:event_id>/tables")
@login_required
def tables(event_id: int):
    """A printable page per table: its meetings in time order."""
    event = _organiser_event(event_id)
    by_table = defaultdict(list)
    for meeting in event_schedule.accepted_meetings(event):
        if meeting.table_number is not None:
            by_table[meeting.table_number].append(meeting)
    return render_template("event_schedule/tables.html", event=event, by_table=dict(sorted(by_table.items())))


@bp.route("/events/<int:event_id>/availability", methods=["GET", "POST"])
@login_required
def availability(event_id: int):
    event = db.session.get(Event, event_id) or abort(404)
    participant = events.own_participant(viewer(), event)
    errors = {}
    if request.method == "POST":
        try:
            event_schedule.set_unavailable_slots(viewer(), event_id, request.form.getlist("unavailable_slots"))
            db.session.commit()
            flash(_("Your availability is saved."), "success")
            return redirect(url_for(".availability", event_id=event_id))
        except ValidationError as error:
            db.session.rollback()
            errors = error.fields
    elif participant is None:
        event_schedule.set_unavailable_slots(viewer(), event_id, [])  # raises the clear 403
    chosen = set(participant.unavailable_slots or ()) if participant else set()
    return render_template("event_schedule/availability.html", event=event, slots=event_schedule.event_slots(event),
                           chosen=chosen, errors=errors)


@bp.get("/events/<int:event_id>/agenda")
@login_required
def agenda(event_id: int):
    agenda_ = event_agenda.agenda(viewer(), event_id)
    own_zone = event_agenda.user_zone(current_user, agenda_.event)
    subscription = event_agenda.subscription(current_user, agenda_.event)
    new_token = request.args.get("token") if subscription else None
    return render_template(
        "event_schedule/agenda.html", agenda=agenda_, event=agenda_.event, own_zone=own_zone,
        subscription=subscription, new_token=new_token,
    )


@bp.post("/events/<int:event_id>/agenda/timezone")
@login_required
def set_timezone(event_id: int):
    """The reader's own time zone (users.timezone): the small form on the agenda."""
    name = (request.form.get("timezone") or "").strip()
    if name and event_times.zone(name) is None:
        flash(_("Time zone: enter an IANA time zone such as Asia/Shanghai or America/Los_Angeles."), "danger")
    else:
        current_user.timezone = name or None
        db.session.commit()
        flash(_("Your time zone is saved."), "success")
    return redirect(url_for(".agenda", event_id=event_id))


@bp.post("/events/<int:event_id>/calendar")
@login_required
def create_subscription(event_id: int):
    token = event_agenda.create_subscription(viewer(), event_id)
    db.session.commit()
    return redirect(url_for(".agenda", event_id=event_id, token=token))


@bp.post("/events/<int:event_id>/calendar/revoke")
@login_required
def revoke_subscription(event_id: int):
    event_agenda.revoke_subscription(viewer(), event_id)
    db.session.commit()
    flash(_("The calendar link is revoked: calendars subscribed to it stop updating."), "success")
    return redirect(url_for(".agenda", event_id=event_id))


@bp.get("/events/<int:event_id>/calendar/<token>.ics")
def subscribed_calendar(event_id: int, token: str):
    body, event = event_agenda.subscribed_ics(event_id, token)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": f'inline; filename="{event_agenda.ics_filename(event)}"',
        "Cache-Control": "private, no-store",
    })


@bp.route("/events/<int:event_id>/meetings/<int:meeting_id>/follow-up", methods=["GET", "POST"])
@login_required
def follow_up(event_id: int, meeting_id: int):
    if request.method == "POST":
        notice = event_agenda.answer_follow_up(viewer(), event_id, meeting_id,
                                               {"continue": request.form.get("continue")})
        db.session.commit()
        flash(_("Thank you: we asked for an introduction.") if notice.match_id else _("Thank you for answering."),
              "success")
        return redirect(url_for(".follow_up", event_id=event_id, meeting_id=meeting_id))
    notice = event_agenda.follow_up(viewer(), event_id, meeting_id)
    other = notice.meeting.other_party_id(current_user.organization_id)
    other_name = notice.meeting.invitee.name if other == notice.meeting.invitee_organization_id \
        else notice.meeting.requester.name
    return render_template("event_schedule/follow_up.html", notice=notice, other_name=other_name)
