"""Browser end-to-end fixtures: the test app on a real port, driven by headless Chromium.

These tests use Debian's ``chromium`` package (never ``playwright install``): where it is
missing every test in this folder is skipped with a hint, and the rest of the suite runs.

* ``live_server``: the ``app`` fixture (fresh database) served on a free loopback port.
* ``browser``: one Chromium for the whole session.
* ``page``: a fresh browser context per test (locale en-US, 1280x900); everything the
  page logs as an error, and every uncaught script error, lands in ``page_errors``.
* ``screenshot(page, name)``: saves ``docs/screenshots/<name>.png`` for people to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..live import serve

E2E_DIR = Path(__file__).parent
SCREENSHOTS = E2E_DIR.parents[1] / "docs" / "screenshots"

DEBIAN_CHROMIUM = "/usr/bin/chromium"
CHROMIUM = DEBIAN_CHROMIUM if os.access(DEBIAN_CHROMIUM, os.X_OK) else shutil.which("chromium")
SKIP_REASON = "Debian's chromium is not installed: apt-get install chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root in CI
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these chromium calls Google hosts, which the closed CI network refuses.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(config, items):
    """Mark this folder's tests ``browser``; skip them (only them) without chromium."""
    skip = pytest.mark.skip(reason=SKIP_REASON) if CHROMIUM is None else None
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
            if skip is not None:
                item.add_marker(skip)


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The test app (with its fresh database) on a free loopback port; yields the base URL."""
    with serve(app) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        pytest.skip(SKIP_REASON)
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page_errors() -> list[str]:
    """Console errors (CSP violations, failed loads) and uncaught script errors of ``page``."""
    return []


@pytest.fixture
def page(browser, page_errors):
    # Reduced motion: charts draw at once (static/js/charts.js), so screenshots show final bars.
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and page_errors.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: page_errors.append(f"script: {error}"))
    try:
        yield page
    finally:
        context.close()


def screenshot(page, name: str) -> Path:
    """Save the whole page as ``docs/screenshots/<name>.png``; return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
