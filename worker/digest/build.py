"""Render a ``Digest`` (or an ``Alert``) as an email: subject, HTML (inlined CSS) and plain
text. Pure: no I/O.

Everything fetched (titles, authors, source names, evidence, error messages) is untrusted.
The HTML template autoescapes it; the one piece of markup made outside it, the excerpt's
``<mark>``, comes from ``excerpt.excerpt_html``, which escapes first.
"""

from __future__ import annotations

import json
import re
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
from markupsafe import Markup

from worker.charter.categories import CATEGORIES, CHARTER_TITLE, Severity
from worker.digest.excerpt import clean, evidence_spans, excerpt, excerpt_html, excerpt_text
from worker.digest.model import (
    Alert,
    Digest,
    DigestEntry,
    DigestScope,
    RenderedDigest,
    SourceHealth,
)

ERROR_MAX_CHARS = 300
SUBJECT_PART_MAX_CHARS = 80  # each fetched piece of an alert's subject

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
    review_href: str | None  # signed link to the review site (ours, but checked all the same)
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


def build_alert(alert: Alert) -> RenderedDigest:
    """Render the alert about one critical item: its subject, HTML and plain-text parts.

    Args:
        alert: the item (an entry, as in the digest) and how to date and word it.

    Returns:
        The rendered alert; as safe as the digest (same escaping, same entry template).
    """
    subject = build_alert_subject(alert)
    context = _alert_context(alert, subject)
    html = _ENV.get_template("alert.html").render(context)
    text = _ENV.get_template("alert.txt").render(context)
    return RenderedDigest(subject=subject, html=_INLINER.inline(html), text=text)


def build_alert_subject(alert: Alert) -> str:
    """``ALERTE — Veille CSSCV — Propos diffamatoires, menaces ou insultes — École …``.

    Args:
        alert: the alert; its entry's first (most severe) flag and entities are named.

    Returns:
        One line: fetched names are cleaned and shortened, so they cannot break the header.
    """
    lang = _language(alert.language)
    texts = _texts(lang)
    entry = alert.entry
    flags = [_category_label(f.category, lang) for f in entry.flags[:1]]
    about = _shorten(", ".join(clean(e) for e in entry.entities), SUBJECT_PART_MAX_CHARS)
    what = [*flags, about] if about else flags
    brand = f"{texts['brand']} {_brand_name(alert)}"
    return " — ".join([texts["alert"], brand, *(_shorten(w, SUBJECT_PART_MAX_CHARS) for w in what)])


def _brand_name(about: Digest | Alert) -> str:
    return about.organisation_short_name or short_name(about.organisation_name)


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
        "scope": _scope_line(digest.scope, lang),
    }


def _alert_context(alert: Alert, subject: str) -> dict[str, object]:
    lang = _language(alert.language)
    texts = _texts(lang)
    day = format_date(alert.period, format="full", locale=_LOCALES[lang])
    when = _format_when(alert.generated_at, alert.timezone, lang)
    return {
        "lang": lang,
        "t": texts,
        "subject": subject,
        "brand": f"{texts['alert']} — {texts['brand']} {_brand_name(alert)}",
        "organisation": clean(alert.organisation_name),
        "heading": texts["alert_heading"],
        "entry": _entry_view(alert.entry, 0, alert.timezone, lang),
        "also_in_digest": texts["alert_digest"].format(day=day),
        "generated": texts["generated"].format(when=when, tz=alert.timezone),
        "charter": CHARTER_TITLE,
    }


def _scope_line(scope: DigestScope | None, lang: str) -> str | None:
    if scope is None:
        return None
    labels = [_category_label(key, lang) for key in scope.categories]
    what = " ; ".join(part for part in (", ".join(scope.entities), ", ".join(labels)) if part)
    return _texts(lang)["scope"].format(what=clean(what))


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
    parts = excerpt(entry.text, evidence_spans(entry))
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
        review_href=safe_href(entry.review_url),
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
    clause = known.clause if known else ""
    score_text = format_decimal(score, format="0.00", locale=_LOCALES[lang])
    return FlagView(_category_label(category, lang), clause, score_text)


def _category_label(category: str, lang: str) -> str:
    known = CATEGORIES.get(category)
    # An unknown key (a newer classifier than this build) is shown as is rather than lost.
    return (known.label_en if lang == "en" else known.label_fr) if known else category


def _health_view(health: SourceHealth, tz: str, lang: str) -> HealthView:
    texts = _texts(lang)
    since = health.failing_since
    if not health.consecutive_failures and health.warning:
        status = texts["partial"]  # read, but only in part: the warning says why
    elif since:
        status = texts["failing_since"].format(since=_format_when(since, tz, lang))
    else:
        status = texts["failing"]
    last_success = health.last_success_at
    problem = health.last_error if health.consecutive_failures else health.warning
    return HealthView(
        name=clean(health.name) or health.source_id,
        status=status,
        failures=plural(lang, "failures", health.consecutive_failures)
        if health.consecutive_failures else "",
        last_error=_shorten(clean(problem or ""), ERROR_MAX_CHARS) or None,
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


