"""Saving and loading the case model (``veille train --cases``) under the data folder.

Two files in ``<data dir>/model/``: the model (joblib) and its figures with the scikit-learn
version that made it (JSON). A pickle made by another scikit-learn may load wrongly or not at
all, so a model from another version is not used until it is trained again.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib
import sklearn

from worker.charter.learned import CaseModel, CaseModelReport, LearnedScorer, train_case_model
from worker.charter.model import Document
from worker.errors import ConfigError
from worker.eval import Case, parse_cases

log = logging.getLogger(__name__)

MODEL_FILE, METRICS_FILE = "case-model.joblib", "case-model.json"
# What a saved model reads: 2 since the watched names are hidden from it, 3 since it holds
# calm thresholds. A model of another format is not used (it would read texts the way its
# training did not, or flag as an older Veille did), and the worker trains a new one.
MODEL_FORMAT = 3


def save_case_model(directory: Path, model: CaseModel, report: CaseModelReport,
                    trained_at: str, fingerprint: str | None = None) -> Path:
    """Write the model, then its figures (last: a half-written model is never loaded).

    Args:
        fingerprint: what it was trained on (``cases_fingerprint``), so that a worker
            trains again when the cases change.
    """
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, directory / MODEL_FILE)
    figures = {**asdict(report), "trained_at": trained_at, "thresholds": model.thresholds,
               "calm_thresholds": model.calm_thresholds, "also": model.also,
               "format": MODEL_FORMAT, "masked_names": model.masked_names,
               "fingerprint": fingerprint}
    partial = directory / (METRICS_FILE + ".tmp")
    partial.write_text(json.dumps(figures, indent=2, ensure_ascii=False), "utf-8")
    partial.replace(directory / METRICS_FILE)
    return directory / MODEL_FILE


def load_case_model(path: Path) -> CaseModel | None:
    """The model saved at ``path`` (the joblib file, or the folder holding it), if its
    figures say it was made by this scikit-learn; None (with a warning) otherwise."""
    directory = path if path.is_dir() else path.parent
    model_path = directory / MODEL_FILE if path.is_dir() else path
    try:
        figures: dict[str, Any] = json.loads((directory / METRICS_FILE).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("case model figures unreadable, rules alone: %s", exc)
        return None
    if figures.get("format") != MODEL_FORMAT:
        log.warning("case model saved by an older Veille: not used until `veille train "
                    "--cases` is run again (the worker does it by itself when it trains on "
                    "the config's cases)")
        return None
    made_with = figures.get("sklearn_version")
    if made_with != sklearn.__version__:
        log.warning("case model made with scikit-learn %s, running %s: not used until "
                    "`veille train --cases` is run again", made_with, sklearn.__version__)
        return None
    try:
        model = joblib.load(model_path)
    except (OSError, ValueError, EOFError, AttributeError, ImportError) as exc:
        log.warning("case model unreadable, rules alone: %s", exc)
        return None
    if not isinstance(model, CaseModel):
        log.warning("%s is not a case model, rules alone", model_path)
        return None
    return model


def load_learned_scorer(path: Path) -> LearnedScorer | None:
    """The scorer of the model saved at ``path``, or None (see ``load_case_model``)."""
    model = load_case_model(path)
    return LearnedScorer(model) if model is not None else None


def dev_cases(files: Sequence[Path]) -> list[Case]:
    """The cases of ``files`` that may be learnt from: never the held-out split, which exists
    to measure, once, what was never tuned on."""
    cases: list[Case] = []
    for path in files:
        cases += parse_cases(path.read_text("utf-8").splitlines(), str(path))
    return [case for case in cases if case.split == "dev"]


def cases_fingerprint(files: Sequence[Path], masked_names: Sequence[str] = ()) -> str:
    """What a model trained on ``files`` depends on: their bytes, the names hidden from it,
    its format and scikit-learn's version."""
    digest = hashlib.sha256(f"{sklearn.__version__}\n{MODEL_FORMAT}\n".encode())
    digest.update(json.dumps(sorted(masked_names), ensure_ascii=False).encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def saved_fingerprint(directory: Path) -> str | None:
    try:
        figures = json.loads((directory / METRICS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    found = figures.get("fingerprint") if isinstance(figures, dict) else None
    return found if isinstance(found, str) else None


def case_model_for(directory: Path, files: Sequence[Path],
                   rules_flagged: Callable[[Document], bool],
                   masked_names: Sequence[str] = ()) -> LearnedScorer | None:
    """The scorer of the model trained on exactly ``files`` with ``masked_names`` hidden (the
    watched names: a new school trains it again): the saved one when it was, else
    trained now and saved. Several worker processes start at once: one trains, under a
    lock, and the others wait for it and load what it saved.

    Returns:
        The scorer, or None (with a warning: the rules run alone) when a file is unreadable
        or holds too few cases to learn from.
    """
    try:
        fingerprint = cases_fingerprint(files, masked_names)
    except OSError as exc:
        log.warning("labelled cases unreadable, rules alone: %s", exc)
        return None
    if saved_fingerprint(directory) != fingerprint:
        directory.mkdir(parents=True, exist_ok=True)
        with (directory / ".training.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            # Unless another process trained it while this one waited.
            if (saved_fingerprint(directory) != fingerprint
                    and not _train_and_save(directory, files, fingerprint, rules_flagged,
                                            masked_names)):
                return None
    return load_learned_scorer(directory)


def _train_and_save(directory: Path, files: Sequence[Path], fingerprint: str,
                    rules_flagged: Callable[[Document], bool],
                    masked_names: Sequence[str]) -> bool:
    try:
        cases = dev_cases(files)
    except ConfigError as exc:  # an admin's edit broke a line: say which, keep the rules
        log.warning("labelled cases unreadable, rules alone: %s", exc)
        return False
    log.info("training the case model on %d labelled cases (once per change of the cases; "
             "about a minute)", len(cases))
    started = time.monotonic()
    try:
        model, report = train_case_model(cases, rules_flagged=rules_flagged,
                                         masked_names=masked_names)
    except (ValueError, MemoryError):
        # A set scikit-learn cannot fit (one class only, say) must not stop the worker.
        log.exception("training the case model failed, rules alone")
        return False
    if not model.heads:
        log.warning("too few labelled cases to learn from, rules alone")
        return False
    save_case_model(directory, model, report, datetime.now(UTC).isoformat(), fingerprint)
    log.info("case model trained in %.0f s and saved in %s", time.monotonic() - started,
             directory)
    return True
