"""Journey: a company saves the directory's filters as an alert, a city publishes a matching
need, and the company receives it in the app and by mail (a real SMTP server)."""

from __future__ import annotations

import re

import pytest

from ..helpers import PASSWORD
from ..smtp import SMTPServer
from .conftest import screenshot
from .test_marketplace_journey import sign_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_create_an_alert_from_the_directory_and_receive_it(app, live_server, page, page_errors, make_user, make_need):
    from playwright.sync_api import expect

    smtp = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp.port, BASE_URL=live_server)
    try:
        company = make_user("company", email="bd@gridflex.example")
        city = make_user("city", country="CN", region="CN-GD")
        sign_in(page, live_server, company.email, PASSWORD)

        page.goto(f"{live_server}/needs?q=peak&category=smart-grid&country=CN")
        page.locator("#alert-frequency").select_option("instant")
        screenshot(page, "alerts-directory-en-1280")
        page.get_by_role("button", name="Alert me about new ones like these").click()
        expect(page.get_by_text("Alert saved")).to_be_visible()
        expect(page.locator("#alerts")).to_contain_text("“peak” · smart-grid · CN")
        page.goto(f"{live_server}/alerts?lang=zh")
        page.set_viewport_size(PHONE)
        expect(page.locator("#alerts")).to_contain_text("立即")
        screenshot(page, "alerts-list-zh-390")

        need_id = make_need(city, title="Cut peak load in Futian district")  # the city publishes it
        [message] = smtp.inbox.wait_for(1)
        assert message["To"] == "bd@gridflex.example" and message["Content-Language"] == "en"
        assert message["Subject"] == "A new need for your alert: Cut peak load in Futian district"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        links = re.findall(r"^(http\S+)\r?$", message.get_content(), re.MULTILINE)
        assert f"{live_server}/needs/{need_id}" in links

        page.set_viewport_size(DESKTOP)
        page.goto(f"{live_server}/notifications?lang=en")
        expect(page.get_by_text("A new need for your alert: Cut peak load in Futian district")).to_be_visible()
        screenshot(page, "alert-notification-en-1280")
        page.goto(f"{live_server}/notifications?lang=zh")
        page.set_viewport_size(PHONE)
        expect(page.get_by_text("您的提醒有新需求：Cut peak load in Futian district")).to_be_visible()
        screenshot(page, "alert-notification-zh-390")

        page.goto(f"{live_server}/needs/{need_id}?lang=en")  # the mail's link
        page.set_viewport_size(DESKTOP)
        expect(page.get_by_role("heading", name="Cut peak load in Futian district")).to_be_visible()

        page.goto(f"{live_server}/preferences?lang=zh")
        screenshot(page, "preferences-zh-1280")
        page.set_viewport_size(PHONE)
        page.goto(f"{live_server}/preferences?lang=en")
        screenshot(page, "preferences-en-390")
        assert page_errors == []
    finally:
        smtp.stop()
