"""docker-compose.yml cannot run here (no Docker engine): check what it says, and run the
commands it gives its services and health checks against the same services started directly."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.support.celeryservice import Service
from tests.support.sharedredis import CELERY_BROKER
from worker.cli import build_parser

COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text("utf-8"))


def test_compose_has_the_services_with_health_checks_and_restart_policies() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"redis", "postgres", "worker", "beat", "mailpit"}
    for name, service in services.items():
        assert service["restart"] == "unless-stopped", name
        assert "healthcheck" in service, name
    env = services["worker"]["environment"]
    assert env["VEILLE_BROKER_URL"].startswith("redis://redis:")
    assert env["VEILLE_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert env["VEILLE_SMTP_URL"].endswith("mailpit:1025}")


@pytest.mark.parametrize("service", ["worker", "beat"])
def test_service_commands_are_veille_commands(service: str) -> None:
    args = build_parser().parse_args(COMPOSE["services"][service]["command"])
    assert args.command == service


@pytest.mark.slow
def test_the_worker_health_check_answers_against_a_live_worker(tmp_path: Path) -> None:
    import os

    import redis

    broker = CELERY_BROKER
    redis.Redis.from_url(broker).flushdb()
    env = {**os.environ, "VEILLE_BROKER_URL": broker, "VEILLE_DATA_DIR": str(tmp_path),
           "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path / 'v.sqlite3'}",
           "HOSTNAME": socket.gethostname()}
    check = COMPOSE["services"]["worker"]["healthcheck"]["test"][1]
    command = check.replace("$$HOSTNAME", env["HOSTNAME"]).split()
    assert command[:3] == ["celery", "-A", "worker.celery_app"]
    service = Service(env, tmp_path)
    service.start("worker", "--concurrency=1")
    try:
        def answers() -> bool:
            done = subprocess.run([sys.executable, "-m", *command], env=env,
                                  capture_output=True, text=True, timeout=30)
            return done.returncode == 0
        service.wait_for(answers, timeout=60, what="the health check's ping answered")
    finally:
        service.stop()
