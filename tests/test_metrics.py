"""Prometheus metrics: what a poll process wrote is served, summed, over real HTTP."""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from prometheus_client import CollectorRegistry, make_wsgi_app

from tests.pipeline_support import make_runtime, publish, source
from tests.support.feedserver import serve_folder
from tests.test_cli import veille
from worker.metrics import make_registry


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def scrape(registry: CollectorRegistry) -> str:
    app = make_wsgi_app(registry)
    with make_server("127.0.0.1", 0, app, handler_class=_Quiet) as server:
        thread = threading.Thread(target=server.handle_request, daemon=True)
        thread.start()
        port = server.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
            return str(answer.read().decode())


def test_polls_are_counted_across_processes(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    root = tmp_path / "feeds"
    root.mkdir()
    database = f"sqlite:///{tmp_path / 'veille.sqlite3'}"
    with serve_folder(root) as feeds:
        runtime = make_runtime(tmp_path, database, [
            source("echos", publish(feeds, "ecoles.xml")),
            source("absente", feeds.url("absente.xml"))])
        env = {"VEILLE_DATABASE_URL": database, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
               "VEILLE_MIN_HOST_INTERVAL": "0"}
        for _ in range(2):  # two processes, one after the other: their counts add up
            veille("run", "--once", "--config", str(runtime.settings.config_path),
                   cwd=tmp_path, env=env)
    # The exporter only reads the folder the poll processes wrote.
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(metrics_dir))
    text = scrape(make_registry(runtime))
    assert 'veille_items_fetched_total{source="echos"} 4.0' in text
    assert 'veille_items_new_total{source="echos"} 4.0' in text
    assert 'veille_polls_total{source="echos",status="ok"} 1.0' in text
    assert 'veille_polls_total{source="echos",status="not_modified"} 1.0' in text
    assert 'veille_poll_errors_total{source="absente"} 2.0' in text
    assert 'veille_poll_duration_seconds_count{source="echos"} 2.0' in text
    assert 'veille_source_failing{source="absente"} 2.0' in text
    assert "veille_queue_depth NaN" in text

