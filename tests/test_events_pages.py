"""The event pages: list and event page, the admin's form, registration, directory, meetings, insights."""

from __future__ import annotations

import re

import pytest

from matchmaker.extensions import db
from matchmaker.models import Event, EventMeeting, EventParticipant, Match, MatchOrigin, MatchStatus, User
from matchmaker.services import events

from .helpers import csrf_token_from, table_count

EVENT = {
    "name": "Cities' climate summit",
    "name_zh": "城市气候峰会",
    "kind": "summit",
    "city": "Los Angeles",
    "timezone": "America/Los_Angeles",
    "starts_at": "2027-03-13T08:00",
    "ends_at": "2027-03-15T18:00",
    "sessions": [
        {"starts_at": "2027-03-13T14:00", "ends_at": "2027-03-13T17:00", "tables": 4},
        {"starts_at": "2027-03-15T14:00", "ends_at": "2027-03-15T17:00", "tables": 4},
    ],
    "published": True,
}
FORM = {
    "name": "Greater Bay Area mission",
    "name_zh": "大湾区代表团",
    "kind": "trade_mission",
    "timezone": "Asia/Shanghai",
    "starts_at": "2027-04-12T09:00",
    "ends_at": "2027-04-14T18:00",
    "meeting_minutes": "20",
    "published": "y",
    "sessions-0-starts_at": "2027-04-12T14:00",
    "sessions-0-ends_at": "2027-04-12T17:00",
    "sessions-0-tables": "3",
    "sessions-0-location": "Shenzhen",
}


@pytest.fixture
def world(app, make_user):
    admin, company, city = make_user("admin"), make_user("company"), make_user("city", country="CN", region="CN-GD")
    with app.app_context():
        event = events.create_event(db.session.get(User, admin.id), EVENT)
        db.session.commit()
        return {"admin": admin, "company": company, "city": city, "event_id": event.id}


def _confirm_both(app, world):
    with app.app_context():
        admin = db.session.get(User, world["admin"].id)
        for name in ("company", "city"):
            participant, _created = events.register(db.session.get(User, world[name].id), world["event_id"], {})
            events.decide_participant(admin, world["event_id"], participant.id, True)
        db.session.commit()


def test_the_event_list_and_page_are_public_and_every_time_says_its_zone(client, world):
    listed = client.get("/events").get_data(as_text=True)
    assert "Cities&#39; climate summit" in listed and "America/Los_Angeles (UTC-08:00)" in listed
    page = client.get(f"/events/{world['event_id']}").get_data(as_text=True)
    # Across the US clock change: 14:00 PST on the 13th, 14:00 PDT on the 15th.
    assert "2027-03-13 14:00 America/Los_Angeles (UTC-08:00)" in page
    assert "2027-03-15 14:00 America/Los_Angeles (UTC-07:00)" in page
    assert "Sign in" in page
    chinese = client.get(f"/events/{world['event_id']}?lang=zh").get_data(as_text=True)
    assert "城市气候峰会" in chinese


def test_the_organisers_event_page_links_to_the_participants(client, login, world):
    login(world["admin"])
    page = client.get(f"/events/{world['event_id']}?lang=zh").get_data(as_text=True)
    assert f'href="/events/{world["event_id"]}/participants">参会方</a>' in page


def test_the_programme_also_shows_the_readers_own_zone(app, client, login, world):
    with app.app_context():
        user = db.session.get(User, world["city"].id)
        user.timezone = "Asia/Shanghai"
        db.session.commit()
    login(world["city"])
    page = client.get(f"/events/{world['event_id']}").get_data(as_text=True)
    assert "2027-03-14 06:00 Asia/Shanghai (UTC+08:00)" in page  # 14:00 PST on the 13th


def test_the_admin_creates_an_event_with_a_session_from_the_form(app, client, login, form_post, world):
    login(world["admin"])
    response = form_post("/events/new", FORM)
    assert response.status_code == 302
    with app.app_context():
        event = db.session.execute(db.select(Event).where(Event.name == FORM["name"])).scalar_one()
        assert len(event.sessions) == 1 and event.sessions[0].tables == 3
        assert event.sessions[0].starts_at.isoformat() == "2027-04-12T06:00:00+00:00"


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"timezone": "Mars/Olympus"}, "IANA time zone"),
        ({"sessions-0-ends_at": "2027-04-12T13:00"}, "The end must be after the start."),
        ({"sessions-0-starts_at": "2027-04-20T14:00", "sessions-0-ends_at": "2027-04-20T17:00"}, "within the event"),
        (
            {
                "sessions-1-starts_at": "2027-04-12T16:00",
                "sessions-1-ends_at": "2027-04-12T18:00",
                "sessions-1-tables": "2",
            },
            "overlaps session 1",
        ),
        ({"meeting_minutes": "200"}, "at most 120"),
    ],
)
def test_a_bad_event_form_keeps_the_input_and_names_the_field(app, client, login, form_post, world, changes, shown):
    login(world["admin"])
    response = form_post("/events/new", {**FORM, **changes})
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert shown in html and "invalid-feedback" in html
    assert FORM["name"] in html  # what was typed stays
    with app.app_context():
        assert db.session.execute(db.select(Event).where(Event.name == FORM["name"])).first() is None


