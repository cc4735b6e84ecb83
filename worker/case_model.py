"""Saving and loading the case model (``veille train --cases``) under the data folder.

Two files in ``<data dir>/model/``: the model (joblib) and its figures with the scikit-learn
version that made it (JSON). A pickle made by another scikit-learn may load wrongly or not at
all, so a model from another version is not used until it is trained again.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import Any

import joblib
import sklearn

from worker.charter.learned import CaseModel, CaseModelReport, LearnedScorer

log = logging.getLogger(__name__)

MODEL_FILE, METRICS_FILE = "case-model.joblib", "case-model.json"


def save_case_model(directory: Path, model: CaseModel, report: CaseModelReport,
                    trained_at: str) -> Path:
    """Write the model, then its figures (last: a half-written model is never loaded)."""
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, directory / MODEL_FILE)
    figures = {**asdict(report), "trained_at": trained_at, "thresholds": model.thresholds}
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
