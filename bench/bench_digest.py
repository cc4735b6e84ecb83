"""Digest: building the email of a day with 10,000 flagged items.

Run alone: ``.venv/bin/python -m bench.bench_digest [--quick]``

The items are stored the way polls store them (``save_items``, PostgreSQL), each flagged
with its evidence, spread over 20 sources. Timed: ``preview_digest`` (select + build, what
``send_digest`` does between the claim and the delivery) and ``compose`` (the MIME message);
measured: the size of the message as it would be sent. Baseline: the same with 100 items.
The digest shows ``digest.max_items`` entries (50) and counts the rest.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench.report import Result, Row, print_result, ratio, si
from bench.services import pg_schema
from bench.workload import CHARTER_DIR, charter_cases
from bench.workload import config_data as workload_config
from connectors.base import RawItem
from worker.analyse import AnalysedItem, Analyser, analyse_item
from worker.charter.lexicon import load_charter
from worker.config import VeilleConfig
from worker.digest.send import compose
from worker.digest.service import local_period, preview_digest
from worker.matching import Matcher
from worker.store import repository as repo
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import Base

SOURCES = 20
SOURCES_TABLE = Base.metadata.tables["sources"]
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)  # when the items were stored
SEND_AT = NOW + timedelta(hours=1)  # when the digest is built: after them


@dataclass(frozen=True)
class Params:
    flagged: int = 10_000
    baseline: int = 100


@dataclass(frozen=True)
class Measure:
    items: int
    seconds: float
    load_seconds: float  # of which: loading the flagged items, with flags and mentions
    email_bytes: int
    entries: int


def flagged_items(analyser: Analyser) -> list[AnalysedItem]:
    """The labelled cases that the charter flags, analysed once (they are then renamed)."""
    items = [analyse_item(RawItem(f"c{n}", None, text[:70], text, kind="post"), analyser)
             for n, text in enumerate(charter_cases())]
    return [a for a in items if a.analysis.flagged]


def store(sessions_url: str, config: VeilleConfig, templates: list[AnalysedItem],
          count: int) -> None:
    """``count`` flagged items, each its own story (its own URL and title)."""
    engine = make_engine(sessions_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(insert(SOURCES_TABLE), [
                {"id": f"s{n:02d}", "connector": "rss", "name": f"Source {n}", "active": True,
                 "consecutive_failures": 0} for n in range(SOURCES)])
        sessions = make_session_factory(engine)
        for source in range(SOURCES):
            batch = [_renamed(templates[n % len(templates)], source, n)
                     for n in range(source, count, SOURCES)]
            with sessions() as session:
                repo.save_items(session, f"s{source:02d}", batch, NOW)
    finally:
        engine.dispose()


def _renamed(template: AnalysedItem, source: int, n: int) -> AnalysedItem:
    raw = replace(template.raw, guid=f"g{n}", url=f"https://nouvelles.example/{source}/{n}",
                  title=f"{n} — {template.raw.title}")
    return replace(template, raw=raw)


def measure(url: str, config: VeilleConfig, count: int) -> Measure:
    engine = make_engine(url)
    try:
        sessions = make_session_factory(engine)
        with sessions() as session:  # warm the connection pool, as a worker's would be
            repo.failing_sources(session)
        with sessions() as session:  # and PostgreSQL's cache, as a day of polls leaves it
            loaded = len(repo.flagged_item_values(session, repo.EPOCH, SEND_AT))
        started = time.perf_counter()
        digest, rendered = preview_digest(sessions, config, SEND_AT)
        message = compose(rendered, config.digest.sender, config.digest.recipients,
                          "<digest-main-bench@example.org>", SEND_AT)
        size = len(message.as_bytes())
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        with sessions() as session:  # as the digest loads them: evidence only for 50
            repo.flagged_item_values(session, repo.EPOCH, SEND_AT, evidence=False)
        load = time.perf_counter() - started
    finally:
        engine.dispose()
    assert loaded == count and local_period(config, SEND_AT) == digest.period
    return Measure(count, seconds, load, size, len(digest.entries))


def run(quick: bool = False, params: Params | None = None) -> Result:
    """The digest benchmark; see the module docstring. ``quick`` changes nothing: the
    figure is only meaningful at 10,000 items, and it takes seconds."""
    params = params or Params()
    config = VeilleConfig.model_validate(workload_config([]))
    analyser = Analyser(Matcher.from_config(config), load_charter(Path(CHARTER_DIR)))
    templates = flagged_items(analyser)
    results = []
    for count in (params.baseline, params.flagged):
        with pg_schema() as url:
            store(url, config, templates, count)
            results.append(measure(url, config, count))
    return _report(*results)


def _report(small: Measure, large: Measure) -> Result:
    rows = [
        Row(f"digest, {large.items:,} flagged items", f"{large.seconds:.2f} s",
            f"{small.seconds:.2f} s for {small.items}", ratio(large.seconds / small.seconds),
            "< 1 s", large.seconds < 1.0),
        Row("digest email size", si(large.email_bytes, "B"),
            f"{si(small.email_bytes, 'B')} for {small.items}",
            ratio(large.email_bytes / small.email_bytes), "< 1 MB",
            large.email_bytes < 1_000_000),
    ]
    notes = [
        f"digest: PostgreSQL, {large.items:,} flagged items over {SOURCES} sources, each its "
        f"own story; of the {large.seconds:.2f} s, loading the flagged items with their flags "
        f"(evidence only for the entries shown) and mentions took {large.load_seconds:.2f} s "
        f"({small.load_seconds:.3f} s for {small.items}); the digest held {large.entries:,} "
        "entries, the email shows 50.",
    ]
    return Result(rows, notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="same as the full run")
    result = run(parser.parse_args().quick)
    print_result(result)


if __name__ == "__main__":
    main()
