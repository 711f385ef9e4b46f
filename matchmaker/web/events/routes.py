"""Event pages. Each view calls one service function and commits; the rules are services.events'."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...models import MeetingStatus
from ...services import events, exports, policy
from ...services.errors import DomainError, ValidationError
from ...services.event_times import zone
from ...services.records import page_number
from ..guards import viewer
from ..insights import csv_response
from . import bp
from .forms import EventForm, MeetingRequestForm, RegistrationForm


def _signed_in():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


@bp.before_request
def sign_in_for_everything_but_the_public_pages():
    if request.endpoint in ("events.event_list", "events.event_page"):
        return None
    return _signed_in()


def _reader_zone() -> str | None:
    """The zone the reader reads times in (their preference), if it is a known zone."""
    user = viewer()
    name = getattr(user, "timezone", None)
    return name if name and zone(name) is not None else None


# --- public -------------------------------------------------------------------------------


@bp.route("/events")
def event_list():
    page = db.paginate(events.events_statement(viewer()), page=page_number(request.args), per_page=20, error_out=False)
    return render_template("events/list.html", page=page, reader_zone=_reader_zone())


@bp.route("/events/<int:event_id>")
def event_page(event_id: int):
    event = events.get_event(viewer(), event_id)
    own = events.own_participant(viewer(), event)
    return render_template(
        "events/detail.html",
        event=event,
        own=own,
        reader_zone=_reader_zone(),
        may_register=own is None and policy.can_register_for_event(viewer(), event),
        registration_open=events.registration_open(event),
        is_organiser=policy.can_manage_events(viewer()),
    )


# --- the organisers -----------------------------------------------------------------------


def _event_form_page(form: EventForm, event=None):
    if form.validate_on_submit():
        data = form.to_data()
        try:
            saved = (
                events.update_event(current_user, event.id, data) if event else events.create_event(current_user, data)
            )
        except ValidationError as error:
            db.session.rollback()
            for message in form.place_errors(_placed(form, error.fields)).values():
                flash(message, "danger")
            return render_template("events/form.html", form=form, event=event), 422
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
            return render_template("events/form.html", form=form, event=event), error.status
        db.session.commit()
        flash(_("“%(name)s” is saved.", name=saved.name), "success")
        return redirect(url_for("events.organiser", event_id=saved.id))
    return render_template("events/form.html", form=form, event=event)


def _placed(form: EventForm, errors: dict[str, str]) -> dict[str, str]:
    """Errors of the event's own fields go on those fields; the rest are returned."""
    rest = {}
    for key, message in errors.items():
        field = form._fields.get(key)
        if field is not None and key != "sessions":
            field.errors = [*list(field.errors or []), message]
        else:
            rest[key] = message
    return rest


@bp.route("/events/new", methods=["GET", "POST"])
def new_event():
    if not policy.can_manage_events(current_user):
        abort(403)
    form = EventForm()
    if request.method == "GET":
        form.meeting_minutes.data = "20"
        form.timezone.data = "Asia/Shanghai"
    return _event_form_page(form)


@bp.route("/events/<int:event_id>/edit", methods=["GET", "POST"])
def edit_event(event_id: int):
    if not policy.can_manage_events(current_user):
        abort(403)
    event = events.get_event(current_user, event_id)
    form = EventForm()
    if request.method == "GET":
        form.fill_from(event)
    return _event_form_page(form, event)


@bp.route("/events/<int:event_id>/publish", methods=["POST"])
def publish_event(event_id: int):
    published = request.form.get("published") == "1"
    return _act(lambda: events.set_published(current_user, event_id, published), "events.organiser", event_id)


@bp.route("/events/<int:event_id>/organiser")
def organiser(event_id: int):
    if not policy.can_manage_events(current_user):
        abort(403)
    event = events.get_event(current_user, event_id)
    return render_template(
        "events/organiser.html",
        event=event,
        registrations=events.participants(current_user, event_id),
        meetings=events.meetings(current_user, event_id),
        figures=events.insights(current_user, event_id),
        reader_zone=_reader_zone(),
    )


