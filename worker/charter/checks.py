"""Checks that confirm a pattern match is what it looks like (a real SIN, a private number).

A regular expression finds nine digits; only the Luhn check says they can be a social
insurance number. Named in the lexicon files as ``check: luhn`` and so on. A number spelled
out in words (``huit-un-neuf, six-six-quatre...``, ``eight one nine...``) is read back into
digits first, then checked like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from worker.charter.lexicon import Charter, public_digits

# Toll-free area codes: businesses, never a person's own line.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by Canadian social insurance numbers."""
    if not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_private_phone(text: str, charter: Charter) -> bool:
    """A ten-digit number that is neither the organisation's nor a toll-free line."""
    digits = public_digits(text)
    return len(digits) == 10 and digits not in charter.public_digits and \
        digits[:3] not in _TOLL_FREE


def is_private_email(text: str, charter: Charter) -> bool:
    """Neither one of the organisation's public addresses nor at its own domain: a staff
    member's work address ("lachance.m@csscv.gouv.qc.ca") is how parents are told to reach
    them, not personal information."""
    address = text.strip().casefold()
    return address not in charter.public_emails and \
        not _at_public_domain(address.rpartition("@")[2], charter)


def is_identity_code(text: str) -> bool:
    """Four letters and eight digits whose digits hold a birth date.

    A Quebec permanent code reads day, month, year (``TREM 1503 0912``); a RAMQ number reads
    year, month, day (``TREM 0903 1512``); girls have 50 added to the month in both. Either
    reading is a personal identifier, so either is enough.
    """
    digits = re.sub(r"\D", "", text)
    if len(digits) != 8:
        return False
    first, month, last = int(digits[:2]), int(digits[2:4]) % 50, int(digits[4:6])
    return _plausible(last, month, first) or _plausible(first, month, last)


def is_not_public_phone(text: str, charter: Charter) -> bool:
    """The last phone number of ``text`` is not one of the organisation's own."""
    digits = public_digits(text)[-11:]
    return public_digits(digits) not in charter.public_digits


def spelled_digits(text: str) -> str:
    """The digits of a number written in French or English words, group by group.

    ``huit-un-neuf, trente et un, quatre-vingt-huit`` reads ``8193188``; digits written as
    such (``8 1 9 cinq``) are kept. Words that are not numbers are skipped.
    """
    groups: list[int] = []
    pending: int | None = None  # a group still open to "et un", "-huit", "-dix"
    for word in _WORD.findall(text.casefold()):
        value = _NUMBER_WORDS.get(word)
        if value is None:
            continue
        if pending is not None and _joins(pending, value):
            pending = pending * 20 if value == 20 else pending + value
            continue
        if pending is not None:
            groups.append(pending)
        pending = value
    if pending is not None:
        groups.append(pending)
    return "".join(map(str, groups))


def is_spelled_number(text: str, charter: Charter) -> bool:
    """A number in words that reads as a private phone number or a valid SIN."""
    digits = spelled_digits(text)
    if any(run in digits for run in _COUNTING):
        return False  # counting ("un, deux, trois..."), not a number
    if len(digits) == 9:
        return luhn_valid(digits)
    return is_private_phone(digits, charter)


def _joins(pending: int, value: int) -> bool:
    """Whether ``value`` continues the group ``pending``: tens then units ("trente et un"),
    "quatre-vingt", "soixante-dix", "quatre-vingt-dix-neuf"."""
    if value == 20 and pending == 4:
        return True  # quatre-vingt
    if pending in (60, 80):
        return value < 20
    if pending in (70, 90):
        return 0 < value < 10
    return pending >= 20 and pending % 10 == 0 and 0 < value < 10


def is_foreign_url(text: str, charter: Charter) -> bool:
    """A link outside the organisation's own domains (those of its public emails)."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.casefold()).split("/")[0]
    return not _at_public_domain(host, charter)


def _at_public_domain(host: str, charter: Charter) -> bool:
    """The organisation's domain or one below it (a school's ``eshg.csscv.gouv.qc.ca``)."""
    return any(host == d or host.endswith("." + d) for d in charter.public_domains)


_WORD = re.compile(r"[a-zà-ÿ]+|\d")
_UNITS = [
    ("zero zéro oh o", 0), ("un une one", 1), ("deux two", 2), ("trois three", 3),
    ("quatre four", 4), ("cinq five", 5), ("six", 6), ("sept seven", 7), ("huit eight", 8),
    ("neuf nine", 9), ("dix ten", 10), ("onze eleven", 11), ("douze twelve", 12),
    ("treize thirteen", 13), ("quatorze fourteen", 14), ("quinze fifteen", 15),
    ("seize sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
    ("vingt vingts twenty", 20), ("trente thirty", 30), ("quarante forty", 40),
    ("cinquante fifty", 50), ("soixante sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90),
]
_COUNTING = tuple("0123456789"[i:i + 5] for i in range(6)) + tuple(
    "9876543210"[i:i + 5] for i in range(6))
_NUMBER_WORDS = {word: value for words, value in _UNITS for word in words.split()} | {
    str(digit): digit for digit in range(10)}


def _plausible(year: int, month: int, day: int) -> bool:
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


CHECKS: dict[str, Callable[[str, Charter], bool]] = {
    "none": lambda text, charter: True,
    "luhn": lambda text, charter: luhn_valid(re.sub(r"\D", "", text)),
    "private_phone": is_private_phone,
    "private_email": is_private_email,
    "identity_code": lambda text, charter: is_identity_code(text),
    "foreign_url": is_foreign_url,
    "spelled_number": is_spelled_number,
    "not_public_phone": is_not_public_phone,
}
