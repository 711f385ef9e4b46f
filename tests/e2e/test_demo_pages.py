"""The demo data set as a newcomer sees it after `make run`: the admin's queue and insights,
a Chinese city's need with its ranked, explained suggestions. Screenshots for people to look at."""

from __future__ import annotations

from matchmaker import demo
from matchmaker.extensions import db
from matchmaker.models import Need, Organization

from .conftest import screenshot
from .test_match_journey import signed_in_as


def signed_in(page, base: str, email: str) -> None:
    signed_in_as(page, base, email, demo.DEMO_PASSWORD)


def load_demo(app) -> int:
    """Load the demo data; return the id of Shenzhen's shore-power need."""
    with app.app_context():
        demo.load_demo_data()
        db.session.commit()
        shenzhen = db.session.execute(db.select(Organization).where(Organization.name.like("Shenzhen%"))).scalar_one()
        need = db.session.execute(
            db.select(Need).where(Need.organization_id == shenzhen.id, Need.title.like("港口岸电%"))
        ).scalar_one()
        return need.id


def test_admin_sees_a_full_queue_and_charts_of_the_demo_data(app, live_server, page, page_errors):
    load_demo(app)
    signed_in(page, live_server, demo.ADMIN_EMAIL)
    page.goto(f"{live_server}/admin/matches")
    rows = page.locator("table tbody tr")
    assert rows.count() >= 20  # a page of the queue, best score first
    page.goto(f"{live_server}/admin/insights")
    assert page.locator("canvas").count() >= 3  # funnel, categories, country pairs
    page.wait_for_timeout(300)  # let the charts draw before the picture
    screenshot(page, "demo-admin-insights")
    assert page_errors == []


def test_a_chinese_city_reads_its_suggestions_with_reasons_in_chinese(app, live_server, page, page_errors):
    need_id = load_demo(app)
    page.goto(f"{live_server}/login?lang=zh")
    signed_in(page, live_server, "climate@shenzhen.example")
    page.goto(f"{live_server}/needs/{need_id}")
    suggestions = page.locator("li", has_text="双方都涉及")
    assert suggestions.first.is_visible()
    assert "岸电" in suggestions.first.inner_text()  # shore power / 岸电 named as the shared concept
    assert page.get_by_text("High-Voltage Shore Power").first.is_visible()
    screenshot(page, "demo-city-need-zh")
    assert page_errors == []
