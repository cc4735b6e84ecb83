"""parse_smtp_url, compose and deliver, through a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import email
import socket
import ssl
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import cast

import pytest

from tests.digest import samples
from tests.digest.test_digest_build import XSS_TITLE, links, parse_html
from tests.support.smtpserver import SmtpSink
from worker.digest.build import build_digest
from worker.digest.model import RenderedDigest
from worker.digest.send import SmtpTarget, compose, deliver, eml_filename, parse_smtp_url
from worker.errors import DeliveryError

# The test servers require AUTH without TLS on purpose (TLS is tested on its own).
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

SENDER = "Veille CSSCV <veille@csscv.gouv.qc.ca>"
RECIPIENTS = ("communications@csscv.gouv.qc.ca", "direction@csscv.gouv.qc.ca")
MESSAGE_ID = "<digest-main-2026-11-24@csscv.gouv.qc.ca>"
SENT_AT = datetime(2026, 11, 24, 12, 0, 5, tzinfo=UTC)


def message_for(rendered: RenderedDigest | None = None) -> EmailMessage:
    rendered = rendered or build_digest(samples.representative())
    return compose(rendered, SENDER, RECIPIENTS, MESSAGE_ID, SENT_AT)


def parts_of(message: EmailMessage) -> dict[str, str]:
    return {
        part.get_content_type(): cast(str, cast(EmailMessage, part).get_content())
        for part in message.iter_parts()
    }


# --- parse_smtp_url ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://localhost:2525", SmtpTarget("localhost", 2525)),
        ("smtp://mail.example.org", SmtpTarget("mail.example.org", 25)),
        ("SMTP://Mail.Example.org:25/", SmtpTarget("mail.example.org", 25)),
        (
            "smtp://user:pass@smtp.office365.com:587?starttls=1",
            SmtpTarget("smtp.office365.com", 587, "user", "pass", "starttls"),
        ),
        ("smtp://relay:25?starttls=0", SmtpTarget("relay", 25)),
        (
            "smtp+starttls://veille%40csscv.gouv.qc.ca:p%40ss%3Aw%2Frd@smtp.example.org:587",
            SmtpTarget("smtp.example.org", 587, "veille@csscv.gouv.qc.ca", "p@ss:w/rd", "starttls"),
        ),
        ("smtp+starttls://u:p@mx", SmtpTarget("mx", 587, "u", "p", "starttls")),
        ("smtps://u:p@smtp.example.org:465", SmtpTarget("smtp.example.org", 465, "u", "p", "ssl")),
        ("smtps://u:p@smtp.example.org", SmtpTarget("smtp.example.org", 465, "u", "p", "ssl")),
        ("smtp://u:@relay:25", SmtpTarget("relay", 25, "u", "", "plain")),
        ("smtp://[::1]:2525", SmtpTarget("::1", 2525)),
        ("  smtp://relay:25  ", SmtpTarget("relay", 25)),
    ],
)
def test_parse_smtp_url_accepts(url: str, expected: SmtpTarget) -> None:
    assert parse_smtp_url(url) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://user:hunter2@host:25", "schéma « http » inconnu"),
        ("smtp+ssl://user:hunter2@host", "schéma « smtp+ssl » inconnu"),
        ("host:25", "inconnu"),
        ("", "inconnu"),
        ("smtp://", "nom d'hôte manquant"),
        ("smtp://user:hunter2@:25", "nom d'hôte manquant"),
        ("smtp://user:hunter2@host:abc", "port ou hôte illisible"),
        ("smtp://user:hunter2@host:99999", "port ou hôte illisible"),
        ("smtp://user:hunter2@host:25/inbox", "chemin ou fragment"),
        ("smtp://user:hunter2@host:25#x", "chemin ou fragment"),
        ("smtp://user:hunter2@host:25?tls=1", "paramètre « tls » inconnu"),
        ("smtp://user:hunter2@host:25?starttls=peut-être", "paramètre « starttls » inconnu"),
        ("smtps://user:hunter2@host?starttls=1", "starttls ne s'applique pas à smtps"),
        ("smtp://:hunter2@host", "mot de passe sans identifiant"),
        ("smtp://user@host", "identifiant sans mot de passe"),
    ],
)
def test_parse_smtp_url_refuses_in_french_without_the_password(url: str, message: str) -> None:
    with pytest.raises(ValueError, match="adresse SMTP invalide") as caught:
        parse_smtp_url(url)
    assert message in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_smtp_target_never_shows_the_password() -> None:
    target = parse_smtp_url("smtp+starttls://veille:hunter2@smtp.example.org:587")
    assert "hunter2" not in repr(target)
    assert "hunter2" not in str(target)
    assert str(target) == "smtp+starttls://veille@smtp.example.org:587"
    assert f"{target}" == str(target) and "hunter2" not in f"{target!r}"


# --- compose -------------------------------------------------------------------------------


def test_compose_builds_text_then_html_alternatives() -> None:
    message = message_for()
    assert message.get_content_type() == "multipart/alternative"
    kinds = [part.get_content_type() for part in message.iter_parts()]
    assert kinds == ["text/plain", "text/html"]
    assert all(part.get_content_charset() == "utf-8" for part in message.iter_parts())


def test_compose_headers() -> None:
    message = message_for()
    assert message["Message-ID"] == MESSAGE_ID
    assert message["From"] == SENDER
    assert message["To"] == ", ".join(RECIPIENTS)
    assert parsedate_to_datetime(message["Date"]) == SENT_AT
    assert message["Auto-Submitted"] == "auto-generated"


def test_compose_encodes_the_subject_for_the_wire() -> None:
    raw = message_for().as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert b"=?utf-8?" in head.lower()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == "Veille CSSCV — 5 éléments à examiner — 24 novembre 2026"


def test_compose_keeps_lines_short_for_smtp() -> None:
    raw = message_for().as_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert raw.isascii()  # quoted-printable: safe through any relay


def test_compose_adds_angle_brackets_to_a_bare_message_id() -> None:
    rendered = build_digest(samples.digest())
    message = compose(rendered, SENDER, RECIPIENTS, "abc@veille", SENT_AT)
    assert message["Message-ID"] == "<abc@veille>"


@pytest.mark.parametrize(
    ("recipients", "message_id", "date"),
    [
        ((), MESSAGE_ID, SENT_AT),
        (RECIPIENTS, MESSAGE_ID, datetime(2026, 11, 24, 12, 0)),
        (RECIPIENTS, "<a@b>\r\nBcc: victim@example.org", SENT_AT),
        (RECIPIENTS, "<>", SENT_AT),
        (RECIPIENTS, "pas-un-identifiant", SENT_AT),
        (RECIPIENTS, "<été@x>", SENT_AT),
        (RECIPIENTS, "<a b@x>", SENT_AT),
    ],
)
def test_compose_refuses_bad_input(
    recipients: tuple[str, ...], message_id: str, date: datetime
) -> None:
    rendered = build_digest(samples.digest())
    with pytest.raises(ValueError):
        compose(rendered, SENDER, recipients, message_id, date)


# --- deliver through a real SMTP server ----------------------------------------------------


def test_digest_arrives_with_both_parts_and_headers(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    where = deliver(message_for(), smtp_sink.url, tmp_path / "outbox")
    [received] = smtp_sink.messages
    [envelope] = smtp_sink.envelopes
    assert where == f"envoyé via smtp://127.0.0.1:{smtp_sink.port} à 2 destinataire(s)"
    assert envelope.mail_from == "veille@csscv.gouv.qc.ca"
    assert envelope.rcpt_tos == RECIPIENTS
    assert received["Subject"] == "Veille CSSCV — 5 éléments à examiner — 24 novembre 2026"
    assert received["Message-ID"] == MESSAGE_ID
    assert received["From"] == SENDER
    assert received["To"] == ", ".join(RECIPIENTS)
    assert parsedate_to_datetime(received["Date"]) == SENT_AT
    assert list(parts_of(received)) == ["text/plain", "text/html"]
    assert not (tmp_path / "outbox").exists()


def test_delivered_text_part_is_the_rendered_text(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    rendered = build_digest(samples.representative())
    deliver(message_for(rendered), smtp_sink.url, tmp_path)
    text = parts_of(smtp_sink.messages[0])["text/plain"].replace("\r\n", "\n")  # SMTP: CRLF
    assert text == rendered.text
    assert "Journée du mardi 24 novembre 2026" in text
    assert "[[elle va le regretter]]" in text


def test_delivered_html_is_inert_french_and_complete(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    hostile = samples.entry(9, XSS_TITLE, "corps", evidence="corps", author="<img src=x>")
    digest = samples.representative()
    digest = replace(digest, entries=(hostile, *digest.entries), max_items=5)
    deliver(message_for(build_digest(digest)), smtp_sink.url, tmp_path)
    html = parts_of(smtp_sink.messages[0])["text/html"]
    parsed = parse_html(html)
    assert "script" not in {tag for tag, _ in parsed.tags}
    assert "img" not in {tag for tag, _ in parsed.tags}
    assert not [n for _, attrs in parsed.tags for n, _ in attrs if n.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "mardi 24 novembre 2026, 07 h 00" in html
    assert html.index(">Élevée (3)<") < html.index(">Moyenne (1)<")
    assert "… et 1 autre élément" in html
    assert "42 autres mentions sans problème relevé" in html
    assert "Sources en difficulté" in html
    assert "Aussi sur" in html
    assert "javascript:" not in "".join(links(html))


def test_deliver_logs_in_when_the_url_has_credentials(
    smtp_sink_auth: SmtpSink, tmp_path: Path
) -> None:
    where = deliver(message_for(), smtp_sink_auth.url, tmp_path)
    assert len(smtp_sink_auth.messages) == 1
    assert "s3cr3t" not in where and "veille@127.0.0.1" in where


def test_deliver_percent_decodes_credentials(smtp_sink_auth: SmtpSink, tmp_path: Path) -> None:
    url = f"smtp://veille:s3cr3t%3A%40%2F%25@127.0.0.1:{smtp_sink_auth.port}"
    deliver(message_for(), url, tmp_path)
    assert len(smtp_sink_auth.messages) == 1


def test_wrong_password_is_permanent(smtp_sink_auth: SmtpSink, tmp_path: Path) -> None:
    url = f"smtp://veille:mauvais@127.0.0.1:{smtp_sink_auth.port}"
    with pytest.raises(DeliveryError, match="Authentification SMTP refusée") as caught:
        deliver(message_for(), url, tmp_path)
    assert caught.value.permanent is True
    assert "mauvais" not in str(caught.value)
    assert isinstance(caught.value.__cause__, OSError)


def test_missing_credentials_when_auth_is_required_is_permanent(
    smtp_sink_auth: SmtpSink, tmp_path: Path
) -> None:
    with pytest.raises(DeliveryError) as caught:
        deliver(message_for(), f"smtp://127.0.0.1:{smtp_sink_auth.port}", tmp_path)
    assert caught.value.permanent is True  # 530 Authentication required


@pytest.mark.parametrize("stage", ["DATA", "MAIL"])
def test_temporary_refusal_is_retryable_and_the_retry_goes_through(
    smtp_sink: SmtpSink, tmp_path: Path, stage: str
) -> None:
    smtp_sink.refuse_next(1, code=451, stage=stage)  # type: ignore[arg-type]
    message = message_for()
    with pytest.raises(DeliveryError, match="temporairement") as caught:
        deliver(message, smtp_sink.url, tmp_path)
    assert caught.value.permanent is False
    assert smtp_sink.messages == []
    deliver(message, smtp_sink.url, tmp_path)
    assert [m["Message-ID"] for m in smtp_sink.messages] == [MESSAGE_ID]


def test_all_recipients_refused_permanently(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    smtp_sink.refuse_next(2, code=550, stage="RCPT")
    with pytest.raises(DeliveryError, match="Tous les destinataires") as caught:
        deliver(message_for(), smtp_sink.url, tmp_path)
    assert caught.value.permanent is True
    assert "communications@csscv.gouv.qc.ca (550" in str(caught.value)


def test_all_recipients_refused_temporarily_is_retryable(
    smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    smtp_sink.refuse_next(2, code=450, stage="RCPT")
    with pytest.raises(DeliveryError) as caught:
        deliver(message_for(), smtp_sink.url, tmp_path)
    assert caught.value.permanent is False


def test_one_refused_recipient_is_reported_not_raised(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    smtp_sink.refuse_next(1, code=550, stage="RCPT")
    where = deliver(message_for(), smtp_sink.url, tmp_path)
    assert "à 1 destinataire(s)" in where
    assert "refusés : communications@csscv.gouv.qc.ca (550" in where
    assert smtp_sink.envelopes[0].rcpt_tos == ("direction@csscv.gouv.qc.ca",)


def test_permanent_data_refusal(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    smtp_sink.refuse_next(1, code=554, stage="DATA")
    with pytest.raises(DeliveryError, match="a refusé le message \\(554") as caught:
        deliver(message_for(), smtp_sink.url, tmp_path)
    assert caught.value.permanent is True


def test_connection_refused_is_retryable(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DeliveryError, match="connexion refusée") as caught:
        deliver(message_for(), f"smtp://127.0.0.1:{port}", tmp_path, timeout=2)
    assert caught.value.permanent is False
    assert isinstance(caught.value.__cause__, ConnectionRefusedError)


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections but never greets (a hung server)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        yield server.getsockname()[1]


def test_timeout_is_retryable(silent_server: int, tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match="Délai dépassé") as caught:
        deliver(message_for(), f"smtp://127.0.0.1:{silent_server}", tmp_path, timeout=0.3)
    assert caught.value.permanent is False


def test_bad_smtp_url_is_a_permanent_delivery_error(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match="Configuration SMTP") as caught:
        deliver(message_for(), "http://veille:hunter2@host", tmp_path)
    assert caught.value.permanent is True
    assert "hunter2" not in str(caught.value)


def test_starttls_then_login(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext], tmp_path: Path
) -> None:
    server, client = tls_contexts
    with SmtpSink(auth=("veille", "motdepasse"), tls=server) as sink:
        assert sink.url.startswith("smtp+starttls://")
        deliver(message_for(), sink.url, tmp_path, ssl_context=client)
        assert len(sink.messages) == 1


def test_implicit_tls(tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext], tmp_path: Path) -> None:
    server, client = tls_contexts
    with SmtpSink(tls=server, implicit_tls=True) as sink:
        deliver(message_for(), sink.url, tmp_path, ssl_context=client)
        assert len(sink.messages) == 1


def test_untrusted_certificate_is_permanent(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext], tmp_path: Path
) -> None:
    server, _ = tls_contexts
    with SmtpSink(tls=server) as sink, pytest.raises(DeliveryError) as caught:
        deliver(message_for(), sink.url, tmp_path, ssl_context=ssl.create_default_context())
    assert caught.value.permanent is True
    assert "Certificat" in str(caught.value)


def test_starttls_asked_but_not_offered_is_permanent(smtp_sink: SmtpSink, tmp_path: Path) -> None:
    url = f"smtp+starttls://127.0.0.1:{smtp_sink.port}"
    with pytest.raises(DeliveryError, match="ne permet pas") as caught:
        deliver(message_for(), url, tmp_path)
    assert caught.value.permanent is True


# --- outbox --------------------------------------------------------------------------------


def test_without_smtp_url_the_message_goes_to_the_outbox(tmp_path: Path) -> None:
    outbox = tmp_path / "var" / "outbox"
    where = deliver(message_for(), None, outbox)
    path = Path(where)
    assert path.parent == outbox
    assert path.name == "20261124T120005Z-digest-main-2026-11-24_csscv.gouv.qc.ca.eml"
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert parsed["Subject"] == "Veille CSSCV — 5 éléments à examiner — 24 novembre 2026"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert [p.name for p in outbox.iterdir()] == [path.name]  # no temporary file left
    assert path.stat().st_mode & 0o077 == 0  # only the owner may read a digest


def test_empty_smtp_url_also_means_outbox(tmp_path: Path) -> None:
    assert Path(deliver(message_for(), "", tmp_path)).suffix == ".eml"


def test_a_retried_outbox_write_replaces_the_same_file(tmp_path: Path) -> None:
    first = deliver(message_for(), None, tmp_path)
    second = deliver(message_for(), None, tmp_path)
    assert first == second
    assert len(list(tmp_path.iterdir())) == 1


def test_unwritable_outbox_is_a_delivery_error(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    with pytest.raises(DeliveryError, match="Impossible d'écrire") as caught:
        deliver(message_for(), None, blocker / "outbox")
    assert isinstance(caught.value.__cause__, OSError)


@pytest.mark.parametrize(
    ("message_id", "date", "expected"),
    [
        ("<a/b..c@d>", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "20260102T030405Z-a_b..c_d.eml"),
        (
            "<x@y>",
            datetime(2026, 11, 24, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
            "20261124T120000Z-x_y.eml",
        ),
        ("<../../etc/passwd@x>", SENT_AT, "20261124T120005Z-etc_passwd_x.eml"),
        ("digest+1@x", SENT_AT, "20261124T120005Z-digest_1_x.eml"),
    ],
)
def test_eml_filename_is_safe(message_id: str, date: datetime, expected: str) -> None:
    message = compose(build_digest(samples.digest()), SENDER, RECIPIENTS, message_id, date)
    assert eml_filename(message) == expected
