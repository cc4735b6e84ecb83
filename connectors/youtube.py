"""The ``youtube`` connector: a channel's or playlist's public feed, plus the comments on its
newest videos through the YouTube Data API v3 when an API key is in the environment.

The feed (Atom, the 15 newest videos) needs no key. With a key, one ``videos.list`` call
gives the comment count of the newest videos, and ``commentThreads.list`` is called only
for videos that have comments: "made for kids" videos, common on a school channel, have
comments turned off and would otherwise answer 403. The key travels in the
``X-Goog-Api-Key`` header, never in an address. Without a key, comments are skipped.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field, model_validator

from connectors.base import (
    ConnectorOptions,
    Fetched,
    ParsedItems,
    ParseError,
    RawItem,
    SourceError,
    SourceState,
)
from connectors.items import make_item, parse_timestamp, unique_items
from connectors.jsonapi import ACCEPT_JSON, mapping, string, try_decode_json, with_context
from connectors.jsonapi import api_url as address  # "api_url" is an option here
from connectors.rss import ACCEPT, FeedEntry, parse_feed_entries
from connectors.text import plain_text, short_title

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["YoutubeConnector"]

logger = logging.getLogger(__name__)

MAX_ITEMS = 2_000
COMMENTS_PAGE_SIZE = 100  # the API's maximum
WATCH_URL = "https://www.youtube.com/watch"
_THREADS_KIND = "youtube#commentThreadListResponse"


class YoutubeConnector:
    """Videos of a channel or playlist, and the newest comments on them."""

    name: ClassVar[str] = "youtube"

    class Options(ConnectorOptions):
        """The ``youtube`` block of a source in ``veille.yaml``.

        Attributes:
            channel_id: the channel's id (``UC`` + 22 characters), or
            playlist_id: a playlist's id; exactly one of the two.
            api_key_env: environment variable holding a Data API key; unset: no comments.
            max_videos: newest videos whose comments are read (0: none).
            max_comment_pages: pages of 100 comment threads read per video.
            feed_url: the feed's address; api_url: the Data API's (test servers in tests).
        """

        channel_id: str | None = Field(default=None, pattern=r"^UC[A-Za-z0-9_-]{22}$")
        playlist_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{10,64}$")
        api_key_env: str = Field(default="VEILLE_YOUTUBE_API_KEY", pattern=r"^[A-Z_][A-Z0-9_]*$")
        max_videos: int = Field(default=5, ge=0, le=15)
        max_comment_pages: int = Field(default=1, ge=1, le=5)
        feed_url: str = "https://www.youtube.com/feeds/videos.xml"
        api_url: str = "https://www.googleapis.com/youtube/v3"

        @model_validator(mode="after")
        def _one_target(self) -> YoutubeConnector.Options:
            if (self.channel_id is None) == (self.playlist_id is None):
                raise ValueError("indiquer soit « channel_id », soit « playlist_id » (un seul)")
            return self

    def fetch(self, options: YoutubeConnector.Options, state: SourceState, http: Http) -> Fetched:
        """The feed, then (with a key) the comment counts and comment threads.

        Raises:
            NotModified: the feed has not changed (only without a key: new comments do not
                change the feed, so with a key the feed is always read in full).
            PermanentSourceError: the Data API refused the key (400/403: wrong key, API not
                enabled, daily quota spent), naming the variable.
            SourceError: any other failure of the feed or of ``videos.list``.
        """
        key = os.environ.get(options.api_key_env, "").strip()
        with_comments = bool(key) and options.max_videos > 0
        feed = http.get(feed_address(options), state, headers={"Accept": ACCEPT},
                        conditional=not with_comments)  # fmt: skip
        if not with_comments:
            return feed
        video_ids = _video_ids(feed)[: options.max_videos]
        return replace(feed, extra=_fetch_comments(options, state, http, key, video_ids))

    def parse(self, options: YoutubeConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The videos of the feed, then the comments fetched for them.

        Raises:
            ParseError: the feed is not a feed.
        """
        entries, warning = parse_feed_entries(fetched)
        if warning:
            logger.warning("YouTube %s : %s", fetched.url, warning)
        titles = {string(entry.get("yt_videoid")): item.title for entry, item in entries}
        videos = [_video_item(entry, item) for entry, item in entries]
        items = unique_items([*videos, *_comment_items(fetched, titles)], MAX_ITEMS)
        return ParsedItems(items, [f"flux lu en partie : {warning}"] if warning else [])


def feed_address(options: YoutubeConnector.Options) -> str:
    """The feed's address for a channel or a playlist."""
    if options.channel_id:
        return address(options.feed_url, "", {"channel_id": options.channel_id})
    return address(options.feed_url, "", {"playlist_id": options.playlist_id})


# --- fetching comments ----------------------------------------------------------------------


def _video_ids(feed: Fetched) -> list[str]:
    try:
        entries, _ = parse_feed_entries(feed)
    except ParseError:
        return []  # parse will report it
    return [vid for entry, _ in entries if (vid := string(entry.get("yt_videoid")))]


