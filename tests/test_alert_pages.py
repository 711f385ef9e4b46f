"""The pages of alerts, preferences and renewal: the directory's one-click alert, the alerts
list, the preferences form and the record page's renew button."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Alert, Technology, User, utc_now


def alerts_of(app, user) -> list[tuple]:
    with app.app_context():
        rows = db.session.execute(db.select(Alert).where(Alert.user_id == user.id)).scalars()
        return [(a.kind.value, a.q, a.categories, a.regions, a.frequency.value) for a in rows]


def test_an_alert_is_made_from_the_directorys_current_filters_in_one_click(app, client, login, make_user, form_post):
    city = make_user("city")
    login(city)
    page_url = "/technologies?q=demand+response&category=smart-grid&region=CN-GD&sort=name"
    html = client.get(page_url).get_data(as_text=True)
    assert 'id="alert-me"' in html and 'name="q" value="demand response"' in html
    response = form_post(
        "/alerts",
        {
            "kind": "technologies",
            "q": "demand response",
            "category": "smart-grid",
            "region": "CN-GD",
            "frequency": "daily",
        },
        page=page_url,
        follow_redirects=True,
    )
    assert response.status_code == 200 and "Alert saved" in response.get_data(as_text=True)
    assert alerts_of(app, city) == [("technologies", "demand response", ["smart-grid"], ["CN-GD"], "daily")]
    listing = client.get("/alerts").get_data(as_text=True)
    assert "“demand response” · smart-grid · CN-GD" in listing and "once a day" in listing
    with app.app_context():
        alert_id = db.session.execute(db.select(Alert.id)).scalar_one()
    form_post(f"/alerts/{alert_id}/delete", {}, page="/alerts")
    assert alerts_of(app, city) == []


@pytest.mark.parametrize("role", [None, "admin"])
def test_no_alert_button_for_visitors_and_admins(client, login, make_user, role):
    if role:
        login(make_user(role))
    assert 'id="alert-me"' not in client.get("/needs").get_data(as_text=True)
    assert client.get("/alerts").status_code in (302, 403)


def test_a_bad_directory_filter_makes_no_alert_and_says_why(app, client, login, make_user, form_post):
    company = make_user("company")
    login(company)
    response = form_post(
        "/alerts", {"kind": "needs", "region": "ZZ-99", "frequency": "instant"}, page="/needs", follow_redirects=True
    )
    assert "regions" in response.get_data(as_text=True) and alerts_of(app, company) == []


def test_the_preferences_page_saves_language_zone_and_mail_kinds(app, client, login, make_user, form_post):
    user = make_user("company")
    login(user)
    page = client.get("/preferences").get_data(as_text=True)
    assert 'value="Asia/Shanghai"' in page and 'name="mail_alerts" checked' in page
    bad = form_post("/preferences", {"language": "zh", "timezone": "Nowhere/City", "mail_alerts": "on"})
    assert bad.status_code == 422 and "is-invalid" in bad.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, user.id).timezone is None  # nothing changed
    form_post("/preferences", {"language": "zh", "timezone": "Asia/Shanghai", "mail_matches": "on"})
    with app.app_context():
        saved = db.session.get(User, user.id)
        assert (saved.locale, saved.timezone) == ("zh", "Asia/Shanghai")
        assert saved.mail_preferences["alerts"] is False and saved.mail_preferences["matches"] is True


def test_the_record_page_renews_an_old_listing(app, client, login, make_user, make_technology, form_post):
    company = make_user("company")
    technology_id = make_technology(company)
    with app.app_context():
        db.session.execute(
            db.update(Technology)
            .where(Technology.id == technology_id)
            .values(updated_at=utc_now() - timedelta(days=300))
        )
        db.session.commit()
    login(company)
    page = f"/technologies/{technology_id}"
    assert 'id="renew"' in client.get(page).get_data(as_text=True)
    form_post(f"/technologies/{technology_id}/renew", {}, page=page)
    with app.app_context():
        age = utc_now() - db.session.get(Technology, technology_id).updated_at
        assert age < timedelta(minutes=1)
    login(make_user("company"))
    assert 'id="renew"' not in client.get(page).get_data(as_text=True)
