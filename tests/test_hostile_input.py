"""Hostile input (issue 14, point 6): every case a 4xx with a JSON error or the HTML error page,
nothing stored, never a 500; and a mail that cannot be built never fails the request."""

from __future__ import annotations

import http.client
import json
import re
from urllib.parse import urlsplit

import pytest

from matchmaker.extensions import db
from matchmaker.models import Match, Need, Organization, Technology, User
from matchmaker.routing import digits_up_to
from matchmaker.services import mail
from matchmaker.services.validation import INT_MAX

from .conftest import NEED, TECHNOLOGY
from .helpers import table_count
from .live import serve
from .test_match_concurrency_and_mail import smtp_server, wait_for  # noqa: F401 (a fixture)

HUGE_IDS = (10**30, 2**64, INT_MAX + 1)  # beyond 64 bits, just beyond 64 bits, beyond PostgreSQL's int4


@pytest.fixture
def admin_client(app, client, make_user, login):
    """A client signed in as an admin, with CSRF off so POST forms reach their views."""
    app.config["WTF_CSRF_ENABLED"] = False
    login(make_user("admin"))
    return client


def _int_routes(app) -> list[tuple[str, str]]:
    """(method, path) for every rule with an <int:> part, each id replaced by a marker."""
    routes = []
    for rule in app.url_map.iter_rules():
        if "int:" not in rule.rule:
            continue
        path = re.sub(r"<int:[a-z_]+>", "{id}", rule.rule)
        routes += [(method, path) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return routes


def test_ids_beyond_the_column_range_are_not_found_on_every_int_route(app, admin_client, api_token, make_user):
    headers = api_token(make_user("admin"))
    routes = _int_routes(app)
    assert len(routes) > 20
    for method, path in routes:
        for huge in HUGE_IDS:
            url = path.replace("{id}", str(huge))
            response = admin_client.open(url, method=method, json={}, headers=headers)
            assert response.status_code == 404, (method, url, response.status_code)
            if url.startswith("/api/"):
                assert response.json["error"]["code"] == "not_found"
            else:
                assert response.mimetype == "text/html"


def test_the_id_pattern_holds_exactly_the_numbers_up_to_its_limit():
    pattern = re.compile(digits_up_to(INT_MAX) + r"\Z")
    inside = (0, 7, 999_999_999, 1_999_999_999, 2_147_483_639, INT_MAX - 1, INT_MAX)
    outside = (INT_MAX + 1, 2_147_483_650, 2_200_000_000, 9_999_999_999, 10**10, 10**30)
    assert all(pattern.match(str(n)) for n in inside)
    assert not any(pattern.match(str(n)) for n in outside)
    small = re.compile(digits_up_to(305) + r"\Z")
    assert [n for n in range(2000) if small.match(str(n))] == list(range(306))


def test_the_largest_id_is_still_an_ordinary_not_found(admin_client):
    assert admin_client.get(f"/technologies/{INT_MAX}").status_code == 404
    assert admin_client.get(f"/api/v1/needs/{INT_MAX}").json["error"]["code"] == "not_found"


@pytest.mark.parametrize("huge", (10**30, INT_MAX + 1))
def test_a_huge_id_in_a_match_request_is_a_field_error(app, client, make_user, make_need, api_token, huge):
    city = make_user("city")
    need_id = make_need(city)
    response = client.post("/api/v1/matches", json={"need_id": need_id, "technology_id": huge}, headers=api_token(city))
    assert response.status_code == 422
    assert "technology_id" in response.json["error"]["fields"]
    response = client.post("/api/v1/matches", json={"need_id": huge, "technology_id": 1}, headers=api_token(city))
    assert response.status_code == 422 and "need_id" in response.json["error"]["fields"]
    assert table_count(app, Match) == 0


def test_a_huge_id_in_the_page_forms_is_refused_without_a_500(app, client, make_user, make_need, login, admin_client):
    response = admin_client.post("/admin/matches/bulk", data={"match_id": [str(10**30), "²"], "decision": "approve"})
    assert response.status_code == 302  # "tick at least one match"
    city = make_user("city")
    need_id = make_need(city)
    login(city)
    response = client.post("/matches/request", data={"need_id": need_id, "technology_id": str(10**30)})
    assert response.status_code == 302 and table_count(app, Match) == 0


LIST_PAGES = ("/technologies", "/needs", "/matches", "/admin/organizations", "/admin/matches", "/admin/audit")
API_LISTS = ("/api/v1/technologies", "/api/v1/needs", "/api/v1/matches", "/api/v1/organizations")


@pytest.mark.parametrize("page", (str(10**30), str(INT_MAX), str(2**63)))
def test_huge_pages_on_every_list(admin_client, api_token, make_user, page):
    headers = api_token(make_user("admin"))
    for path in LIST_PAGES:
        response = admin_client.get(f"{path}?page={page}")
        assert response.status_code == 200, path
    for path in API_LISTS:
        response = admin_client.get(f"{path}?page={page}", headers=headers)
        assert response.status_code in (200, 422), path
        if response.status_code == 422:
            assert "page" in response.json["error"]["fields"]
        else:
            assert response.json["items"] == []


@pytest.mark.parametrize("query", ("date_to=9999-12-31", "date_from=0001-01-01&date_to=9999-12-31"))
def test_audit_log_at_the_ends_of_the_calendar(admin_client, make_user, query):
    make_user("company")
    assert admin_client.get(f"/admin/audit?{query}").status_code == 200
    assert admin_client.get(f"/admin/audit.csv?{query}").status_code == 200


def _raw(client, method, url, text, headers):
    """Send ``text`` as the JSON body as is (json.dumps keeps lone surrogates as \\ud800 escapes)."""
    return client.open(url, method=method, data=text, content_type="application/json", headers=headers)


def _deployment(city):
    return {**TECHNOLOGY, "reference_deployments": [{"city": city, "year": 2020, "result": "ok"}]}


BAD_TECHNOLOGIES = {
    "surrogate in name": ({**TECHNOLOGY, "name": "Grid\ud800flex"}, "name"),
    "surrogate in a list item": ({**TECHNOLOGY, "certifications": ["ISO\udfff"]}, "certifications"),
    "surrogate in a nested city": (_deployment("Shen\ud83dzhen"), "reference_deployments"),
    "NUL in a nested city": (_deployment("Shen\x00zhen"), "reference_deployments"),
    "NUL in a nested key": (
        {**TECHNOLOGY, "reference_deployments": [{"city": "X", "year": 2020, "a\x00": 1}]},
        "reference_deployments",
    ),
    "CR/LF in the name": ({**TECHNOLOGY, "name": "GridFlex\r\nBcc: all@example.org"}, "name"),
    "line separator in the name": ({**TECHNOLOGY, "name": "GridFlex\u2028again"}, "name"),
    "escape character in the description": ({**TECHNOLOGY, "description": "Coloured \x1b[31m"}, "description"),
}


@pytest.mark.parametrize("case", BAD_TECHNOLOGIES, ids=list(BAD_TECHNOLOGIES))
def test_bad_text_in_a_technology_is_a_field_error_and_nothing_is_stored(app, client, make_user, api_token, case):
    body, field = BAD_TECHNOLOGIES[case]
    response = _raw(client, "POST", "/api/v1/technologies", json.dumps(body), api_token(make_user("company")))
    assert response.status_code == 422
    assert field in response.json["error"]["fields"]
    assert table_count(app, Technology) == 0


def test_bad_text_in_a_patch_leaves_the_record_unchanged(app, client, make_user, make_need, api_token):
    city = make_user("city")
    need_id = make_need(city)
    for body in ({"title": "Peak\ud800 load"}, {"title": "Peak\nload"}, {"scale": "50\x00MW"}):
        response = _raw(client, "PATCH", f"/api/v1/needs/{need_id}", json.dumps(body), api_token(city))
        assert response.status_code == 422 and set(body) <= set(response.json["error"]["fields"])
    with app.app_context():
        assert db.session.get(Need, need_id).title == NEED["title"]


def test_multi_line_fields_keep_their_line_breaks(client, make_user, api_token):
    body = {**TECHNOLOGY, "description": "First line.\r\nSecond line.\n\tIndented."}
    response = client.post("/api/v1/technologies", json=body, headers=api_token(make_user("company")))
    assert response.status_code == 201 and response.json["description"] == body["description"]


@pytest.mark.parametrize("text", ("Cut \ud800 PM2.5", "Cut \x00 PM2.5"))
def test_bad_text_in_a_climate_goal_is_refused(app, client, make_user, api_token, text):
    city = make_user("city")
    goals = [{"kind": "air_quality", "text": text, "year": 2030}]
    response = _raw(
        client,
        "PATCH",
        f"/api/v1/organizations/{city.organization_id}",
        json.dumps({"climate_goals": goals}),
        api_token(city),
    )
    assert response.status_code == 422 and "climate_goals" in response.json["error"]["fields"]
    with app.app_context():
        assert db.session.get(Organization, city.organization_id).climate_goals == []
    assert client.get(f"/organizations/{city.organization_id}").status_code == 200


def test_bad_text_at_sign_up_names_the_nested_field(app, client):
    body = {
        "email": "ana@example.org",
        "password": "a long and unusual passphrase",
        "role": "city",
        "organization": {"name": "Shenzhen\r\nEcology", "country": "CN", "region": "CN-GD"},
    }
    response = _raw(client, "POST", "/api/v1/auth/signup", json.dumps(body), {})
    assert response.status_code == 422 and "organization.name" in response.json["error"]["fields"]
    body["organization"]["name"] = "Shenzhen\udc00"
    body["password"] = "a long and \udc00 passphrase"
    response = _raw(client, "POST", "/api/v1/auth/signup", json.dumps(body), {})
    assert {"password", "organization.name"} <= set(response.json["error"]["fields"])
    assert table_count(app, User) == 0


def test_a_message_with_a_lone_surrogate_is_refused(app, client, make_user, make_need, make_technology, api_token):
    from .test_match_concurrency_and_mail import make_pair

    city, _company, match_id = make_pair(app, make_user, make_need, make_technology, status="connected")
    body = json.dumps({"body": "\u00c0\ud8e5A\u0098"})  # a high surrogate with no low one after it
    response = _raw(client, "POST", f"/api/v1/matches/{match_id}/messages", body, api_token(city))
    assert response.status_code == 422 and "body" in response.json["error"]["fields"]


@pytest.mark.parametrize(
    "credentials",
    ({"email": "ana\x00@example.org", "password": "x" * 12}, {"email": "ana\ud800@example.org", "password": "p\ud800"}),
)
def test_bad_text_in_the_log_in_is_just_wrong(client, credentials):
    response = _raw(client, "POST", "/api/v1/auth/token", json.dumps(credentials), {})
    assert response.status_code == 401 and response.json["error"]["code"] == "unauthorized"


def test_nul_in_the_log_in_form_is_just_wrong(app, client):
    app.config["WTF_CSRF_ENABLED"] = False
    response = client.post("/login", data={"email": "ana\x00@example.org", "password": "x" * 12})
    assert response.status_code in (200, 401) and response.mimetype == "text/html"


@pytest.mark.parametrize("method", ("TRACE", "PROPFIND", "PUT"))
@pytest.mark.parametrize("path", ("/", "/technologies", "/login", "/technologies/1"))
def test_unknown_methods_on_pages_answer_405_with_the_error_page(client, method, path):
    response = client.open(path, method=method)
    assert response.status_code == 405 and response.mimetype == "text/html"
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("method", ("TRACE", "PROPFIND"))
def test_unknown_methods_in_the_api_answer_405_json(client, method):
    response = client.open("/api/v1/needs", method=method)
    assert response.status_code == 405 and response.json["error"]["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("url", ("/api/v1/auth/token", "/api/v1/technologies", "/api/v1/auth/signup"))
def test_json_nested_100000_deep_is_malformed(app, client, make_user, api_token, url):
    headers = api_token(make_user("company"))
    deep = "[" * 100_000 + "]" * 100_000
    response = _raw(client, "POST", url, deep, headers)
    assert response.status_code == 400 and response.json["error"]["code"] == "bad_request"
    deep_object = '{"a":' * 100_000 + "1" + "}" * 100_000
    assert _raw(client, "POST", url, deep_object, headers).status_code == 400
    assert table_count(app, Technology) == 0


def test_an_object_nested_deeper_than_the_rule_allows_is_a_field_error(client, make_user, api_token):
    nested: dict = {"city": "X", "year": 2020}
    for _level in range(50):
        nested = {"x": nested}
    body = {**TECHNOLOGY, "reference_deployments": [{"city": "X", "year": 2020, "more": nested}]}
    response = client.post("/api/v1/technologies", json=body, headers=api_token(make_user("company")))
    assert response.status_code == 422 and "reference_deployments" in response.json["error"]["fields"]


def _chunked_post(base_url: str, path: str, body: bytes, chunk: int = 64 * 1024) -> tuple[int, dict]:
    """POST ``body`` with Transfer-Encoding: chunked (no Content-Length) over real HTTP."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", path)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        for start in range(0, len(body), chunk):
            piece = body[start : start + chunk]
            connection.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        connection.close()


def test_a_chunked_body_over_1_mib_is_413_and_a_small_one_is_read(app, make_user):
    make_user("company", email="bd@example.org")
    big = json.dumps({"email": "bd@example.org", "password": "x" * (1024 * 1024)}).encode()
    small = json.dumps({"email": "bd@example.org", "password": "wrong password here"}).encode()
    with serve(app) as base_url:
        status, body = _chunked_post(base_url, "/api/v1/auth/token", big)
        assert status == 413 and body["error"]["code"] == "too_large"
        status, body = _chunked_post(base_url, "/api/v1/auth/token", small)
        assert status == 401  # read in full and judged, not taken for malformed


# --- mail that cannot be built ---------------------------------------------------------------


def test_a_mail_that_cannot_be_built_does_not_drop_the_others(app, smtp_server):  # noqa: F811
    inbox, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
    with app.app_context():
        mail.queue(mail.Mail(to="first@example.org", subject="Broken\r\nBcc: all@example.org", body="x"))
        mail.queue(mail.Mail(to="second@example.org", subject="Fine", body="y"))
        db.session.commit()
    wait_for(inbox, 1)
    assert [rcpt for rcpt, _msg in inbox.messages] == [["second@example.org"]]


def test_a_stored_title_with_a_line_break_does_not_fail_the_match_request(
    app,
    client,
    make_user,
    make_need,
    make_technology,
    api_token,
    smtp_server,  # noqa: F811
    caplog,
):
    inbox, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
    city, company = make_user("city"), make_user("company")
    need_id, technology_id = make_need(city), make_technology(company)
    make_user("admin", email="staff@centre.example")
    with app.app_context():  # stored before titles were refused line breaks
        db.session.get(Need, need_id).title = "Peak load\r\nBcc: everyone@example.org"
        db.session.commit()
    with caplog.at_level("ERROR", logger="matchmaker.mail"):
        response = client.post(
            "/api/v1/matches", json={"need_id": need_id, "technology_id": technology_id}, headers=api_token(company)
        )
    assert response.status_code == 201 and response.json["status"] == "requested"
    assert table_count(app, Match) >= 1
    assert any("could not build or send mail" in record.getMessage() for record in caplog.records)
    assert all("everyone@example.org" not in rcpt for rcpt, _msg in inbox.messages)


def test_the_new_field_messages_are_in_chinese(client, make_user, api_token):
    headers = {**api_token(make_user("company")), "Accept-Language": "zh-CN"}
    body = {**TECHNOLOGY, "name": "Grid\nFlex", "certifications": ["ISO\ud800"]}
    fields = _raw(client, "POST", "/api/v1/technologies", json.dumps(body), headers).json["error"]["fields"]
    assert fields["name"] == "请输入单行文本，不要换行。"
    assert "未配对代理字符" in fields["certifications"]


@pytest.mark.parametrize("path", ["/api/v1/auth/password-reset", "/api/v1/auth/signup"])
def test_a_nul_in_the_email_is_refused_before_any_throttle_row_is_written(client, path):
    """The throttle keys its counters by e-mail: text no database stores must never reach them."""
    response = client.post(path, json={"email": "someone\x00@example.org", "password": "x", "role": "city"})
    assert response.status_code == 422, response.get_json()
    assert "email" in response.get_json()["error"]["fields"]
