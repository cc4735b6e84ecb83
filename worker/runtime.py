"""What a running process needs, built once: settings, database, config (reloaded when the
file, a charter lexicon or a training-case file changes), the analyser built from it, and
the HTTP layer.

An invalid edit of the config never stops the service: the last valid config keeps running
and the error is kept for logs and the digest. The worker keeps a copy of the last valid file
in its data folder, so that a process started after the edit (a pool process replacing one
that died, a restart) runs that config too.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from connectors.http import Http
from connectors.pacing import FallbackPacer, HostPacer, LocalPacer, RedisPacer
from worker.analyse import Analyser
from worker.charter.lexicon import Charter, load_charter
from worker.charter.model import Document, Scorer
from worker.config import VeilleConfig, lexicons_dir, load_config, training_case_files
from worker.errors import ConfigError
from worker.matching import Matcher
from worker.settings import Settings, load_settings
from worker.store.db import make_engine, make_session_factory, upgrade

log = logging.getLogger(__name__)


# Each file the analyser is built from, with its modification time (-1: missing).
Stamp = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class LoadedConfig:
    config: VeilleConfig
    analyser: Analyser
    stamp: Stamp


def analyser_files(config_path: Path, config: VeilleConfig | None) -> list[Path]:
    """The files whose edit reloads the analyser: the config, every lexicon of the charter
    folder (admins add terms there, not in the config) and the training cases."""
    if config is None:
        return [config_path]
    return [config_path, *sorted(lexicons_dir(config_path, config).glob("*.yaml")),
            *training_case_files(config_path, config)]


def stamp_of(paths: list[Path]) -> Stamp:
    def mtime(path: Path) -> int:
        try:
            return path.stat().st_mtime_ns
        except OSError:
            return -1
    return tuple((str(path), mtime(path)) for path in paths)


def build_analyser(settings: Settings, config: VeilleConfig) -> Analyser:
    charter = load_charter(lexicons_dir(settings.config_path, config),
                           config.organisation.public_contacts)
    return Analyser(Matcher.from_config(config), charter, config.classification.min_score,
                    config.classification.thresholds,
                    scorers=(review_scorer(settings, charter),
                             *case_scorers(settings, config, charter)))


def review_scorer(settings: Settings, charter: Charter) -> Scorer:
    """The rules with the model trained on the team's decisions (``veille train``) when one
    was saved and beat the rules; the rules alone otherwise."""
    from worker.charter.rules import RuleScorer

    folder = settings.data_dir / "model"
    if not (folder / "review-model.json").is_file():
        return RuleScorer(charter)  # no model: do not pay scikit-learn's import
    from worker.training import load_model_scorer, model_dir

    return load_model_scorer(model_dir(settings.data_dir), RuleScorer(charter))


def case_scorers(settings: Settings, config: VeilleConfig, charter: Charter
                 ) -> tuple[Scorer, ...]:
    """The scorer of the model learnt from labelled cases: trained on the config's
    ``training_cases`` (first start, or when they change), else the one saved by
    ``veille train --cases``; none without either."""
    folder = settings.data_dir / "model"
    files = training_case_files(settings.config_path, config)
    if not files and not (folder / "case-model.json").is_file():
        return ()  # no model: do not pay scikit-learn's import
    from worker.case_model import case_model_for, load_learned_scorer
    from worker.charter.classify import classify_with
    from worker.charter.names import watched_names
    from worker.charter.rules import RuleScorer

    if not files:
        scorer = load_learned_scorer(folder)
        return (scorer,) if scorer is not None else ()
    rules = [RuleScorer(charter)]
    classification = config.classification

    def rules_flagged(document: Document) -> bool:
        verdict = classify_with(document, rules, classification.min_score,
                                classification.thresholds)
        return verdict.flagged

    learned = case_model_for(folder, files, rules_flagged, watched_names(config))
    return (learned,) if learned is not None else ()


def make_pacer(settings: Settings) -> HostPacer:
    """Per-host pacing shared through Redis when the broker is Redis, else per process."""
    local = LocalPacer(settings.min_host_interval)
    if not settings.broker_url.startswith(("redis://", "rediss://")):
        return local
    client = redis.Redis.from_url(settings.broker_url, socket_timeout=5)
    return FallbackPacer(RedisPacer(client, settings.min_host_interval), local)


class Runtime:
    """One per process, shared by the threads of a ``--pool threads`` worker: the config
    reload and the lazy building of the engine and the HTTP layer are done under locks, so
    two first tasks starting together build (and migrate) once."""

    def __init__(self, settings: Settings, last_valid_copy: Path | None = None) -> None:
        self.settings = settings
        # Where to keep a copy of the last valid config; None (the CLI): an invalid file fails.
        self.last_valid_copy = last_valid_copy
        self.config_error: ConfigError | None = None
        self._loaded: LoadedConfig | None = None
        # The files as they were when a reload failed: not tried again until one changes.
        self._failed: Stamp | None = None
        self._lock = threading.Lock()
        # Re-entrant: building the sessions builds the engine.
        self._build_lock = threading.RLock()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._http: Http | None = None

    @property
    def engine(self) -> Engine:
        with self._build_lock:
            if self._engine is None:
                engine = make_engine(self.settings.database_url)
                upgrade(engine)
                self._engine = engine
            return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        with self._build_lock:
            if self._sessions is None:
                self._sessions = make_session_factory(self.engine)
            return self._sessions

    @property
    def http(self) -> Http:
        with self._build_lock:
            if self._http is None:
                self._http = Http(pacer=make_pacer(self.settings))
            return self._http

    def current(self) -> LoadedConfig:
        """The config as the file says now, or the last valid one if the file became invalid.

        Raises:
            ConfigError: the file is invalid and no valid config was ever loaded.
        """
        path = self.settings.config_path
        with self._lock:
            loaded = self._loaded
            if loaded is None:
                self._reload()
            else:
                now = stamp_of(analyser_files(path, loaded.config))
                if now not in (loaded.stamp, self._failed):
                    self._reload()
            assert self._loaded is not None
            return self._loaded

    def _reload(self) -> None:
        path = self.settings.config_path
        try:
            config = load_config(path)
            # Stamped before the lexicons and cases are read: an edit made while they are
            # read shows as a change at the next call.
            stamp = stamp_of(analyser_files(path, config))
            self._loaded = LoadedConfig(config, build_analyser(self.settings, config), stamp)
            self.config_error, self._failed = None, None
            self._keep_copy()
        except ConfigError as exc:
            self.config_error = exc
            previous = self._loaded.config if self._loaded is not None else None
            self._failed = stamp_of(analyser_files(path, previous))
            if self._loaded is None:
                self._loaded = self._from_copy(exc, self._failed)
            log.error("config became invalid, keeping the last valid one: %s", exc)

    def _keep_copy(self) -> None:
        if self.last_valid_copy is None:
            return
        partial = self.last_valid_copy.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.last_valid_copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.settings.config_path, partial)
            os.replace(partial, self.last_valid_copy)  # atomic: no process reads half a file
        except OSError as exc:
            log.warning("could not keep a copy of the valid config: %s", exc)

    def _from_copy(self, error: ConfigError, stamp: Stamp) -> LoadedConfig:
        """The copy of the last valid config, for a process that never loaded one itself.

        Raises:
            ConfigError: ``error`` (the file's), when there is no valid copy either.
        """
        if self.last_valid_copy is None or not self.last_valid_copy.exists():
            raise error
        try:
            config = load_config(self.last_valid_copy)
        except ConfigError:
            raise error from None
        return LoadedConfig(config, build_analyser(self.settings, config), stamp)

    @property
    def config(self) -> VeilleConfig:
        return self.current().config

    @property
    def analyser(self) -> Analyser:
        return self.current().analyser


_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def get_runtime() -> Runtime:
    """The process-wide runtime, from the environment (one, even when threads ask at once)."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            settings = load_settings()
            _runtime = Runtime(settings, settings.data_dir / "last-valid-veille.yaml")
        return _runtime


def set_runtime(runtime: Runtime | None) -> None:
    """Install a runtime (the CLI does, after reading ``--config``)."""
    global _runtime
    _runtime = runtime
