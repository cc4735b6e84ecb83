"""What a running process needs, built once: settings, database, config (reloaded when the
file changes), the analyser built from it, and the HTTP layer.

An invalid edit of the config never stops the service: the last valid config keeps running
and the error is kept for logs and the digest.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import cached_property

import redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from connectors.http import Http
from connectors.pacing import FallbackPacer, HostPacer, LocalPacer, RedisPacer
from worker.analyse import Analyser
from worker.charter.lexicon import load_charter
from worker.config import VeilleConfig, lexicons_dir, load_config
from worker.errors import ConfigError
from worker.matching import Matcher
from worker.settings import Settings, load_settings
from worker.store.db import make_engine, make_session_factory, upgrade

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedConfig:
    config: VeilleConfig
    analyser: Analyser
    mtime_ns: int


def build_analyser(settings: Settings, config: VeilleConfig) -> Analyser:
    charter = load_charter(lexicons_dir(settings.config_path, config),
                           config.organisation.public_contacts)
    return Analyser(Matcher.from_config(config), charter, config.classification.min_score,
                    config.classification.thresholds)


def make_pacer(settings: Settings) -> HostPacer:
    """Per-host pacing shared through Redis when the broker is Redis, else per process."""
    local = LocalPacer(settings.min_host_interval)
    if not settings.broker_url.startswith(("redis://", "rediss://")):
        return local
    client = redis.Redis.from_url(settings.broker_url, socket_timeout=5)
    return FallbackPacer(RedisPacer(client, settings.min_host_interval), local)


class Runtime:
    """One per process. Thread-safe config reload; everything else is built lazily once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.config_error: ConfigError | None = None
        self._loaded: LoadedConfig | None = None
        self._lock = threading.Lock()

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.settings.database_url)
        upgrade(engine)
        return engine

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine)

    @cached_property
    def http(self) -> Http:
        return Http(pacer=make_pacer(self.settings))

    def current(self) -> LoadedConfig:
        """The config as the file says now, or the last valid one if the file became invalid.

        Raises:
            ConfigError: the file is invalid and no valid config was ever loaded.
        """
        path = self.settings.config_path
        with self._lock:
            try:
                mtime = path.stat().st_mtime_ns
            except OSError:
                mtime = -1
            if self._loaded is None or self._loaded.mtime_ns != mtime:
                self._reload(mtime)
            assert self._loaded is not None
            return self._loaded

    def _reload(self, mtime: int) -> None:
        try:
            config = load_config(self.settings.config_path)
            self._loaded = LoadedConfig(config, build_analyser(self.settings, config), mtime)
            self.config_error = None
        except ConfigError as exc:
            self.config_error = exc
            if self._loaded is None:
                raise
            log.error("config became invalid, keeping the last valid one: %s", exc)

    @property
    def config(self) -> VeilleConfig:
        return self.current().config

    @property
    def analyser(self) -> Analyser:
        return self.current().analyser


_runtime: Runtime | None = None


def get_runtime() -> Runtime:
    """The process-wide runtime, from the environment."""
    global _runtime
    if _runtime is None:
        _runtime = Runtime(load_settings())
    return _runtime


def set_runtime(runtime: Runtime | None) -> None:
    """Install a runtime (the CLI does, after reading ``--config``)."""
    global _runtime
    _runtime = runtime
