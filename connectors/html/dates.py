"""Dates as news sites write them: ISO 8601, ``3 septembre 2024``, ``1er sept. 2024 à 14 h 30``,
``03/09/2024``, ``September 3, 2024``. Pure; a date without offset is local to the site.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, tzinfo

__all__ = ["parse_date"]

_MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_WORDS = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?,?\s+(\d{4})")  # 3 septembre 2024
_WORDS_EN = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")  # Sept. 3, 2024
_NUMERIC_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")  # 03/09/2024, Quebec order
_NUMERIC_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_TIME = re.compile(r"(\d{1,2})\s*(?:h|:)\s*(\d{2})?")


def parse_date(value: str, zone: tzinfo) -> datetime | None:
    """The instant a site's date string stands for, in UTC.

    Args:
        value: the date as written (an attribute like ``datetime="..."`` or visible text).
        zone: the site's time zone, for dates written without an offset.

    Returns:
        An aware UTC datetime (midnight local time for a date alone), or None when no date
        can be read.
    """
    text = value.strip()
    iso = _iso(text)
    if iso is not None:
        return _to_utc(iso, zone)
    folded = _fold(text)
    day = _day(folded)
    if day is None:
        return None
    rest = folded[folded.find(str(day.year)) + 4 :]
    return _to_utc(datetime.combine(day, _time_of_day(rest)), zone)


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        return None


def _fold(text: str) -> str:
    # "Août" and "aout", "1er" and "1ᵉʳ" are written both ways.
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _day(text: str) -> date | None:
    for pattern, order in ((_WORDS, "dmy"), (_WORDS_EN, "mdy"), (_NUMERIC_YMD, "ymd"),
                           (_NUMERIC_DMY, "dmy")):  # fmt: skip
        for match in pattern.finditer(text):
            found = _date(dict(zip(order, match.groups(), strict=True)))
            if found is not None:
                return found
    return None


def _date(parts: dict[str, str]) -> date | None:
    month = int(parts["m"]) if parts["m"].isdigit() else _MONTHS.get(parts["m"])
    if month is None:
        return None
    try:
        return date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None


def _time_of_day(text: str) -> time:
    match = _TIME.search(text)
    if match is None:
        return time()
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else time()


def _to_utc(when: datetime, zone: tzinfo) -> datetime:
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when.astimezone(UTC)
