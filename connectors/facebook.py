"""The ``facebook`` connector: posts of the organisation's own Facebook page and their
comments, through the Graph API with a page access token taken from the environment.

The token is sent in an ``Authorization`` header, never in an address, so it cannot end up
in an error message, a log line or ``Fetched.url``; it is also scrubbed from any message the
Graph API writes. ``suppress_http_code=1`` makes Graph answer errors with HTTP 200 and its
JSON error body, which is what says whether the token expired (code 190, permanent) or the
page is being throttled (codes 4, 17, 32, 613, 80001: transient). Pages are followed with
the ``after`` cursor, rebuilt on the configured host rather than taken from ``paging.next``
(whose address carries the token).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from connectors.base import (
    ConnectorOptions,
    Fetched,
    ParseError,
    PermanentSourceError,
    RawItem,
    SourceError,
    SourceState,
    TransientSourceError,
)
from connectors.items import make_item, parse_timestamp, unique_items
from connectors.jsonapi import (
    ACCEPT_JSON,
    NextUrl,
    api_url,
    fetch_pages,
    json_pages,
    string,
    try_decode_json,
    with_context,
)
from connectors.options import BaseUrl
from connectors.text import plain_text, short_title

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["FacebookConnector", "graph_error", "missing_token_error", "throttle_delay"]

MAX_ITEMS = 1_000
PAGE_SIZE = 25
COMMENTS_PER_POST = 50
_COMMENT_FIELDS = "id,message,created_time,permalink_url,from{name}"
# filter(stream): replies to comments too, flattened; newest first so the cap keeps new ones.
FIELDS = (
    "id,message,created_time,permalink_url,from{name},"
    f"comments.filter(stream).order(reverse_chronological).limit({COMMENTS_PER_POST})"
    f"{{{_COMMENT_FIELDS}}}"
)
_WHAT = "réponse de l'API Graph de Facebook"
_CONTEXT_CHARS = 60


class FacebookConnector:
    """Posts of a Facebook page and the newest comments on each, newest posts first."""

    name: ClassVar[str] = "facebook"

    class Options(ConnectorOptions):
        """The ``facebook`` block of a source in ``veille.yaml``.

        Attributes:
            page_id: the page's numeric id or user name (``csscv``).
            edge: ``posts`` (the page's own posts) or ``feed`` (also visitors' posts).
            token_env: name of the environment variable holding the page access token.
            graph_version: Graph API version (``v23.0``); Meta retires each after 2 years.
            max_pages: pages of 25 posts read per poll.
            base_url: the Graph API's address (a test server in tests).
        """

        page_id: str = Field(pattern=r"^[A-Za-z0-9.]{1,100}$")
        edge: Literal["posts", "feed"] = "posts"
        token_env: str = Field(default="VEILLE_FACEBOOK_PAGE_TOKEN", pattern=r"^[A-Z_][A-Z0-9_]*$")
        graph_version: str = Field(default="v23.0", pattern=r"^v\d+\.\d+$")
        max_pages: int = Field(default=2, ge=1, le=10)
        base_url: BaseUrl = "https://graph.facebook.com"

    def fetch(self, options: FacebookConnector.Options, state: SourceState, http: Http) -> Fetched:
        """The page's posts with their comments: first page (conditional GET) and more.

        Raises:
            PermanentSourceError: the token variable is unset, the token was refused, a
                permission is missing, the page id is wrong.
            TransientSourceError: Graph is throttling the page or the app (``retry_after``
                from its usage headers), or any transient ``Http`` failure.
            NotModified: the first page has not changed.
        """
        token = os.environ.get(options.token_env, "").strip()
        if not token:
            raise missing_token_error(options.token_env, state.source_id)
        headers = {"Accept": ACCEPT_JSON, "Authorization": f"Bearer {token}"}
        try:
            return fetch_pages(
                http, state, posts_url(options), _next_url(options, state, token),
                max_pages=options.max_pages, headers=headers,
            )  # fmt: skip
        except SourceError as exc:
            raise with_context(exc, _context(options)) from exc

    def parse(self, options: FacebookConnector.Options, fetched: Fetched) -> list[RawItem]:
        """Posts and comments of every fetched page, at most ``MAX_ITEMS``.

        Raises:
            ParseError: the first page is not a Graph list of posts.
        """
        items: list[RawItem] = []
        for page in json_pages(fetched, _WHAT):
            for post in _page_posts(page):
                items.extend(_post_items(post))
        return unique_items(items, MAX_ITEMS)


def posts_url(options: FacebookConnector.Options, after: str | None = None) -> str:
    """The address of a page of posts (``after``: Graph's cursor). Never holds the token."""
    path = f"/{options.graph_version}/{options.page_id}/{options.edge}"
    params = {"fields": FIELDS, "limit": PAGE_SIZE, "suppress_http_code": 1, "after": after}
    return api_url(options.base_url, path, params)


def _next_url(options: FacebookConnector.Options, state: SourceState, token: str) -> NextUrl:
    def next_url(page: Fetched) -> str | None:
        document = try_decode_json(page.body)
        if not isinstance(document, dict):
            return None
        if isinstance(document.get("error"), dict):
            raise graph_error(document["error"], page.headers, options, token, state.source_id)
        paging = document.get("paging")
        cursors = paging.get("cursors") if isinstance(paging, dict) else None
        after = cursors.get("after") if isinstance(cursors, dict) else None
        # Graph leaves "next" out on the last page, while "cursors" are still there.
        if not isinstance(paging, dict) or not paging.get("next") or not isinstance(after, str):
            return None
        return posts_url(options, after)

    return next_url


def _context(options: FacebookConnector.Options) -> str:
    return f"API Graph de Facebook (page {options.page_id})"


# --- errors ---------------------------------------------------------------------------------

_THROTTLED = frozenset({4, 17, 32, 613, 80001})
_TOKEN_REFUSED = frozenset({102, 190})


def missing_token_error(variable: str, source_id: str) -> PermanentSourceError:
    """The error for an unset token variable: names the variable, never a value."""
    return PermanentSourceError(
        f"API Graph de Facebook : la variable d'environnement {variable} est absente ou vide ; "
        "y placer le jeton d'accès de la page (jeton de page Meta) puis redémarrer le worker",
        source_id,
    )


def graph_error(
    error: Mapping[str, Any],
    headers: Mapping[str, str],
    options: FacebookConnector.Options,
    token: str,
    source_id: str,
) -> SourceError:
    """The ``SourceError`` for a Graph API error body (``{"error": {"code": 190, ...}}``).

    Args:
        error: the ``error`` object of the answer.
        headers: the answer's headers (lowercased), for the usage headers of throttling.
        options: the source's options, to name the page and the token variable.
        token: the token sent, scrubbed from Graph's message.
        source_id: the source.

    Returns:
        Transient for throttling and errors Graph calls transient; permanent otherwise.
    """
    code = error.get("code") if isinstance(error.get("code"), int) else None
    detail = _graph_message(error, token)
    where = _context(options)
    if code in _THROTTLED:
        retry_after = throttle_delay(headers)
        wait = f", réessayer dans {retry_after:g} s" if retry_after is not None else ""
        message = f"{where} : limite d'appels atteinte (code {code}){wait} — {detail}"
        return TransientSourceError(message, source_id, retry_after=retry_after)
    if code in _TOKEN_REFUSED:
        return PermanentSourceError(
            f"{where} : jeton de page refusé ou expiré (code {code}) — {detail}. Générer un "
            f"nouveau jeton de page et le placer dans la variable {options.token_env}",
            source_id,
        )
    if code == 10 or (code is not None and 200 <= code < 300):
        return PermanentSourceError(
            f"{where} : permission manquante (code {code}) — {detail}. Le jeton doit avoir "
            "pages_read_engagement et pages_read_user_content",
            source_id,
        )
    if code in (1, 2) or error.get("is_transient") is True:
        return TransientSourceError(
            f"{where} : erreur passagère (code {code}) — {detail}", source_id
        )
    hint = " Vérifier page_id et graph_version" if code == 100 else ""
    return PermanentSourceError(
        f"{where} : requête refusée (code {code}) — {detail}.{hint}", source_id
    )


def throttle_delay(headers: Mapping[str, str]) -> float | None:
    """Seconds until Graph lets the page or app call again, from its usage headers.

    Meta reports ``estimated_time_to_regain_access`` in minutes in
    ``X-Business-Use-Case-Usage`` (page tokens) and ``X-Page-Usage``; the longest wins.
    """
    minutes = [
        value
        for name in ("x-business-use-case-usage", "x-page-usage", "x-app-usage")
        for value in _regain_minutes(_json_header(headers.get(name)))
    ]
    return float(max(minutes) * 60) if minutes else None


def _json_header(value: str | None) -> Any:
    try:
        return json.loads(value) if value else None
    except json.JSONDecodeError:
        return None


def _regain_minutes(usage: Any) -> list[int | float]:
    if isinstance(usage, list):
        return [minutes for entry in usage for minutes in _regain_minutes(entry)]
    if not isinstance(usage, dict):
        return []
    value = usage.get("estimated_time_to_regain_access")
    own = [value] if isinstance(value, int | float) and not isinstance(value, bool) else []
    return own + [m for nested in usage.values() for m in _regain_minutes(nested)]


def _graph_message(error: Mapping[str, Any], token: str) -> str:
    message = " ".join(str(error.get("message") or "erreur sans message").split())[:300]
    # Graph does not echo tokens today; a message is shown to people, so make sure.
    return message.replace(token, "***") if token else message


# --- items ----------------------------------------------------------------------------------


def _page_posts(page: Any) -> list[Mapping[str, Any]]:
    if isinstance(page, dict) and isinstance(page.get("error"), dict):
        raise ParseError(f"{_WHAT} : la réponse est une erreur, pas une liste de publications")
    data = page.get("data") if isinstance(page, dict) else None
    if not isinstance(data, list):
        raise ParseError(f"{_WHAT} inattendue : la liste « data » manque")
    return [post for post in data if isinstance(post, dict)]


def _post_items(post: Mapping[str, Any]) -> list[RawItem]:
    # "story" is Facebook's own sentence ("... a changé sa photo de couverture"): not the
    # page's words. A post without a message says nothing to match; its comments still count.
    text = plain_text(string(post.get("message")))
    items = []
    if text:
        items.append(
            make_item(
                guid=f"facebook:post:{string(post.get('id'))}" if post.get("id") else "",
                url=string(post.get("permalink_url")) or None,
                title="",
                text=text,
                author=_name(post.get("from")),
                published_at=parse_timestamp(post.get("created_time")),
                kind="post",
            )
        )
    context = f"Commentaire sur « {short_title(text, _CONTEXT_CHARS)} »" if text else "Commentaire"
    items.extend(_comment_item(comment, context, post) for comment in _comments(post))
    return [item for item in items if item.text]


def _comments(post: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    comments = post.get("comments")
    data = comments.get("data") if isinstance(comments, dict) else None
    return [c for c in data if isinstance(c, dict)] if isinstance(data, list) else []


def _comment_item(comment: Mapping[str, Any], title: str, post: Mapping[str, Any]) -> RawItem:
    # The title names the post: a comment's own words rarely name the school it is about.
    return make_item(
        guid=f"facebook:comment:{string(comment.get('id'))}" if comment.get("id") else "",
        url=string(comment.get("permalink_url")) or string(post.get("permalink_url")) or None,
        title=title,
        text=plain_text(string(comment.get("message"))),
        author=_name(comment.get("from")),
        published_at=parse_timestamp(comment.get("created_time")),
        kind="comment",
    )


def _name(who: Any) -> str | None:
    if not isinstance(who, dict):
        return None
    return string(who.get("name")) or None
