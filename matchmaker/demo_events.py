"""The demo events (loaded by matchmaker/demo.py after the records and their suggestions).

Invented: a California clean-tech delegation to Shenzhen, Dongguan and Huizhou in spring 2027
(Asia/Shanghai, 12 companies, 3 host-city sessions, meetings requested, accepted, declined and
scheduled by the solver),
and a cities' summit in Los Angeles (America/Los_Angeles) whose two meeting days fall on either
side of the US clock change. Everything goes through services.events, as people would do it.
"""

from __future__ import annotations

from .extensions import db
from .models import EventMeeting, User
from .services import event_schedule, events

DELEGATION = [f"c{n:02d}" for n in range(1, 13)]  # twelve Californian companies
HOSTS = ["city01", "city02", "city03"]  # Shenzhen, Dongguan, Huizhou
SUMMIT_CITIES = ["city06", "city07", "city08", "city09", "city10"]
SUMMIT_COMPANIES = ["c14", "c15", "c16", "c17", "c22"]

MISSION = {
    "name": "California Clean-Tech Mission to the Greater Bay Area 2027",
    "name_zh": "2027 加州清洁技术大湾区代表团",
    "kind": "trade_mission",
    "description": (
        "Twelve Californian clean-tech companies visit Shenzhen, Dongguan and Huizhou: one-to-one "
        "meetings with the host cities' bureaus in each city, site visits between them."
    ),
    "description_zh": (
        "十二家加州清洁技术企业访问深圳、东莞和惠州：在每座城市与东道主城市部门进行一对一洽谈，并穿插实地考察。"
    ),
    "city": "Shenzhen · Dongguan · Huizhou",
    "venue": "Futian Convention and Exhibition Center, Shenzhen",
    "timezone": "Asia/Shanghai",
    "starts_at": "2027-04-12T09:00",
    "ends_at": "2027-04-16T18:00",
    "meeting_minutes": 20,
    "registration_closes_at": "2027-03-31T23:59",
    "sessions": [
        {"starts_at": "2027-04-12T14:00", "ends_at": "2027-04-12T17:00", "tables": 6, "location": "Shenzhen"},
        {"starts_at": "2027-04-14T14:00", "ends_at": "2027-04-14T17:00", "tables": 4, "location": "Dongguan"},
        {"starts_at": "2027-04-15T09:30", "ends_at": "2027-04-15T12:10", "tables": 4, "location": "Huizhou"},
    ],
    "published": True,
}
SUMMIT = {
    "name": "Pacific Cities Climate Summit 2027",
    "name_zh": "2027 太平洋城市气候峰会",
    "kind": "summit",
    "description": "Californian cities meet clean-tech suppliers from the Greater Bay Area for two afternoons.",
    "description_zh": "加州各城市与大湾区清洁技术供应商进行两个下午的洽谈。",
    "city": "Los Angeles",
    "venue": "Los Angeles Convention Center, West Hall",
    "online_url": "https://summit.example/live",
    "timezone": "America/Los_Angeles",
    "starts_at": "2027-03-13T08:00",
    "ends_at": "2027-03-15T18:00",
    "meeting_minutes": 30,
    "sessions": [
        {"starts_at": "2027-03-13T14:00", "ends_at": "2027-03-13T17:00", "tables": 5, "location": "West Hall"},
        {"starts_at": "2027-03-15T14:00", "ends_at": "2027-03-15T17:00", "tables": 5, "location": "West Hall"},
    ],
    "published": True,
}


def load_demo_events(admin: User, users: dict[str, User]) -> None:
    mission = _event_with(admin, MISSION, users, DELEGATION + HOSTS)
    _meetings(mission.id, users, DELEGATION, HOSTS, decline_every=5)
    summit = _event_with(admin, SUMMIT, users, SUMMIT_CITIES + SUMMIT_COMPANIES)
    _meetings(summit.id, users, SUMMIT_CITIES, SUMMIT_COMPANIES, decline_every=4)
    for event in (mission, summit):  # the organiser's one action: every accepted meeting placed
        event_schedule.schedule_event(admin, event.id)


def _event_with(admin: User, data: dict, users: dict[str, User], keys: list[str]):
    event = events.create_event(admin, data)
    db.session.flush()
    for key in keys:
        user = users[key]
        delegates = [{"name": user.organization.contact_name or user.organization.name, "title": "Head of delegation"}]
        participant, _created = events.register(user, event.id, {"delegates": delegates})
        events.decide_participant(admin, event.id, participant.id, True)
    return event


def _meetings(event_id: int, users: dict[str, User], askers: list[str], hosts: list[str], decline_every: int) -> None:
    """Each asker asks its two best-fitting hosts (by the engine's recommendations, else in
    turn); most accept, some decline, the last asker's requests stay open."""
    for position, key in enumerate(askers):
        asker = users[key]
        recommended = [r.participant.organization_id for r in events.recommendations(asker, event_id)]
        fallback = [users[h].organization_id for h in hosts]
        targets = list(dict.fromkeys([*recommended, *fallback[position % len(hosts) :], *fallback]))[:2]
        for turn, organization_id in enumerate(targets):
            meeting, created = events.request_meeting(
                asker,
                event_id,
                {"with_organization_id": organization_id, "message": _message(asker, turn)},
            )
            if not created or position == len(askers) - 1:
                continue
            invitee = _member_of(users, meeting)
            accept = (position + turn) % decline_every != decline_every - 1
            events.answer_meeting(invitee, event_id, meeting.id, accept)


def _message(user: User, turn: int) -> str:
    if user.organization.is_city:
        return "We are looking for partners for our climate action plan; could we meet at the summit?"
    if turn == 0:
        return f"{user.organization.name} would like to show how our solution fits your open need."
    return "We have references in California and would value your view on a pilot."


def _member_of(users: dict[str, User], meeting: EventMeeting) -> User:
    return next(u for u in users.values() if u.organization_id == meeting.invitee_organization_id)
