"""Excerpts: a short passage of an item around its evidence, the evidence marked. Pure.

Used by the digest and the alerts. The text is untrusted: ``excerpt_html`` escapes each piece
*before* wrapping evidence in ``<mark>`` (never mark then escape).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from worker.digest.model import DigestEntry

TEXT_MARK = ("[[", "]]")  # how evidence stands out in the plain-text part
EXCERPT_RADIUS = 100  # characters of context each side of the evidence (~200 in all)
EXCERPT_MAX_WINDOWS = 3

_WHITESPACE = re.compile(r"\s+")
# C0/C1 controls and bidi overrides: they can hide or reorder what a reader sees.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class ExcerptPart:
    """A piece of an excerpt: plain context, or evidence to highlight (``marked``)."""

    text: str
    marked: bool = False


def excerpt(
    text: str,
    spans: Iterable[tuple[int, int]],
    radius: int = EXCERPT_RADIUS,
    max_windows: int = EXCERPT_MAX_WINDOWS,
) -> tuple[ExcerptPart, ...]:
    """A short excerpt of ``text`` around the evidence ``spans``, the evidence marked.

    Args:
        text: the whole text the spans point into.
        spans: ``(start, end)`` offsets; invalid or empty ones are ignored.
        radius: characters of context kept each side of the evidence (cut at a word).
        max_windows: how many separate passages to keep when spans are far apart.

    Returns:
        Parts in reading order, whitespace collapsed, with ``…`` where text was left out.
        With no valid span, the beginning of the text.
    """
    merged = _merge([(s, e) for s, e in spans if 0 <= s < e <= len(text)])
    if merged:
        windows = _windows(text, merged, radius)[:max_windows]
    else:
        windows = [(0, _snap_end(text, min(len(text), 2 * radius), 0), [])]
    parts: list[ExcerptPart] = []
    for index, (start, end, inside) in enumerate(windows):
        parts += [ExcerptPart(" … ")] if index or _cut_mid_line(text, start, -1) else []
        parts += _window_parts(text, start, end, inside)
    parts += [ExcerptPart(" …")] if _cut_mid_line(text, windows[-1][1], 0) else []
    return _clean_parts(parts)


def excerpt_html(parts: Iterable[ExcerptPart]) -> Markup:
    """The excerpt as HTML: each piece escaped first, then evidence wrapped in ``<mark>``.

    Args:
        parts: from ``excerpt``.

    Returns:
        Safe markup; no text from ``parts`` can open a tag.
    """
    pieces = (
        Markup("<mark>") + escape(p.text) + Markup("</mark>") if p.marked else escape(p.text)
        for p in parts
    )
    return Markup("").join(pieces)


def excerpt_text(parts: Iterable[ExcerptPart]) -> str:
    """The excerpt as plain text, evidence between ``[[`` and ``]]``.

    Args:
        parts: from ``excerpt``.

    Returns:
        One line of text.
    """
    return "".join(f"{TEXT_MARK[0]}{p.text}{TEXT_MARK[1]}" if p.marked else p.text for p in parts)


def clean(value: str) -> str:
    """One line of untrusted text: controls and bidi overrides dropped, whitespace collapsed.

    Args:
        value: any fetched string.

    Returns:
        The string on one line, trimmed.
    """
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", value)).strip()


def evidence_spans(entry: DigestEntry) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every piece of evidence of ``entry`` in its text.

    Args:
        entry: an entry whose flags carry evidence (offsets, and the words themselves).

    Returns:
        Spans into ``entry.text``; evidence found nowhere in the text is left out.
    """
    spans = []
    for flag in entry.flags:
        for ev in flag.evidence:
            if entry.text[ev.start : ev.end] == ev.text and ev.start < ev.end:
                spans.append((ev.start, ev.end))
            elif ev.text and (found := entry.text.find(ev.text)) >= 0:
                # Offsets that do not match the text: trust the words, not the numbers.
                spans.append((found, found + len(ev.text)))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _windows(
    text: str, spans: list[tuple[int, int]], radius: int
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    windows: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in spans:
        first, last = _paragraph(text, start, end)
        low, high = max(first, start - radius), min(last, end + radius)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high, [*windows[-1][2], (start, end)])
        else:
            windows.append((low, high, [(start, end)]))
    return [
        (_snap_start(text, lo, sp[0][0]), _snap_end(text, hi, sp[-1][1]), sp)
        for lo, hi, sp in windows
    ]


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the paragraph(s) holding ``[start, end)``: context never leaves them, so
    the title (shown above, and its own paragraph) is not repeated in the excerpt."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (0 if before < 0 else before + 2), (len(text) if after < 0 else after)


def _snap_start(text: str, position: int, limit: int) -> int:
    """Move a cut forward to the next word, without passing the first evidence."""
    if position == 0 or text[position - 1].isspace():
        return position
    space = re.compile(r"\s").search(text, position, limit)
    return space.end() if space else position


def _snap_end(text: str, position: int, limit: int) -> int:
    """Move a cut back to the end of the previous word, without passing the last evidence."""
    if position >= len(text) or text[position].isspace():
        return min(position, len(text))
    for index in range(position, limit, -1):
        if text[index].isspace():
            return index
    return position


def _cut_mid_line(text: str, position: int, side: int) -> bool:
    """Whether a cut at ``position`` leaves out text on the same line (``side`` -1: before
    the cut, 0: after it); a cut at a line break needs no ``…``."""
    neighbour = position + side
    return 0 <= neighbour < len(text) and text[neighbour] != "\n"


def _window_parts(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> list[ExcerptPart]:
    parts: list[ExcerptPart] = []
    cursor = start
    for span_start, span_end in spans:
        parts.append(ExcerptPart(text[cursor:span_start]))
        parts.append(ExcerptPart(text[span_start:span_end], marked=True))
        cursor = span_end
    parts.append(ExcerptPart(text[cursor:end]))
    return parts


def _clean_parts(parts: list[ExcerptPart]) -> tuple[ExcerptPart, ...]:
    cleaned = [
        ExcerptPart(_WHITESPACE.sub(" ", _INVISIBLE.sub("", p.text)), p.marked) for p in parts
    ]
    joined: list[ExcerptPart] = []
    for part in cleaned:
        if not part.text:
            continue
        if joined and not part.marked and not joined[-1].marked:
            # Adjacent context pieces (a window's end and the next "…") read as one.
            part = ExcerptPart(_WHITESPACE.sub(" ", joined.pop().text + part.text))
        joined.append(part)
    return _trim_ends(joined)


def _trim_ends(parts: list[ExcerptPart]) -> tuple[ExcerptPart, ...]:
    if parts and not parts[0].marked:
        parts[0] = ExcerptPart(parts[0].text.lstrip())
    if parts and not parts[-1].marked:
        parts[-1] = ExcerptPart(parts[-1].text.rstrip())
    return tuple(p for p in parts if p.text)
