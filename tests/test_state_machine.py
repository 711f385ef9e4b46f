"""The one state-machine step (services/state_machine.py) that matches and events both move by."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStatus, ParticipantStatus, User
from matchmaker.services import events, matches, state_machine
from matchmaker.services.errors import Conflict

EVENT = {
    "name": "Greater Bay Area mission",
    "kind": "trade_mission",
    "timezone": "Asia/Shanghai",
    "starts_at": "2027-04-12T09:00",
    "ends_at": "2027-04-12T18:00",
    "sessions": [{"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 2}],
    "published": True,
}


def _actions(action: str) -> list[tuple[str | None, str | None]]:
    rows = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action)).scalars()
    return [(row.from_state, row.to_state) for row in rows]


def test_an_event_move_is_made_once_and_audited_and_a_stale_one_is_refused_in_its_words(app, make_user):
    admin, company = make_user("admin"), make_user("company")
    with app.app_context():
        admin = db.session.get(User, admin.id)
        event = events.create_event(admin, EVENT)
        participant, _created = events.register(db.session.get(User, company.id), event.id, {})
        rule = events.PARTICIPANT_TRANSITIONS["confirm"]
        assert state_machine.move(admin, participant, rule, {"decided_by_id": admin.id}) is ParticipantStatus.REGISTERED
        assert participant.status is ParticipantStatus.CONFIRMED and participant.decided_by_id == admin.id
        with pytest.raises(Conflict, match=r"cannot be changed now \(it is confirmed\)"):
            state_machine.move(admin, participant, events.PARTICIPANT_TRANSITIONS["confirm"])
        assert _actions("event.participant.confirm") == [("registered", "confirmed")]  # the refused one: no row


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("decline", "This match cannot be answered now (it is suggested)."),
        ("resuggest", "This match cannot be changed now (it is suggested)."),
    ],
)
def test_a_match_move_from_the_wrong_state_is_refused_in_the_matchs_words_and_changes_nothing(
    app, make_user, make_technology, make_need, name, words
):
    company, city = make_user("company"), make_user("city", country="CN", region="CN-GD")
    technology_id, need_id = make_technology(company), make_need(city)
    with app.app_context():
        match = Match(
            need_id=need_id, technology_id=technology_id, status=MatchStatus.SUGGESTED, origin=MatchOrigin.ENGINE
        )
        db.session.add(match)
        db.session.flush()
        with pytest.raises(Conflict) as refused:
            matches.move(None, match, name)
        assert str(refused.value) == words
        assert match.status is MatchStatus.SUGGESTED and _actions(matches.TRANSITIONS[name].audit_action) == []
