"""The alerts page, the directory's "alert me" button, the preferences page, and the two pages
a mail's link opens without signing in: one-click unsubscribe (RFC 8058) and renewal."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ...extensions import csrf, db
from ...services import alerts, listings, policy, preferences
from ...services.errors import ValidationError
from ...services.preferences import MAIL_KINDS
from . import bp


def _require_alerts() -> None:
    if not policy.can_keep_alerts(current_user):
        abort(403)


@bp.get("/alerts")
@login_required
def alert_list():
    _require_alerts()
    return render_template("alerts/alerts.html", alerts=alerts.alerts_of(current_user), describe=alerts.describe)


@bp.post("/alerts")
@login_required
def create_alert():
    """From the directory's current filters: "alert me about new ones like these"."""
    _require_alerts()
    form = request.form
    regions = [code for code in (form.get("region", ""), form.get("country", "")) if code.strip()]
    data = {
        "kind": form.get("kind", ""),
        "q": form.get("q", ""),
        "categories": [form["category"]] if form.get("category") else [],
        "regions": regions,
        "frequency": form.get("frequency", "instant"),
    }
    try:
        alert = alerts.create_alert(current_user, data)
    except ValidationError as error:
        db.session.rollback()
        for field, message in error.fields.items():
            flash(f"{field}: {message}", "danger")
        return redirect(url_for("alerts.alert_list"))
    description = alerts.describe(alert)
    db.session.commit()
    flash(_("Alert saved: we tell you about new listings like these (%(search)s).", search=description), "success")
    return redirect(url_for("alerts.alert_list"))


@bp.post("/alerts/<int:alert_id>/delete")
@login_required
def delete_alert(alert_id: int):
    alerts.delete_alert(current_user, alert_id)
    db.session.commit()
    flash(_("Alert deleted."), "success")
    return redirect(url_for("alerts.alert_list"))


@bp.route("/preferences", methods=["GET", "POST"])
@login_required
def preferences_page():
    status, errors = 200, {}
    values = preferences.as_dict(current_user)
    if request.method == "POST":
        values = {
            "language": request.form.get("language", ""),
            "timezone": request.form.get("timezone", ""),
            "mail": {kind: request.form.get(f"mail_{kind}") == "on" for kind in MAIL_KINDS},
        }
        try:
            preferences.update(current_user._get_current_object(), values)
        except ValidationError as error:
            db.session.rollback()
            errors, status = error.fields, 422
        else:
            db.session.commit()
            flash(_("Your preferences are saved."), "success")
            return redirect(url_for("alerts.preferences_page", lang=values["language"]))
    return render_template(
        "alerts/preferences.html",
        values=values,
        errors=errors,
        kinds=MAIL_KINDS,
        zones=preferences.time_zones(),
    ), status


@bp.route("/unsubscribe", methods=["GET", "POST"])
@csrf.exempt  # RFC 8058: a mail client POSTs List-Unsubscribe=One-Click with no session or form token
def unsubscribe():
    token = request.args.get("token", "")
    if request.method == "GET":  # a link scanner or a preview only reads: nothing changes
        _user, kind = preferences.read_unsubscribe_token(token)
        return render_template("alerts/unsubscribe.html", token=token, kind_label=MAIL_KINDS[kind], done=False)
    _user, kind = preferences.unsubscribe(token)
    db.session.commit()
    return render_template("alerts/unsubscribe.html", token=token, kind_label=MAIL_KINDS[kind], done=True)


@bp.route("/renew", methods=["GET", "POST"])
def renew_by_link():
    """A reminder's link: one button renews the listing, no sign-in needed."""
    token = request.args.get("token", "")
    if request.method == "GET":
        _user, record = listings.read_renewal_token(token)
        return render_template("alerts/renew.html", record=record, title=listings.title_of(record), done=False)
    record = listings.renew_by_link(token)
    title = listings.title_of(record)
    db.session.commit()
    return render_template("alerts/renew.html", record=record, title=title, done=True)


@bp.post("/<any(needs, technologies):kind>/<int:listing_id>/renew")
@login_required
def renew_listing(kind: str, listing_id: int):
    """The record page's button."""
    listing_kind = "need" if kind == "needs" else "technology"
    listings.renew(current_user, listings.get_listing(current_user, listing_kind, listing_id))
    db.session.commit()
    flash(_("Renewed: the listing is current for another 12 months."), "success")
    endpoint = "directory.need_detail" if listing_kind == "need" else "directory.technology_detail"
    return redirect(url_for(endpoint, **{f"{listing_kind}_id": listing_id}))
