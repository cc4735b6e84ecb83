"""Replay the held-out parts measured once each, as each was on the day it was new, to choose
the learned scorer's thresholds on what new writers do rather than on cross-validation.

Run: ``.venv/bin/python -m bench.replay_heldout [--parts m- x-] [--cache DIR]``

A part is added here once it is spent (measured, then tuned on), never while it is held out:
choosing a setting by a held-out part's figures would be tuning on it.

For each part: the lexicons of the commit that measured it (``config/charter/*.yaml`` from
git), the learned scorer trained on the cases that were dev then (today's code, today's
texts), and the part classified by both, as the held-out floors read it (the set's
``mentions``). Cross-validation on dev reads too high (the rules were tuned on every dev
case); a replay reads each part as a new writer's, which is what the issue's targets are about.

The slow part (the out-of-fold probabilities and the final fit, about a minute and a half
per part) is cached in ``--cache``; the threshold settings then cost seconds each. Each
setting prints flag precision and recall (mean and worst part), critical items found and
critical alerts on items not labelled critical (each an e-mail to the team), and per part
precision, recall, critical found and wrong, and the weakest category's recall.

Reads git history: run it in a clone, not an exported tree.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any

import numpy as np
import yaml

from worker.charter import learned
from worker.charter.categories import CATEGORY_KEYS, Severity
from worker.charter.classify import classify_with
from worker.charter.lexicon import Charter, load_charter
from worker.charter.model import Scorer
from worker.charter.names import NameMask, watched_names
from worker.charter.rules import RuleScorer
from worker.config import load_config
from worker.eval import Case, EvalReport, Prediction, evaluate, parse_cases, scorers_predictor

ROOT = Path(__file__).resolve().parents[1]
CASES = "config/charter/cases.jsonl"
PUBLIC_CONTACTS = ("819 986-8511", "1-800-555-0199", "info@csscv.gouv.qc.ca")
# The commit that first measured each part (its held-out figures in the commit message).
MEASURED_AT = {"m-": "b617687", "n-": "236ab31", "o-": "a90d8f9", "p-": "8c61bff",
               "q-": "5701413", "r-": "eea974a", "u-": "d0c179d", "w-": "0456120",
               "x-": "70c4ba4", "y-": "113b13a",
               "z-": "34d3fe4", "za-": "61ccd65",
               "zb-": "3c3411a", "zc-": "a387306",
               "zd-": "3908cc4", "ze-": "615c5b0",
               "zf-": "21e3b01", "zg-": "22dc0a0",
               "zh-": "7a8e0d2", "zi-": "bc0c696",
               "zj-": "b2b8f61", "zk-": "be58af0",
               "zl-": "eb3bd3f", "zm-": "1bc43d5", "zn-": "8587b1d",
               "zo-": "5a312e9", "zp-": "337199a",
               "zq-": "aee2ba8", "zr-": "cb447d7", "zs-": "d248792",
               "zt-": "630b986", "zu-": "fd1b36b",
               "zv-": "b5de3b4", "zw-": "abb297f", "zx-": "61cb73e",
               "zy-": "a3b2954", "zz-": "79c4a0b", "zza-": "6432f66",
               "zzb-": "6cf17fe", "zzc-": "505daf0", "zzd-": "70ebc1f",
               "zze-": "13da9f6", "zzf-": "6c88052",
               "zzg-": "8150bdf", "zzh-": "010dfda", "zzi-": "cfe892f",
               "zzj-": "3fc09fb", "zzk-": "d1b61c4", "zzl-": "24ebec0",
               "zzm-": "46e944c", "zzn-": "ebbd6f9", "zzo-": "42ca810",
               "zzp-": "03955f3", "zzq-": "ceb3c2b",
               "zzr-": "71dbd63", "zzs-": "5280e15",
               "zzt-": "ed589ed"}


@dataclass(frozen=True)
class Setting:
    """The knobs of ``train_case_model``'s threshold picks; ``calm`` None: one set only."""

    min_precision: float = learned.MIN_PRECISION
    combined: float = learned.MIN_COMBINED_PRECISION
    calm: tuple[float, float] | None = (learned.CALM_MIN_PRECISION,
                                        learned.CALM_MIN_COMBINED_PRECISION)
    critical_recall: float = learned.MIN_CRITICAL_RECALL


SETTINGS = {
    "shipped": Setting(),
    "one set (before calm thresholds)": Setting(calm=None),
    "one set, stricter everywhere": Setting(0.90, 0.95, calm=None),
    "critical head at recall 0.90": Setting(critical_recall=0.90),
    "critical head at recall 0.80": Setting(critical_recall=0.80),
}


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                          text=True).stdout


# Marker kinds renamed since a part was measured: its lexicons are read with today's names.
RENAMED_KINDS = {"careers": "no_advert"}
# Where a lexicon file names marker kinds: the keys of these mappings, the items of these lists.
KIND_MAPPINGS = frozenset({"markers", "symbols"})
KIND_LISTS = frozenset({"targets", "needs", "critical_with", "unless", "unless_also", "context",
                        "public_with", "kinds"})


def charter_at(commit: str) -> Charter:
    folder = Path(tempfile.mkdtemp(prefix="veille-replay-"))
    for name in _git("ls-tree", "--name-only", f"{commit}:config/charter").split():
        if name.endswith(".yaml"):
            data = yaml.safe_load(_git("show", f"{commit}:config/charter/{name}"))
            (folder / name).write_text(yaml.safe_dump(_renamed(data), allow_unicode=True),
                                       "utf-8")
    return load_charter(folder, PUBLIC_CONTACTS)


