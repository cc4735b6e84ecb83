"""Plain text out of what platforms send: HTML fragments, messy whitespace, absurd lengths.

One place for it so every connector hands the classifier text shaped the same way:
paragraphs separated by a blank line, line breaks kept, other whitespace collapsed.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

__all__ = ["html_to_text", "one_line", "plain_text", "short_title", "truncate"]

_FALLBACK_TITLE_CHARS = 120

# Break markers put into the HTML before extracting text: private-use characters, so they
# survive the collapse of the source's own (meaningless) whitespace.
_PARAGRAPH = "\ue000"
_LINE = "\ue001"
_BREAK_RUN = re.compile(r"[\s\ue000\ue001]+")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_PARAGRAPH_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure",
    "figcaption", "hr", "address", "form", "fieldset",
)  # fmt: skip
_LINE_TAGS = ("li", "tr", "dt", "dd")
_CELL_TAGS = ("td", "th")


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
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with(_LINE)
    for tag in soup.find_all(_PARAGRAPH_TAGS):
        tag.insert_before(_PARAGRAPH)
        tag.insert_after(_PARAGRAPH)
    for tag in soup.find_all(_LINE_TAGS):
        tag.insert_after(_LINE)
    for tag in soup.find_all(_CELL_TAGS):
        tag.insert_after(" ")
    return _BREAK_RUN.sub(_break_for, soup.get_text()).strip()


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
