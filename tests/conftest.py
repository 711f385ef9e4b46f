"""Fixtures after flaskr: app, client, runner, and a fresh database for every test.

The database is SQLite in a temporary folder by default. With ``DATABASE_URL`` set to a
PostgreSQL URL (as ``.ci/run`` does), every test runs there instead: the schema is created
once and every table is emptied after each test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

from matchmaker.app import create_app
from matchmaker.extensions import db
from matchmaker.models import CredentialKind, Organization, OrganizationKind, Role, User, utc_now
from matchmaker.services import credentials

from .helpers import PASSWORD, csrf_token_from

# scrypt hash of PASSWORD, computed once: hashing per test would slow the suite down.
_PASSWORD_HASH: str | None = None

POSTGRES_URL = os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""


def password_hash() -> str:
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None:
        from matchmaker.services.passwords import hash_password

        _PASSWORD_HASH = hash_password(PASSWORD)
    return _PASSWORD_HASH


@pytest.fixture
def database_url(tmp_path) -> str:
    return POSTGRES_URL or f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def app(tmp_path, database_url):
    """A fresh application with an empty database."""
    with application_for_tests(database_url, tmp_path) as app:
        yield app


@contextmanager
def application_for_tests(database_url: str, folder) -> Iterator:
    """An application for tests on ``database_url`` (its task queue in ``folder``), its tables
    made first and, on PostgreSQL, dropped after."""
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": "test-secret",
            # Suggestion refreshes after a commit are tested on their own (test_suggestions).
            "MATCHING_REFRESH": "off",
            # Tasks run at once, in the test's process (the consumer is tested in test_task_consumer).
            "TASKS_IMMEDIATE": True,
            "TASK_QUEUE_PATH": str(folder / "tasks.db"),
        }
    )
    with app.app_context():
        if POSTGRES_URL:
            db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        if POSTGRES_URL:
            db.drop_all()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def app_context(app):
    with app.app_context():
        yield


@pytest.fixture
def make_user(app) -> Callable[..., User]:
    """Factory: a user of ``role`` with an organisation (verified unless said otherwise)."""
    counter = iter(range(1, 10_000))

    def make(role: str = "company", **options) -> User:
        return create_user(app, role, next(counter), **options)

    return make


def create_user(
    app, role: str, number: int, *, verified: bool = True, email: str | None = None, country="US", region="US-CA"
) -> User:
    """A user of ``role`` (number ``number`` in its names) with an organisation, committed."""
    with app.app_context():
        organization = None
        if role != "admin":
            organization = Organization(
                kind=OrganizationKind(role),
                name=f"{role.title()} Org {number}",
                country=country,
                region=region,
                contact_email=email or f"{role}{number}@example.org",
                verified=verified,
                verified_at=utc_now() if verified else None,
            )
        return saved_user(
            User(
                email=email or f"{role}{number}@example.org",
                password_hash=password_hash(),
                role=Role(role),
                organization=organization,
            )
        )


def saved_user(user: User) -> User:
    """``user`` committed (inside an app context) and detached, its columns loaded, for a test to hold."""
    db.session.add(user)
    db.session.commit()
    db.session.refresh(user)
    db.session.expunge(user)
    return user


@pytest.fixture
def login(app, client) -> Callable[[User], None]:
    """Sign ``user`` in on ``client`` without the (slow) password check."""

    def sign_in(user: User, on=None) -> None:
        with app.app_context():
            secret, _row = credentials.issue(
                db.session.get(User, user.id), CredentialKind.SESSION, app.config["SESSION_LIFETIME"]
            )
            db.session.commit()
        with (on or client).session_transaction() as session:
            session["_user_id"] = secret
            session["_fresh"] = True

    return sign_in


@pytest.fixture
def api_token(app) -> Callable[[User], dict]:
    """Factory: Authorization headers with a fresh API token for ``user``."""

    def headers(user: User) -> dict[str, str]:
        with app.app_context():
            token, _row = credentials.issue(
                db.session.get(User, user.id), CredentialKind.API_TOKEN, app.config["API_TOKEN_LIFETIME"]
            )
            db.session.commit()
        return {"Authorization": f"Bearer {token}"}

    return headers


@pytest.fixture
def form_post(client):
    """POST a form the way a browser does: fetch the page for its CSRF token first."""

    def post(url: str, data: dict, *, page: str | None = None, on=None, **kwargs):
        browser = on or client
        token = csrf_token_from(browser.get(page or url).get_data(as_text=True))
        return browser.post(url, data={**data, "csrf_token": token}, **kwargs)

    return post


TECHNOLOGY = {
    "name": "GridFlex demand response",
    "categories": ["smart-grid"],
    "description": "Demand response platform that shifts peak load of commercial buildings.",
    "trl": 8,
    "cost_usd": [200_000, 900_000],
    "regions": ["CN", "US-CA"],
    "co2e_reduction_t_per_year": 3000,
}
NEED = {
    "title": "Cut peak load in Futian district",
    "categories": ["smart-grid"],
    "description": "Reduce summer peak demand of 300 office buildings by 50 MW.",
    "budget_usd": 1_000_000,
    "min_trl": 7,
    "region": "CN-GD",
    "co2e_target_t_per_year": 10_000,
    "deadline": (date.today() + timedelta(days=365)).isoformat(),  # always in the future
}


@pytest.fixture
def make_technology(app):
    """Factory: a technology registered through the service by ``owner`` (a company user)."""
    from matchmaker.services import technologies

    def make(owner: User, **changes):
        with app.app_context():
            technology = technologies.create_technology(db.session.get(User, owner.id), {**TECHNOLOGY, **changes})
            db.session.commit()
            return technology.id

    return make


@pytest.fixture
def make_need(app):
    """Factory: a need posted through the service by ``owner`` (a city user)."""
    from matchmaker.services import needs

    def make(owner: User, **changes):
        with app.app_context():
            need = needs.create_need(db.session.get(User, owner.id), {**NEED, **changes})
            db.session.commit()
            return need.id

    return make
