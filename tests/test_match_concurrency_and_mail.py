"""Eight admins approving at once over real HTTP; mail through a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import socket
import threading
import time
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from matchmaker.extensions import db
from matchmaker.models import AuditEvent, Match, MatchOrigin, MatchStatus, Notification, User

from .live import post_json, serve


def make_pair(app, make_user, make_need, make_technology, status: str = "requested"):
    city = make_user("city", country="CN", region="CN-GD", email="climate@shenzhen.example")
    company = make_user("company", email="bd@bayvolt.example")
    need_id, technology_id = make_need(city), make_technology(company)
    with app.app_context():
        match = Match(
            need_id=need_id,
            technology_id=technology_id,
            status=MatchStatus(status),
            origin=MatchOrigin.REQUEST,
            score=0.8,
            reasons=["budget fits"],
            reasons_zh=["预算合适"],
        )
        db.session.add(match)
        db.session.commit()
        return city, company, match.id


def test_eight_concurrent_approvals_give_exactly_one_success(app, make_user, make_need, make_technology, api_token):
    _city, _company, match_id = make_pair(app, make_user, make_need, make_technology)
    tokens = [api_token(make_user("admin"))["Authorization"].split()[1] for _ in range(8)]
    results: list[int] = []
    start = threading.Barrier(8)

    def approve(token: str) -> None:
        start.wait()
        status, _body = post_json(f"{base}/api/v1/matches/{match_id}/approve", {"note": "ok"}, token)
        results.append(status)

    with serve(app) as base:
        threads = [threading.Thread(target=approve, args=(token,)) for token in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(results) == [200] + [409] * 7
    with app.app_context():
        approvals = (
            db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "match.approve")).scalars().all()
        )
        assert len(approvals) == 1
        notices = (
            db.session.execute(db.select(Notification).where(Notification.kind == "match_approved")).scalars().all()
        )
        assert len(notices) == 2
        assert db.session.get(Match, match_id).status is MatchStatus.APPROVED


class Inbox:
    """aiosmtpd handler keeping every message received."""

    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def wait_for(inbox: Inbox, count: int) -> None:
    deadline = time.monotonic() + 5
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.02)


def test_approval_mails_both_parties_in_their_language_without_leaking_before(
    app, client, make_user, make_need, make_technology, api_token, smtp_server
):
    inbox, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
    city, company, match_id = make_pair(app, make_user, make_need, make_technology, status="suggested")
    with app.app_context():
        db.session.get(User, city.id).locale = "zh"
        db.session.commit()
    admin = make_user("admin", email="staff@centre.example")

    # The city asks: only the admins hear of it, and nobody's contact is in the mail.
    pair = {"need_id": _need_of(app, match_id), "technology_id": _tech_of(app, match_id)}
    assert client.post("/api/v1/matches", json=pair, headers=api_token(city)).status_code == 201
    wait_for(inbox, 1)
    assert [rcpt for rcpt, _msg in inbox.messages] == [["staff@centre.example"]]
    request_mail = inbox.messages[0][1].get_content()
    assert "bd@bayvolt.example" not in request_mail and "climate@shenzhen.example" not in request_mail

    client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(admin))
    wait_for(inbox, 3)
    approvals = {tuple(rcpt): message for rcpt, message in inbox.messages[1:]}
    assert set(approvals) == {("climate@shenzhen.example",), ("bd@bayvolt.example",)}
    chinese = approvals[("climate@shenzhen.example",)]
    english = approvals[("bd@bayvolt.example",)]
    assert chinese["Content-Language"] == "zh-CN" and "新的对接" in chinese["Subject"]
    assert english["Content-Language"] == "en" and "A new introduction" in english["Subject"]


def test_without_mail_server_mail_goes_to_the_log(
    app, client, make_user, make_need, make_technology, api_token, caplog
):
    _city, _company, match_id = make_pair(app, make_user, make_need, make_technology)
    app.config["MAIL_SERVER"] = None
    with caplog.at_level("INFO", logger="matchmaker.mail"):
        client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(make_user("admin")))
    assert sum("A new introduction" in record.getMessage() for record in caplog.records) == 2


def test_no_mail_is_sent_for_a_refused_decision(
    app, client, make_user, make_need, make_technology, api_token, smtp_server
):
    inbox, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
    _city, _company, match_id = make_pair(app, make_user, make_need, make_technology, status="rejected")
    response = client.post(f"/api/v1/matches/{match_id}/approve", json={}, headers=api_token(make_user("admin")))
    assert response.status_code == 409
    time.sleep(0.2)
    assert inbox.messages == []


def _need_of(app, match_id: int) -> int:
    with app.app_context():
        return db.session.get(Match, match_id).need_id


def _tech_of(app, match_id: int) -> int:
    with app.app_context():
        return db.session.get(Match, match_id).technology_id