@bp.route("/events/<int:event_id>/participants/<int:participant_id>/<any(confirm, decline):decision>", methods=["POST"])
def decide_participant(event_id: int, participant_id: int, decision: str):
    return _act(
        lambda: events.decide_participant(current_user, event_id, participant_id, decision == "confirm"),
        "events.organiser",
        event_id,
    )


@bp.route("/events/<int:event_id>/insights")
def insights(event_id: int):
    figures = events.insights(current_user, event_id)
    event = events.get_event(current_user, event_id)
    chart = {
        "statuses": {
            "type": "bar",
            "label": _("Meetings"),
            "labels": [_status_label(s) for s in figures["statuses"]],
            "values": list(figures["statuses"].values()),
        },
        "attendance": {
            "type": "doughnut",
            "label": _("Meetings"),
            "labels": [_("Kept"), _("No-show"), _("Not recorded")],
            "values": list(figures["attendance"].values()),
        },
    }
    return render_template(
        "events/insights.html",
        event=event,
        figures=figures,
        chart_data=chart,
        status_rows=list(zip(chart["statuses"]["labels"], chart["statuses"]["values"], strict=True)),
        attendance_rows=list(zip(chart["attendance"]["labels"], chart["attendance"]["values"], strict=True)),
    )


@bp.route("/events/<int:event_id>/insights.csv")
def insights_csv(event_id: int):
    figures = events.insights(current_user, event_id)
    lines = exports.csv_lines(("section", "key", "value"), events.insight_rows(figures))
    return csv_response(lines, f"event-{event_id}-insights.csv")


def _status_label(status: str) -> str:
    return {
        "requested": _("Requested"),
        "accepted": _("Accepted"),
        "declined": _("Declined"),
        "cancelled": _("Cancelled"),
    }[status]


# --- participants ---------------------------------------------------------------------------


@bp.route("/events/<int:event_id>/register", methods=["GET", "POST"])
def register(event_id: int):
    event = events.get_event(current_user, event_id)
    own = events.own_participant(current_user, event)
    if own is not None:
        flash(_("Your organisation is registered (%(status)s).", status=_participant_label(own.status.value)), "info")
        return redirect(url_for("events.event_page", event_id=event.id))
    form = RegistrationForm()
    if form.validate_on_submit():
        try:
            events.register(current_user, event.id, form.to_data())
        except ValidationError as error:
            db.session.rollback()
            for message in form.place_errors(error.fields).values():
                flash(message, "danger")
            return render_template("events/register.html", event=event, form=form), 422
        db.session.commit()
        flash(_("Registered. The organisers will confirm your registration."), "success")
        return redirect(url_for("events.event_page", event_id=event.id))
    return render_template("events/register.html", event=event, form=form)


def _participant_label(status: str) -> str:
    return {"registered": _("waiting for confirmation"), "confirmed": _("confirmed"), "declined": _("declined")}[status]


DIRECTORY_PER_PAGE = 50


@bp.route("/events/<int:event_id>/participants")
def directory(event_id: int):
    event = events.get_event(current_user, event_id)
    filters = {key: value for key, value in request.args.items() if key in ("kind", "country", "category") and value}
    try:
        statement, filter_errors = events.participants_statement(current_user, event_id, filters), {}
    except ValidationError as error:
        statement, filter_errors = events.participants_statement(current_user, event_id), error.fields
    page = db.paginate(statement, page=page_number(request.args), per_page=DIRECTORY_PER_PAGE, error_out=False)
    chosen = request.args.get("for", type=int) if policy.is_admin(current_user) else None
    try:
        recommended = (
            events.recommendations(current_user, event_id, chosen) if chosen or not current_user.is_admin else []
        )
    except DomainError:
        recommended = []
    fit = {r.participant.organization_id: r for r in recommended}
    own = events.own_participant(current_user, event)
    return render_template(
        "events/participants.html",
        event=event,
        participants=page.items,
        page=page,
        countries=events.participant_countries(current_user, event_id),
        recommended=recommended,
        fit=fit,
        own=own,
        filters=filters,
        filter_errors=filter_errors,
        chosen=chosen,
        form=MeetingRequestForm(),
    )


