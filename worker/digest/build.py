"""Render a ``Digest`` as an email: subject, HTML (inlined CSS) and plain text. Pure: no I/O.

Everything fetched (titles, authors, source names, evidence, error messages) is untrusted.
The HTML template autoescapes it; the one piece of markup built here, the excerpt's
``<mark>``, is added *after* escaping each piece of text (never mark then escape).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

import css_inline
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from worker.charter.categories import CATEGORIES, CHARTER_TITLE, Severity
from worker.digest.model import Digest, DigestEntry, RenderedDigest, SourceHealth

TEXT_MARK = ("[[", "]]")  # how evidence stands out in the plain-text part
EXCERPT_RADIUS = 100  # characters of context each side of the evidence (~200 in all)
EXCERPT_MAX_WINDOWS = 3
ERROR_MAX_CHARS = 300

_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
_DATETIME_PATTERNS = {"fr": "EEEE d MMMM y, HH 'h' mm", "en": "EEEE, MMMM d, y, h:mm a"}

# Words of the digest per language: "texts" by key, "plurals" as [singular, plural].
# French puts a non-breaking space before a colon; English does not.
_STRINGS: dict[str, dict[str, dict[str, Any]]] = json.loads(
    resources.files("worker.digest").joinpath("templates/strings.json").read_text("utf-8")
)

_SEVERITY_EN = {
    Severity.CRITICAL: "Critical",
    Severity.HIGH: "High",
    Severity.MEDIUM: "Medium",
    Severity.LOW: "Low",
}

_WHITESPACE = re.compile(r"\s+")
# C0/C1 controls and bidi overrides: they can hide or reorder what a reader sees.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_PARENTHESISED = re.compile(r"\(([^()]+)\)\s*$")

_ENV = Environment(
    loader=PackageLoader("worker.digest", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
# Remote stylesheets are never fetched: the templates carry all their CSS.
_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class ExcerptPart:
    """A piece of an excerpt: plain context, or evidence to highlight (``marked``)."""

    text: str
    marked: bool = False


@dataclass(frozen=True)
class FlagView:
    label: str
    clause: str
    score: str


@dataclass(frozen=True)
class EntryView:
    number: int
    title: str
    href: str | None  # only http(s) URLs, made safe for an attribute
    url: str | None  # shown as text
    source: str
    author: str | None
    published: str
    entities: str
    also_at: str
    flags: tuple[FlagView, ...]
    excerpt_html: Markup
    excerpt_text: str


@dataclass(frozen=True)
class GroupView:
    key: str
    heading: str
    entries: tuple[EntryView, ...]


@dataclass(frozen=True)
class HealthView:
    name: str
    status: str
    failures: str
    last_error: str | None
    last_success: str | None


def build_digest(digest: Digest) -> RenderedDigest:
    """Render a digest as the subject, HTML and plain-text parts of one email.

    Args:
        digest: the values to show; ``entries`` already sorted, most severe and newest first.

    Returns:
        The rendered digest; HTML has its CSS inlined, every fetched string escaped.
    """
    subject = build_subject(digest)
    context = _context(digest, subject)
    html = _ENV.get_template("digest.html").render(context)
    text = _ENV.get_template("digest.txt").render(context)
    return RenderedDigest(subject=subject, html=_INLINER.inline(html), text=text)


def build_subject(digest: Digest) -> str:
    """``Veille CSSCV — 3 éléments à examiner — 24 novembre 2026`` (or ``rien à signaler``).

    Args:
        digest: the digest; only its organisation, period, language and entry count are used.

    Returns:
        The subject line, in the digest's language.
    """
    lang = _language(digest.language)
    texts = _texts(lang)
    status = plural(lang, "to_review", len(digest.entries)) if digest.entries else texts["nothing"]
    day = format_date(digest.period, format="long", locale=_LOCALES[lang])
    return f"{texts['brand']} {_brand_name(digest)} — {status} — {day}"


def _brand_name(digest: Digest) -> str:
    return digest.organisation_short_name or short_name(digest.organisation_name)


def short_name(organisation_name: str) -> str:
    """The name to use in a subject: ``CSSCV`` from ``Centre … (CSSCV)``, else the name.

    Args:
        organisation_name: the organisation's display name from the config.

    Returns:
        The parenthesised short name at the end of the name, if any; else the whole name.
    """
    found = _PARENTHESISED.search(organisation_name)
    return found.group(1).strip() if found else organisation_name.strip()


def plural(lang: str, key: str, n: int) -> str:
    """A counted phrase in ``lang``: ``1 élément à examiner``, ``3 éléments à examiner``.

    Args:
        lang: ``fr`` or ``en``.
        key: ``to_review``, ``more``, ``quiet`` or ``failures`` (see ``strings.json``).
        n: the count.

    Returns:
        The phrase, with ``n`` formatted for the locale (``1 234`` in French).
    """
    singular, many = (str(form) for form in _STRINGS[lang]["plurals"][key])
    one = n < 2 if lang == "fr" else n == 1
    return (singular if one else many).format(n=format_decimal(n, locale=_LOCALES[lang]))


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


def safe_href(url: str | None) -> str | None:
    """``url`` if it may become a link (http or https with a host), made attribute-safe.

    Args:
        url: a fetched URL (untrusted): ``javascript:``, ``data:`` and the like are refused.

    Returns:
        The URL with unsafe characters percent-encoded, or ``None`` if it must not be linked.
    """
    candidate = (url or "").strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # Keeps RFC 3986 reserved characters and existing escapes; encodes quotes, <, >, spaces.
    return quote(candidate, safe="/:?#[]@!$&()*+,;=%~-._")


def clean(value: str) -> str:
    """One line of untrusted text: controls and bidi overrides dropped, whitespace collapsed.

    Args:
        value: any fetched string.

    Returns:
        The string on one line, trimmed.
    """
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", value)).strip()


def _texts(lang: str) -> dict[str, str]:
    return {key: str(value) for key, value in _STRINGS[lang]["texts"].items()}


def _language(language: str) -> str:
    return "en" if language == "en" else "fr"


def _context(digest: Digest, subject: str) -> dict[str, object]:
    lang = _language(digest.language)
    texts = _texts(lang)
    shown = digest.entries[: max(digest.max_items, 0)]
    hidden = len(digest.entries) - len(shown)
    when = _format_when(digest.generated_at, digest.timezone, lang)
    day = format_date(digest.period, format="full", locale=_LOCALES[lang])
    return {
        "lang": lang,
        "t": texts,
        "subject": subject,
        "brand": f"{texts['brand']} {_brand_name(digest)}",
        "organisation": clean(digest.organisation_name),
        "day": texts["day"].format(day=day),
        "summary": _summary(lang, len(digest.entries)),
        "groups": _groups(digest, shown, lang),
        "more": plural(lang, "more", hidden) if hidden > 0 else None,
        "quiet": plural(lang, "quiet", digest.quiet_mentions) if digest.quiet_mentions else None,
        "health": tuple(_health_view(h, digest.timezone, lang) for h in digest.source_health),
        "generated": texts["generated"].format(when=when, tz=digest.timezone),
        "charter": CHARTER_TITLE,
    }


def _summary(lang: str, count: int) -> str:
    if not count:
        return _texts(lang)["nothing_long"]
    return plural(lang, "to_review", count)


def _groups(digest: Digest, shown: tuple[DigestEntry, ...], lang: str) -> tuple[GroupView, ...]:
    numbered = list(enumerate(shown, start=1))
    groups = []
    # Grouped in Severity order, keeping the given order within a group, so a slightly
    # unsorted input can never produce the same heading twice.
    for severity in Severity:
        members = [(n, e) for n, e in numbered if e.severity is severity]
        if members:
            views = tuple(_entry_view(e, n, digest.timezone, lang) for n, e in members)
            groups.append(GroupView(severity.value, _severity_heading(severity, lang), views))
    return tuple(groups)


def _severity_heading(severity: Severity, lang: str) -> str:
    return _SEVERITY_EN[severity] if lang == "en" else severity.label_fr.capitalize()


def _entry_view(entry: DigestEntry, number: int, tz: str, lang: str) -> EntryView:
    texts = _texts(lang)
    parts = excerpt(entry.text, _evidence_spans(entry))
    return EntryView(
        number=number,
        title=clean(entry.title) or texts["untitled"],
        href=safe_href(entry.url),
        url=clean(entry.url) if entry.url else None,
        source=clean(entry.source_name),
        author=clean(entry.author) if entry.author else None,
        published=_published(entry, tz, lang),
        entities=", ".join(clean(e) for e in entry.entities),
        also_at=", ".join(clean(a) for a in entry.also_at),
        flags=tuple(_flag_view(f.category, f.score, lang) for f in entry.flags),
        excerpt_html=excerpt_html(parts),
        excerpt_text=excerpt_text(parts),
    )


def _published(entry: DigestEntry, tz: str, lang: str) -> str:
    if entry.published_at is not None:
        return _format_when(entry.published_at, tz, lang)
    fetched = _format_when(entry.fetched_at, tz, lang)
    return _texts(lang)["unknown_date"].format(fetched=fetched)


def _flag_view(category: str, score: float, lang: str) -> FlagView:
    known = CATEGORIES.get(category)
    # An unknown key (a newer classifier than this build) is shown as is rather than lost.
    label = (known.label_en if lang == "en" else known.label_fr) if known else category
    clause = known.clause if known else ""
    return FlagView(label, clause, format_decimal(score, format="0.00", locale=_LOCALES[lang]))


def _evidence_spans(entry: DigestEntry) -> list[tuple[int, int]]:
    spans = []
    for flag in entry.flags:
        for ev in flag.evidence:
            if entry.text[ev.start : ev.end] == ev.text and ev.start < ev.end:
                spans.append((ev.start, ev.end))
            elif ev.text and (found := entry.text.find(ev.text)) >= 0:
                # Offsets that do not match the text: trust the words, not the numbers.
                spans.append((found, found + len(ev.text)))
    return spans


def _health_view(health: SourceHealth, tz: str, lang: str) -> HealthView:
    texts = _texts(lang)
    since = health.failing_since
    status = (
        texts["failing_since"].format(since=_format_when(since, tz, lang))
        if since
        else (texts["failing"])
    )
    last_success = health.last_success_at
    return HealthView(
        name=clean(health.name) or health.source_id,
        status=status,
        failures=plural(lang, "failures", health.consecutive_failures),
        last_error=_shorten(clean(health.last_error or ""), ERROR_MAX_CHARS) or None,
        last_success=texts["last_success"].format(when=_format_when(last_success, tz, lang))
        if last_success
        else None,
    )


def _format_when(moment: datetime, tz: str, lang: str) -> str:
    # The model promises aware UTC; a naive value is read as UTC rather than local time.
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return format_datetime(
        aware, _DATETIME_PATTERNS[lang], tzinfo=ZoneInfo(tz), locale=_LOCALES[lang]
    )


def _shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


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
