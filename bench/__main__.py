"""``python -m bench``: every benchmark, one table of figures against baselines of the same run.

Needs the services of the tests: PostgreSQL on 127.0.0.1:5432 (database ``test``; one
throw-away schema per benchmark, dropped afterwards) and Redis on 127.0.0.1:6379 (database
14 only, which is emptied). ``VEILLE_BENCH_PG_URL`` and ``VEILLE_BENCH_REDIS_URL`` point
elsewhere. Exits 1 when a target is missed or a benchmark fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import bench_digest, bench_e2e, bench_match, bench_poll, bench_store
from bench.report import Result, Row, cpu_reference, format_table, load_average, machine
from bench.services import server_versions

BENCHMARKS: dict[str, Callable[[bool], Result]] = {
    "match": bench_match.run,
    "store": bench_store.run,
    "digest": bench_digest.run,
    "poll": bench_poll.run,
    "e2e": bench_e2e.run,
}


def run_one(name: str, quick: bool) -> Result:
    """One benchmark; a crash becomes a failed row, so the others still run."""
    started = time.monotonic()
    try:
        result = BENCHMARKS[name](quick)
    except Exception as exc:
        traceback.print_exc()
        return Result([Row(name, f"error: {type(exc).__name__}: {exc}"[:120], passed=False)])
    print(f"[{name}: {time.monotonic() - started:.0f} s]", file=sys.stderr, flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="scaled down (a few minutes): fewer feeds, rows and items")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS),
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--classify", action="store_true",
                        help="also run bench.bench_classify and print its own output")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    print(f"machine: {machine()}; {server_versions()}", flush=True)
    print(f"load average before: {load_average()}; CPU reference: {cpu_reference()}",
          flush=True)
    started = time.monotonic()
    result = Result()
    for name in names:
        result.extend(run_one(name, args.quick))
    print(f"\n{format_table(result.rows)}\n")
    for note in result.notes:
        print(f"- {note}")
    print(f"\n{'quick' if args.quick else 'full'} run, {time.monotonic() - started:.0f} s; "
          f"load average after: {load_average()}")
    if args.classify:
        subprocess.run([sys.executable, "-m", "bench.bench_classify"], check=False,
                       cwd=Path(__file__).resolve().parents[1])
    return 0 if all(r.passed is not False for r in result.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
