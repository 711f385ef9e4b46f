"""Issue 13 section 3: a rejected suggestion leaves the city's view; a refused requester is told kindly.

An engine suggestion nobody asked for that an admin rejects disappears from the city's pages
and the API (its history stays for the admins) and cannot be asked for again. A rejected
request tells the party that asked, without the internal note, with the admin's note to them.
"""

from __future__ import annotations

from matchmaker.extensions import db
from matchmaker.models import Match, MatchStatus, Notification, User

from .test_matches import put_match, world  # noqa: F401  (the shared fixture)

INTERNAL = "Internal: their references did not check out"
FOR_THEM = "The city already runs a tender for this"


def reject(client, world, api_token, match_id, **body):  # noqa: F811
    response = client.post(
        f"/api/v1/matches/{match_id}/reject", json={"note": INTERNAL, **body}, headers=api_token(world.admin)
    )
    assert response.status_code == 200, response.get_json()
    return response


def test_a_rejected_suggestion_disappears_from_the_citys_view(app, client, world, api_token, login):  # noqa: F811
    match_id = put_match(app, world, "suggested")
    reject(client, world, api_token, match_id)
    city = api_token(world.city)
    assert client.get(f"/api/v1/matches/{match_id}", headers=city).status_code == 404
    assert match_id not in [m["id"] for m in client.get("/api/v1/matches", headers=city).get_json()["items"]]
    login(world.city)
    need_page = client.get(f"/needs/{world.need_id}").get_data(as_text=True)
    assert f"/matches/{match_id}" not in need_page and "Rejected" not in need_page
    assert f"/matches/{match_id}" not in client.get("/matches").get_data(as_text=True)
    assert client.get(f"/matches/{match_id}").status_code == 404
    login(world.admin)
    history = client.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "Rejected" in history and INTERNAL in history, "the history stays for the admins"


def test_a_rejected_suggestion_cannot_be_asked_for_again(app, client, world, api_token):  # noqa: F811
    match_id = put_match(app, world, "suggested")
    reject(client, world, api_token, match_id)
    for side in (world.city, world.company):
        again = client.post(
            "/api/v1/matches",
            json={"need_id": world.need_id, "technology_id": world.technology_id},
            headers=api_token(side),
        )
        assert again.status_code == 409 and "score" not in str(again.get_json())
    with app.app_context():
        assert db.session.get(Match, match_id).status is MatchStatus.REJECTED


def test_a_rejected_request_stays_visible_to_the_city_that_asked(app, client, world, api_token, login):  # noqa: F811
    match_id = put_match(app, world, "requested", requested_by_id=world.city.id)
    reject(client, world, api_token, match_id)
    assert client.get(f"/api/v1/matches/{match_id}", headers=api_token(world.city)).status_code == 200


def _notice_for(app, user: User) -> Notification:
    with app.app_context():
        return db.session.execute(
            db.select(Notification).where(Notification.user_id == user.id, Notification.kind == "request_declined")
        ).scalar_one()


def test_a_rejected_request_tells_the_requester_kindly_without_the_internal_note(
    app, client, world, api_token, login  # noqa: F811
):
    match_id = put_match(app, world, "requested", requested_by_id=world.company.id)
    reject(client, world, api_token, match_id)
    notice = _notice_for(app, world.company)
    assert INTERNAL not in str(notice.payload)
    login(world.company)
    notices = client.get("/notifications").get_data(as_text=True)
    assert "Thank you for asking" in notices and INTERNAL not in notices
    page = client.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "decided not to take this introduction forward" in page and INTERNAL not in page
    body = client.get(f"/api/v1/matches/{match_id}", headers=api_token(world.company)).get_json()
    assert body["decision_note"] is None and body["requester_note"] is None
    admin_view = client.get(f"/api/v1/matches/{match_id}", headers=api_token(world.admin)).get_json()
    assert admin_view["decision_note"] == INTERNAL


def test_the_note_to_the_requester_reaches_them_in_their_language(app, client, world, api_token, login):  # noqa: F811
    match_id = put_match(app, world, "requested", requested_by_id=world.company.id)
    reject(client, world, api_token, match_id, requester_note=FOR_THEM)
    assert _notice_for(app, world.company).payload["note"] == FOR_THEM
    login(world.company)
    page = client.get(f"/matches/{match_id}?lang=zh").get_data(as_text=True)
    assert f"平台工作人员的留言：“{FOR_THEM}”" in page and INTERNAL not in page
    login(world.city)  # the city did not ask: not its note
    assert FOR_THEM not in client.get(f"/matches/{match_id}").get_data(as_text=True)


def test_the_admin_page_rejects_with_a_note_to_the_requester(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "requested", requested_by_id=world.company.id)
    login(world.admin)
    queue = client.get("/admin/matches").get_data(as_text=True)
    assert f'id="requester-note-{match_id}"' in queue
    form_post(
        f"/admin/matches/{match_id}/decide",
        {"decision": "reject", "note": INTERNAL, "requester_note": FOR_THEM},
        page="/admin/matches",
    )
    with app.app_context():
        match = db.session.get(Match, match_id)
        assert match.status is MatchStatus.REJECTED
        assert (match.decision_note, match.requester_note) == (INTERNAL, FOR_THEM)


def test_a_too_long_note_to_the_requester_is_refused_and_nothing_changes(app, client, world, api_token):  # noqa: F811
    match_id = put_match(app, world, "requested", requested_by_id=world.company.id)
    response = client.post(
        f"/api/v1/matches/{match_id}/reject",
        json={"note": INTERNAL, "requester_note": "x" * 2001},
        headers=api_token(world.admin),
    )
    assert response.status_code == 422 and "requester_note" in response.get_json()["error"]["fields"]
    with app.app_context():
        assert db.session.get(Match, match_id).status is MatchStatus.REQUESTED
