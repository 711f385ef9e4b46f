"""Role guards for blueprints, and helpers shared by the views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm

from ..extensions import db
from ..models import Role
from ..services.errors import ValidationError


def viewer():
    """The signed-in user, or None for an anonymous visitor (as the rule book expects)."""
    return current_user if current_user.is_authenticated else None


def require_role(blueprint: Blueprint, role: Role, moderated: tuple[str, ...] = ()) -> None:
    """Guard every view of ``blueprint``: anonymous visitors go to /login, other roles get 403.

    Admins also enter the ``moderated`` views (editing a record): the view asks the rule
    book whether this admin may act on this record, as the API does.
    """

    @blueprint.before_request
    def check_role():
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        if current_user.role is not role and not (current_user.role is Role.ADMIN and request.endpoint in moderated):
            abort(403)
        return None


def show_field_errors(
    form: FlaskForm, errors: Mapping[str, str], aliases: Mapping[str, str] | None = None
) -> list[str]:
    """Attach service-layer field errors to the form's fields; return those with no field."""
    unplaced = []
    for name, message in errors.items():
        field = form._fields.get((aliases or {}).get(name, name))
        if field is None:
            unplaced.append(message)
        else:
            field.errors = [*field.errors, message] if isinstance(field.errors, list) else [message]
    return unplaced


def safe_next_url(target: str | None, default: str) -> str:
    """Only follow ``next`` to a path on this site (no open redirect).

    Control characters and spaces are refused outright: browsers and ``urlsplit`` drop a
    tab or newline, so ``/%09/evil.example`` (decoded: a tab) would become ``//evil.example``.
    """
    if not target or len(target) > 2000 or any(ord(char) < 33 or ord(char) == 127 for char in target):
        return default
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return default
    return target


def submit_form(form: FlaskForm, save: Callable[[dict], Any], aliases: Mapping[str, str] | None = None) -> Any | None:
    """Run ``save(form.to_data())`` for a submitted form and commit.

    On bad input the service's field errors are shown on the form's fields (the rest as
    flash messages), nothing is stored, and None is returned so the view re-renders the
    form with what was typed.
    """
    try:
        record = save(form.to_data())
    except ValidationError as error:
        db.session.rollback()
        for message in show_field_errors(form, error.fields, aliases):
            flash(message, "danger")
        return None
    db.session.commit()
    return record


def record_form_page(form: FlaskForm, template: str, context: dict[str, Any], save: Callable[[dict], Any], shown_at):
    """A need's or a technology's form: shown, or on a valid submission saved (see submit_form)
    and then ``shown_at(saved)``, the URL of the saved record's page; bad input re-renders it
    with what was typed and the service's field errors, answering 422."""
    if form.validate_on_submit():
        saved = submit_form(form, save, getattr(form, "FIELD_ALIASES", None))
        if saved is not None:
            flash(_("“%(name)s” is saved.", name=getattr(saved, "title", None) or saved.name), "success")
            return redirect(shown_at(saved))
        return render_template(template, form=form, **context), 422
    if form.is_submitted():  # a field the form itself checks (e.g. no main category chosen)
        return render_template(template, form=form, **context), 422
    return render_template(template, form=form, **context)
