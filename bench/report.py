"""Rows of figures, the table they are printed in, and the machine they were measured on."""

from __future__ import annotations

import os
import platform
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Result", "Row", "format_table", "load_average", "machine", "ratio", "si"]


@dataclass(frozen=True)
class Row:
    """One line of the table. ``passed`` is None for a figure that has no target."""

    benchmark: str
    figure: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    passed: bool | None = None


@dataclass
class Result:
    """What one benchmark reports: its rows, and notes saying how they were measured."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def extend(self, other: Result) -> None:
        self.rows.extend(other.rows)
        self.notes.extend(other.notes)


def si(value: float, unit: str = "", digits: int = 3) -> str:
    """``value`` with a metric prefix and ``digits`` significant digits: 1234 -> "1.23 k"."""
    prefixes = ((1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""), (1e-3, "m"), (1e-6, "µ"))
    for scale, prefix in prefixes:
        if abs(value) >= scale or scale == 1e-6:
            scaled = value / scale
            text = f"{scaled:.{digits}g}" if abs(scaled) < 10**digits else f"{scaled:.0f}"
            return f"{text} {prefix}{unit}".rstrip()
    return f"{value:g} {unit}".rstrip()


def ratio(value: float) -> str:
    return f"{value:.3g}×" if value < 1000 else f"{value:.0f}×"


def format_table(rows: list[Row]) -> str:
    """A Markdown table (it goes into the README as printed)."""
    header = ("benchmark", "figure", "baseline", "ratio", "target", "pass")
    lines = [header, *((r.benchmark, r.figure, r.baseline, r.ratio, r.target,
                        "" if r.passed is None else ("PASS" if r.passed else "FAIL"))
                       for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def fmt(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    separator = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(lines[0]), separator, *(fmt(line) for line in lines[1:])])


def print_result(result: Result) -> None:
    """A benchmark run alone: its table, then its notes."""
    print(format_table(result.rows))
    for note in result.notes:
        print(f"- {note}")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return 0.0


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> str:
    """One line describing where the figures come from."""
    return (f"{_cpu_model()}, {os.cpu_count()} cores, {_memory_gib():.0f} GiB, "
            f"Linux {platform.release()}, Python {sys.version.split()[0]}")


def cpu_reference() -> str:
    """Seconds one core takes for a fixed pure-Python loop. The same VM has run it in 1.1 s
    and in 2.9 s within one morning: figures of runs are comparable only at a similar value,
    which is why every ratio compares with a baseline of the same run. It does not see every
    slowdown: it read 0.63-0.83 s (its fastest) on a day the benchmarks ran at half their
    usual speed, so a fast reference does not make a run comparable with an older table."""
    started = time.process_time()
    total = 0
    for n in range(10_000_000):
        total += n * n
    return f"{time.process_time() - started:.2f} s for 10M loop steps"
