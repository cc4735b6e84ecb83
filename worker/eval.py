"""Measuring the classifier on a labelled set: flag and per-category precision and recall.

A case is expected in the digest ("flagged") when it mentions a watched entity and breaches
the charter. ``evaluate`` takes any ``predict`` callable, so the rules, a model, or the whole
analyser (matching + classifying) are measured the same way; ``format_report`` prints it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from worker.charter.categories import CATEGORY_KEYS, Severity
from worker.charter.classify import NO_OVERRIDES, classify_with
from worker.charter.lexicon import Charter
from worker.charter.model import Document, Scorer
from worker.charter.rules import RuleScorer
from worker.errors import ConfigError, ConfigProblem

NONE = "(aucune)"


@dataclass(frozen=True)
class Case:
    """One labelled item of ``tests/data/charter_cases.jsonl``."""

    id: str
    text: str
    labels: frozenset[str]
    title: str = ""
    kind: str = "post"
    lang: str = "fr"
    critical: bool = False
    hard: bool = False
    split: str = "dev"
    mentions: bool = True  # names a watched entity (the set's truth, not the matcher's)

    @property
    def expected_flagged(self) -> bool:
        return bool(self.labels) and self.mentions

    @property
    def document(self) -> Document:
        return Document(self.text, self.title, self.kind)


class Prediction(NamedTuple):
    """What a predictor says of a case; a plain ``(flagged, categories, severity)`` works."""

    flagged: bool
    categories: frozenset[str] | set[str]
    severity: Severity | None
    evidence: tuple[str, ...] = ()


Predict = Callable[[Case], Prediction | tuple[Any, ...]]


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    case: Case
    prediction: Prediction


@dataclass(frozen=True)
class EvalReport:
    """Flag scores (digest decision), per-category scores (classifier), critical recall."""

    total: int
    flag: Scores
    categories: Mapping[str, Scores]
    critical_found: int
    critical_total: int
    confusion: Mapping[tuple[str, str], int]  # (expected, predicted) -> count
    misses: tuple[Miss, ...]

    @property
    def critical_recall(self) -> float:
        return self.critical_found / self.critical_total if self.critical_total else 1.0


def evaluate(cases: Sequence[Case], predict: Predict) -> EvalReport:
    """Run ``predict`` on every case and score it.

    Categories are scored on every case, mentioned or not (they measure the classifier);
    the flag is scored as the digest sees it (mention and breach).
    """
    predictions = [_prediction(predict(case)) for case in cases]
    pairs = list(zip(cases, predictions, strict=True))
    critical = [p for c, p in pairs if c.critical]
    return EvalReport(
        len(cases),
        _scores((c.expected_flagged, p.flagged) for c, p in pairs),
        {k: _scores((k in c.labels, k in p.categories) for c, p in pairs) for k in CATEGORY_KEYS},
        sum(p.severity is Severity.CRITICAL for p in critical),
        len(critical),
        _confusion(pairs),
        tuple(Miss(c, p) for c, p in pairs if _missed(c, p)),
    )


def rules_predictor(
    charter: Charter,
    mentions: Callable[[str], bool] | None = None,
    min_score: float = 0.5,
    thresholds: Mapping[str, float] = NO_OVERRIDES,
) -> Predict:
    """A ``predict`` that classifies with the rules.

    Args:
        mentions: says whether a text names a watched entity (the matcher); without it, the
            set's own ``mentions`` field is trusted.
    """
    return scorers_predictor([RuleScorer(charter)], mentions, min_score, thresholds)


def scorers_predictor(
    scorers: Sequence[Scorer],
    mentions: Callable[[str], bool] | None = None,
    min_score: float = 0.5,
    thresholds: Mapping[str, float] = NO_OVERRIDES,
) -> Predict:
    """A ``predict`` that classifies with ``scorers`` combined (the rules and a model)."""

    def predict(case: Case) -> Prediction:
        verdict = classify_with(case.document, scorers, min_score, thresholds)
        text = case.document.full_text
        mentioned = case.mentions if mentions is None else mentions(text)
        return Prediction(
            mentioned and verdict.flagged,
            frozenset(f.category for f in verdict.flags),
            verdict.severity,
            tuple(e.text for f in verdict.flags for e in f.evidence),
        )

    return predict


def format_report(report: EvalReport) -> str:
    """The report as text for a terminal: figures first, then every misclassified case."""
    f = report.flag
    lines = [
        f"Cas évalués : {report.total}",
        f"Signalement : précision {f.precision:.3f}  rappel {f.recall:.3f}  F1 {f.f1:.3f}"
        f"  (VP {f.tp}, FP {f.fp}, FN {f.fn})",
        f"Rappel des cas critiques : {report.critical_recall:.3f}"
        f" ({report.critical_found}/{report.critical_total})",
        "",
        f"{'catégorie':<15}{'précision':>10}{'rappel':>9}{'F1':>7}{'VP':>5}{'FP':>5}{'FN':>5}",
    ]
    for key, s in report.categories.items():
        lines.append(f"{key:<15}{s.precision:>10.3f}{s.recall:>9.3f}{s.f1:>7.3f}"
                     f"{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    lines += ["", *_confusion_lines(report.confusion), "", f"Erreurs ({len(report.misses)}) :"]
    lines += [_miss_line(m) for m in report.misses]
    return "\n".join(lines)


def parse_cases(lines: Iterable[str], source: str = "cases") -> list[Case]:
    """Cases from JSON lines (blank lines skipped).

    Raises:
        ConfigError: a line that is not a valid case, with its line number.
    """
    cases: list[Case] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                cases.append(_case(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                problem = ConfigProblem(f"ligne {number}", f"cas invalide : {exc}")
                raise ConfigError(source, [problem]) from exc
    return cases


def _case(data: dict[str, Any]) -> Case:
    labels = frozenset(data["labels"])
    unknown = labels - set(CATEGORY_KEYS)
    if unknown:
        raise ValueError(f"catégories inconnues {sorted(unknown)}")
    return Case(
        str(data["id"]), str(data["text"]), labels, str(data.get("title", "")),
        str(data.get("kind", "post")), str(data.get("lang", "fr")),
        bool(data.get("critical", False)), bool(data.get("hard", False)),
        str(data.get("split", "dev")), bool(data.get("mentions", True)),
    )


def _prediction(result: Prediction | tuple[Any, ...]) -> Prediction:
    return result if isinstance(result, Prediction) else Prediction(*result)


def _scores(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    counts = Counter(pairs)
    return Scores(counts[(True, True)], counts[(False, True)], counts[(True, False)])


def _confusion(pairs: list[tuple[Case, Prediction]]) -> dict[tuple[str, str], int]:
    counts: Counter[tuple[str, str]] = Counter()
    for case, prediction in pairs:
        for expected in sorted(case.labels) or [NONE]:
            for predicted in sorted(prediction.categories) or [NONE]:
                counts[(expected, predicted)] += 1
    return dict(counts)


def _confusion_lines(confusion: Mapping[tuple[str, str], int]) -> list[str]:
    keys = [*CATEGORY_KEYS, NONE]
    short = {k: k[:6] for k in keys}
    lines = ["Confusion (lignes : attendu, colonnes : prédit)",
             f"{'':<15}" + "".join(f"{short[k]:>8}" for k in keys)]
    for expected in keys:
        row = [confusion.get((expected, predicted), 0) for predicted in keys]
        lines.append(f"{expected:<15}" + "".join(f"{n:>8}" for n in row))
    return lines


def _missed(case: Case, prediction: Prediction) -> bool:
    return (
        case.expected_flagged != prediction.flagged
        or set(case.labels) != set(prediction.categories)
        or (case.critical and prediction.severity is not Severity.CRITICAL)
    )


def _miss_line(miss: Miss) -> str:
    case, p = miss.case, miss.prediction
    expected = ",".join(sorted(case.labels)) or NONE
    predicted = ",".join(sorted(p.categories)) or NONE
    severity = p.severity.value if p.severity else "-"
    evidence = " | ".join(p.evidence) or "-"
    text = (f"{case.title} — " if case.title else "") + case.text
    return (f"- {case.id} [{case.split}{', difficile' if case.hard else ''}] attendu {expected}"
            f"{' (critique)' if case.critical else ''} ; prédit {predicted} ({severity})"
            f" ; preuves : {evidence}\n    {text[:160]}")
