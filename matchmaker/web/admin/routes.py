"""Admin pages: dashboard, verification queue, exports."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, stream_with_context, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...models import Organization, User
from ...services import exports, mail, organizations, stats
from ...services.errors import ValidationError
from ...services.records import page_number
from . import bp

QUEUE_FILTERS = {"pending": False, "verified": True, "all": None}


@bp.route("/")
def dashboard():
    pending = db.session.execute(
        db.select(db.func.count()).select_from(Organization).where(Organization.verified.is_(False))
    ).scalar_one()
    users = db.session.execute(db.select(db.func.count()).select_from(User)).scalar_one()
    return render_template(
        "admin/dashboard.html",
        pending_organizations=pending,
        user_count=users,
        match_counts=stats.status_counts(stats.EVERYTHING),
        failed_mail=mail.status_counts()["failed"],
    )


@bp.route("/organizations")
def organization_queue():
    state = request.args.get("state", "pending")
    page = organizations.verification_queue(QUEUE_FILTERS.get(state, False), page=page_number(request.args))
    return render_template("admin/organizations.html", page=page, state=state if state in QUEUE_FILTERS else "pending")


@bp.route("/organizations/<int:organization_id>/verify", methods=["POST"])
def verify_organization(organization_id: int):
    organization = organizations.get_organization(current_user, organization_id)
    organizations.verify(current_user, organization)
    db.session.commit()
    flash(_("%(name)s is verified.", name=organization.name), "success")
    return redirect(url_for("admin.organization_queue"))


@bp.route("/organizations/<int:organization_id>/reject", methods=["POST"])
def reject_organization(organization_id: int):
    organization = organizations.get_organization(current_user, organization_id)
    try:
        organizations.reject(current_user, organization, request.form.get("reason", ""))
    except ValidationError as error:
        db.session.rollback()
        flash(_("Give a reason for the rejection: %(problem)s", problem=error.fields.get("reason", "")), "danger")
        return redirect(url_for("admin.organization_queue"))
    db.session.commit()
    flash(_("%(name)s is rejected; they are told why.", name=organization.name), "info")
    return redirect(url_for("admin.organization_queue"))


@bp.route("/export/<any(technologies, needs):kind>.<any(csv, jsonl):output_format>")
def export(kind: str, output_format: str):
    """Download every technology or need, streamed."""
    rows = exports.records(kind)
    if output_format == "csv":
        chunks, content_type = exports.for_excel(exports.as_csv(kind, rows)), exports.CSV_CONTENT_TYPE
    else:
        chunks, content_type = exports.as_jsonl(rows), "application/x-ndjson; charset=utf-8"
    return Response(
        stream_with_context(chunks),
        content_type=content_type,
        headers={"Content-Disposition": f"attachment; filename={kind}.{output_format}"},
    )
