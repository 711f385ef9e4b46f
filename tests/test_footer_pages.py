"""Issue 13 section 4: the footer links privacy, terms, contact and an API page (bilingual);
the API page explains the API and links the OpenAPI document (no raw JSON from the footer)."""

from __future__ import annotations

import pytest

PAGES = {
    "/privacy": ("Privacy", "隐私"),
    "/terms": ("Terms", "使用条款"),
    "/contact": ("Contact us", "联系我们"),
    "/api": ("The Matchmaker API", "平台 API"),
}


def test_the_footer_links_every_page_and_no_raw_json(client):
    html = client.get("/").get_data(as_text=True)
    footer = html[html.index("<footer") :]
    for path in PAGES:
        assert f'href="{path}"' in footer
    assert "/api/v1/openapi.json" not in footer, "the footer opens a page, not raw JSON"


@pytest.mark.parametrize("path", PAGES)
def test_each_page_reads_in_english_and_chinese(client, path):
    english, chinese = PAGES[path]
    assert "<h1" in client.get(f"{path}?lang=en").get_data(as_text=True)
    assert english in client.get(f"{path}?lang=en").get_data(as_text=True)
    assert chinese in client.get(f"{path}?lang=zh").get_data(as_text=True)


def test_the_api_page_explains_tokens_and_links_the_openapi_document(client):
    html = client.get("/api").get_data(as_text=True)
    assert "/api/v1/auth/token" in html and "Authorization: Bearer TOKEN" in html
    assert 'href="/api/v1/openapi.json"' in html
    assert client.get("/api/v1/openapi.json").get_json()["openapi"].startswith("3")


def test_the_contact_page_names_the_configured_address(app, client):
    app.config["CONTACT_EMAIL"] = "hello@example.org"
    assert 'href="mailto:hello@example.org"' in client.get("/contact").get_data(as_text=True)