def test_only_admins_reach_the_organiser_pages(client, login, world):
    login(world["company"])
    for url in ("/events/new", f"/events/{world['event_id']}/edit", f"/events/{world['event_id']}/organiser"):
        assert client.get(url).status_code == 403
    assert client.get(f"/events/{world['event_id']}/insights").status_code == 403


def test_registration_with_delegates_then_the_organiser_confirms(app, client, login, form_post, world):
    login(world["company"])
    url = f"/events/{world['event_id']}/register"
    bad = form_post(url, {"delegates": "| CEO"})
    assert bad.status_code == 422 and "Line 1" in bad.get_data(as_text=True)
    assert table_count(app, EventParticipant) == 0
    assert form_post(url, {"delegates": "Ada Li | CEO\nBo Chen | CTO", "note": "Two of us"}).status_code == 302
    with app.app_context():
        participant = db.session.execute(db.select(EventParticipant)).scalar_one()
        assert participant.delegates == [{"name": "Ada Li", "title": "CEO"}, {"name": "Bo Chen", "title": "CTO"}]
        pid = participant.id
    admin = app.test_client()
    login(world["admin"], on=admin)
    organiser = admin.get(f"/events/{world['event_id']}/organiser").get_data(as_text=True)
    assert "Ada Li (CEO)" in organiser
    token = csrf_token_from(organiser)
    done = admin.post(f"/events/{world['event_id']}/participants/{pid}/confirm", data={"csrf_token": token})
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(EventParticipant, pid).status.value == "confirmed"


def test_a_post_without_csrf_token_is_refused(app, client, login, world):
    login(world["company"])
    assert client.post(f"/events/{world['event_id']}/register", data={"delegates": "Ada"}).status_code == 400
    assert table_count(app, EventParticipant) == 0


def test_meetings_from_the_directory_to_acceptance_with_contacts_only_after(app, client, login, form_post, world):
    _confirm_both(app, world)
    event_id = world["event_id"]
    login(world["company"])
    directory = client.get(f"/events/{event_id}/participants").get_data(as_text=True)
    assert "City Org" in directory and "Ask for a meeting" in directory
    city_org = world["city"].organization_id
    asked = form_post(
        f"/events/{event_id}/meetings",
        {"with_organization_id": str(city_org), "message": "Battery storage for your peak load"},
        page=f"/events/{event_id}/participants",
    )
    assert asked.status_code == 302
    own = client.get(f"/events/{event_id}/meetings").get_data(as_text=True)
    assert "Battery storage for your peak load" in own and world["city"].email not in own

    other = app.test_client()
    login(world["city"], on=other)
    page = other.get(f"/events/{event_id}/meetings").get_data(as_text=True)
    assert "Accept" in page
    with app.app_context():
        meeting_id = db.session.execute(db.select(EventMeeting.id)).scalar_one()
    token = csrf_token_from(page)
    assert other.post(f"/events/{event_id}/meetings/{meeting_id}/accept", data={"csrf_token": token}).status_code == 302
    after = client.get(f"/events/{event_id}/meetings").get_data(as_text=True)
    assert world["city"].email in after and "Cancel meeting" in after
    chinese = client.get(f"/events/{event_id}/meetings?lang=zh").get_data(as_text=True)
    assert "取消会议" in chinese


