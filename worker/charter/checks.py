"""Checks that confirm a pattern match is what it looks like (a real SIN, a private number).

A regular expression finds nine digits; only the Luhn check says they can be a social
insurance number. Named in the lexicon files as ``check: luhn`` and so on.
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
    return text.strip().casefold() not in charter.public_emails


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


def is_foreign_url(text: str, charter: Charter) -> bool:
    """A link outside the organisation's own domains (those of its public emails)."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.casefold()).split("/")[0]
    return not any(host == d or host.endswith("." + d) for d in charter.public_domains)


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
}
