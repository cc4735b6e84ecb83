"""Matching and classifying: items per second on one core, and what the cost grows with.

Run alone: ``.venv/bin/python -m bench.bench_match [--quick]``

Items are ~1 KB of labelled cases joined end to end (each names a school, so each one is
also classified against the full shipped charter). The watch list is the real schools plus
synthetic ones (a name and an alias each) up to 100, 1,000 and 10,000 terms.

- Veille: ``analyse`` (one Aho-Corasick pass for the watch terms, then the charter).
- Baseline: one regular expression per watch term over the same folded text, the way a
  first version would do it; the charter step is left out of it, so the baseline is
  flattered.
- Text length: the same items cut or repeated to 1, 4 and 16 KB, with 1,000 terms.

Each rate is the best of three rounds: other work on the machine only ever slows a round.
"""

from __future__ import annotations

import argparse
import random
import re
import string
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench.report import Result, Row, print_result, ratio
from bench.workload import CHARTER_DIR, WATCHED_ENTITIES, charter_cases
from worker.analyse import Analyser, analyse
from worker.charter.lexicon import load_charter
from worker.charter.model import Document
from worker.config import Entity, Organisation
from worker.matching import Matcher
from worker.normalise import fold

TERM_COUNTS = (100, 1_000, 10_000)
LENGTHS = (1_000, 4_000, 16_000)
ORGANISATION = Organisation(id="csscv", name="Centre de services scolaire au Cœur-des-Vallées",
                            aliases=["CSSCV"])


@dataclass(frozen=True)
class Params:
    seconds: float = 1.5  # of work per measure, at least
    documents: int = 300

    @classmethod
    def quick(cls) -> Params:
        return cls(seconds=0.4, documents=100)


def documents(count: int, size: int, seed: int = 7) -> list[Document]:
    """``count`` documents of ``size`` characters, labelled cases joined end to end."""
    texts, rng = charter_cases(), random.Random(seed)
    docs = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(texts))
        docs.append(Document(" ".join(parts)[:size], kind="post"))
    return docs


def entities(terms: int, seed: int = 11) -> list[Entity]:
    """The real schools plus synthetic ones, ``terms`` names and aliases in all."""
    real = [Entity.model_validate(e) for e in WATCHED_ENTITIES]
    count = sum(len(e.terms) for e in real) + len(ORGANISATION.terms)
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))

    synthetic: list[Entity] = []
    while count < terms:
        name = f"École {word().capitalize()}-{word().capitalize()}"
        synthetic.append(Entity(id=f"s{len(synthetic)}", name=name, aliases=[word().upper()]))
        count += 2
    return real + synthetic


def naive(watched: list[Entity]) -> Callable[[Document], int]:
    """The baseline: one compiled regex per watch term, searched over the folded text."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(fold(t).text.strip()) + r"(?!\w)")
                for e in [ORGANISATION, *watched] for t in e.terms]

    def run(document: Document) -> int:
        text = fold(document.full_text).text
        return sum(1 for p in patterns if p.search(text))

    return run


def _matching(matcher: Matcher) -> Callable[[Document], object]:
    return lambda document: matcher.entities(document.full_text)


def rate(run: Callable[[Document], object], docs: list[Document], seconds: float,
         rounds: int = 3) -> float:
    """Items per second on one core: the best of ``rounds`` rounds of ``seconds / rounds``
    each (the machine may be shared; the best round is the least disturbed)."""
    best = 0.0
    for _ in range(rounds):
        done, started = 0, time.perf_counter()
        while True:
            for document in docs:
                run(document)
            done += len(docs)
            elapsed = time.perf_counter() - started
            if elapsed >= seconds / rounds:
                break
        best = max(best, done / elapsed)
    return best


def run(quick: bool = False, params: Params | None = None) -> Result:
    """The matching benchmark; see the module docstring."""
    params = params or (Params.quick() if quick else Params())
    charter = load_charter(CHARTER_DIR, ["819-555-0100"])
    docs = documents(params.documents, LENGTHS[0])
    matchers = {n: Matcher(ORGANISATION, entities(n), []) for n in TERM_COUNTS}
    match = {n: rate(_matching(m), docs, params.seconds) for n, m in matchers.items()}
    slow = {n: rate(naive(entities(n)), docs[: max(10, 30_000 // n)], params.seconds)
            for n in TERM_COUNTS}
    full = Analyser(matchers[1_000], charter)
    both = rate(lambda d: analyse(d, full), docs, params.seconds)
    by_length = {size: rate(lambda d: analyse(d, full), documents(params.documents // 4, size),
                            params.seconds) for size in LENGTHS}
    return _report(match, slow, both, by_length)


def _report(match: dict[int, float], slow: dict[int, float], both: float,
            by_length: dict[int, float]) -> Result:
    small, large = TERM_COUNTS[0], TERM_COUNTS[-1]
    growth, naive_growth = match[small] / match[large], slow[small] / slow[large]
    length_growth = by_length[LENGTHS[0]] / by_length[LENGTHS[-1]]
    rates = " / ".join(f"{match[n]:,.0f}" for n in TERM_COUNTS)
    naive_rates = " / ".join(f"{slow[n]:,.0f}" for n in TERM_COUNTS)
    rows = [
        Row("match + classify, 1 KB, 1,000 terms", f"{both:,.0f} items/s (one core)",
            f"naive match: {slow[1_000]:,.0f}/s", ratio(both / slow[1_000]), "", None),
        Row("match only, 1 KB, 100/1k/10k terms", f"{rates} items/s",
            f"naive: {naive_rates}/s", ratio(match[large] / slow[large]) + " at 10k", "", None),
        Row("match cost, 10,000 vs 100 terms", f"×{growth:.2f}", f"naive ×{naive_growth:.0f}",
            "", "≤ ×1.5", growth <= 1.5),
        Row("match + classify cost, 16 KB vs 1 KB", f"×{length_growth:.1f}",
            f"{by_length[LENGTHS[0]]:,.0f} items/s at 1 KB", "", "∝ length", None),
    ]
    notes = [
        "match/classify: items are labelled cases joined to the length (each names a school, "
        "so each is classified); terms = real schools + synthetic ones (name + alias); "
        "naive baseline = one regex per term over the folded text, without the charter step.",
        "match/classify by length, 1,000 terms: " + ", ".join(
            f"{size // 1000} KB {r:,.0f} items/s" for size, r in by_length.items()) + ".",
    ]
    return Result(rows, notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter measures")
    result = run(parser.parse_args().quick)
    print_result(result)


if __name__ == "__main__":
    main()
