"""/admin/mail: the mails that could not be sent after every attempt, each with a resend button."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...extensions import db
from ...services import mail
from ...services.errors import Conflict
from . import bp


@bp.route("/mail")
def failed_mail():
    return render_template("admin/mail.html", failed=mail.failed_mails(current_user), counts=mail.status_counts())


@bp.route("/mail/<int:mail_id>/resend", methods=["POST"])
def resend_mail(mail_id: int):
    try:
        row = mail.resend(current_user, mail_id)
    except Conflict as error:
        db.session.rollback()
        flash(error.message, "warning")
        return redirect(url_for("admin.failed_mail"))
    recipient = row.recipient
    db.session.commit()
    flash(_("The mail to %(recipient)s is queued again.", recipient=recipient), "success")
    return redirect(url_for("admin.failed_mail"))
