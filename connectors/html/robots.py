"""robots.txt, read through ``Http`` as RFC 9309 says: a 4xx means no rules, an unreachable
file (5xx, timeout) means "not now", and Veille obeys the group naming it or ``*``.

Python's ``RobotFileParser`` applies the first matching rule rather than the longest one, so
an ``Allow`` listed after a broader ``Disallow`` is not honoured: it errs on the side of not
fetching.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from connectors.base import PermanentSourceError, SourceState

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["AGENT", "Robots", "fetch_robots", "robots_url"]

AGENT = "Veille"  # the product token of connectors.http.DEFAULT_USER_AGENT


class Robots:
    """The rules of one site's robots.txt for Veille (no rules: everything allowed)."""

    def __init__(self, lines: list[str] | None = None) -> None:
        self._parser: RobotFileParser | None = None
        if lines is not None:
            self._parser = RobotFileParser()
            self._parser.parse(lines)

    def allows(self, url: str) -> bool:
        """Whether Veille may fetch ``url``."""
        return self._parser is None or self._parser.can_fetch(AGENT, url)


def robots_url(page_url: str) -> str:
    """The robots.txt address of the site serving ``page_url``."""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def fetch_robots(http: Http, state: SourceState, page_url: str) -> Robots:
    """The site's robots.txt rules.

    Args:
        http: the fetching layer.
        state: the source (its address guard applies to robots.txt too).
        page_url: any address on the site.

    Returns:
        The rules; no rules when the file is missing or refused (4xx).

    Raises:
        TransientSourceError: the file could not be reached (5xx, timeout): RFC 9309 asks
            crawlers to fetch nothing from the site meanwhile.
    """
    try:
        fetched = http.get(
            robots_url(page_url), state, headers={"Accept": "text/plain"}, conditional=False
        )
    except PermanentSourceError:
        return Robots()
    text = fetched.body.decode(fetched.encoding or "utf-8", errors="replace")
    return Robots(text.splitlines())
