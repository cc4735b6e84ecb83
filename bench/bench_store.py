"""Storage: the "have we seen it?" check and the upsert, as the items table grows.

Run alone: ``.venv/bin/python -m bench.bench_store [--quick] [--pg-only]``

The items table is filled (COPY on PostgreSQL, executemany on SQLite; SQLite is left out of
``--quick``) to 10k, 100k and 1M rows over 100 sources, then at each size, for batches of
100 items of one source (as one poll brings them; a tenth name a school and carry mentions
and flags):

- seen-check: ``unseen_items`` on 50 stored and 50 new items (one query on both unique
  indexes);
- upsert: ``save_items`` of 100 new items (multi-row INSERT … ON CONFLICT DO NOTHING);
- baseline: the previous ``save_items``, a row at a time (one INSERT … RETURNING per item,
  then its mentions and flags), on the same table in the same run.

Figures are the best of the batches (the machine may be shared), in µs per item. "Constant
time" means the cost at the largest size is within 1.5× of the cost at the smallest.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session, sessionmaker

from bench.report import Result, Row, print_result, ratio
from bench.services import pg_schema, scratch_folder
from bench.workload import CHARTER_DIR, charter_cases, filler
from bench.workload import config_data as workload_config
from connectors.base import RawItem
from worker.analyse import AnalysedItem, Analyser, analyse_item
from worker.charter.lexicon import load_charter
from worker.config import VeilleConfig
from worker.matching import Matcher
from worker.store import repository as repo
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import Base, Flag, Item, Mention

SOURCES = 100
BATCH = 100
# Core tables: bulk rows without the ORM's bookkeeping.
ITEMS = Base.metadata.tables["items"]
SOURCES_TABLE = Base.metadata.tables["sources"]
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Params:
    sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    batches: int = 30
    sqlite: bool = True

    @classmethod
    def quick(cls) -> Params:
        return cls(sizes=(10_000, 100_000), batches=10, sqlite=False)


# --- the data -------------------------------------------------------------------------------

def _url(source_id: str, n: int) -> str:
    return f"https://nouvelles.example/{source_id}/{n}"


def stored_rows(start: int, stop: int) -> Iterator[tuple[object, ...]]:
    """Rows ``start``…``stop`` of the filled table: spread over the sources, one in ten
    matched with a title and ~600 characters of text, like a real table."""
    rng = random.Random(start)
    for n in range(start, stop):
        source_id, matched = f"s{n % SOURCES:03d}", n % 10 == 0
        body = filler(rng, 600) if matched else None
        yield (source_id, f"{source_id}-{n}", _url(source_id, n), _url(source_id, n), "article",
               NOW - timedelta(minutes=n % 100_000), matched, "Titre" if matched else None, body,
               False)


COLUMNS = ("source_id", "guid", "url", "canonical_url", "kind", "fetched_at", "matched",
           "title", "text", "flagged")


def fill(engine: Engine, start: int, stop: int) -> None:
    """Add rows ``start``…``stop`` the fast way for the database at hand."""
    if engine.dialect.name == "postgresql":
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            with cursor.copy(f"COPY items ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for row in stored_rows(start, stop):
                    copy.write_row(row)
            raw.commit()
            cursor.execute("ANALYZE items")
            raw.commit()
        finally:
            raw.close()
        return
    rows = (dict(zip(COLUMNS, values, strict=True)) for values in stored_rows(start, stop))
    with engine.begin() as connection:
        chunk: list[dict[str, object]] = []
        for record in rows:
            chunk.append(record)
            if len(chunk) == 10_000:
                connection.execute(insert(ITEMS), chunk)
                chunk = []
        if chunk:
            connection.execute(insert(ITEMS), chunk)
        connection.execute(text("ANALYZE items"))


def analysed_batch(analyser: Analyser) -> list[AnalysedItem]:
    """A poll's worth of analysed items; guids and URLs are set per use (``renamed``)."""
    rng, cases = random.Random(5), charter_cases()
    items = []
    for n in range(BATCH):
        body = (rng.choice(cases) + " " if n % 10 == 0 else "") + filler(rng, 600)
        items.append(analyse_item(RawItem(f"x{n}", None, filler(rng, 60), body), analyser))
    return items


def renamed(batch: list[AnalysedItem], source_id: str, numbers: list[int]) -> list[AnalysedItem]:
    return [replace(a, raw=replace(a.raw, guid=f"{source_id}-{n}", url=_url(source_id, n)))
            for a, n in zip(batch, numbers, strict=True)]


# --- the baseline: the previous save_items, one row at a time ------------------------------

def save_row_by_row(session: Session, source_id: str, items: list[AnalysedItem],
                    now: datetime) -> int:
    """``save_items`` as it was: an INSERT … RETURNING per item, its mentions and flags
    flushed before the next one."""
    saved = 0
    fresh = {id(raw) for raw in repo.unseen_items(session, source_id, [a.raw for a in items])}
    for analysed in (a for a in items if id(a.raw) in fresh):
        values = repo._item_values(source_id, analysed, now)
        item_id = session.execute(
            repo._insert_ignoring_duplicates(session, Item).values(**values).returning(Item.id)
        ).scalar()
        if item_id is None:
            continue
        saved += 1
        session.add_all(Mention(item_id=item_id, entity_id=e)
                        for e in analysed.analysis.mentions)
        if analysed.analysis.verdict is not None:
            session.add_all(Flag(**row) for row in
                            repo._flag_rows(item_id, analysed.analysis.verdict.flags))
    session.commit()
    return saved


