"""Plain text out of what platforms send: HTML fragments, messy whitespace, absurd lengths.

One place for it so every connector hands the classifier text shaped the same way:
paragraphs separated by a blank line, line breaks kept, other whitespace collapsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, CData, Tag
from bs4.element import NavigableString, PageElement

__all__ = ["html_to_text", "one_line", "plain_text", "short_title", "truncate"]

_FALLBACK_TITLE_CHARS = 120

# Break markers put into the HTML before extracting text: private-use characters, so they
# survive the collapse of the source's own (meaningless) whitespace.
_PARAGRAPH = "\ue000"
_LINE = "\ue001"
# After whitespace is collapsed to single spaces: a run of markers and the spaces after them.
_BREAK_RUN = re.compile(r"[\ue000\ue001][ \ue000\ue001]*")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_PARAGRAPH_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure",
    "figcaption", "hr", "address", "form", "fieldset",
)  # fmt: skip
_LINE_TAGS = ("li", "tr", "dt", "dd")
_CELL_TAGS = ("td", "th")
# Element name -> (marker before its content, marker after it).
_MARKERS = {
    **dict.fromkeys(_PARAGRAPH_TAGS, (_PARAGRAPH, _PARAGRAPH)),
    **dict.fromkeys(_LINE_TAGS, ("", _LINE)),
    **dict.fromkeys(_CELL_TAGS, ("", " ")),
}
_TEXT_TYPES = (NavigableString, CData)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, ``<br>`` and
    list items by a newline, other whitespace collapsed. Scripts, styles and embedded
    objects are dropped with their content.

    Args:
        html: an HTML fragment or document (plain text passes through, ``a<b`` included).

    Returns:
        The text, stripped.
    """
    html = html.replace(_PARAGRAPH, "").replace(_LINE, "")
    if "<" not in html and "&" not in html:  # plain text (most titles): nothing to parse
        return _collapse(html)
    soup = BeautifulSoup(html, "html.parser")
    return _collapse("".join(_text_with_breaks(soup)))


def _text_with_breaks(soup: BeautifulSoup) -> Iterator[str]:
    """The document's text with break markers around block and line elements, in one walk
    of the tree (one ``find_all`` per kind of element cost twice the parse). A stack, not
    recursion: hostile HTML nests deeper than Python's recursion limit."""
    stack: list[tuple[Iterator[PageElement], str]] = [(iter(soup.contents), "")]
    while stack:
        children, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            yield closing
        elif isinstance(child, Tag):
            if child.name in _DROPPED_TAGS:
                continue
            if child.name == "br":
                yield _LINE
                continue
            opening, closing = _MARKERS.get(child.name, ("", ""))
            yield opening
            stack.append((iter(child.contents), closing))
        elif type(child) in _TEXT_TYPES:  # not comments, doctypes, processing instructions
            yield str(child)


def _collapse(text: str) -> str:
    """Each run of whitespace and markers as one break: a blank line if it holds a paragraph
    marker, a newline if a line marker, else a space. Whitespace first, by ``str.split`` (a
    regular expression took most of ``html_to_text``'s time); then the marker runs, whose
    leading space the last ``replace`` removes (no other newline is left by then)."""
    text = " ".join(text.split())
    if _PARAGRAPH not in text and _LINE not in text:
        return text
    return _BREAK_RUN.sub(_break_for, text).replace(" \n", "\n").strip()


def _break_for(match: re.Match[str]) -> str:
    run = match.group()
    if _PARAGRAPH in run:
        return "\n\n"
    return "\n" if _LINE in run else " "


def plain_text(text: str) -> str:
    """Plain text with each line's whitespace collapsed and at most one blank line in a row.

    Args:
        text: text that is already not HTML (a post body, a comment).

    Returns:
        The text, stripped.
    """
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, newlines included, turned into one space."""
    return " ".join(text.split())


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_title(text: str, limit: int = _FALLBACK_TITLE_CHARS) -> str:
    """A title made from the start of a text, for posts and comments that have none."""
    return truncate(one_line(text), limit)
