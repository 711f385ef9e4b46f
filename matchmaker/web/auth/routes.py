"""Views of the auth pages: parse the form, call the accounts service, redirect or render."""

from __future__ import annotations

from flask import flash, make_response, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ...extensions import db
from ...services import accounts, password_reset
from ...services.errors import NotAuthenticated, TooManyAttempts, ValidationError
from ..guards import safe_next_url, show_field_errors
from . import bp
from .forms import ChangePasswordForm, LoginForm, PasswordResetConfirmForm, PasswordResetRequestForm, SignupForm

ORGANIZATION_FIELD_ALIASES = {
    f"organization.{name}": name for name in ("name", "country", "region", "website", "description")
}


def _reset_cookie_session() -> None:
    """Drop everything in the cookie session but the chosen language."""
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language


def _sign_in(user) -> None:
    """Start a fresh server-side session, so a session id fixed beforehand is useless."""
    _reset_cookie_session()
    accounts.start_session(user)
    login_user(user)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    status, headers = 200, {}
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(form.email.data, form.password.data, request.remote_addr or "")
        except (NotAuthenticated, TooManyAttempts) as error:
            db.session.commit()  # keep the failure count
            form.password.errors = [error.message]
            status, headers = error.status, _retry_after(error)
        else:
            _sign_in(user)
            db.session.commit()
            return redirect(safe_next_url(request.args.get("next"), url_for("main.dashboard")))
    return render_template("auth/login.html", form=form), status, headers


def _retry_after(error) -> dict[str, str]:
    seconds = getattr(error, "retry_after", None)
    return {"Retry-After": str(seconds)} if seconds else {}


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = SignupForm()
    if request.method == "GET" and request.args.get("role") in accounts.SIGNUP_ROLES:
        form.role.data = request.args["role"]
    status, headers = 200, {}
    if form.validate_on_submit():
        data = {
            "email": form.email.data,
            "password": form.password.data,
            "role": form.role.data,
            "organization": {name: form[name].data for name in ("name", "country", "region", "website", "description")},
        }
        try:
            user = accounts.signup(data, request.remote_addr or "")
        except TooManyAttempts as error:
            db.session.rollback()
            flash(error.message, "danger")
            status, headers = error.status, _retry_after(error)
        except ValidationError as error:
            db.session.commit()  # keep the attempt count; nothing else was stored
            for message in show_field_errors(form, error.fields, ORGANIZATION_FIELD_ALIASES):
                flash(message, "danger")
            status = 422
        else:
            _sign_in(user)
            db.session.commit()
            flash(_("Welcome! Your organisation is waiting for verification by our staff."), "success")
            return redirect(url_for("main.dashboard"))
    return render_template("auth/signup.html", form=form), status, headers


@bp.route("/logout", methods=["POST"])
def logout():
    if current_user.is_authenticated:
        accounts.end_session(current_user.get_id())
        db.session.commit()
    logout_user()
    _reset_cookie_session()
    flash(_("You are signed out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    status = 200
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            accounts.change_password(
                user, {"current_password": form.current_password.data, "new_password": form.new_password.data}
            )
        except ValidationError as error:
            db.session.rollback()
            show_field_errors(form, error.fields)
            status = 422
        else:
            _sign_in(user)  # every other session ended; this one starts afresh
            db.session.commit()
            flash(_("Your password is changed. Other sessions were signed out."), "success")
            return redirect(url_for("main.dashboard"))
    return render_template("auth/change_password.html", form=form), status


@bp.route("/password-reset", methods=["GET", "POST"])
def request_password_reset():
    form = PasswordResetRequestForm()
    status, headers = 200, {}
    if form.validate_on_submit():
        try:
            password_reset.request_reset({"email": form.email.data or ""}, request.remote_addr or "")
        except TooManyAttempts as error:
            db.session.rollback()
            form.email.errors = [error.message]
            status, headers = error.status, _retry_after(error)
        except ValidationError as error:
            db.session.commit()  # keep the attempt count; nothing else was stored
            show_field_errors(form, error.fields)
            status = 422
        else:
            db.session.commit()
            return render_template("auth/password_reset_sent.html", email=form.email.data)
    return render_template("auth/password_reset_request.html", form=form), status, headers


@bp.route(password_reset.CONFIRM_PATH, methods=["GET", "POST"])
def confirm_password_reset():
    """The page the mail's link opens (?token=...); the form carries the token on."""
    form = PasswordResetConfirmForm()
    if request.method == "GET":
        form.token.data = request.args.get("token", "")
        password_reset.user_for_token(form.token.data)  # a dead link: 410 at once
    status = 200
    if form.validate_on_submit():
        try:
            password_reset.confirm_reset({"token": form.token.data or "", "password": form.password.data or ""})
        except ValidationError as error:
            db.session.rollback()
            show_field_errors(form, error.fields)
            status = 422
        else:
            db.session.commit()
            if current_user.is_authenticated:
                logout_user()
            _reset_cookie_session()
            flash(_("Your password is changed and every session ended. Sign in with the new password."), "success")
            return redirect(url_for("auth.login"))
    response = make_response(render_template("auth/password_reset_confirm.html", form=form), status)
    response.headers["Referrer-Policy"] = "no-referrer"  # the URL holds the token
    return response
