"""Matches through the HTML pages: the admin queue, a match's page, answers, notifications."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, MatchStatus

from .test_matches import put_match, world  # noqa: F401  (the shared fixture)


def state(app, match_id: int) -> str:
    with app.app_context():
        return db.session.get(Match, match_id).status.value


def test_admin_queue_lists_waiting_matches_with_reasons(app, client, world, login):  # noqa: F811
    put_match(app, world, "requested")
    login(world.admin)
    page = client.get("/admin/matches").get_data(as_text=True)
    assert "Cut peak load in Futian district" in page and "GridFlex demand response" in page
    assert "category: smart-grid" in page and "70%" in page
    assert "类别：智能电网" in client.get("/admin/matches?lang=zh").get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("status=approved", False),
        ("category=clean-water", False),
        ("category=smart-grid", True),
        ("min_score=0.9", False),
        ("min_score=0.5", True),
        ("country=CN", True),
        ("country=JP", False),
        ("city=Org", True),
        ("city=Nowhere", False),
        ("sort=oldest", True),
        ("min_score=lots", True),
    ],
)
def test_admin_queue_filters(app, client, world, login, query, shown):  # noqa: F811
    put_match(app, world, "requested")
    login(world.admin)
    page = client.get(f"/admin/matches?{query}").get_data(as_text=True)
    assert ("GridFlex demand response" in page) is shown


def test_admin_approves_from_the_queue(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "requested")
    login(world.admin)
    response = form_post(f"/admin/matches/{match_id}/decide", {"decision": "approve"}, page="/admin/matches")
    assert response.status_code == 302 and state(app, match_id) == "approved"
    again = form_post(
        f"/admin/matches/{match_id}/decide", {"decision": "reject", "note": "late"}, page="/admin/matches"
    )
    assert "already decided" in client.get(again.headers["Location"]).get_data(as_text=True)
    assert state(app, match_id) == "approved"


def test_rejection_without_a_note_is_refused(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "suggested")
    login(world.admin)
    response = form_post(f"/admin/matches/{match_id}/decide", {"decision": "reject", "note": ""}, page="/admin/matches")
    assert "needs a note" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert state(app, match_id) == "suggested"


def test_bulk_decisions(app, client, world, login, form_post, make_technology):  # noqa: F811
    first = put_match(app, world, "requested")
    second_technology = make_technology(world.company, name="Second")
    with app.app_context():
        second = Match(
            need_id=world.need_id, technology_id=second_technology, status=MatchStatus.SUGGESTED, origin="engine"
        )
        db.session.add(second)
        db.session.commit()
        second_id = second.id
    login(world.admin)
    form_post(
        "/admin/matches/bulk",
        {"match_id": [str(first), str(second_id)], "decision": "reject", "note": "Out of scope"},
        page="/admin/matches",
    )
    assert state(app, first) == "rejected" and state(app, second_id) == "rejected"


@pytest.mark.parametrize("role", ["city", "company"])
def test_only_admins_reach_the_match_queue(client, world, login, role):  # noqa: F811
    login(getattr(world, role))
    assert client.get("/admin/matches").status_code == 403


def test_match_page_hides_contacts_until_approval(app, client, world, login):  # noqa: F811
    match_id = put_match(app, world, "requested")
    login(world.city)
    page = client.get(f"/matches/{match_id}").get_data(as_text=True)
    assert world.company.email not in page and "shared once our staff approve" in page
    with app.app_context():
        db.session.get(Match, match_id).status = MatchStatus.APPROVED
        db.session.commit()
    assert world.company.email in client.get(f"/matches/{match_id}").get_data(as_text=True)


def test_parties_answer_and_connect_then_write(app, world, form_post):  # noqa: F811
    match_id = put_match(app, world, "approved")
    city_browser, company_browser = app.test_client(), app.test_client()
    _sign_in(app, city_browser, world.city)
    _sign_in(app, company_browser, world.company)
    form_post(f"/matches/{match_id}/respond", {"interested": "true"}, page=f"/matches/{match_id}", on=city_browser)
    assert "Waiting for the other side" in city_browser.get(f"/matches/{match_id}").get_data(as_text=True)
    form_post(f"/matches/{match_id}/respond", {"interested": "true"}, page=f"/matches/{match_id}", on=company_browser)
    assert state(app, match_id) == "connected"
    form_post(
        f"/matches/{match_id}/messages",
        {"body": "Shall we meet on Tuesday?"},
        page=f"/matches/{match_id}",
        on=company_browser,
    )
    assert "Shall we meet on Tuesday?" in city_browser.get(f"/matches/{match_id}").get_data(as_text=True)


def test_outsiders_get_404_on_a_match_page(app, client, world, login):  # noqa: F811
    match_id = put_match(app, world, "approved")
    login(world.other_company)
    assert client.get(f"/matches/{match_id}").status_code == 404


def test_city_sees_suggestions_on_its_need_and_asks(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "suggested")
    login(world.city)
    page = client.get(f"/needs/{world.need_id}").get_data(as_text=True)
    assert "Suggested technologies" in page and "Ask for an introduction" in page
    form_post(
        "/matches/request",
        {"need_id": world.need_id, "technology_id": world.technology_id},
        page=f"/needs/{world.need_id}",
    )
    assert state(app, match_id) == "requested"


def test_visitors_do_not_see_a_needs_suggestions(app, client, world):  # noqa: F811
    put_match(app, world, "suggested")
    page = client.get(f"/needs/{world.need_id}").get_data(as_text=True)
    assert "GridFlex demand response" not in page


def test_company_asks_for_an_introduction_from_a_need(app, client, world, login, form_post):  # noqa: F811
    login(world.company)
    page = client.get(f"/needs/{world.need_id}").get_data(as_text=True)
    assert "Does one of your technologies fit?" in page
    response = form_post(
        "/matches/request",
        {"need_id": world.need_id, "technology_id": world.technology_id},
        page=f"/needs/{world.need_id}",
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Match.status)).scalar_one() is MatchStatus.REQUESTED


def test_notifications_show_unread_count_then_read(app, client, world, login, form_post, api_token):  # noqa: F811
    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    login(world.company)
    page = client.get("/notifications").get_data(as_text=True)
    # The count is visually hidden text (aria-label on a span is invalid HTML).
    assert "A new introduction" in page and '<span class="visually-hidden">1 unread</span>' in page
    assert 'aria-label="1 unread"' not in page
    form_post("/notifications/read", {}, page="/notifications")
    assert "1 unread" not in client.get("/notifications").get_data(as_text=True)


def _unread_count(app, user) -> int:
    from matchmaker.services import notifications

    with app.app_context():
        from matchmaker.models import User

        return notifications.unread_count(db.session.get(User, user.id))


def test_following_a_notification_marks_it_read_and_goes_to_its_link(app, client, world, login, api_token):  # noqa: F811
    from matchmaker.models import Notification

    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    login(world.company)
    with app.app_context():
        notice_id = db.session.execute(
            db.select(Notification.id).where(Notification.user_id == world.company.id)
        ).scalar_one()
    page = client.get("/notifications").get_data(as_text=True)
    assert f'href="/notifications/{notice_id}"' in page
    assert _unread_count(app, world.company) == 1
    response = client.get(f"/notifications/{notice_id}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/matches/{match_id}")
    assert _unread_count(app, world.company) == 0


def test_someone_elses_notification_is_not_touched(app, client, world, login, api_token):  # noqa: F811
    from matchmaker.models import Notification

    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    with app.app_context():
        notice_id = db.session.execute(
            db.select(Notification.id).where(Notification.user_id == world.company.id)
        ).scalar_one()
    login(world.city)
    response = client.get(f"/notifications/{notice_id}")
    assert response.status_code == 302 and response.headers["Location"].endswith("/notifications")
    assert _unread_count(app, world.company) == 1


def test_opening_a_match_marks_its_notifications_read(app, client, world, login, api_token):  # noqa: F811
    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    login(world.city)
    assert _unread_count(app, world.city) == 1
    assert client.get(f"/matches/{match_id}").status_code == 200
    assert _unread_count(app, world.city) == 0


def test_notifications_are_shown_in_the_readers_language(app, client, world, login, api_token):  # noqa: F811
    match_id = put_match(app, world, "requested")
    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(world.admin))
    login(world.city)
    assert "新的对接" in client.get("/notifications?lang=zh").get_data(as_text=True)


def _sign_in(app, browser, user):
    from matchmaker.models import CredentialKind, User
    from matchmaker.services import credentials

    with app.app_context():
        secret, _row = credentials.issue(
            db.session.get(User, user.id), CredentialKind.SESSION, app.config["SESSION_LIFETIME"]
        )
        db.session.commit()
    with browser.session_transaction() as session:
        session["_user_id"] = secret


def test_city_asks_for_an_introduction_from_a_technology_page(app, client, world, login, form_post):  # noqa: F811
    login(world.city)
    page = client.get(f"/technologies/{world.technology_id}").get_data(as_text=True)
    assert "Could this solve one of your needs?" in page and "Cut peak load in Futian district" in page
    form_post(
        "/matches/request",
        {"need_id": world.need_id, "technology_id": world.technology_id},
        page=f"/technologies/{world.technology_id}",
    )
    with app.app_context():
        match = db.session.execute(db.select(Match)).scalar_one()
        assert match.status is MatchStatus.REQUESTED and match.requested_by_id == world.city.id


# --- what the pages say about a match's origin and history ------------------------------------


def test_history_says_which_side_answered_what(app, world, form_post):  # noqa: F811
    match_id = put_match(app, world, "approved")
    city_browser, company_browser = app.test_client(), app.test_client()
    _sign_in(app, city_browser, world.city)
    _sign_in(app, company_browser, world.company)
    form_post(f"/matches/{match_id}/respond", {"interested": "true"}, page=f"/matches/{match_id}", on=city_browser)
    page = city_browser.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "City answered: interested" in page
    assert "Approved → Approved" not in page  # an answer that leaves the state is not a "move"
    form_post(f"/matches/{match_id}/respond", {"interested": "false"}, page=f"/matches/{match_id}", on=company_browser)
    page = company_browser.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "City answered: interested" in page and "Company answered: not interested → Declined" in page
    chinese = company_browser.get(f"/matches/{match_id}?lang=zh").get_data(as_text=True)
    assert "城市回复：有意向" in chinese and "企业回复：没有意向 → 已婉拒" in chinese


def test_match_origin_is_a_translated_label(app, client, world, login):  # noqa: F811
    match_id = put_match(app, world, "requested")
    login(world.admin)
    page = client.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "Suggested by the engine" in page and "(engine)" not in page
    assert "Suggested by the engine" in client.get("/admin/matches").get_data(as_text=True)
    assert "由系统推荐" in client.get(f"/matches/{match_id}?lang=zh").get_data(as_text=True)


def test_a_requested_match_names_the_side_that_asked(app, client, world, login, form_post):  # noqa: F811
    login(world.company)
    form_post(
        "/matches/request",
        {"need_id": world.need_id, "technology_id": world.technology_id},
        page=f"/needs/{world.need_id}",
    )
    with app.app_context():
        match_id = db.session.execute(db.select(Match.id)).scalar_one()
    login(world.admin)
    assert "Asked for by the company" in client.get(f"/matches/{match_id}").get_data(as_text=True)
    queue = client.get("/admin/matches?lang=zh").get_data(as_text=True)
    assert "由企业申请对接" in queue and "已申请对接" in queue


def test_queue_filters_explain_the_score_and_keep_dates_whole(app, client, world, login):  # noqa: F811
    put_match(app, world, "requested")
    login(world.admin)
    page = client.get("/admin/matches").get_data(as_text=True)
    assert 'placeholder="0–1"' in page and 'placeholder="0.5"' not in page
    assert 'aria-describedby="min_score-help"' in page and "0.7 is 70 per cent" in page
    assert '<span class="text-nowrap">20' in page  # the history's dates never break at their hyphens


def test_admin_dashboard_counts_matches_by_state_with_links(app, client, world, login, make_technology):  # noqa: F811
    put_match(app, world, "requested")
    with app.app_context():
        for name, status in (("Second", MatchStatus.SUGGESTED), ("Third", MatchStatus.CONNECTED)):
            technology_id = make_technology(world.company, name=name)
            db.session.add(Match(need_id=world.need_id, technology_id=technology_id, status=status, origin="engine"))
        db.session.commit()
    login(world.admin)
    page = client.get("/admin/").get_data(as_text=True)
    assert "Matches waiting for a decision" in page and 'href="/admin/matches?status=open"' in page
    for status in ("suggested", "requested", "approved", "rejected", "connected", "declined"):
        assert f'href="/admin/matches?status={status}"' in page
    counts = {
        status: int(page.split(f'href="/admin/matches?status={status}"')[1].split('class="stat">')[1].split("<")[0])
        for status in ("open", "suggested", "requested", "approved", "connected")
    }
    assert counts == {"open": 2, "suggested": 1, "requested": 1, "approved": 0, "connected": 1}
    assert "各状态的匹配数" in client.get("/admin/?lang=zh").get_data(as_text=True)


def test_history_line_of_an_event_without_details_shows_its_states(app):
    from types import SimpleNamespace

    from matchmaker.labels import match_event_label

    with app.test_request_context("/"):
        old = SimpleNamespace(action="match.respond", details={}, from_state="approved", to_state="connected")
        assert match_event_label(old) == "Approved → Connected"
        decision = SimpleNamespace(action="match.approve", details=None, from_state="requested", to_state="approved")
        assert match_event_label(decision) == "Requested → Approved"
        assert match_event_label(decision, short=True) == "Approved"
