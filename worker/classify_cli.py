"""``veille classify`` and ``veille eval``: the classifier driven through JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from worker.analyse import Analyser, Analysis, analyse
from worker.charter.categories import CATEGORIES
from worker.charter.model import DOCUMENT_KINDS, Document, Scorer
from worker.charter.rules import RuleScorer
from worker.eval import evaluate, format_report, parse_cases, scorers_predictor


def analysis_json(item_id: Any, analysis: Analysis) -> dict[str, Any]:
    """The stable ``veille classify`` output line for one item."""
    verdict = analysis.verdict
    flags = verdict.flags if verdict is not None else ()
    severity = verdict.severity if verdict is not None and analysis.flagged else None
    return {
        "id": item_id,
        "mentions": list(analysis.mentions),
        "flagged": analysis.flagged,
        "severity": severity.value if severity else None,
        "categories": [
            {
                "category": f.category,
                "score": round(f.score, 4),
                "severity": f.severity.value,
                "clause": CATEGORIES[f.category].clause,
                "evidence": [{"start": e.start, "end": e.end, "text": e.text}
                             for e in f.evidence],
            }
            for f in flags
        ],
    }


def document_from(record: object) -> tuple[Any, Document]:
    """Validate one input record. Raises ValueError with a French message."""
    if not isinstance(record, dict):
        raise ValueError("chaque ligne doit être un objet JSON")
    if "id" not in record:
        raise ValueError("champ « id » manquant")
    text, title, kind = record.get("text"), record.get("title") or "", record.get("kind")
    if not isinstance(text, str):
        raise ValueError("champ « text » manquant ou qui n'est pas du texte")
    if not isinstance(title, str):
        raise ValueError("champ « title » qui n'est pas du texte")
    if kind is None:
        kind = "article"
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"champ « kind » inconnu : {kind!r} ; permis : "
                         + ", ".join(DOCUMENT_KINDS))
    return record["id"], Document(text, title, kind)


def classify_stream(
    lines: TextIO, out: TextIO, analyser: Analyser, warn: Callable[[str], None]
) -> int:
    """One output line per input line, in order; a bad line gets an ``error`` line (so the
    caller can still pair inputs and outputs). Returns the number of bad lines."""
    errors = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record: object = None
        try:
            record = json.loads(line)
            item_id, document = document_from(record)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            errors += 1
            warn(f"ligne {number} ignorée : {exc}")
            bad_id = record.get("id") if isinstance(record, dict) else None
            out.write(json.dumps({"id": bad_id, "error": str(exc)}, ensure_ascii=False) + "\n")
            continue
        out.write(json.dumps(analysis_json(item_id, analyse(document, analyser)),
                             ensure_ascii=False) + "\n")
        out.flush()
    return errors


def evaluate_file(
    path: Path, analyser: Analyser, split: str | None = None, use_matcher: bool = False,
    extra_scorers: tuple[Scorer, ...] = (), local: bool = False,
) -> str:
    """The evaluation report of the rules (and ``extra_scorers``) on a labelled JSON Lines
    file.

    Args:
        split: keep only cases of this split (``dev`` or ``heldout``).
        use_matcher: decide mentions with the config's matcher instead of the set's labels.
        local: with ``use_matcher``, read every case as from a local source.
        extra_scorers: scorers beside the rules (a case model), as ``analyse`` runs them.
    Raises:
        ConfigError: a line of the file is not a valid case.
    """
    cases = parse_cases(path.read_text("utf-8").splitlines(), str(path))
    if split:
        cases = [case for case in cases if case.split == split]
    mentions = (lambda text: bool(analyser.matcher.entities(text, local))) if use_matcher \
        else None
    scorers = [RuleScorer(analyser.charter), *extra_scorers]
    predict = scorers_predictor(scorers, mentions, analyser.min_score, analyser.thresholds)
    return format_report(evaluate(cases, predict))
