"""The flask commands: create-admin, seed-demo."""

from __future__ import annotations

from collections import Counter

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
        _assert_demo_events()
    users = table_count(app, User)
    again = runner.invoke(args=["seed-demo"])
    assert again.exit_code == 0 and "nothing to do" in again.output
    assert table_count(app, User) == users


def _assert_demo_events():
    """Issue 9: the mission to Shenzhen, Dongguan and Huizhou and the Los Angeles summit, with
    meetings requested, accepted, declined, and every accepted one scheduled."""
    from matchmaker.models import Event, EventMeeting, EventParticipant, MeetingStatus, ParticipantStatus

    events = {e.timezone: e for e in db.session.execute(db.select(Event)).scalars()}
    assert set(events) == {"Asia/Shanghai", "America/Los_Angeles"}
    mission, summit = events["Asia/Shanghai"], events["America/Los_Angeles"]
    assert mission.starts_at.year == 2027 and len(mission.sessions) == 3 and len(summit.sessions) == 2
    # Each asker asks two hosts; the last asker's two stay open; the pattern declines 4 and 2.
    plans = (
        (mission, 12, 3, {"requested": 2, "accepted": 18, "declined": 4}),
        (summit, 5, 5, {"requested": 2, "accepted": 6, "declined": 2}),
    )
    for event, companies, cities, by_state in plans:
        kinds = [
            p.organization.kind.value
            for p in db.session.execute(db.select(EventParticipant).filter_by(event_id=event.id)).scalars()
            if p.status is ParticipantStatus.CONFIRMED
        ]
        assert (kinds.count("company"), kinds.count("city")) == (companies, cities)
        meetings = list(db.session.execute(db.select(EventMeeting).filter_by(event_id=event.id)).scalars())
        assert Counter(m.status.value for m in meetings) == by_state
        accepted = [m for m in meetings if m.status is MeetingStatus.ACCEPTED]
        assert all(m.starts_at is not None and m.table_number for m in accepted)  # all scheduled
        assert all(m.starts_at is None for m in meetings if m.status is not MeetingStatus.ACCEPTED)
