"""``veille doctor``: is everything this installation needs working? One line per check."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Literal

import redis
from sqlalchemy import text

from worker.config import SourceConfig, config_advice
from worker.digest.send import describe_failure, parse_smtp_url
from worker.errors import VeilleError
from worker.runtime import Runtime
from worker.source_probe import probe
from worker.store.db import is_current, make_engine

Language = Literal["fr", "en"]
_LABELS = {
    "fr": {"check": "Vérification", "state": "État", "detail": "Détail", "ok": "OK",
           "fail": "ÉCHEC", "config": "configuration", "database": "base de données",
           "broker": "courtier (broker)", "smtp": "serveur SMTP", "source": "source"},
    "en": {"check": "Check", "state": "State", "detail": "Detail", "ok": "OK",
           "fail": "FAILED", "config": "configuration", "database": "database",
           "broker": "broker", "smtp": "SMTP server", "source": "source"},
}


@dataclass(frozen=True)
class Check:
    name: str  # a key of _LABELS, or "source:<id>"
    ok: bool
    detail: str


def run_checks(runtime: Runtime, with_sources: bool = True) -> Iterator[Check]:
    """Each check in turn; a failing check never stops the next one."""
    yield _guarded("config", lambda: _check_config(runtime))
    yield _guarded("database", lambda: _check_database(runtime))
    yield _guarded("broker", lambda: _check_broker(runtime.settings.broker_url))
    yield _guarded("smtp", lambda: _check_smtp(runtime.settings.smtp_url))
    if with_sources and runtime.config_error is None and _config_loads(runtime):
        for source in runtime.config.sources:
            if source.enabled:
                yield _guarded(f"source:{source.id}", partial(_check_source, runtime, source))


def format_table(checks: list[Check], language: Language = "fr") -> str:
    labels = _LABELS[language]
    rows = [(_label(c.name, labels), labels["ok"] if c.ok else labels["fail"], c.detail)
            for c in checks]
    header = (labels["check"], labels["state"], labels["detail"])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(2)]
    lines = [f"{header[0]:<{widths[0]}}  {header[1]:<{widths[1]}}  {header[2]}",
             f"{'-' * widths[0]}  {'-' * widths[1]}  {'-' * len(header[2])}"]
    lines += [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c}" for a, b, c in rows]
    return "\n".join(lines)


def _label(name: str, labels: dict[str, str]) -> str:
    kind, _, source_id = name.partition(":")
    return f"{labels['source']} {source_id}" if source_id else labels[kind]


def _guarded(name: str, check: Callable[[], str]) -> Check:
    try:
        return Check(name, True, check())
    except VeilleError as exc:
        return Check(name, False, _one_line(str(exc)))
    except Exception as exc:  # doctor reports every failure, whatever raised it
        return Check(name, False, _one_line(f"{type(exc).__name__} : {exc}"))


def _one_line(message: str) -> str:
    return " ".join(message.split())[:300]


def _config_loads(runtime: Runtime) -> bool:
    try:
        runtime.current()
    except VeilleError:
        return False
    return True


def _check_source(runtime: Runtime, source: SourceConfig) -> str:
    return f"{len(probe(source, runtime.http, runtime.analyser))} élément(s) lus"


def _check_config(runtime: Runtime) -> str:
    config = runtime.config
    return "; attention : ".join([f"{runtime.settings.config_path} : {len(config.watched)} "
                                  f"entités, {len(config.sources)} sources",
                                  *config_advice(config)])


def _check_database(runtime: Runtime) -> str:
    engine = make_engine(runtime.settings.database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if not is_current(engine):
            raise VeilleError("base vide ou schéma pas à jour : toute commande veille "
                              "(ex. veille run --once) la migre")
        return f"{engine.url.render_as_string(hide_password=True)} : schéma à jour"
    finally:
        engine.dispose()


def _check_broker(url: str) -> str:
    if url.startswith(("redis://", "rediss://")):
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        client.ping()
        return f"Redis joignable, {client.llen('celery')} tâche(s) en attente"
    if url.startswith("sqla+"):
        return "courtier intégré (SQLite), aucun serveur nécessaire"
    return url.split("://", 1)[0] + " : non vérifié"


def _check_smtp(url: str | None) -> str:
    if not url:
        return "aucun serveur configuré : les courriels vont dans la boîte d'envoi (var/outbox)"
    target = parse_smtp_url(url)
    context = ssl.create_default_context()
    try:
        client = (smtplib.SMTP_SSL(target.host, target.port, timeout=10, context=context)
                  if target.security == "ssl" else smtplib.SMTP(target.host, target.port,
                                                                timeout=10))
        with client:
            if target.security == "starttls":
                client.starttls(context=context)
            if target.username:
                client.login(target.username, target.password or "")
            client.noop()
    except OSError as exc:
        raise describe_failure(exc, target) from exc
    return f"{target} : connexion acceptée"
