"""Journey: an owner invites a colleague; the colleague accepts from the mailed link, signs in
and sees the organisation's records. Screenshots of the team page in English and Chinese at
1280 and 390 px."""

from __future__ import annotations

import re

import pytest

from ..helpers import PASSWORD
from ..smtp import SMTPServer
from .conftest import screenshot

pytestmark = pytest.mark.browser

COLLEAGUE = "colleague@pengcheng.example"
COLLEAGUE_PASSWORD = "tidal-solar-lantern-42"


def sign_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_owner_invites_a_colleague_who_accepts_and_sees_the_records(
    app, live_server, browser, page, page_errors, make_user, make_technology
):
    from playwright.sync_api import expect

    smtp = SMTPServer().start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp.port, BASE_URL=live_server)
    try:
        owner = make_user("company", email="bd@pengcheng.example")
        make_technology(owner, name="Pengcheng demand response")
        sign_in(page, live_server, owner.email, PASSWORD)
        page.goto(f"{live_server}/account/team")
        page.locator("#email").fill(COLLEAGUE)
        page.locator("#role").select_option("member")
        page.get_by_role("button", name="Send the invitation").click()
        expect(page.get_by_text(f"An invitation is on its way to {COLLEAGUE}")).to_be_visible()
        expect(page.locator("#team-invitations")).to_contain_text(COLLEAGUE)
        screenshot(page, "team-owner-en-1280")
        page.set_viewport_size({"width": 390, "height": 844})
        page.reload()
        screenshot(page, "team-owner-en-390")
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, f"the team page scrolls sideways at 390 px ({wide} px)"
        page.goto(f"{live_server}/account/team?lang=zh")
        expect(page.get_by_role("heading", name="邀请同事")).to_be_visible()
        screenshot(page, "team-owner-zh-390")
        page.set_viewport_size({"width": 1280, "height": 900})
        page.reload()
        screenshot(page, "team-owner-zh-1280")

        [message] = smtp.inbox.wait_for(1)
        assert message["To"] == COLLEAGUE
        link = re.search(r"^(http\S+/invitations/accept\?token=\S+)\r?$", message.get_content(), re.MULTILINE).group(1)

        colleague_context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        colleague = colleague_context.new_page()
        try:
            colleague.goto(link)
            expect(colleague.get_by_role("heading", name=re.compile("^Join "))).to_be_visible()
            colleague.locator("#password").fill(COLLEAGUE_PASSWORD)
            screenshot(colleague, "team-accept-invitation-en-1280")
            colleague.get_by_role("button", name="Join the team").click()
            expect(colleague.get_by_text("Welcome to")).to_be_visible()
            # the organisation's record (in its list and in its feed)
            expect(colleague.get_by_text("Pengcheng demand response").first).to_be_visible()
            colleague.locator("#account-menu").click()
            colleague.get_by_role("button", name="Sign out").click()
            expect(colleague.get_by_text("You are signed out.")).to_be_visible()
            sign_in(colleague, live_server, COLLEAGUE, COLLEAGUE_PASSWORD)
            expect(colleague).to_have_url(re.compile(r"/company/$"))
            expect(colleague.get_by_text("Pengcheng demand response").first).to_be_visible()
            colleague.goto(link)  # the link worked once
            expect(colleague.get_by_text("already used")).to_be_visible()
        finally:
            colleague_context.close()
        expect(page.locator("body")).to_be_visible()
        page.goto(f"{live_server}/account/team")
        expect(page.locator("#team-members")).to_contain_text(COLLEAGUE)
        answered_with_an_error_status = "the server responded with a status of"  # the 410 above
        assert [error for error in page_errors if answered_with_an_error_status not in error] == []
    finally:
        smtp.stop()
