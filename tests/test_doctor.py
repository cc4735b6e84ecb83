"""``veille doctor`` against real services: what works shows OK, what does not says why."""

from __future__ import annotations

from pathlib import Path

from tests.pipeline_support import make_runtime, publish, source
from tests.support.feedserver import serve_folder
from tests.support.sharedredis import CELERY_BROKER
from tests.support.smtpserver import SmtpSink
from worker.doctor import format_table, run_checks
from worker.runtime import Runtime
from worker.settings import Settings


def with_broker(runtime: Runtime, broker_url: str, smtp_url: str | None) -> Runtime:
    settings = runtime.settings
    return Runtime(Settings(settings.config_path, settings.data_dir, settings.database_url,
                            broker_url, smtp_url, min_host_interval=0.0))


def test_doctor_reports_each_part(tmp_path: Path, database_url: str, smtp: SmtpSink) -> None:
    root = tmp_path / "feeds"
    root.mkdir()
    with serve_folder(root) as feeds:
        runtime = make_runtime(tmp_path, database_url,
                               [source("echos", publish(feeds, "ecoles.xml")),
                                source("absente", feeds.url("absente.xml"))])
        runtime.engine  # noqa: B018 - migrate, as any command does first
        runtime = with_broker(runtime, CELERY_BROKER, smtp.url)
        checks = {c.name: c for c in run_checks(runtime)}
    assert {name: c.ok for name, c in checks.items()} == {
        "config": True, "database": True, "broker": True, "smtp": True,
        "source:echos": True, "source:absente": False}
    assert "4 élément(s) lus" in checks["source:echos"].detail
    assert "attention" not in checks["config"].detail  # the test config lists its contacts
    assert "404" in checks["source:absente"].detail
    table = format_table(list(checks.values()), "en")
    assert table.splitlines()[0].split() == ["Check", "State", "Detail"]
    assert "source absente" in table and "FAILED" in table


def test_doctor_names_what_is_down(tmp_path: Path) -> None:
    runtime = make_runtime(tmp_path, f"sqlite:///{tmp_path / 'vide.sqlite3'}", [])
    runtime = with_broker(runtime, "redis://127.0.0.1:1/0", "smtp://127.0.0.1:1")
    checks = {c.name: c for c in run_checks(runtime)}
    assert checks["config"].ok
    assert not checks["database"].ok and "schéma" in checks["database"].detail
    assert not checks["broker"].ok
    assert not checks["smtp"].ok and "127.0.0.1:1" in checks["smtp"].detail
    assert "ÉCHEC" in format_table(list(checks.values()))
