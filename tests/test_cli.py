"""The flask commands: create-admin, seed-demo."""

from __future__ import annotations

from matchmaker import demo
from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Organization, Role, User

from .helpers import table_count


def test_create_admin_takes_the_password_from_the_environment(app, runner, monkeypatch):
    monkeypatch.setenv("MATCHMAKER_ADMIN_PASSWORD", "a long unusual passphrase")
    result = runner.invoke(args=["create-admin", "Staff@Centre.example"])
    assert result.exit_code == 0, result.output
    assert "Admin staff@centre.example created." in result.output
    with app.app_context():
        admin = db.session.execute(db.select(User)).scalar_one()
        assert admin.role is Role.ADMIN and admin.organization is None
        assert db.session.execute(db.select(AuditEvent.action)).scalar_one() == "user.create_admin"


def test_create_admin_asks_for_the_password_when_not_in_the_environment(app, runner, monkeypatch):
    monkeypatch.delenv("MATCHMAKER_ADMIN_PASSWORD", raising=False)
    result = runner.invoke(
        args=["create-admin", "staff@centre.example"], input="a long unusual passphrase\na long unusual passphrase\n"
    )
    assert result.exit_code == 0, result.output
    assert table_count(app, User) == 1


def test_create_admin_rejects_bad_input_clearly_and_creates_nothing(app, runner, monkeypatch):
    monkeypatch.setenv("MATCHMAKER_ADMIN_PASSWORD", "short")
    result = runner.invoke(args=["create-admin", "not-an-email"])
    assert result.exit_code != 0
    assert "email: Enter a valid e-mail address." in result.output
    assert "password: Use at least 12 characters." in result.output
    assert "Traceback" not in result.output
    assert table_count(app, User) == 0


def test_create_admin_refuses_a_taken_email(app, runner, make_user, monkeypatch):
    make_user("city", email="staff@centre.example")
    monkeypatch.setenv("MATCHMAKER_ADMIN_PASSWORD", "a long unusual passphrase")
    result = runner.invoke(args=["create-admin", "STAFF@centre.example"])
    assert result.exit_code != 0 and "already exists" in result.output
    assert table_count(app, User) == 1


def test_seed_demo_loads_accounts_for_every_role_once(app, runner):
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "admin@matchmaker.example" in first.output
    with app.app_context():
        roles = set(db.session.execute(db.select(User.role)).scalars())
        assert roles == {Role.ADMIN, Role.COMPANY, Role.CITY, Role.INVESTOR}
        verified = list(db.session.execute(db.select(Organization.verified)).scalars())
        assert verified.count(False) == demo.UNVERIFIED  # the verification queue has something to show
        assert len(verified) >= 40
        # Financing (issue 11): three investors, financing matches in every state.
        from matchmaker.models import FinancingMatch, Fund, MatchStatus

        assert len(db.session.execute(db.select(User).where(User.role == Role.INVESTOR)).all()) == 3
        assert table_count(app, Fund) == 3
        states = set(db.session.execute(db.select(FinancingMatch.status)).scalars())
        assert states == set(MatchStatus)
    users = table_count(app, User)
    again = runner.invoke(args=["seed-demo"])
    assert again.exit_code == 0 and "nothing to do" in again.output
    assert table_count(app, User) == users
