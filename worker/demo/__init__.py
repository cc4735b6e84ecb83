"""``veille demo``: the whole pipeline on bundled sample feeds served from a local HTTP
server, so a newcomer sees a real digest with no network and no server to install."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from worker.config import load_config, training_case_files
from worker.digest import service
from worker.run_once import run_once
from worker.runtime import Runtime
from worker.settings import Settings

FEEDS = Path(__file__).parent / "feeds"
DEMO_SOURCES = [
    ("demo-nouvelles", "Nouvelles de l'Outaouais (exemple)", "nouvelles-outaouais.xml"),
    ("demo-forum", "Forum des parents (exemple)", "forum-parents.xml"),
    ("demo-flux-brise", "Flux brisé (exemple d'erreur)", "flux-brise.xml"),
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_feeds() -> Iterator[str]:
    """Serve the bundled feeds on 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(FEEDS))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def demo_config(config_path: Path, base_url: str) -> dict[str, Any]:
    """The admin's config with its sources replaced by the bundled sample feeds."""
    config = load_config(config_path)
    data = config.model_dump(mode="json", exclude={"sources"})
    lexicons = (config_path.parent / config.classification.lexicons).resolve()
    data["classification"]["lexicons"] = str(lexicons)
    data["classification"]["training_cases"] = [
        str(path) for path in training_case_files(config_path, config)]
    data["sources"] = [
        {"id": source_id, "name": name, "connector": "rss", "url": f"{base_url}/{file}",
         "every": "15m", "allow_private_network": True}
        for source_id, name, file in DEMO_SOURCES
    ]
    return data


def run_demo(config_path: Path, out: Path, progress: Callable[[str], None]) -> Path:
    """Poll the sample feeds, classify, send the digest to an outbox; returns the HTML path."""
    # The learned scorer trained by an earlier demo is kept (a minute saved); it is trained
    # again by itself if the labelled cases changed since.
    kept_model = out.with_name(out.name + ".model")
    shutil.rmtree(kept_model, ignore_errors=True)
    if (out / "model").is_dir():
        (out / "model").rename(kept_model)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if kept_model.is_dir():
        kept_model.rename(out / "model")
    with serve_feeds() as base_url:
        demo_path = out / "veille-demo.yaml"
        demo_path.write_text(yaml.safe_dump(demo_config(config_path, base_url),
                                            allow_unicode=True, sort_keys=False), "utf-8")
        settings = Settings(config_path=demo_path, data_dir=out,
                            database_url=f"sqlite:///{(out / 'veille.sqlite3').as_posix()}",
                            broker_url="memory://", smtp_url=None)
        runtime = Runtime(settings)
        if not (out / "model").is_dir():
            progress("Apprentissage du modèle sur les cas étiquetés (une minute environ, "
                     "la première fois seulement)…")
        progress("Interrogation des flux d'exemple…")
        progress(run_once(runtime, progress).describe())
    now = datetime.now(UTC)
    _, rendered = service.preview_digest(runtime.sessions, runtime.config, now)
    html = out / "condense.html"
    html.write_text(rendered.html, "utf-8")
    outcome = service.send_digest(runtime.sessions, runtime.config, None, settings.outbox, now)
    progress(f"Courriel écrit dans la boîte d'envoi : {outcome.where}")
    return html