def _fetch_comments(
    options: YoutubeConnector.Options, state: SourceState, http: Http, key: str, ids: list[str]
) -> dict[str, bytes]:
    if not ids:
        return {}
    headers = {"Accept": ACCEPT_JSON, "X-Goog-Api-Key": key}
    stats_url = address(options.api_url, "/videos", {"part": "statistics", "id": ",".join(ids)})
    try:
        stats = http.get(stats_url, state, headers=headers, conditional=False)
    except SourceError as exc:
        raise with_context(exc, "API YouTube Data (videos.list)", _key_hint(options)) from exc
    extra = {stats_url: stats.body}
    for video_id in _commented(stats.body, ids):
        extra.update(_fetch_threads(options, state, http, headers, video_id))
    return extra


def _key_hint(options: YoutubeConnector.Options) -> str:
    return (
        f"Vérifier la clé d'API de la variable {options.api_key_env}, que l'API YouTube Data v3 "
        "est activée pour son projet Google Cloud et que le quota du jour n'est pas épuisé"
    )


def _commented(stats_body: bytes, ids: list[str]) -> list[str]:
    document = try_decode_json(stats_body)
    videos = document.get("items") if isinstance(document, dict) else None
    counts = {
        string(video.get("id")): _int(video.get("statistics", {}).get("commentCount"))
        for video in videos or []
        if isinstance(video, dict) and isinstance(video.get("statistics"), dict)
    }
    # No commentCount at all means comments are turned off for that video.
    return [vid for vid in ids if counts.get(vid, 0) > 0]


def _fetch_threads(
    options: YoutubeConnector.Options,
    state: SourceState,
    http: Http,
    headers: Mapping[str, str],
    video_id: str,
) -> dict[str, bytes]:
    pages: dict[str, bytes] = {}
    url: str | None = threads_url(options, video_id)
    while url and len(pages) < options.max_comment_pages:
        try:
            page = http.get(url, state, headers=headers, conditional=False)
        except SourceError as exc:
            # One video's comments must not hide the others (turned off since the count).
            logger.warning("source %s : commentaires de %s ignorés : %s",
                           state.source_id, video_id, exc)  # fmt: skip
            break
        pages[url] = page.body
        url = _next_threads_url(options, video_id, page.body)
    return pages


def threads_url(options: YoutubeConnector.Options, video_id: str, page: str | None = None) -> str:
    """The address of a page of comment threads on a video, newest first, as plain text."""
    params = {
        "part": "snippet,replies",
        "videoId": video_id,
        "maxResults": COMMENTS_PAGE_SIZE,
        "order": "time",
        "textFormat": "plainText",
        "pageToken": page,
    }
    return address(options.api_url, "/commentThreads", params)


def _next_threads_url(options: YoutubeConnector.Options, video_id: str, body: bytes) -> str | None:
    document = try_decode_json(body)
    token = document.get("nextPageToken") if isinstance(document, dict) else None
    return threads_url(options, video_id, token) if isinstance(token, str) and token else None


# --- items ----------------------------------------------------------------------------------


def _video_item(entry: FeedEntry, item: RawItem) -> RawItem:
    # media:description is plain text; feedparser labels it HTML, which would fold its lines.
    video_id = string(entry.get("yt_videoid"))
    return replace(
        item,
        guid=f"youtube:video:{video_id}" if video_id else item.guid,
        text=plain_text(string(entry.get("summary"))) or item.text,
        kind="video",
    )


def _comment_items(fetched: Fetched, titles: Mapping[str, str]) -> Iterator[RawItem]:
    for url, body in fetched.extra.items():
        document = try_decode_json(body)
        if not isinstance(document, dict):
            logger.warning("YouTube : réponse de commentaires illisible, ignorée — %s", url)
            continue
        if document.get("kind") != _THREADS_KIND:
            continue  # the videos.list answer
        for thread in document.get("items") or []:
            if isinstance(thread, dict):
                yield from _thread_items(thread, titles)


def _thread_items(thread: Mapping[str, Any], titles: Mapping[str, str]) -> Iterator[RawItem]:
    top = mapping(thread.get("snippet")).get("topLevelComment")
    replies = mapping(thread.get("replies")).get("comments")
    for comment in [top, *(replies if isinstance(replies, list) else [])]:
        if isinstance(comment, dict) and isinstance(comment.get("snippet"), dict):
            yield _comment_item(comment, titles)


def _comment_item(comment: Mapping[str, Any], titles: Mapping[str, str]) -> RawItem:
    snippet = comment["snippet"]
    comment_id = string(comment.get("id"))
    video_id = string(snippet.get("videoId"))
    # The title names the video: a comment's own words rarely name the school it is about.
    video_title = titles.get(video_id)
    return make_item(
        guid=f"youtube:comment:{comment_id}" if comment_id else "",
        url=address(WATCH_URL, "", {"v": video_id, "lc": comment_id or None}) if video_id else None,
        title=f"Commentaire sur « {short_title(video_title, 60)} »"
        if video_title
        else "Commentaire",
        text=plain_text(string(snippet.get("textDisplay"))),
        author=string(snippet.get("authorDisplayName")) or None,
        published_at=parse_timestamp(snippet.get("publishedAt")),
        kind="comment",
    )


def _int(value: Any) -> int:
    # The Data API sends counts as strings ("12").
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
