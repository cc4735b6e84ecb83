"""Send a rendered digest: compose the MIME message, then SMTP, or a ``.eml`` in an outbox.

Failures are wrapped once, here, into ``DeliveryError``; ``permanent`` says whether a retry
can help (4xx, timeouts, refused connections: yes; 5xx, refused credentials: no).
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from worker.digest.model import RenderedDigest
from worker.errors import DeliveryError

Security = Literal["plain", "starttls", "ssl"]

_SCHEMES: dict[str, tuple[Security, int]] = {
    "smtp": ("plain", 25),
    "smtp+starttls": ("starttls", 587),
    "smtps": ("ssl", 465),
}
_TRUE = ("1", "true", "yes", "oui", "on")
_FALSE = ("0", "false", "no", "non", "off")
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
# Printable ASCII but <, > and @ on each side of the @ (RFC 5322 msg-id, loosely).
_MESSAGE_ID = re.compile(r"<?([!-;=?A-~]+@[!-;=?A-~]+)>?")
_REPLY_MAX_CHARS = 200


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to send. ``repr`` and ``str`` never show the password."""

    host: str
    port: int
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    security: Security = "plain"

    def __str__(self) -> str:
        scheme = {"plain": "smtp", "starttls": "smtp+starttls", "ssl": "smtps"}[self.security]
        user = f"{self.username}@" if self.username else ""
        return f"{scheme}://{user}{self.host}:{self.port}"


def parse_smtp_url(url: str) -> SmtpTarget:
    """Read an SMTP URL: ``smtp://host:25``, ``smtp+starttls://user:pass@host:587``
    (or ``smtp://…?starttls=1``), ``smtps://user:pass@host:465``.

    Args:
        url: the URL; user and password may be percent-encoded (``%40`` for ``@``).

    Returns:
        The target; the port defaults to 25, 587 or 465 by scheme.

    Raises:
        ValueError: in French, for anything else. The message never repeats the URL, which
            may hold a password.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ValueError("adresse SMTP invalide : port ou hôte illisible") from exc
    if parts.scheme.lower() not in _SCHEMES:
        raise ValueError(
            f"adresse SMTP invalide : schéma « {parts.scheme} » inconnu "
            "(attendu : smtp, smtp+starttls ou smtps)"
        )
    if not parts.hostname:
        raise ValueError("adresse SMTP invalide : nom d'hôte manquant")
    if parts.path not in ("", "/") or parts.fragment:
        raise ValueError("adresse SMTP invalide : chemin ou fragment inattendu après l'hôte")
    security, default_port = _SCHEMES[parts.scheme.lower()]
    username, password = _credentials(parts.username, parts.password)
    return SmtpTarget(
        host=parts.hostname,
        port=port or default_port,
        username=username,
        password=password,
        security=_query_security(parts.query, security),
    )


def compose(
    rendered: RenderedDigest,
    sender: str,
    recipients: Sequence[str],
    message_id: str,
    date: datetime,
) -> EmailMessage:
    """Build the email: multipart/alternative, plain text first, then HTML, both UTF-8.

    Args:
        rendered: subject and both bodies, from ``build_digest``.
        sender: the ``From`` address.
        recipients: the ``To`` addresses (at least one).
        message_id: a stable id, so a retried send carries the same ``Message-ID``;
            ``<left@right>``, angle brackets added when missing.
        date: when the message is sent (timezone-aware).

    Returns:
        The message, ready for ``deliver``.

    Raises:
        ValueError: no recipient, a naive ``date``, a ``message_id`` not shaped
            ``left@right``, or a header holding a line break.
    """
    if not recipients:
        raise ValueError("aucun destinataire")
    if date.tzinfo is None:
        raise ValueError("la date du message doit porter un fuseau horaire")
    ident = _MESSAGE_ID.fullmatch(message_id)
    if ident is None:
        raise ValueError(f"Message-ID invalide : {message_id!r}")
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = rendered.subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{ident.group(1)}>"
    # Tells auto-responders (RFC 3834) and Outlook not to answer a robot.
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    # Quoted-printable keeps long HTML lines under SMTP's 998-octet limit, 7-bit clean.
    message.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def deliver(
    message: EmailMessage,
    smtp_url: str | None,
    outbox: Path,
    timeout: float = 30,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Send ``message`` by SMTP, or, with no SMTP URL, write it to ``outbox`` as ``.eml``.

    Args:
        message: from ``compose``; its ``To`` and ``From`` make the envelope.
        smtp_url: see ``parse_smtp_url``; ``None`` or empty means "write to the outbox".
        outbox: folder for ``.eml`` files (created if needed).
        timeout: seconds for each network operation.
        ssl_context: for TLS; the system's default trust store when ``None``.

    Returns:
        A short description for the logs (never the password), or the ``.eml`` path.

    Raises:
        DeliveryError: the message was not delivered; ``permanent`` says if a retry can help.
    """
    if not smtp_url:
        return str(write_outbox(message, outbox))
    try:
        target = parse_smtp_url(smtp_url)
    except ValueError as exc:
        raise DeliveryError(f"Configuration SMTP : {exc}", permanent=True) from exc
    try:
        refused = _send(message, target, timeout, ssl_context or ssl.create_default_context())
    except OSError as exc:  # smtplib.SMTPException is an OSError too
        raise describe_failure(exc, target) from exc
    return _describe_success(message, target, refused)


