"""The pages after connection: the stage form (errors named, input kept, both languages), the
progress page, the showcase and its story pages, the stalled list, and the check-in job with
mail through a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import CheckIn, Match, MatchStage, utc_now
from matchmaker.services import checkins

from .smtp import SMTPServer
from .test_outcomes import TODAY, put_match, state, world  # noqa: F401 (the world fixture)


def test_a_party_moves_the_stage_on_the_page(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "pilot")
    login(world.city)
    page = f"/matches/{match_id}"
    response = form_post(
        f"{page}/stage",
        {"stage": "contract", "date": TODAY.isoformat(), "contract_value.amount": "1,000,000",
         "contract_value.currency": "cny", "procurement_route": "tender"},
        page=page,
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and state(app, match_id)[1] == "contract"
    assert "1,000,000 CNY" in html and "≈ US$" in html and "2024-12-31" in html


def test_a_bad_stage_form_names_the_field_keeps_the_input_and_changes_nothing(
    app, client, world, login, form_post  # noqa: F811
):
    match_id = put_match(app, world, "pilot")
    login(world.city)
    page = f"/matches/{match_id}?lang=zh"
    response = form_post(
        f"/matches/{match_id}/stage?lang=zh",
        {"stage": "contract", "date": TODAY.isoformat(), "contract_value.amount": "-3",
         "contract_value.currency": "ZZZ", "note": "kept text"},
        page=page,
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and state(app, match_id)[1] == "pilot"
    assert "请输入大于零的金额。" in html and "ISO 4217 货币代码" in html
    assert 'value="ZZZ"' in html and "kept text" in html


def test_outsiders_cannot_post_a_stage(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "pilot")
    login(world.other_city)
    response = form_post(f"/matches/{match_id}/stage", {"stage": "contract", "date": TODAY.isoformat()},
                         page="/showcase")
    assert response.status_code == 404 and state(app, match_id)[1] == "pilot"


def _publish(client, app, world, api_token, match_id):  # noqa: F811
    for party, words in ((world.city, {"story": "Cleaner air in Futian.", "story_zh": "福田的空气更清新了。"}),
                         (world.company, {})):
        client.post(f"/api/v1/matches/{match_id}/showcase", json={"consent": True, **words},
                    headers=api_token(party))
    client.post(f"/api/v1/matches/{match_id}/showcase/publish", headers=api_token(world.admin))


def test_showcase_page_and_story_page_in_both_languages(app, client, world, api_token):  # noqa: F811
    match_id = put_match(app, world, "operating", co2e_t_per_year=900, co2e_verified=True)
    _publish(client, app, world, api_token, match_id)
    listing = client.get("/showcase").get_data(as_text=True)
    assert f'data-story="{match_id}"' in listing and "Cleaner air in Futian." in listing
    chinese = client.get("/showcase?lang=zh").get_data(as_text=True)
    assert "成功案例" in chinese and "福田的空气更清新了。" in chinese
    assert client.get("/showcase?country=US").get_data(as_text=True).count("data-story=") == 0
    story = client.get(f"/showcase/{match_id}").get_data(as_text=True)
    assert "Cleaner air in Futian." in story and "福田的空气更清新了。" in story and f"/showcase/{match_id}" in story
    home = client.get("/").get_data(as_text=True)
    assert 'data-total="verified">900' in home and 'data-total="contracts">1' in home


def test_an_unpublished_story_has_no_page(app, client, world):  # noqa: F811
    match_id = put_match(app, world, "contract")
    assert client.get(f"/showcase/{match_id}").status_code == 404


def test_progress_page_for_the_city_and_nobody_else(app, client, world, login):  # noqa: F811
    put_match(app, world, "operating", co2e_t_per_year=900)
    login(world.city)
    html = client.get(f"/progress/{world.city.organization_id}").get_data(as_text=True)
    assert 'data-figure="target_t_per_year">10,000' in html and 'data-figure="operating_t_per_year">900' in html
    assert 'data-figure="verified_t_per_year">0' in html and 'data-chart="progress"' in html
    zh = client.get(f"/progress/{world.city.organization_id}?lang=zh").get_data(as_text=True)
    assert "减排目标进展" in zh
    login(world.other_city)
    assert client.get(f"/progress/{world.city.organization_id}").status_code == 403


def test_a_company_sees_its_deployments(app, client, world, login):  # noqa: F811
    put_match(app, world, "operating", co2e_t_per_year=900)
    login(world.company)
    html = client.get("/progress", follow_redirects=True).get_data(as_text=True)
    assert 'data-figure="operating_t_per_year">900' in html and "target_t_per_year" not in html


# --- check-ins --------------------------------------------------------------------------------


def _age(app, match_id, days):
    """Make the match and its history look ``days`` old."""
    with app.app_context():
        match = db.session.get(Match, match_id)
        match.updated_at = utc_now() - timedelta(days=days)
        for line in match.stage_entries:
            line.date = TODAY - timedelta(days=days)
        db.session.commit()


@pytest.fixture
def smtp(app):
    server = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, BASE_URL="http://matchmaker.test")
    yield server
    server.stop()


def test_checkins_ask_both_parties_by_mail_and_a_link_answers_once(app, client, world, smtp):  # noqa: F811
    match_id = put_match(app, world, "connected")
    _age(app, match_id, 61)
    with app.app_context():
        assert checkins.send_due() == 1
        db.session.commit()
        assert checkins.send_due() == 0  # asked just now
        db.session.commit()
    mails = smtp.inbox.wait_for(2)
    assert sorted(m["To"] for m in mails) == sorted([world.city.email, world.company.email])
    body = mails[0].get_content()
    assert "Where does it stand?" in mails[0]["Subject"]
    link = next(line.split(": ", 1)[1] for line in body.splitlines() if line.startswith("Moved to Pilot"))
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200 and state(app, match_id)[1] == "connected"  # a GET changes nothing
    from .helpers import csrf_token_from

    token = csrf_token_from(client.get("/" + path).get_data(as_text=True))
    assert client.post("/" + path, data={"csrf_token": token}).status_code == 200
    assert state(app, match_id)[1] == "pilot"
    assert client.get("/" + path).status_code == 410  # single use


def test_two_unanswered_checkins_make_a_match_stalled(app, client, world, login):  # noqa: F811
    match_id = put_match(app, world, "pilot")
    with app.app_context():
        for days in (130, 65):
            db.session.add(CheckIn(match_id=match_id, stage=MatchStage.PILOT, sent_at=utc_now() - timedelta(days=days)))
        db.session.commit()
    login(world.admin)
    assert f"/matches/{match_id}" in client.get("/admin/stalled").get_data(as_text=True)
    login(world.city)
    assert client.get("/admin/stalled").status_code == 403


def test_no_change_on_the_page_answers_the_checkin(app, client, world, login, form_post):  # noqa: F811
    match_id = put_match(app, world, "pilot")
    with app.app_context():
        db.session.add(CheckIn(match_id=match_id, stage=MatchStage.PILOT, sent_at=utc_now()))
        db.session.commit()
    login(world.company)
    form_post(f"/matches/{match_id}/checkin", {"answer": "no_change"}, page=f"/matches/{match_id}")
    with app.app_context():
        checkin = db.session.execute(db.select(CheckIn)).scalar_one()
        assert checkin.answer == "no_change" and checkin.answered_by_id == world.company.id
    assert state(app, match_id)[1] == "pilot"


def test_the_history_names_stage_moves_by_their_stage_names(app, client, world, login, api_token):  # noqa: F811
    match_id = put_match(app, world, "connected")
    client.post(f"/api/v1/matches/{match_id}/stage", json={"stage": "pilot", "date": TODAY.isoformat()},
                headers=api_token(world.city))
    client.post(f"/api/v1/matches/{match_id}/showcase", json={"consent": True}, headers=api_token(world.city))
    login(world.company)
    html = client.get(f"/matches/{match_id}").get_data(as_text=True)
    assert "Connected → Pilot" in html and "Pilot or demonstration site" not in html
    assert "Story consent given or withdrawn" in html and "— → —" not in html
