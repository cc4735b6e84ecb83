"""``veille source test`` and ``veille connectors list``: IT's tools to try a source or see
which connectors exist, without storing anything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from connectors import registry
from connectors.base import NotModified, RawItem, SourceState
from connectors.http import Http
from worker.analyse import Analyser, Analysis, analyse
from worker.charter.categories import CATEGORIES
from worker.charter.model import Document
from worker.config import SourceConfig, problems_from
from worker.errors import ConfigError


@dataclass(frozen=True)
class ProbedItem:
    raw: RawItem
    analysis: Analysis


def probe(source: SourceConfig, http: Http, analyser: Analyser) -> list[ProbedItem]:
    """Fetch and parse a source once (never conditionally), and analyse every item.

    Raises:
        SourceError: the source failed, as it would in a poll.
        ConfigError: the source's options are invalid.
    """
    connector = registry.get(source.connector)
    try:
        options = connector.Options.model_validate(source.connector_options)
    except ValidationError as exc:
        raise ConfigError(source.id, problems_from(exc)) from None
    state = SourceState(source.id, allow_private_network=source.allow_private_network)
    try:
        fetched = connector.fetch(options, state, http)
    except NotModified:  # cannot happen without validators, but a server may still say it
        return []
    return [ProbedItem(raw, analyse(Document(raw.text, raw.title, raw.kind), analyser,
                                        local=source.local))
            for raw in connector.parse(options, fetched)]


def describe_probed(items: list[ProbedItem], names: dict[str, str]) -> Iterator[str]:
    """French lines for a person: each item, whom it mentions, how it is classified."""
    mentioning = sum(bool(i.analysis.mentions) for i in items)
    flagged = sum(i.analysis.flagged for i in items)
    yield f"{len(items)} élément(s), {mentioning} avec mention, {flagged} signalé(s)."
    for number, item in enumerate(items, 1):
        raw, analysis = item.raw, item.analysis
        date = raw.published_at.isoformat() if raw.published_at else "date inconnue"
        yield f"\n[{number}] {raw.title[:120]}"
        yield f"    {raw.url or '(sans lien)'} — {date}"
        if not analysis.mentions:
            yield "    mentions : aucune (l'élément ne serait pas conservé)"
            continue
        yield "    mentions : " + ", ".join(names.get(e, e) for e in analysis.mentions)
        verdict = analysis.verdict
        if verdict is None or not verdict.flagged:
            yield "    classement : rien à signaler"
            continue
        for flag in verdict.flags:
            evidence = " | ".join(e.text for e in flag.evidence[:3])
            yield (f"    ⚠ {CATEGORIES[flag.category].label_fr} ({flag.severity.label_fr}, "
                   f"score {flag.score:.2f}) : « {evidence} »")


@dataclass(frozen=True)
class OptionField:
    name: str
    type: str
    required: bool
    default: Any
    description: str


def option_fields(model: type[BaseModel]) -> list[OptionField]:
    fields = []
    for name, info in model.model_fields.items():
        annotation = getattr(info.annotation, "__name__", None) or str(info.annotation)
        fields.append(OptionField(name, annotation.replace("typing.", ""), info.is_required(),
                                  None if info.is_required() else info.default,
                                  info.description or ""))
    return fields


def describe_connectors() -> Iterator[str]:
    """Every connector, built-in or installed, with its options."""
    for name, target in sorted(registry.available().items()):
        origin = "intégré" if name in registry.BUILTINS else f"installé ({target})"
        try:
            connector = registry.get(name)
        except Exception as exc:  # a broken plug-in is shown, not fatal
            yield f"{name} — {origin} — IMPOSSIBLE À CHARGER : {exc}"
            continue
        yield f"{name} — {origin}"
        for field in option_fields(connector.Options):
            need = "obligatoire" if field.required else f"défaut : {field.default!r}"
            extra = f" — {field.description}" if field.description else ""
            yield f"    {field.name} ({field.type}, {need}){extra}"
