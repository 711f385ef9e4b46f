"""The API's base: sign-up, tokens, JSON errors for every status, OpenAPI."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.models import Credential, Organization, User

from .helpers import PASSWORD, table_count

SIGNUP = {
    "email": "bd@bayvolt.example",
    "password": "a long unusual passphrase",
    "role": "company",
    "organization": {
        "name": "BayVolt Charging",
        "country": "US",
        "region": "US-CA",
        "website": "https://bayvolt.example",
    },
}


def assert_json_error(response, status: int, code: str | None = None):
    assert response.status_code == status
    assert response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


def test_signup_answers_201_with_user_and_unverified_organisation(app, client):
    response = client.post("/api/v1/auth/signup", json=SIGNUP)
    assert response.status_code == 201
    body = response.get_json()
    assert body["user"]["email"] == "bd@bayvolt.example" and body["user"]["role"] == "company"
    assert isinstance(body["user"]["id"], int)
    assert body["organization"]["name"] == "BayVolt Charging"
    assert body["organization"]["verified"] is False
    assert table_count(app, User) == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"email": "nope"}, "email"),
        ({"email": 42}, "email"),
        ({"password": "short"}, "password"),
        ({"password": ["a list"]}, "password"),
        ({"role": "admin"}, "role"),
        ({"organization": "a string"}, "organization"),
        ({"organization": {**SIGNUP["organization"], "name": ""}}, "organization.name"),
        ({"organization": {**SIGNUP["organization"], "country": "XX"}}, "organization.country"),
        ({"organization": {**SIGNUP["organization"], "region": "CN-GD"}}, "organization.region"),
        ({"organization": {**SIGNUP["organization"], "website": "ftp://x"}}, "organization.website"),
        ({"organization": {**SIGNUP["organization"], "description": 7}}, "organization.description"),
    ],
)
def test_signup_names_each_invalid_field_with_422_and_stores_nothing(app, client, change, field):
    response = client.post("/api/v1/auth/signup", json={**SIGNUP, **change})
    error = assert_json_error(response, 422, "invalid")
    assert field in error["fields"]
    assert table_count(app, User) == 0 and table_count(app, Organization) == 0


def test_signup_with_a_taken_email_is_422(client, make_user):
    make_user("city", email="bd@bayvolt.example")
    error = assert_json_error(client.post("/api/v1/auth/signup", json=SIGNUP), 422)
    assert "already exists" in error["fields"]["email"]


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b""])
def test_malformed_json_is_400(client, body):
    response = client.post("/api/v1/auth/signup", data=body, content_type="application/json")
    assert_json_error(response, 400, "bad_request")


def test_body_over_one_mebibyte_is_413(client):
    response = client.post(
        "/api/v1/auth/signup", data=b"{" + b" " * (1024 * 1024) + b"}", content_type="application/json"
    )
    assert_json_error(response, 413, "too_large")


def test_unknown_api_path_is_json_404_and_wrong_method_json_405(client):
    assert_json_error(client.get("/api/v1/nothing-here"), 404, "not_found")
    response = client.get("/api/v1/auth/signup")
    assert_json_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_token_round_trip(app, client, make_user):
    user = make_user("city", email="climate@oakland.example")
    response = client.post("/api/v1/auth/token", json={"email": "Climate@Oakland.example", "password": PASSWORD})
    assert response.status_code == 200
    token = response.get_json()["token"]
    assert response.get_json()["expires_at"].endswith("Z")
    with app.app_context():
        stored = db.session.execute(db.select(Credential.secret_hash)).scalar_one()
        assert token not in stored  # only a hash is kept
    headers = {"Authorization": f"Bearer {token}"}
    me = client.get("/api/v1/matches", headers=headers)
    assert me.status_code == 200, "the token signs in as the user it was issued to"
    with app.app_context():
        owner = db.session.execute(db.select(Credential.user_id)).scalar_one()
    assert owner == user.id
    assert client.delete("/api/v1/auth/token", headers=headers).status_code == 204
    assert_json_error(client.delete("/api/v1/auth/token", headers=headers), 401)
    assert_json_error(client.get("/api/v1/matches", headers=headers), 401)


@pytest.mark.parametrize(
    "credentials",
    [
        {"email": "climate@oakland.example", "password": "wrong password"},
        {"email": "ghost@x.example", "password": PASSWORD},
        {"email": None, "password": 5},
        {},
    ],
)
def test_bad_credentials_get_401(client, make_user, credentials):
    make_user("city", email="climate@oakland.example")
    assert_json_error(client.post("/api/v1/auth/token", json=credentials), 401, "unauthorized")


def test_repeated_token_failures_get_429(app, client, make_user):
    app.config["LOGIN_FAILURES_PER_ACCOUNT_ADDRESS"] = 2
    make_user("city", email="climate@oakland.example")
    bad = {"email": "climate@oakland.example", "password": "wrong password"}
    assert [client.post("/api/v1/auth/token", json=bad).status_code for _ in range(3)] == [401, 401, 429]
    good = client.post("/api/v1/auth/token", json={**bad, "password": PASSWORD})
    assert_json_error(good, 429, "too_many_requests")


def test_expired_and_revoked_tokens_are_refused(app, client, make_user, api_token):
    from matchmaker.services.accounts import user_for_api_token

    user = make_user("company")
    token = api_token(user)["Authorization"].split()[1]
    with app.app_context():
        assert user_for_api_token(token).id == user.id
        credential = db.session.execute(db.select(Credential)).scalar_one()
        credential.expires_at = credential.expires_at - timedelta(days=365)
        db.session.commit()
        assert user_for_api_token(token) is None


def test_a_browser_session_id_is_not_an_api_token(app, client, make_user, login):
    from matchmaker.services.accounts import user_for_api_token

    user = make_user("company")
    login(user)
    with client.session_transaction() as session:
        session_id = session["_user_id"]
    with app.app_context():
        assert user_for_api_token(session_id) is None


def test_openapi_document_is_generated_from_the_routes(client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert {"/auth/signup", "/auth/token", "/openapi.json"} <= set(document["paths"])
    assert set(document["paths"]["/auth/token"]) == {"post", "delete"}
    signup = document["paths"]["/auth/signup"]["post"]
    reference = signup["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = document["components"]["schemas"][reference.rsplit("/", 1)[1]]
    assert schema["properties"]["role"]["enum"] == ["company", "city", "investor"]  # financing.md
    assert "organization" in schema["required"]
    assert document["paths"]["/auth/token"]["delete"]["security"] == [{"bearer": []}]


def test_healthz_answers_ok_when_the_database_answers(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_healthz_answers_503_when_the_database_does_not():
    from matchmaker.app import create_app

    broken = create_app(
        {"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite:////nonexistent/dir/x.db", "SECRET_KEY": "k"}
    )
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable"}
