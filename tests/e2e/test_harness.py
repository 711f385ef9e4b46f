"""The e2e harness itself: the console check must not pass vacuously."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_page_errors_catch_csp_violations_and_script_errors(live_server, page, page_errors):
    page.goto(f"{live_server}/")
    assert page_errors == []
    # An inline script, as a template might add by mistake: the CSP must refuse it, loudly.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineRan = true";
            document.body.append(script);
            setTimeout(() => { throw new Error("boom from a timer"); });
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.inlineRan") is None
    assert any("Content Security Policy" in error for error in page_errors), page_errors
    assert any("boom from a timer" in error for error in page_errors), page_errors
