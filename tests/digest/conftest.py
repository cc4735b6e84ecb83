"""Digest fixtures: a real SMTP server (plain, with AUTH, with TLS) and golden files."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.smtpserver import SmtpSink, make_tls_contexts

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "digest"
# VEILLE_REGENERATE_GOLDEN=1 pytest tests/digest  rewrites the expected files; review the diff.
REGENERATE = os.environ.get("VEILLE_REGENERATE_GOLDEN") == "1"


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A plain SMTP server on 127.0.0.1 that keeps what it receives."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def smtp_sink_auth() -> Iterator[SmtpSink]:
    """An SMTP server that requires AUTH as ``veille`` / ``s3cr3t:@/%``."""
    with SmtpSink(auth=("veille", "s3cr3t:@/%")) as sink:
        yield sink


@pytest.fixture(scope="session")
def tls_contexts(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """``(server, client)`` contexts for a self-signed 127.0.0.1 certificate."""
    try:
        return make_tls_contexts(tmp_path_factory.mktemp("tls"))
    except FileNotFoundError:
        pytest.skip("openssl n'est pas installé")


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """``golden(name, actual)``: compare with ``tests/fixtures/digest/<name>`` exactly."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN_DIR / name
        if REGENERATE:
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"{path} manque : VEILLE_REGENERATE_GOLDEN=1 pour le créer"
        assert actual == path.read_text(encoding="utf-8")

    return check
