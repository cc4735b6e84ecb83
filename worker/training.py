"""``veille train``: learn from the team's decisions which of the rules' flags are real.

The decisions only ever concern items the rules flagged (nothing else reaches the team), so
what a model can learn is a second opinion on a flag, not new flags: « confirmé » and
« traité » are positives, « faux positif » negatives. A TF-IDF of character n-grams (robust
to accents, typos, inflections) feeds a logistic regression. A stratified part of the
decisions is held out; on it, the rules alone are compared with the rules whose flags the
model must also accept. The model is saved under the data folder with its figures, and
``load_model_scorer`` puts it to work only if it did better (higher F1).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import joblib
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sqlalchemy.orm import Session

from worker.charter.model import CategoryFlag, Document, Scorer
from worker.errors import VeilleError
from worker.store import reviews

log = logging.getLogger(__name__)

MODEL_FILE, METRICS_FILE = "review-model.joblib", "review-model.json"
MIN_DECISIONS, MIN_PER_CLASS = 20, 5
POSITIVE = frozenset({"confirme", "traite"})


class TrainingError(VeilleError):
    """Nothing can be learnt yet (too few decisions, or of one kind only)."""


@dataclass(frozen=True)
class Decision:
    """A reviewed item's text and what the team decided (True: a real breach)."""

    item_id: int
    title: str
    text: str
    kind: str
    breach: bool

    @property
    def document(self) -> Document:
        return Document(self.text, self.title, self.kind)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class TrainReport:
    """How the model did on the held-out decisions, against the rules alone."""

    decisions: int
    positives: int
    heldout: int
    rules: Scores
    with_model: Scores  # the rules' flags, kept only when the model agrees
    threshold: float
    trained_at: str  # ISO, aware
    sklearn_version: str

    @property
    def better(self) -> bool:
        return self.with_model.f1 > self.rules.f1

    def describe(self) -> str:
        """The report ``veille train`` prints (French)."""
        rows = [f"{'':18}précision  rappel    F1"]
        for label, s in (("Règles seules", self.rules), ("Règles + modèle", self.with_model)):
            rows.append(f"{label:18}{_pct(s.precision):>9}  {_pct(s.recall):>6}  {_pct(s.f1):>6}")
        verdict = ("oui (il fait mieux que les règles seules : le classement s'en servira)."
                   if self.better else
                   "non (il ne fait pas mieux que les règles seules, qui restent seules).")
        negatives = self.decisions - self.positives
        return "\n".join([
            f"Décisions utilisées : {self.decisions} ({self.positives} confirmées ou traitées, "
            f"{negatives} faux positifs) ; {self.heldout} mises de côté pour l'évaluation.",
            *rows, f"Modèle retenu : {verdict}"])


def _pct(value: float) -> str:
    return f"{value:.0%}".replace("%", " %")


def decisions_from_store(session: Session) -> list[Decision]:
    """Every reviewed item whose text is still kept, once per distinct text (copies of one
    story would otherwise sit on both sides of the split and flatter the model)."""
    seen: set[str] = set()
    out = []
    for item, status in reviews.reviewed_items(session):
        key = f"{item.title or ''}\n\n{item.text or ''}"
        if key in seen:
            continue
        seen.add(key)
        out.append(Decision(item.id, item.title or "", item.text or "", item.kind,
                            status in POSITIVE))
    return out


def new_pipeline() -> Pipeline:
    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                  strip_accents="unicode", lowercase=True)),
        ("model", LogisticRegression(class_weight="balanced", max_iter=2000)),
    ])


def train(decisions: Sequence[Decision], rules_flag: Callable[[Document], bool], now: datetime,
          test_size: float = 0.25, seed: int = 0, threshold: float = 0.5
          ) -> tuple[Pipeline, TrainReport]:
    """Fit on part of the decisions, compare on the rest.

    Args:
        rules_flag: the rules' decision today on a document (the charter may have changed
            since the team decided).
        now: when, for the report.

    Raises:
        TrainingError: fewer than ``MIN_DECISIONS`` decisions, or fewer than
            ``MIN_PER_CLASS`` of either kind.
    """
    _check_enough(decisions)
    labels = [d.breach for d in decisions]
    fit_part, held = train_test_split(list(decisions), test_size=test_size, stratify=labels,
                                      random_state=seed)
    pipeline = new_pipeline()
    pipeline.fit([d.document.full_text for d in fit_part], [d.breach for d in fit_part])
    truth = [d.breach for d in held]
    by_rules = [rules_flag(d.document) for d in held]
    agrees = [p >= threshold for p in breach_probabilities(pipeline, [d.document for d in held])]
    report = TrainReport(
        decisions=len(decisions), positives=sum(labels), heldout=len(held),
        rules=scores(truth, by_rules),
        with_model=scores(truth, [r and a for r, a in zip(by_rules, agrees, strict=True)]),
        threshold=threshold, trained_at=now.isoformat(), sklearn_version=sklearn.__version__)
    return pipeline, report


