"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, keeping what it receives.

::

    with SmtpSink() as sink:                      # or SmtpSink().start(), then .stop()
        deliver(message, sink.url, outbox)
        [received] = sink.messages                # parsed email.message.EmailMessage
        sink.envelopes[0].rcpt_tos                # what the client said in MAIL/RCPT
        sink.refuse_next(1, code=451)             # next DATA gets "451 …": test a retry
        sink.refuse_next(2, code=550, stage="RCPT")
        sink.wait_for(1, timeout=5)               # when another process sends

``SmtpSink(auth=("user", "secret"))`` requires AUTH (without TLS, as test servers may);
``SmtpSink(tls=server_context)`` offers STARTTLS, ``implicit_tls=True`` makes it SMTPS.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast
from urllib.parse import quote

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

Stage = Literal["MAIL", "RCPT", "DATA"]
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Received:
    """One accepted message: the envelope and the raw bytes as the client sent them."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class _Refusal:
    stage: Stage
    remaining: int
    reply: str


class _Handler:
    """aiosmtpd calls these on its own thread; the sink reads under a lock."""

    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_MAIL(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        refusal = self._sink._take_refusal("MAIL")
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        refusal = self._sink._take_refusal("RCPT")
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        refusal = self._sink._take_refusal("DATA")
        if refusal:
            return refusal
        data = envelope.original_content or cast(bytes, envelope.content)
        self._sink._keep(Received(envelope.mail_from or "", tuple(envelope.rcpt_tos), data))
        return "250 Message accepted for delivery"


class SmtpSink:
    """A running SMTP server on a free port of 127.0.0.1 that keeps every message.

    Args:
        auth: ``(user, password)`` to require AUTH PLAIN/LOGIN; ``None``: no AUTH.
        tls: a server ``SSLContext``: STARTTLS is offered (or, with ``implicit_tls``,
            the whole connection is TLS, as on port 465).
        implicit_tls: SMTPS instead of STARTTLS; needs ``tls``.
    """

    def __init__(
        self,
        auth: tuple[str, str] | None = None,
        tls: ssl.SSLContext | None = None,
        implicit_tls: bool = False,
    ) -> None:
        self._lock = threading.Lock()
        self._received: list[Received] = []
        self._refusals: list[_Refusal] = []
        self._auth = auth
        self._options = self._controller_options(auth, tls, implicit_tls)
        self._controller: Controller | None = None
        self.scheme = "smtps" if implicit_tls else ("smtp+starttls" if tls else "smtp")
        self.host = HOST
        self.port = 0

    def start(self) -> SmtpSink:
        """Start listening (``with SmtpSink() as sink`` does it for you); safe to call twice."""
        if self._controller is None:
            self._controller = _start(self._options)
            self.port = int(self._controller.port)
        return self

    @property
    def url(self) -> str:
        """``smtp://127.0.0.1:PORT`` (with scheme and credentials matching the options)."""
        if not self.port:
            raise RuntimeError("SmtpSink.start() n'a pas été appelé")
        user = ":".join(quote(part, safe="") for part in self._auth) + "@" if self._auth else ""
        return f"{self.scheme}://{user}{self.host}:{self.port}"

    @property
    def envelopes(self) -> list[Received]:
        """Every accepted message so far, oldest first (a copy)."""
        with self._lock:
            return list(self._received)

    @property
    def messages(self) -> list[EmailMessage]:
        """Every accepted message so far, parsed with ``email.policy.default``."""
        return [received.message for received in self.envelopes]

    def refuse_next(self, n: int = 1, code: int = 451, stage: Stage = "DATA") -> None:
        """Answer the next ``n`` ``stage`` commands (one per recipient for RCPT) with
        ``code``: 4xx is a temporary refusal, 5xx a permanent one."""
        reply = f"{code} {'Try again later' if code < 500 else 'Refused'} (test)"
        with self._lock:
            self._refusals.append(_Refusal(stage, n, reply))

    def wait_for(self, count: int, timeout: float = 5.0) -> list[EmailMessage]:
        """Wait until at least ``count`` messages arrived (sent from another thread or
        process); raise ``TimeoutError`` otherwise."""
        deadline = time.monotonic() + timeout
        while len(self.envelopes) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.envelopes)} message(s) reçu(s), {count} attendu(s)")
            time.sleep(0.02)
        return self.messages

    def clear(self) -> None:
        """Forget received messages and pending refusals."""
        with self._lock:
            self._received.clear()
            self._refusals.clear()

    def stop(self) -> None:
        """Stop the server (safe to call twice)."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _controller_options(
        self, auth: tuple[str, str] | None, tls: ssl.SSLContext | None, implicit_tls: bool
    ) -> dict[str, Any]:
        options: dict[str, Any] = {"handler": _Handler(self), "hostname": HOST}
        if auth:
            options.update(
                authenticator=_authenticator(*auth), auth_required=True, auth_require_tls=False
            )
        if tls and implicit_tls:
            options["ssl_context"] = tls
        elif tls:
            options["tls_context"] = tls
        return options

    def _take_refusal(self, stage: Stage) -> str | None:
        with self._lock:
            for refusal in self._refusals:
                if refusal.stage == stage and refusal.remaining > 0:
                    refusal.remaining -= 1
                    return refusal.reply
        return None

    def _keep(self, received: Received) -> None:
        with self._lock:
            self._received.append(received)


def make_tls_contexts(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A self-signed certificate for 127.0.0.1 and localhost, made with the openssl tool.

    Args:
        folder: where to write ``cert.pem`` and ``key.pem``.

    Returns:
        ``(server_context, client_context)``; the client trusts only this certificate.

    Raises:
        FileNotFoundError: no ``openssl`` on this machine.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        raise FileNotFoundError("openssl")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert),
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client


def _authenticator(user: str, password: str) -> Any:
    def authenticate(
        server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data == (
            user.encode(),
            password.encode(),
        )
        # handled=False: aiosmtpd then answers 235 or 535 itself.
        return AuthResult(success=ok, handled=False)

    return authenticate


def _start(options: dict[str, Any]) -> Controller:
    # aiosmtpd needs a fixed port (it connects to itself to check it started), so pick a
    # free one and try again in the rare case another process takes it first.
    for attempt in range(5):
        controller = Controller(port=_free_port(), **options)
        try:
            controller.start()
        except (OSError, RuntimeError):
            if attempt == 4:
                raise
            continue
        return controller
    raise AssertionError("unreachable")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])
