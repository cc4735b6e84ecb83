"""Exceptions made on the review site are applied by the next poll's classification."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from tests.pipeline_support import make_runtime, publish, source
from tests.support.feedserver import FeedServer
from worker import pipeline
from worker.runtime import Runtime
from worker.store import repository as repo
from worker.store import reviews
from worker.store.models import Item

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
AUTHOR = "parent_fache"  # the fixture feed's <author>, as feedparser reads it


def poll_with(runtime: Runtime, kind: str, value: str) -> dict[str, Item]:
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, NOW)
        reviews.add_exception(session, kind, value, None, "revue@example.org", NOW)
        session.commit()
    pipeline.poll_source(runtime.config.source("echos"), sessions=runtime.sessions,
                         analyser=runtime.analyser, http=runtime.http, now=NOW)
    with runtime.sessions() as session:
        return {i.guid: i for i in session.scalars(select(Item))}


def test_a_source_exception_silences_the_source(tmp_path: Path, database_url: str,
                                                feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    items = poll_with(runtime, "source", "echos")
    assert len(items) == 4 and not any(i.flagged for i in items.values())


def test_an_author_exception_silences_only_that_author(tmp_path: Path, database_url: str,
                                                       feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    items = poll_with(runtime, "author", AUTHOR)
    assert items["echos-1"].author == AUTHOR and not items["echos-1"].flagged
    assert items["echos-4"].flagged  # the spam, by nobody named, still is
