"""Journey: a user who forgot the password follows the mailed link in a real browser."""

from __future__ import annotations

import re

import pytest

from ..helpers import PASSWORD
from ..smtp import SMTPServer

pytestmark = pytest.mark.browser

NEW_PASSWORD = "tidal-solar-lantern-42"


def test_forgot_password_from_the_login_page_to_signing_in_with_the_new_one(
    app, live_server, page, page_errors, make_user
):
    from playwright.sync_api import expect

    smtp = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp.port, BASE_URL=live_server)
    try:
        user = make_user("company")
        page.goto(f"{live_server}/login")
        page.get_by_role("link", name="Forgot your password?").click()
        page.locator("#email").fill(user.email)
        page.get_by_role("button", name="Send the link").click()
        expect(page.get_by_role("heading", name="Check your mail")).to_be_visible()
        [message] = smtp.inbox.wait_for(1)
        link = re.search(r"^(http\S+)\r?$", message.get_content(), re.MULTILINE).group(1)
        assert link.startswith(f"{live_server}/password-reset/confirm?token=")

        page.goto(link)
        page.locator("#password").fill("short")
        page.get_by_role("button", name="Set the new password").click()
        expect(page.locator("#password")).to_have_class(re.compile(r"\bis-invalid\b"))
        page.locator("#password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Set the new password").click()
        expect(page.get_by_text("Your password is changed")).to_be_visible()

        page.locator("#email").fill(user.email)
        page.locator("#password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_text("Wrong e-mail or password.")).to_be_visible()  # the old one is gone
        page.locator("#password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).not_to_have_url(re.compile(r"/login"))
        page.goto(link)  # the link worked once
        expect(page.get_by_text("already used")).to_be_visible()
        answered_with_an_error_status = "the server responded with a status of"  # the 422, 401 and 410 above
        assert [error for error in page_errors if answered_with_an_error_status not in error] == []
    finally:
        smtp.stop()
