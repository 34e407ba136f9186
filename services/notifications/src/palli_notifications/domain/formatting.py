"""Amounts, dates and counts as a member reads them: Bangla digits (০-৯) when Bangla is chosen.

Amounts use the South Asian grouping Bangladesh writes (12,50,000.00: thousands, then lakhs and
crores) in both languages, with the currency: "১২,৫০,০০০.০০ টাকা" / "Tk 12,50,000.00".
Dates are day/month/year: "২৩/১১/২০২৬" / "23/11/2026".
"""

from __future__ import annotations

from datetime import date

from palli_common.money import to_poisha

LANGUAGES = ("bn", "en")
DEFAULT_LANGUAGE = "bn"
_BANGLA = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bangla_digits(text: str) -> str:
    return text.translate(_BANGLA)


def _digits(text: str, language: str) -> str:
    return bangla_digits(text) if language == "bn" else text


def group_south_asian(whole: int) -> str:
    """1234567 -> "12,34,567"."""
    text = str(whole)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def format_amount(poisha: int, language: str) -> str:
    sign = "-" if poisha < 0 else ""
    whole, frac = divmod(abs(poisha), 100)
    number = f"{sign}{group_south_asian(whole)}.{frac:02d}"
    return f"{bangla_digits(number)} টাকা" if language == "bn" else f"Tk {number}"


def format_taka(amount: str, language: str) -> str:
    """A decimal taka string from an event ("12500.00") for a message."""
    return format_amount(to_poisha(amount), language)


def format_date(day: date, language: str) -> str:
    return _digits(f"{day.day:02d}/{day.month:02d}/{day.year}", language)


def format_count(n: int, language: str) -> str:
    return _digits(str(n), language)