def test_the_directory_is_for_confirmed_participants_and_filters(app, client, login, world):
    _confirm_both(app, world)
    login(world["company"])
    cities = client.get(f"/events/{world['event_id']}/participants?kind=city").get_data(as_text=True)
    assert "City Org" in cities and 'id="participants"' in cities
    # The country filter offers the participants' own countries, by name.
    page = client.get(f"/events/{world['event_id']}/participants?country=cn&lang=zh").get_data(as_text=True)
    assert re.findall(r'<option value="(\w\w)"', page.split('id="country"')[1].split("</select>")[0]) == ["CN", "US"]
    assert '<option value="CN" selected>中国</option>' in page
    assert "City Org" in page and "Company Org" not in page
    bad = client.get(f"/events/{world['event_id']}/participants?country=XYZ")
    assert bad.status_code == 200 and "is-invalid" in bad.get_data(as_text=True)


def test_the_directory_shows_each_fit_kind_and_country_in_the_readers_language(
    app, client, login, world, make_technology, make_need
):
    """The labels are translated once per page and filled per row (a 300-participant directory
    renders fast): each row still says its own kind, country and fit, in the reader's language."""
    _confirm_both(app, world)
    technology_id, need_id = make_technology(world["company"]), make_need(world["city"])
    with app.app_context():
        db.session.add(
            Match(
                need_id=need_id,
                technology_id=technology_id,
                status=MatchStatus.SUGGESTED,
                origin=MatchOrigin.ENGINE,
                score=0.81,
                reasons=["fits"],
                reasons_zh=["符合"],
                signals={},
            )
        )
        db.session.commit()
    login(world["company"])
    english = client.get(f"/events/{world['event_id']}/participants").get_data(as_text=True)
    assert "Fit with you: 0.81" in english and "City · China" in english and "Company · United States" in english
    chinese = client.get(f"/events/{world['event_id']}/participants?lang=zh").get_data(as_text=True)
    assert "与您的匹配度：0.81" in chinese and "中国" in chinese and "美国" in chinese


def test_the_directory_pages_keep_the_event_and_the_filters(app, client, login, world, monkeypatch):
    from matchmaker.web.events import routes

    monkeypatch.setattr(routes, "DIRECTORY_PER_PAGE", 1)
    _confirm_both(app, world)
    login(world["admin"])
    first = client.get(f"/events/{world['event_id']}/participants?kind=&lang=zh").get_data(as_text=True)
    assert first.count('<div class="list-group-item">') == 1 and "2 个参会方" in first
    next_link = re.search(r'<a class="page-link" href="([^"]+)">下一页</a>', first).group(1).replace("&amp;", "&")
    assert next_link.startswith(f"/events/{world['event_id']}/participants?") and "page=2" in next_link
    second = client.get(next_link).get_data(as_text=True)
    assert second.count('<div class="list-group-item">') == 1
    names = [re.search(r"<strong>([^<]+)</strong>", page).group(1) for page in (first, second)]
    assert names[0] != names[1] and all(name.startswith(("City Org", "Company Org")) for name in names)


def test_the_session_table_names_times_not_dates_in_chinese(client, world):
    page = client.get(f"/events/{world['event_id']}?lang=zh").get_data(as_text=True)
    assert "<th scope=\"col\">开始时间</th><th scope=\"col\">结束时间</th>" in page


def test_the_directorys_request_forms_repeat_no_id(app, client, login, world):
    _confirm_both(app, world)
    login(world["company"])
    page = client.get(f"/events/{world['event_id']}/participants").get_data(as_text=True)
    assert 'name="with_organization_id"' in page and 'name="csrf_token"' in page
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert "csrf_token" not in ids and len(ids) == len(set(ids))


def test_the_organiser_records_attendance_and_sees_insights_and_csv(app, client, login, world):
    _confirm_both(app, world)
    with app.app_context():
        meeting, _created = events.request_meeting(
            db.session.get(User, world["company"].id),
            world["event_id"],
            {"with_organization_id": world["city"].organization_id},
        )
        events.answer_meeting(db.session.get(User, world["city"].id), world["event_id"], meeting.id, True)
        db.session.commit()
        meeting_id = meeting.id
    login(world["admin"])
    page = client.get(f"/events/{world['event_id']}/organiser").get_data(as_text=True)
    token = csrf_token_from(page)
    kept = client.post(
        f"/events/{world['event_id']}/meetings/{meeting_id}/attendance", data={"csrf_token": token, "attended": "true"}
    )
    assert kept.status_code == 302
    insights = client.get(f"/events/{world['event_id']}/insights").get_data(as_text=True)
    assert "100%" in insights and 'data-chart="attendance"' in insights
    csv = client.get(f"/events/{world['event_id']}/insights.csv").get_data(as_text=True)
    assert "attendance,kept,1" in csv and "rates,acceptance_rate,1.0" in csv
    assert "rates,meetings_per_participant,1.0" in csv
