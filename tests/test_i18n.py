"""The interface in English and Simplified Chinese."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "matchmaker" / "translations" / "zh" / "LC_MESSAGES" / "messages.po"


def interface_strings() -> set[str]:
    """Every string marked for translation in the code and the templates."""
    method_map = [("matchmaker/**.py", "python"), ("templates/**.html", "jinja2")]
    found = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT),
        method_map=method_map,
        keywords={"_": None, "_l": None, "gettext": None, "lazy_gettext": None, "ngettext": (1, 2)},
    ):
        found.update(message if isinstance(message, tuple) else (message,))
    return {text for text in found if text}


def test_every_interface_string_has_a_chinese_translation():
    catalogue = read_po(CATALOGUE.open("rb"), locale="zh")
    translated = set()
    for message in catalogue:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and all(strings) and "fuzzy" not in message.flags:
            translated.update(message.id if isinstance(message.id, tuple) else (message.id,))
    missing = sorted(interface_strings() - translated)
    assert not missing, "untranslated (run `make messages`, then translate): " + "; ".join(missing[:20])


def test_translations_keep_their_placeholders():
    catalogue = read_po(CATALOGUE.open("rb"), locale="zh")
    for message in catalogue:
        if message.id and not isinstance(message.id, tuple) and "%(" in message.id:
            for placeholder in ("%(n)d", "%(n)s", "%(page)d", "%(pages)d", "%(status)d", "%(reason)s", "%(choices)s"):
                assert (placeholder in message.id) == (placeholder in message.string), message.id


def test_lang_parameter_switches_to_chinese_and_is_remembered(client):
    assert "让清洁技术对接需要它的城市" in client.get("/?lang=zh").get_data(as_text=True)
    page = client.get("/login").get_data(as_text=True)
    assert '<html lang="zh-CN">' in page and "电子邮箱" in page
    assert "Sign in" in client.get("/login?lang=en").get_data(as_text=True)
    assert "Sign in" in client.get("/").get_data(as_text=True)


def test_accept_language_picks_chinese(client):
    page = client.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"}).get_data(as_text=True)
    assert "面向城市" in page
    assert "For cities" in client.get("/", headers={"Accept-Language": "en-US"}).get_data(as_text=True)


def test_a_percent_encoded_lang_parameter_still_chooses(client):
    """The query string is only parsed when it can name ``lang``: encoded names count too."""
    assert '<html lang="zh-CN">' in client.get("/login?%6Cang=zh").get_data(as_text=True)
    assert '<html lang="zh-CN">' in client.get("/login?page=1").get_data(as_text=True)  # remembered


def test_each_browser_preference_is_read_on_its_own(client):
    """The preference is remembered per header value, never carried to another header."""
    for header, language in (("zh-CN,zh;q=0.9", "zh"), ("en-GB", "en"), ("zh-CN,zh;q=0.9", "zh"), ("", "en")):
        page = client.get("/login", headers={"Accept-Language": header}).get_data(as_text=True)
        assert ('<html lang="zh-CN">' in page) is (language == "zh"), header


def test_language_switch_link_keeps_the_page(client):
    page = client.get("/signup?role=city").get_data(as_text=True)
    assert 'href="/signup?role=city&amp;lang=zh"' in page


def test_field_errors_come_in_the_users_language(client, form_post):
    client.get("/?lang=zh")
    response = form_post("/signup", {"role": "city", "email": "bad", "password": "x"})
    page = response.get_data(as_text=True)
    assert "请输入有效的电子邮箱地址。" in page and "请至少使用 12 个字符。" in page


def test_api_errors_follow_accept_language(client):
    response = client.post("/api/v1/auth/signup", json={}, headers={"Accept-Language": "zh-CN"})
    assert response.get_json()["error"]["fields"]["email"] == "此字段为必填项。"
