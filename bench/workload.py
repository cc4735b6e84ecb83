"""What the benchmarks feed Veille: RSS feeds of French-looking items, some naming a watched
school (and then often breaching the charter: the text comes from the labelled set), and the
``veille.yaml`` that watches them. Deterministic: the same seed gives the same bytes.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parents[1]
CHARTER_DIR = ROOT / "config" / "charter"
CASES = CHARTER_DIR / "cases.jsonl"
# The learned scorer the workers would train on CASES, trained once for every benchmark (var/
# is not versioned): no benchmark times a training.
MODEL_CACHE = ROOT / "var" / "bench-model"
PUBLIC_CONTACTS = ["819-555-0100"]

# Neutral words for filler text: everyday French that names no school and breaches nothing.
_FILLER_TEXT = (
    "le conseil municipal a adopté hier soir un budget pour la réfection des rues du secteur "
    "nord les travaux commenceront au printemps selon le maire qui promet une consultation "
    "publique avant la fin du mois la météo annonce du temps doux pour la fin de semaine avec "
    "quelques averses en soirée le marché public ouvrira ses portes samedi matin avec une "
    "vingtaine de producteurs de la région la bibliothèque propose un nouveau club de lecture "
    "pour les adultes les inscriptions sont gratuites la société historique présente une "
    "exposition de photographies anciennes de la vallée jusqu'à la fin de décembre le club de "
    "hockey local a remporté son match par la marque de quatre à deux devant une foule nombreuse "
    "la caisse populaire remet des bourses aux organismes communautaires du territoire"
)
_FILLER = _FILLER_TEXT.split()

WATCHED_ENTITIES: list[dict[str, Any]] = [
    {"id": "eshg", "name": "École secondaire Hormisdas-Gamelin",
     "aliases": ["Hormisdas-Gamelin", "ESHG"]},
    {"id": "esljp", "name": "École secondaire Louis-Joseph-Papineau",
     "aliases": ["ESLJP"], "context": ["Papineauville", "école", "élèves", "CSSCV"]},
    {"id": "sainte-famille-thurso", "name": "École Sainte-Famille",
     "aliases": ["Sainte-Famille"], "context": ["Thurso"]},
    {"id": "providence-buckingham", "name": "École Providence", "aliases": ["Providence"],
     "context": ["Buckingham"], "exclude": ["Providence (Rhode Island)"]},
]


def charter_cases() -> list[str]:
    """Texts of the labelled set: real-looking posts that name a school, many breaching."""
    return [json.loads(line)["text"] for line in CASES.read_text("utf-8").splitlines()]


def filler(rng: random.Random, chars: int) -> str:
    """About ``chars`` characters of neutral sentences."""
    words: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.sample(_FILLER, rng.randint(8, 16))
        text = " ".join(sentence).capitalize() + "."
        words.append(text)
        size += len(text) + 1
    return " ".join(words)[:chars]


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str
    link: str
    published: datetime
    text: str  # plain text; sent as an HTML paragraph


# Neutral sentences that name a school: classified like any mention, flagged by nothing.
_NEUTRAL_MENTIONS = (
    "Les élèves de l'École secondaire Hormisdas-Gamelin ont présenté leur projet de serre.",
    "Le CSSCV annonce la date de la rentrée et les nouveaux horaires du transport scolaire.",
    "L'ESHG accueillera le tournoi régional d'improvisation au printemps.",
    "Une conférence sur la lecture aura lieu à l'École Sainte-Famille de Thurso jeudi soir.",
)


def make_items(
    rng: random.Random, feed_id: str, count: int, chars: int, mention_share: float,
    cases: list[str], case_share: float = 1.0,
) -> list[FeedItem]:
    """``count`` items of about ``chars`` characters. A ``mention_share`` of them name a
    school: of those, a ``case_share`` open with a labelled case (often a charter breach),
    the others with a neutral sentence. The rest is filler."""
    start = datetime(2026, 11, 24, 6, tzinfo=UTC)
    items = []
    for n in range(count):
        lead = ""
        if rng.random() < mention_share:
            pool = cases if rng.random() < case_share else _NEUTRAL_MENTIONS
            lead = rng.choice(pool) + " "
        text = lead + filler(rng, max(chars - len(lead), 40))
        items.append(FeedItem(
            guid=f"{feed_id}-{n}", title=filler(rng, 60).rstrip("."),
            link=f"https://nouvelles.example/{feed_id}/{n}?utm_source=rss",
            published=start + timedelta(minutes=7 * n), text=text))
    return items


def rss(feed_id: str, items: list[FeedItem]) -> bytes:
    """An RSS 2.0 document with ``items``, descriptions as escaped HTML like most sites."""
    entries = "".join(
        f"<item><guid isPermaLink=\"false\">{escape(i.guid)}</guid>"
        f"<title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        f"<description>{escape('<p>' + escape(i.text) + '</p>')}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Nouvelles {feed_id}</title><link>https://nouvelles.example/{feed_id}/</link>"
        f"<description>Flux de test {feed_id}</description>{entries}</channel></rss>"
    ).encode()


def source(source_id: str, url: str, every: str = "15m") -> dict[str, Any]:
    # The feeds are on loopback addresses: allowed by the SSRF guard only when asked.
    return {"id": source_id, "connector": "rss", "url": url, "every": every,
            "allow_private_network": True}


def config_data(sources: list[dict[str, Any]], entities: list[dict[str, Any]] | None = None,
                max_items: int = 50) -> dict[str, Any]:
    """A valid ``veille.yaml`` as data: the shipped charter, a few watched schools."""
    return {
        "organisation": {
            "id": "csscv", "name": "Centre de services scolaire au Cœur-des-Vallées",
            "short_name": "CSSCV", "aliases": ["CSSCV"], "public_contacts": PUBLIC_CONTACTS,
        },
        "entities": WATCHED_ENTITIES if entities is None else entities,
        "exclude": [],
        "sources": sources,
        "digest": {"recipients": ["communications@example.org"],
                   "sender": "veille@example.org", "send_at": "07:00",
                   "timezone": "America/Toronto", "send_when_empty": True,
                   "max_items": max_items},
        # As shipped: the rules and the learned scorer (see seed_learned_model).
        "classification": {"min_score": 0.5, "lexicons": str(CHARTER_DIR),
                           "training_cases": [str(CASES)]},
    }


def trained_model() -> Path:
    """The folder of the learned scorer trained on ``CASES`` with the names of
    ``config_data`` hidden, as its workers would train it (trained on first use)."""
    from worker.case_model import case_model_for
    from worker.charter.classify import classify_with
    from worker.charter.lexicon import load_charter
    from worker.charter.names import watched_names
    from worker.charter.rules import RuleScorer
    from worker.config import VeilleConfig

    rules = [RuleScorer(load_charter(CHARTER_DIR, PUBLIC_CONTACTS))]
    names = watched_names(VeilleConfig.model_validate(config_data([])))
    case_model_for(MODEL_CACHE, [CASES], lambda document: classify_with(document, rules).flagged,
                   names)
    return MODEL_CACHE


def seed_learned_model(data_dir: Path) -> None:
    """Give the workers of ``data_dir`` the model they would train on their first start."""
    shutil.copytree(trained_model(), data_dir / "model", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".training.lock"))


def write_config(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path
