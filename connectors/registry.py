"""Where connectors are found: the built-ins and the ``veille.connectors`` entry-point group.

Both go through one path, so a third-party connector is a first-class citizen.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.metadata import entry_points

from connectors.base import Connector

ENTRY_POINT_GROUP = "veille.connectors"

# name -> "module:Class"; loaded lazily so one broken connector cannot break the others.
BUILTINS: dict[str, str] = {
    "rss": "connectors.rss:RssConnector",
    "google_news": "connectors.google_news:GoogleNewsConnector",
    "html": "connectors.html:HtmlConnector",
    "reddit": "connectors.reddit:RedditConnector",
    "mastodon": "connectors.mastodon:MastodonConnector",
    "youtube": "connectors.youtube:YoutubeConnector",
    "facebook": "connectors.facebook:FacebookConnector",
    "bluesky": "connectors.bluesky:BlueskyConnector",
}


def _load(target: str) -> Connector:
    module_name, _, attr = target.partition(":")
    connector_class = getattr(import_module(module_name), attr)
    connector = connector_class()
    if not isinstance(connector, Connector):
        raise TypeError(f"{target} does not implement the Connector protocol")
    return connector


@cache
def available() -> dict[str, str]:
    """Every known connector name mapped to its ``module:Class`` target."""
    found = dict(BUILTINS)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(entry.name, entry.value)
    return found


@cache
def get(name: str) -> Connector:
    """The connector registered under ``name``.

    Raises:
        KeyError: no connector has that name.
    """
    targets = available()
    if name not in targets:
        raise KeyError(name)
    return _load(targets[name])
