"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests, scriptable per stage.

    from tests.smtp_server import SmtpServer, smtp_server  # the class, and a function-scoped fixture

    with SmtpServer() as server:
        server.handler.data_replies.append("451 4.3.0 try again later")  # the next DATA is refused, then 250
        ...
        server.received            # messages the server accepted (its 250 was given), in order
        server.by_message_id()     # {Message-ID: copies accepted}

Knobs on `server.handler`: data_replies (replies to the next DATA commands), rcpt_replies ({address: replies}),
drop_data (close the connection instead of answering the next N DATA commands: the message is not accepted),
mail_delay (seconds to stall at each MAIL FROM), data_delay (seconds between storing a message and answering
250: a server slower than the client's timeout), hang_up (close the connection after each accepted message);
mail_started counts MAIL FROM commands seen.

SmtpServer(security="starttls" | "tls", cert=self_signed_cert(tmp_path), users={"name": "password"}) speaks
STARTTLS (required) or implicit TLS and asks for AUTH; each Received says whether it came over TLS and who
logged in. Clients trust the certificate when SSL_CERT_FILE points at it.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Received:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    secure: bool = False  # came over TLS
    login: str = ""  # the AUTH user, if any

    @property
    def message(self) -> EmailMessage:
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Handler:
    """aiosmtpd handler that records accepted messages and answers as scripted."""

    received: list[Received] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)
    drop_data: int = 0
    mail_delay: float = 0.0
    data_delay: float = 0.0
    mail_started: int = 0
    hang_up: bool = False  # close the connection right after each accepted message (after its 250)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        with self.lock:
            self.mail_started += 1
            delay = self.mail_delay
        if delay:
            await asyncio.sleep(delay)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        with self.lock:
            replies = self.rcpt_replies.get(address, [])
            reply = replies.pop(0) if replies else "250 OK"
        if reply.startswith("250"):
            envelope.rcpt_tos.append(address)
        return reply

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            if self.drop_data:
                self.drop_data -= 1
                server.transport.close()  # the client sees the connection drop before any reply
                return "421 4.4.2 connection dropped"
            reply = self.data_replies.pop(0) if self.data_replies else "250 2.0.0 OK: queued"
            if reply.startswith("250"):
                login = str(session.auth_data or "") if session.authenticated else ""
                content = bytes(envelope.content)
                secure = server.transport.get_extra_info("ssl_object") is not None
                self.received.append(
                    Received(envelope.mail_from, tuple(envelope.rcpt_tos), content, secure, login)
                )
            hang_up = self.hang_up and reply.startswith("250")
            delay = self.data_delay
        if delay:
            await asyncio.sleep(delay)
        if hang_up:
            await server.push(reply)
            server.transport.close()
        return reply


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """(cert, key) for 127.0.0.1, made with the openssl command; the test is skipped without it."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}"]
        + ["-addext", f"subjectAltName=IP:{HOST}", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


class SmtpServer:
    """Context manager: an aiosmtpd Controller on 127.0.0.1 and a free port."""

    def __init__(
        self,
        security: str = "none",
        cert: tuple[Path, Path] | None = None,
        users: dict[str, str] | None = None,
    ) -> None:
        self.handler = Handler()
        self.port = free_port()
        self.security = security
        kwargs: dict[str, Any] = {}
        if security != "none":
            assert cert is not None, "TLS needs a certificate: self_signed_cert(tmp_path)"
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*cert)
            kwargs.update(
                {"tls_context": context, "require_starttls": True}
                if security == "starttls"
                else {"ssl_context": context}
            )
        if users is not None:
            assert security != "none", "AUTH without TLS makes aiosmtpd warn"
            kwargs["authenticator"] = self._authenticator(users)
            kwargs["auth_require_tls"] = (
                security == "starttls"
            )  # aiosmtpd only counts STARTTLS as TLS for AUTH
        self.controller = Controller(self.handler, hostname=HOST, port=self.port, **kwargs)

    @staticmethod
    def _authenticator(users: dict[str, str]) -> Any:
        def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
            if (
                isinstance(auth_data, LoginPassword)
                and users.get(auth_data.login.decode()) == auth_data.password.decode()
            ):
                return AuthResult(success=True, auth_data=auth_data.login.decode())
            return AuthResult(success=False, handled=False)

        return check

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def by_message_id(self) -> Counter[str]:
        return Counter(r.message_id for r in self.received)

    def toml(self) -> str:
        """An [smtp] table that points briefing at this server."""
        return f'[smtp]\nhost = "{HOST}"\nport = {self.port}\nsecurity = "{self.security}"\ntimeout = 5\nsender = "brief@example.org"\n'

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        """Poll until predicate(self) is true (the server runs in its own thread)."""
        end = time.monotonic() + timeout
        while not predicate(self):
            if time.monotonic() > end:
                raise AssertionError("SMTP server: condition not reached in time")
            time.sleep(0.01)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server