# --- measuring ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Timing:
    size: int
    seen_us: float  # per item
    save_us: float
    row_us: float


def per_item(run: Callable[[list[AnalysedItem]], object],
             batches: list[list[AnalysedItem]]) -> float:
    """µs per item of ``run``, the best of ``batches`` (prepared beforehand, so only the
    storage work is timed; the best batch is the one other work on the machine disturbed
    least)."""
    samples = []
    for batch in batches:
        started = time.perf_counter()
        run(batch)
        samples.append((time.perf_counter() - started) / len(batch) * 1e6)
    return min(samples[1:])  # the first one warms the statement caches


def measure(sessions: sessionmaker[Session], batch: list[AnalysedItem], size: int,
            batches: int, counter: Iterator[int]) -> Timing:
    """Time the three operations on a table of ``size`` rows; ``counter`` numbers the new
    items (never reused, so every "new" item is new)."""
    source_id = "s007"
    stored = list(range(7, size, SOURCES))[: BATCH // 2]

    def new_batches(known: list[int]) -> list[list[AnalysedItem]]:
        return [renamed(batch, source_id,
                        known + [next(counter) for _ in range(BATCH - len(known))])
                for _ in range(batches + 1)]

    def seen_check(items: list[AnalysedItem]) -> None:
        with sessions() as session:
            unseen = repo.unseen_items(session, source_id, [a.raw for a in items])
        assert len(unseen) == BATCH - len(stored)

    def upsert(save: Callable[[Session, str, list[AnalysedItem], datetime], object],
               ) -> Callable[[list[AnalysedItem]], None]:
        def run(items: list[AnalysedItem]) -> None:
            with sessions() as session:
                save(session, source_id, items, NOW)
        return run

    return Timing(size, per_item(seen_check, new_batches(stored)),
                  per_item(upsert(repo.save_items), new_batches([])),
                  per_item(upsert(save_row_by_row), new_batches([])))


@contextmanager
def database(sqlite: bool) -> Iterator[str]:
    if not sqlite:
        with pg_schema() as url:
            yield url
        return
    with scratch_folder("store") as folder:
        yield f"sqlite:///{folder / 'veille.sqlite3'}"


def run_on(url: str, params: Params, batch: list[AnalysedItem]) -> list[Timing]:
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(insert(SOURCES_TABLE), [
                {"id": f"s{n:03d}", "connector": "rss", "name": f"s{n:03d}", "active": True,
                 "consecutive_failures": 0} for n in range(SOURCES)])
        sessions = make_session_factory(engine)
        timings, filled, counter = [], 0, iter(range(10**9, 2 * 10**9))
        for size in params.sizes:
            fill(engine, filled, size)
            filled = size
            timings.append(measure(sessions, batch, size, params.batches, counter))
        return timings
    finally:
        engine.dispose()


def run(quick: bool = False, params: Params | None = None) -> Result:
    """The storage benchmark; see the module docstring."""
    params = params or (Params.quick() if quick else Params())
    config = VeilleConfig.model_validate(workload_config([]))
    analyser = Analyser(Matcher.from_config(config), load_charter(Path(CHARTER_DIR)))
    batch = analysed_batch(analyser)
    result = Result()
    for sqlite in ((False, True) if params.sqlite else (False,)):
        with database(sqlite) as url:
            timings = run_on(url, params, batch)
        result.extend(_report("SQLite" if sqlite else "PostgreSQL", timings))
    return result


def _report(name: str, timings: list[Timing]) -> Result:
    first, last = timings[0], timings[-1]

    def sizes(values: list[float]) -> str:
        return " / ".join(f"{v:.0f}" for v in values) + " µs"

    label = "/".join(_size(t.size) for t in timings)
    seen_growth, save_growth = last.seen_us / first.seen_us, last.save_us / first.save_us
    rows = [
        Row(f"seen-check, {name}, {label} rows", sizes([t.seen_us for t in timings]) + "/item",
            f"{first.seen_us:.0f} µs at {_size(first.size)}", f"×{seen_growth:.2f}",
            "≤ ×1.5", seen_growth <= 1.5),
        Row(f"upsert, {name}, {label} rows", sizes([t.save_us for t in timings]) + "/item",
            f"{first.save_us:.0f} µs at {_size(first.size)}", f"×{save_growth:.2f}",
            "≤ ×1.5", save_growth <= 1.5),
        Row(f"upsert vs row-at-a-time, {name}, {_size(last.size)}",
            f"{last.save_us:.0f} µs/item", f"{last.row_us:.0f} µs/item row by row",
            ratio(last.row_us / last.save_us), "faster", last.save_us < last.row_us),
    ]
    notes = [f"storage ({name}): batches of {BATCH} items of one source, best of the "
             "batches; row-by-row baseline at each size: "
             + ", ".join(f"{_size(t.size)} {t.row_us:.0f} µs" for t in timings) + "."]
    return Result(rows, notes)


def _size(rows: int) -> str:
    return f"{rows // 1_000_000}M" if rows >= 1_000_000 else f"{rows // 1000}k"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="10k and 100k rows, PostgreSQL only")
    parser.add_argument("--pg-only", action="store_true", help="leave SQLite out")
    args = parser.parse_args()
    params = Params.quick() if args.quick else Params()
    result = run(args.quick, replace(params, sqlite=params.sqlite and not args.pg_only))
    print_result(result)


if __name__ == "__main__":
    main()
