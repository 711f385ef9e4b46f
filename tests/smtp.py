"""A real SMTP server (aiosmtpd) for tests, which can be down, slow, or stall one mail."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """Keeps every message the server accepted; ``stall`` holds the next one until released."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.stall_next = False
        self.stalled = threading.Event()  # set while a mail is held
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        if self.stall_next:
            self.stall_next = False
            self.stalled.set()
            while not self.release.is_set():  # other connections go on meanwhile
                await asyncio.sleep(0.02)
            return "451 4.3.0 Try again later"  # the held mail is never accepted
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages

    def recipients(self) -> list[str]:
        return sorted(message["To"] for message in self.messages)


class SMTPServer:
    """An aiosmtpd server on a fixed loopback port that can be stopped and started again."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.inbox = Inbox()
        self._controller: Controller | None = None

    def start(self) -> SMTPServer:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self.inbox.release.set()
            self._controller.stop()
            self._controller = None