def write_outbox(message: EmailMessage, outbox: Path) -> Path:
    """Write ``message`` as ``<date>-<message-id>.eml`` in ``outbox``, atomically.

    Writing the same message again (same ``Date`` and ``Message-ID``) replaces its file.

    Args:
        message: the message; its ``Date`` and ``Message-ID`` name the file.
        outbox: the folder, created if missing.

    Returns:
        The path of the written file.

    Raises:
        DeliveryError: the folder or file could not be written (permanent if not allowed).
    """
    path = outbox / eml_filename(message)
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        # mkstemp makes the file readable by its owner only: a digest names people.
        handle, temporary = tempfile.mkstemp(dir=outbox, prefix=".", suffix=".eml.tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(message.as_bytes())
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeliveryError(
            f"Impossible d'écrire le courriel dans {outbox} : {exc.strerror or exc}",
            permanent=isinstance(exc, PermissionError),
        ) from exc
    return path


def eml_filename(message: EmailMessage) -> str:
    """``20261124T120000Z-<id>.eml`` from the message's Date (in UTC) and Message-ID.

    Args:
        message: a message with ``Date`` and ``Message-ID`` headers (missing ones are
            replaced by ``00000000T000000Z`` and ``message``).

    Returns:
        A file name of letters, digits, ``.``, ``_`` and ``-`` only.
    """
    stamp = "00000000T000000Z"
    if message["Date"]:
        stamp = (
            parsedate_to_datetime(str(message["Date"])).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        )
    ident = str(message["Message-ID"] or "message").strip().strip("<>")
    safe = _UNSAFE_FILENAME.sub("_", ident).strip("._")[:100] or "message"
    return f"{stamp}-{safe}.eml"


def describe_failure(exc: OSError, target: SmtpTarget) -> DeliveryError:
    """Turn a socket, TLS or SMTP failure into a ``DeliveryError`` with a French message.

    Args:
        exc: what ``smtplib`` or the socket raised.
        target: where we were sending (shown without password).

    Returns:
        The error to raise; ``permanent`` is False for 4xx replies, timeouts and network
        errors, True for 5xx replies, refused credentials and untrusted certificates.
    """
    where = f"{target.host}:{target.port}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        listed = ", ".join(f"{a} ({c} {_reply(r)})" for a, (c, r) in exc.recipients.items())
        return DeliveryError(
            f"Tous les destinataires ont été refusés par {where} : {listed}",
            permanent=all(code >= 500 for code in codes),
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryError(
            f"Authentification SMTP refusée par {where} ({exc.smtp_code} "
            f"{_reply(exc.smtp_error)}) : vérifier l'identifiant et le mot de passe",
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(exc.smtp_code, exc.smtp_error, where)
    return _connection_error(exc, where)


def _credentials(username: str | None, password: str | None) -> tuple[str | None, str | None]:
    if password is not None and not username:
        raise ValueError("adresse SMTP invalide : mot de passe sans identifiant")
    if username and password is None:
        raise ValueError("adresse SMTP invalide : identifiant sans mot de passe")
    return (unquote(username), unquote(password or "")) if username else (None, None)


def _query_security(query: str, security: Security) -> Security:
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() != "starttls" or value.lower() not in _TRUE + _FALSE:
            raise ValueError(
                f"adresse SMTP invalide : paramètre « {key} » inconnu (seul starttls=1 est accepté)"
            )
        if security == "ssl":
            raise ValueError("adresse SMTP invalide : starttls ne s'applique pas à smtps")
        security = "starttls" if value.lower() in _TRUE else "plain"
    return security


def _send(
    message: EmailMessage, target: SmtpTarget, timeout: float, context: ssl.SSLContext
) -> dict[str, tuple[int, bytes]]:
    client = (
        smtplib.SMTP_SSL(target.host, target.port, timeout=timeout, context=context)
        if target.security == "ssl"
        else smtplib.SMTP(target.host, target.port, timeout=timeout)
    )
    with client:
        if target.security == "starttls":
            client.starttls(context=context)
        if target.username:
            client.login(target.username, target.password or "")
        return client.send_message(message)


def _describe_success(
    message: EmailMessage, target: SmtpTarget, refused: dict[str, tuple[int, bytes]]
) -> str:
    accepted = len(getaddresses([str(value) for value in message.get_all("To", [])]))
    summary = f"envoyé via {target} à {accepted - len(refused)} destinataire(s)"
    if refused:
        # Some got it: a retry would send them a duplicate, so this is reported, not raised.
        listed = ", ".join(f"{a} ({c} {_reply(r)})" for a, (c, r) in refused.items())
        summary += f" ; refusés : {listed}"
    return summary


def _reply_error(code: int, reply: bytes | str, where: str) -> DeliveryError:
    if code >= 500:
        return DeliveryError(
            f"Le serveur SMTP {where} a refusé le message ({code} {_reply(reply)})",
            permanent=True,
        )
    return DeliveryError(
        f"Le serveur SMTP {where} a refusé temporairement le message ({code} {_reply(reply)}) :"
        " nouvel essai plus tard",
        permanent=False,
    )


def _connection_error(exc: OSError, where: str) -> DeliveryError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            f"Certificat du serveur SMTP {where} non reconnu : {exc.verify_message}",
            permanent=True,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError) or type(exc) is smtplib.SMTPException:
        # The server lacks what the URL asks for (STARTTLS, AUTH): a config problem.
        return DeliveryError(
            f"Le serveur SMTP {where} ne permet pas cet envoi : {exc}", permanent=True
        )
    # smtplib reports a read timeout as "disconnected"; the timeout is in the context.
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        return DeliveryError(f"Délai dépassé en contactant le serveur SMTP {where}")
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryError(f"Serveur SMTP {where} injoignable : connexion refusée")
    return DeliveryError(f"Échec de la connexion au serveur SMTP {where} : {exc}")


def _reply(reply: bytes | str) -> str:
    """A server reply (untrusted, maybe long) as one short line."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    text = " ".join(text.split())
    return text if len(text) <= _REPLY_MAX_CHARS else text[: _REPLY_MAX_CHARS - 1] + "…"
