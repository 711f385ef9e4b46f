"""``flask`` commands: create-admin, seed-demo (more arrive with later features)."""

from __future__ import annotations

import os

import click
from flask import Flask
from flask.cli import with_appcontext

from .database import writer
from .extensions import db
from .services import accounts
from .services.errors import ValidationError


def init_app(app: Flask) -> None:
    app.cli.add_command(create_admin)
    app.cli.add_command(seed_demo)


def fail(message: str) -> None:
    """Stop the command with a clear message and a non-zero exit status."""
    raise click.ClickException(message)


@click.command("create-admin")
@click.argument("email")
@with_appcontext
def create_admin(email: str) -> None:
    """Create an admin. Password from MATCHMAKER_ADMIN_PASSWORD, else asked for."""
    password = os.environ.get("MATCHMAKER_ADMIN_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    with writer():
        try:
            user = accounts.create_admin(email, password)
            db.session.commit()
        except ValidationError as error:
            db.session.rollback()
            fail("; ".join(f"{field}: {message}" for field, message in error.fields.items()) or error.message)
    click.echo(f"Admin {user.email} created.")


@click.command("seed-demo")
@with_appcontext
def seed_demo() -> None:
    """Load the demo data set (idempotent: does nothing if it is already there)."""
    from .demo import load_demo_data

    with writer():
        created = load_demo_data()
        db.session.commit()
    if not created:
        click.echo("Demo data already loaded; nothing to do.")
        return
    click.echo("Demo data loaded. Accounts (e-mail / password):")
    for email, password, role in created:
        click.echo(f"  {role:8} {email:40} {password}")
