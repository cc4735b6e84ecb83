"""What the team will see: ``veille run --once`` on sample feeds, then ``veille digest
--dry-run --out digest.html``, rendered to a PNG by headless Chromium (Debian's ``chromium``).

``VEILLE_PREVIEW_PNG=docs/digest-preview.png pytest -m slow tests/digest/test_digest_preview.py``
also copies the picture there, for people to look at.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.conftest import REPO, base_config, write_config
from tests.support.feedserver import serve_folder

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DEMO_FEEDS = REPO / "worker" / "demo" / "feeds"
WIDTH, HEIGHT = 700, 1400
# Quiet, offline, throw-away: no sandbox (containers run as root), no GPU, no updates or sync.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--hide-scrollbars")


def veille(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update(VEILLE_DATA_DIR=str(data_dir), VEILLE_MIN_HOST_INTERVAL="0")
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def png_facts(data: bytes) -> tuple[int, int, int]:
    """``(width, height, distinct byte values in the pixel data)`` of a PNG; a blank page
    compresses to a handful of distinct values, a page of text to many."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, width, height = 8, b"", 0, 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.fixture
def preview_html(tmp_path: Path) -> Path:
    """The dry-run digest of the demo's sample feeds (a threat, a doxxing, spam, a broken
    feed), polled by ``veille run --once`` from a local HTTP server."""
    root = tmp_path / "feeds"
    shutil.copytree(DEMO_FEEDS, root)
    out = tmp_path / "digest.html"
    with serve_folder(root) as feeds:
        sources = [
            {"id": "nouvelles", "name": "Nouvelles de l'Outaouais", "connector": "rss",
             "url": feeds.url("nouvelles-outaouais.xml"), "allow_private_network": True},
            {"id": "forum", "name": "Forum des parents", "connector": "rss",
             "url": feeds.url("forum-parents.xml"), "allow_private_network": True},
            {"id": "brise", "name": "Flux brisé", "connector": "rss",
             "url": feeds.url("flux-brise.xml"), "allow_private_network": True},
        ]
        config = str(write_config(tmp_path / "veille.yaml", base_config(sources=sources)))
        polled = veille("run", "--once", "--config", config, data_dir=tmp_path / "var")
        assert "signalé(s)" in polled.stdout, polled.stderr
    done = veille("digest", "--dry-run", "--out", str(out), "--config", config,
                  data_dir=tmp_path / "var")
    assert done.returncode == 0, done.stderr
    assert "rien n'a été envoyé" in done.stdout
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium absent : apt-get install -y chromium")
def test_dry_run_digest_renders_in_headless_chromium(preview_html: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    shot = tmp_path / "digest.png"
    subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", preview_html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    data = shot.read_bytes()
    width, height, distinct = png_facts(data)
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(data) > 50_000 and distinct > 100, "the page looks blank"
    if target := os.environ.get("VEILLE_PREVIEW_PNG"):
        shutil.copyfile(shot, REPO / target)
