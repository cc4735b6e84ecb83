"""The connector interface: what IT implements to add a new kind of source.

A connector is two functions: ``fetch`` does the I/O through the shared ``Http`` layer and
returns bytes plus cache validators; ``parse`` is pure and turns those bytes into ``RawItem``s.
Splitting them lets ``parse`` be tested on recorded bytes and keeps all network policy
(timeouts, size caps, SSRF guard, conditional GET) in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from worker.errors import ParseError, PermanentSourceError, SourceError, TransientSourceError

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = [
    "Connector",
    "ConnectorOptions",
    "Fetched",
    "ItemDraft",
    "NotModified",
    "ParseError",
    "ParsedItems",
    "PermanentSourceError",
    "RawItem",
    "SourceError",
    "SourceState",
    "TransientSourceError",
]


class ConnectorOptions(BaseModel):
    """Base for a connector's ``Options``: unknown keys in the YAML block are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class SourceState:
    """What Veille remembers about a source between polls (conditional GET validators)."""

    source_id: str
    etag: str | None = None
    last_modified: str | None = None
    allow_private_network: bool = False


@dataclass(frozen=True)
class Fetched:
    """The raw result of one fetch: bytes and what is needed to parse and revalidate them."""

    url: str
    body: bytes
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    # Extra pages (pagination, per-article fetches) keyed by URL, for connectors that need them.
    extra: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class RawItem:
    """One item as a connector sees it, before storage. Datetimes are timezone-aware UTC.

    ``guid`` must be stable across polls (feed id, permalink); it is the idempotency key
    together with the source id.
    """

    guid: str
    url: str | None
    title: str
    text: str
    author: str | None = None
    published_at: datetime | None = None
    kind: str = "article"  # article | post | comment | video


@dataclass(frozen=True)
class ItemDraft:
    """An item whose keys are read and whose text is not, yet. Most entries of a feed are
    stored already, and their keys are enough to know it: a poll turns only the new ones
    into items (HTML to text was most of the cost of reading a feed).

    ``build`` gives the item, whose ``guid`` and ``url`` are the draft's, or None when the
    entry turns out unreadable.
    """

    guid: str
    url: str | None
    build: Callable[[], RawItem | None]

    @classmethod
    def ready(cls, item: RawItem) -> ItemDraft:
        """A draft of an item already built."""
        return cls(item.guid, item.url, lambda: item)


class ParsedItems(list[RawItem]):
    """What ``parse`` may return instead of a plain list when it had to work around a
    problem (a broken feed read as far as possible): the items, and French warnings that
    Veille records on the source and shows IT in the digest's source-health section."""

    def __init__(self, items: Iterable[RawItem], warnings: Iterable[str] = ()) -> None:
        super().__init__(items)
        self.warnings = tuple(warnings)


class NotModified(Exception):
    """The source answered 304: nothing new since the last poll. Not a failure."""


@runtime_checkable
class Connector(Protocol):
    """A kind of source.

    Attributes:
        name: the ``connector:`` key in ``veille.yaml``.
        Options: pydantic model of this connector's YAML block (besides ``id``, ``every``,
            ``connector``, ``allow_private_network``, ``enabled``).
    """

    name: ClassVar[str]
    Options: ClassVar[type[ConnectorOptions]]

    def fetch(self, options: Any, state: SourceState, http: Http) -> Fetched:
        """Fetch the source once. I/O only, through ``http``.

        Raises:
            NotModified: the server said nothing changed (304).
            SourceError: any failure, already classified transient or permanent.
        """
        ...

    def parse(self, options: Any, fetched: Fetched) -> Iterable[RawItem]:
        """Turn fetched bytes into items. Pure: no I/O, no clock.

        Raises:
            ParseError: nothing usable could be read from the body.
        """
        ...