# --- meetings -------------------------------------------------------------------------------


@bp.route("/events/<int:event_id>/meetings", methods=["GET", "POST"])
def meetings(event_id: int):
    event = events.get_event(current_user, event_id)
    if request.method == "POST":
        form = MeetingRequestForm()
        if not form.validate_on_submit():
            abort(400)
        data = {"with_organization_id": form.with_organization_id.data, "message": form.message.data}
        try:
            meeting, created = events.request_meeting(current_user, event_id, data)
        except ValidationError as error:
            db.session.rollback()
            flash(" ".join(error.fields.values()) or error.message, "danger")
            return redirect(url_for("events.directory", event_id=event_id))
        db.session.commit()
        if created:
            flash(_("Meeting requested."), "success")
        else:
            flash(_("You two have a meeting request already."), "info")
        return redirect(url_for("events.meetings", event_id=event_id))
    rows = events.meetings(current_user, event_id)
    groups = {status.value: [m for m in rows if m.status is status] for status in MeetingStatus}
    return render_template(
        "events/meetings.html",
        event=event,
        groups=groups,
        reader_zone=_reader_zone(),
        actions={m.id: policy.meeting_actions(current_user, m) for m in rows},
        status_label=_status_label,
    )


@bp.route("/events/<int:event_id>/meetings/<int:meeting_id>/<any(accept, decline, cancel):action>", methods=["POST"])
def meeting_action(event_id: int, meeting_id: int, action: str):
    def act():
        if action == "cancel":
            return events.cancel_meeting(current_user, event_id, meeting_id)
        return events.answer_meeting(current_user, event_id, meeting_id, action == "accept")

    back = request.form.get("back") == "organiser" and policy.is_admin(current_user)
    return _act(act, "events.organiser" if back else "events.meetings", event_id)


@bp.route("/events/<int:event_id>/meetings/<int:meeting_id>/attendance", methods=["POST"])
def attendance(event_id: int, meeting_id: int):
    attended = request.form.get("attended")
    return _act(
        lambda: events.record_attendance(current_user, event_id, meeting_id, attended), "events.organiser", event_id
    )


def _act(action, endpoint: str, event_id: int):
    """Run a one-button action: commit and go back, or roll back and say why (409s included)."""
    try:
        action()
    except ValidationError as error:
        db.session.rollback()
        flash(" ".join(error.fields.values()) or error.message, "danger")
        return redirect(url_for(endpoint, event_id=event_id))
    except DomainError as error:
        db.session.rollback()
        if error.status in (403, 404):
            raise
        flash(error.message, "danger")
        return redirect(url_for(endpoint, event_id=event_id))
    db.session.commit()
    flash(_("Done."), "success")
    return redirect(url_for(endpoint, event_id=event_id))


# --- times on the pages -------------------------------------------------------------------


@bp.app_template_global()
def event_time(instant, zone_name: str | None) -> str:
    """An instant on a page, always with its zone: "2027-04-12 14:00 Asia/Shanghai (UTC+08:00)"."""
    if instant is None or not zone_name:
        return "—"
    local = instant.astimezone(zone(zone_name))
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {zone_name} (UTC{offset[:3]}:{offset[3:]})"


@bp.app_template_global()
def event_name(event) -> str:
    """The event's name in the reader's language when it has one."""
    from ...labels import language

    return event.name_zh if language() == "zh" and event.name_zh else event.name


@bp.app_template_global()
def event_description(event) -> str:
    from ...labels import language

    return event.description_zh if language() == "zh" and event.description_zh else event.description
