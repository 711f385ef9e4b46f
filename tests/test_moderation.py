"""Issue 13 section 4: admins see what an unverified organisation will publish, and moderate
a single technology or need (hide it, audited; edit it through the owner's form)."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Need, Technology


def test_an_admin_sees_what_an_unverified_company_will_publish(client, login, make_user, make_technology):
    company = make_user("company", verified=False)
    make_technology(company, name="Waiting heat pump")
    make_technology(company, name="Draft idea", status="draft")
    login(make_user("admin"))
    page = client.get(f"/organizations/{company.organization_id}").get_data(as_text=True)
    section = page[page.index('id="unpublished"') :]
    assert "Waiting heat pump" in section and "Published once verified" in section
    assert "Draft idea" in section and "Draft" in section
    assert section.count(">Hide<") == 1, "only what would be published can be hidden"
    assert "/company/technologies/" in section, "an edit link for each"


def test_nobody_else_sees_the_unpublished_records(client, login, make_user, make_technology):
    company = make_user("company", verified=False)
    make_technology(company, name="Waiting heat pump")
    login(company)  # the owner sees its own dashboard; the public page keeps to public records
    page = client.get(f"/organizations/{company.organization_id}").get_data(as_text=True)
    assert 'id="unpublished"' not in page


def test_a_city_page_shows_the_admin_its_waiting_needs_in_chinese(client, login, make_user, make_need):
    city = make_user("city", verified=False, country="CN", region="CN-GD")
    make_need(city, title="Waiting sludge need")
    login(make_user("admin"))
    page = client.get(f"/organizations/{city.organization_id}?lang=zh").get_data(as_text=True)
    assert "Waiting sludge need" in page and "审核通过后公开" in page and "隐藏" in page


@pytest.mark.parametrize("kind", ["technology", "need"])
def test_an_admin_hides_a_single_record_and_it_is_audited(app, client, login, form_post, make_user, make_technology,
                                                          make_need, kind):  # fmt: skip
    owner = make_user("company" if kind == "technology" else "city")
    record_id = make_technology(owner) if kind == "technology" else make_need(owner)
    admin = make_user("admin")
    login(admin)
    plural = "technologies" if kind == "technology" else "needs"
    page, hide = f"/{plural}/{record_id}", f"/admin/{plural}/{record_id}/hide"
    assert hide in client.get(page).get_data(as_text=True), "a Hide button on the public page"
    response = form_post(hide, {}, page=page)
    assert response.status_code == 302
    with app.app_context():
        record = db.session.get(Technology if kind == "technology" else Need, record_id)
        assert record.status.value == ("archived" if kind == "technology" else "draft")
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == f"{kind}.status").order_by(AuditEvent.id.desc())
        ).scalars().first()
        assert event.actor_id == admin.id and event.target_id == record_id
    login(make_user("company"))
    assert client.get(page).status_code == 404, "hidden from the public"


def test_only_admins_hide(client, login, form_post, make_user, make_technology):
    company = make_user("company")
    technology_id = make_technology(company)
    login(company)
    response = form_post(f"/admin/technologies/{technology_id}/hide", {}, page=f"/technologies/{technology_id}")
    assert response.status_code == 403