def _check_enough(decisions: Sequence[Decision]) -> None:
    positives = sum(d.breach for d in decisions)
    negatives = len(decisions) - positives
    if len(decisions) < MIN_DECISIONS or min(positives, negatives) < MIN_PER_CLASS:
        raise TrainingError(
            f"Pas assez de décisions pour apprendre : {positives} confirmées ou traitées, "
            f"{negatives} faux positifs (il en faut au moins {MIN_DECISIONS} en tout, dont "
            f"{MIN_PER_CLASS} de chaque sorte). Les règles restent seules.")


def breach_probabilities(pipeline: Pipeline, documents: Sequence[Document]) -> list[float]:
    """The model's probability that each document is a real breach."""
    classes = list(pipeline.classes_)
    column = classes.index(True)
    return [float(row[column]) for row in
            pipeline.predict_proba([d.full_text for d in documents])]


def scores(truth: Sequence[bool], predicted: Sequence[bool]) -> Scores:
    """Precision, recall and F1 of ``predicted`` (0 where undefined)."""
    hits = sum(t and p for t, p in zip(truth, predicted, strict=True))
    precision = hits / sum(predicted) if any(predicted) else 0.0
    recall = hits / sum(truth) if any(truth) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 4), round(recall, 4), round(f1, 4))


# --- saving, loading, scoring ---------------------------------------------------------------

def model_dir(data_dir: Path) -> Path:
    return data_dir / "model"


def save_model(directory: Path, pipeline: Pipeline, report: TrainReport) -> Path:
    """Write the model, then its figures (the figures last: a half-written model is never
    taken for a good one)."""
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, directory / MODEL_FILE)
    partial = directory / (METRICS_FILE + ".tmp")
    partial.write_text(json.dumps({**asdict(report), "better": report.better}, indent=2),
                       "utf-8")
    partial.replace(directory / METRICS_FILE)
    return directory / MODEL_FILE


def read_report(directory: Path) -> TrainReport | None:
    """The saved figures, or None if there are none (or they cannot be read)."""
    try:
        data: dict[str, Any] = json.loads((directory / METRICS_FILE).read_text("utf-8"))
        data.pop("better", None)
        report = TrainReport(**data)
        return replace(report, rules=Scores(**data["rules"]),
                       with_model=Scores(**data["with_model"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None


@dataclass(frozen=True)
class ModelScorer:
    """The rules (``inner``) with the model's second opinion: a flag the model finds
    unlikely (probability of a real breach under ``threshold``) keeps its evidence but gets
    a score of 0, so ``decide`` drops it. It wraps the rule scorer and takes its place in the
    scorer list: beside it, ``combine``'s maximum would bring the rules' score back."""

    inner: Scorer
    pipeline: Pipeline
    threshold: float = 0.5

    def score(self, document: Document) -> list[CategoryFlag]:
        flags = self.inner.score(document)
        if not any(f.score > 0 for f in flags):
            return flags
        [probability] = breach_probabilities(self.pipeline, [document])
        if probability >= self.threshold:
            return flags
        note = f"modèle : faux positif probable (p = {probability:.2f})"
        return [replace(f, score=0.0, reasons=(*f.reasons, note)) for f in flags]


def load_model_scorer(directory: Path, inner: Scorer) -> Scorer:
    """``inner`` with the saved model's opinion if that model beat the rules and was made by
    this scikit-learn; ``inner`` alone otherwise."""
    report = read_report(directory)
    if report is None or not report.better:
        return inner
    if report.sklearn_version != sklearn.__version__:
        log.warning("review model made with scikit-learn %s, running %s: not used until "
                    "`veille train` is run again", report.sklearn_version, sklearn.__version__)
        return inner
    try:
        pipeline = joblib.load(directory / MODEL_FILE)
    except (OSError, ValueError, EOFError) as exc:
        log.warning("review model unreadable, rules alone: %s", exc)
        return inner
    return ModelScorer(inner, pipeline, report.threshold)
