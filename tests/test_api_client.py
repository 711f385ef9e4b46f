"""A Python client generated from /api/v1/openapi.json (openapi-python-client, offline) walks
the whole flow through its typed functions, every answer parsed into its declared model."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .helpers import PASSWORD

PACKAGE = "matchmaker_api_client"


@pytest.fixture(scope="module")
def api_client(tmp_path_factory):
    """The generated package, imported from a temporary folder (and forgotten afterwards)."""
    from matchmaker.app import create_app

    folder = tmp_path_factory.mktemp("client")
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "client"})
    document = folder / "openapi.json"
    document.write_text(json.dumps(app.test_client().get("/api/v1/openapi.json").get_json()))
    config = folder / "config.json"
    config.write_text(json.dumps({"post_hooks": []}))  # no formatter run: nothing outside the venv
    generator = Path(sys.executable).with_name("openapi-python-client")
    subprocess.run(
        [generator, "generate", "--path", document, "--output-path", folder / PACKAGE, "--meta", "none"]
        + ["--config", config],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def _parsed(response, status: int, model):
    """The body of ``response``, which must have ``status`` and parse into ``model``."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, model), type(response.parsed)
    return response.parsed


def test_a_generated_client_walks_the_whole_flow(app, make_user, api_client):
    from matchmaker_api_client import AuthenticatedClient, Client
    from matchmaker_api_client.api.default import (
        approve_match,
        create_match,
        create_need,
        create_technology,
        create_token,
        list_messages,
        need_suggestions,
        post_message,
        respond_to_match,
        signup,
        update_need,
        update_technology,
        verify_organization,
    )
    from matchmaker_api_client.models import (
        Answer,
        Approval,
        Match,
        MatchRequest,
        MatchStatus,
        MessageRequest,
        Messages,
        Need,
        NeedCreate,
        NeedCreateCategoriesItem,
        NeedUpdate,
        Organization,
        PostedMessage,
        SignedUp,
        SignupRequest,
        SignupRequestOrganization,
        SignupRequestOrganizationCountry,
        SignupRequestRole,
        Suggestions,
        Technology,
        TechnologyCreate,
        TechnologyCreateCategoriesItem,
        TechnologyUpdate,
        Token,
        TokenRequest,
    )

    base_url = "http://localhost/api/v1"
    transport = httpx.WSGITransport(app=app)
    anonymous = Client(base_url=base_url, httpx_args={"transport": transport})

    def sign_in(email: str) -> AuthenticatedClient:
        response = create_token.sync_detailed(client=anonymous, body=TokenRequest(email=email, password=PASSWORD))
        token = _parsed(response, 200, Token)
        return AuthenticatedClient(base_url=base_url, token=token.token, httpx_args={"transport": transport})

    def sign_up(email: str, role, name: str, country, region: str) -> SignedUp:
        organization = SignupRequestOrganization(name=name, country=country, region=region)
        body = SignupRequest(email=email, password=PASSWORD, role=role, organization=organization)
        return _parsed(signup.sync_detailed(client=anonymous, body=body), 201, SignedUp)

    company = sign_up(
        "bd@pearl-grid.example", SignupRequestRole.COMPANY, "Pearl Grid", SignupRequestOrganizationCountry.US, "US-CA"
    )
    city = sign_up(
        "climate@shenzhen.example", SignupRequestRole.CITY, "Shenzhen", SignupRequestOrganizationCountry.CN, "CN-GD"
    )
    assert company.organization.verified is False and city.user.role.value == "city"
    as_company, as_city = sign_in("bd@pearl-grid.example"), sign_in("climate@shenzhen.example")
    make_user("admin", email="staff@centre.example")
    as_admin = sign_in("staff@centre.example")

    for organization in (company.organization, city.organization):
        verified = verify_organization.sync_detailed(organization.id, client=as_admin)
        assert _parsed(verified, 200, Organization).verified is True

    technology = _parsed(
        create_technology.sync_detailed(
            client=as_company,
            body=TechnologyCreate(
                name="GridFlex demand response",
                categories=[TechnologyCreateCategoriesItem.SMART_GRID],
                description="Demand response that shifts the peak load of office buildings.",
                regions=["CN", "US-CA"],
                trl=7,
                cost_usd=[200_000.0, 900_000.0],
            ),
        ),
        201,
        Technology,
    )
    need = _parsed(
        create_need.sync_detailed(
            client=as_city,
            body=NeedCreate(
                title="Cut peak load in Futian",
                categories=[NeedCreateCategoriesItem.SMART_GRID],
                description="Reduce the summer peak demand of 300 office buildings by 50 MW.",
                budget_usd=1_000_000.0,
                min_trl=6,
            ),
        ),
        201,
        Need,
    )

    ranking = _parsed(need_suggestions.sync_detailed(need.id, client=as_city, top=5), 200, Suggestions)
    assert technology.id in [item.technology_id for item in ranking.items]

    requested = _parsed(
        create_match.sync_detailed(client=as_city, body=MatchRequest(need_id=need.id, technology_id=technology.id)),
        201,
        Match,
    )
    assert requested.status is MatchStatus.REQUESTED
    approved = _parsed(
        approve_match.sync_detailed(requested.id, client=as_admin, body=Approval(note="A good fit.")), 200, Match
    )
    assert approved.status is MatchStatus.APPROVED and approved.contacts.city.email == "climate@shenzhen.example"

    respond_to_match.sync_detailed(requested.id, client=as_city, body=Answer(interested=True))
    connected = _parsed(
        respond_to_match.sync_detailed(requested.id, client=as_company, body=Answer(interested=True)), 200, Match
    )
    assert connected.status is MatchStatus.CONNECTED

    posted = _parsed(
        post_message.sync_detailed(requested.id, client=as_city, body=MessageRequest(body="Shall we meet?")),
        201,
        PostedMessage,
    )
    thread = _parsed(list_messages.sync_detailed(requested.id, client=as_company), 200, Messages)
    assert [message.id for message in thread.items] == [posted.id]

    changed = _parsed(
        update_technology.sync_detailed(technology.id, client=as_company, body=TechnologyUpdate(trl=9)), 200, Technology
    )
    assert changed.trl == 9 and changed.name == technology.name
    closed_to_foreign = _parsed(
        update_need.sync_detailed(need.id, client=as_city, body=NeedUpdate(open_to_foreign=False)), 200, Need
    )
    assert closed_to_foreign.open_to_foreign is False and closed_to_foreign.title == need.title