def _renamed(data: Any, key: str = "") -> Any:
    """``data`` (a lexicon file as parsed) with every renamed marker kind given its new name."""
    if isinstance(data, dict):
        return {(RENAMED_KINDS.get(k, k) if key in KIND_MAPPINGS else k): _renamed(v, k)
                for k, v in data.items()}
    if isinstance(data, list):
        if key in KIND_LISTS:
            return [RENAMED_KINDS.get(v, v) if isinstance(v, str) else v for v in data]
        return [_renamed(v, key) for v in data]
    return data


def today_cases() -> list[Case]:
    return parse_cases((ROOT / CASES).read_text("utf-8").splitlines(), CASES)


def build(part: str, cache: Path) -> Path:
    """The part's out-of-fold probabilities and fitted heads, cached."""
    path = cache / f"{part}.pkl"
    if path.exists():
        return path
    began = time.perf_counter()
    commit = MEASURED_AT[part]
    then = parse_cases(_git("show", f"{commit}:{CASES}").splitlines(), CASES)
    dev_then = {c.id for c in then if c.split == "dev"}
    cases = today_cases()
    train = [c for c in cases if c.id in dev_then and c.mentions]
    rules = RuleScorer(charter_at(commit))
    names = watched_names(load_config(ROOT / "config" / "veille.yaml"))
    mask = NameMask(names)
    texts = [mask(c.document.full_text) for c in train]
    wanted = {h: y for h, y in learned.targets(train).items() if learned.trainable(y)}
    probabilities = learned.out_of_fold(texts, wanted, learned.FOLDS, 0, learned.MAX_ITER)
    vectoriser = learned.new_vectoriser()
    features = vectoriser.fit_transform(texts)
    data = {
        "commit": commit, "names": names, "wanted": wanted, "probabilities": probabilities,
        "rules": np.array([classify_with(c.document, [rules]).flagged for c in train]),
        "vectoriser": vectoriser,
        "heads": {h: learned.fit_head(features, y, learned.MAX_ITER)
                  for h, y in wanted.items()},
    }
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(data))
    print(f"{part}: {len(train)} training cases, {time.perf_counter() - began:.0f} s",
          flush=True)
    return path


def model_for(data: dict[str, Any], setting: Setting) -> learned.CaseModel:
    """The case model ``train_case_model`` would make with ``setting``'s knobs."""
    wanted, probabilities, rules = data["wanted"], data["probabilities"], data["rules"]
    figures = learned.head_figures(wanted, probabilities, rules, setting.min_precision,
                                   setting.combined, setting.critical_recall)
    calm = learned.head_figures(wanted, probabilities, rules, *setting.calm) \
        if setting.calm else {}
    breaches = wanted[learned.BREACH]
    also = {h: learned.pick_threshold(wanted[h][breaches], probabilities[h][breaches],
                                      min_precision=0.0, beta=learned.ALSO_BETA).threshold
            for h in CATEGORY_KEYS if h in wanted}
    return learned.CaseModel(data["vectoriser"], data["heads"],
                             {h: f.threshold for h, f in figures.items()}, also,
                             tuple(data["names"]),
                             {h: f.threshold for h, f in calm.items() if h != learned.CRITICAL})


@dataclass(frozen=True)
class Replayed:
    report: EvalReport
    # Critical alerts on items not labelled critical: each is an e-mail to the team.
    wrong_critical: int


def replay(part: str, data: dict[str, Any], charter: Charter, setting: Setting) -> Replayed:
    held = [c for c in today_cases() if c.id.startswith(part)]
    scorers: list[Scorer] = [RuleScorer(charter),
                             learned.LearnedScorer(model_for(data, setting))]
    predict = scorers_predictor(scorers)
    predictions = {c.id: Prediction(*predict(c)) for c in held}
    wrong = sum(1 for c in held if c.mentions and not c.critical
                and predictions[c.id].severity is Severity.CRITICAL)
    return Replayed(evaluate(held, lambda case: predictions[case.id]), wrong)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", nargs="+", default=list(MEASURED_AT),
                        choices=list(MEASURED_AT))
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "veille-replay")
    args = parser.parse_args()
    data = {p: pickle.loads(build(p, args.cache).read_bytes()) for p in args.parts}
    charters = {p: charter_at(MEASURED_AT[p]) for p in args.parts}
    for name, setting in SETTINGS.items():
        replays = {p: replay(p, data[p], charters[p], setting) for p in args.parts}
        reports = {p: r.report for p, r in replays.items()}
        precision = [r.flag.precision for r in reports.values()]
        recall = [r.flag.recall for r in reports.values()]
        critical = sum(r.critical_found for r in reports.values())
        critical_total = sum(r.critical_total for r in reports.values())
        wrong = sum(r.wrong_critical for r in replays.values())
        print(f"\n{name}: precision mean {mean(precision):.3f}, worst {min(precision):.3f}; "
              f"recall mean {mean(recall):.3f}, worst {min(recall):.3f}; "
              f"critical {critical}/{critical_total}, {wrong} critical alerts on others")
        for part, r in reports.items():
            weakest = min(s.recall for s in r.categories.values())
            print(f"  {part:<4} P {r.flag.precision:.3f}  R {r.flag.recall:.3f}  "
                  f"critical {r.critical_found}/{r.critical_total} "
                  f"(+{replays[part].wrong_critical} wrong)  weakest category {weakest:.2f}")

if __name__ == "__main__":
    main()
