"""Watched names hidden from the learned scorer: naming a school is not evidence of a breach.

Trained on labelled cases, a model learns whatever separates them, including which school a
writer happened to name beside which breach ("Go ESLJP! 💙" came out as critical bullying and
"Go Hormisdas-Gamelin! 💙" as clean). Every classified item names a watched entity, so the
names carry nothing the charter cares about: the model reads each of them as one placeholder
word, in training and in scoring alike (the names are saved with the model).

Pure: folding as the matcher folds (case, accents, punctuation), whole words only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

from worker.config import VeilleConfig
from worker.normalise import fold, fold_term

# A word no one writes, so that its character n-grams mean "a watched name" and nothing else.
NAME_PLACEHOLDER = "qqnomqq"


def watched_names(config: VeilleConfig) -> tuple[str, ...]:
    """Every way the config names the organisation and its schools (not their context
    words: "école", "Buckingham" say something of their own)."""
    names: list[str] = []
    for entity in config.watched:
        names += [*entity.terms, *entity.ambiguous]
    if config.organisation.short_name:
        names.append(config.organisation.short_name)
    return tuple(sorted(set(names)))


class NameMask:
    """Replaces each whole-word occurrence of ``names`` (folded) by ``NAME_PLACEHOLDER``."""

    def __init__(self, names: Iterable[str]) -> None:
        keys = {fold_term(name) for name in names if name.strip()} - {" "}
        # One pass whatever the number of names (a regex alternation tried at every position
        # cost 0.4 ms per 1 KB item, a tenth of the model's own cost).
        self._automaton: Any = None
        if keys:
            self._automaton = ahocorasick.Automaton()
            for key in keys:  # padded with spaces: whole words only
                self._automaton.add_word(key, len(key))
            self._automaton.make_automaton()

    def __call__(self, text: str) -> str:
        if self._automaton is None:
            return text
        folded = fold(text)
        spans: list[list[int]] = []  # folded [start, end), merged where names overlap
        # Ends come in order; a longer name ending later may start earlier ("poly Hormisdas"
        # inside "poly Hormisdas-Gamelin"), so starts are merged, not assumed ascending.
        for end, length in self._automaton.iter(folded.text):
            start, stop = end - length + 2, end  # the name without its padding spaces
            while spans and start <= spans[-1][1]:
                start = min(start, spans[-1][0])
                stop = max(stop, spans.pop()[1])
            spans.append([start, stop])
        if not spans:
            return text
        pieces: list[str] = []
        last = 0
        for start, stop in spans:
            original_start, original_stop = folded.span(start, stop)
            pieces += [text[last:original_start], NAME_PLACEHOLDER]
            last = original_stop
        pieces.append(text[last:])
        return "".join(pieces)
