"""The real lexicons of ``config/charter``, loaded once for every charter test."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.charter.lexicon import Charter, load_charter

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "config" / "charter"
PUBLIC_CONTACTS = ("819 986-8511", "1-800-555-0199", "info@csscv.gouv.qc.ca")


@pytest.fixture(scope="session")
def charter() -> Charter:
    return load_charter(LEXICONS, PUBLIC_CONTACTS)
