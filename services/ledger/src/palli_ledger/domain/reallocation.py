"""Repayment reallocations: lending re-spread a repayment that still stands (an earlier one was
reversed), so the same money now pays more principal and less interest, or the reverse. The event
carries signed deltas; a journal line is never negative, so the ledger offers each direction as
its own non-negative amount: `principal_added` is a positive principal delta, `principal_removed`
a negative one, and likewise for interest and penalty. Pure."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from palli_ledger.domain.rules import PostingRefused

REPAYMENT_REALLOCATED = "lending.loan.repayment_reallocated"
PARTS = ("principal", "interest", "penalty")


def reallocation_amounts(payload: dict[str, Any], where: str) -> dict[str, int]:
    """`<part>_added` / `<part>_removed` in poisha for each part's signed `<part>_delta`."""
    amounts = {}
    for part in PARTS:
        delta = _signed_poisha(payload, f"{part}_delta", where)
        amounts[f"{part}_added"], amounts[f"{part}_removed"] = max(delta, 0), max(-delta, 0)
    return amounts


def _signed_poisha(payload: dict[str, Any], field: str, where: str) -> int:
    value = payload.get(field)  # lending always sends all three: a missing one is not read as zero
    try:
        if not isinstance(value, str):
            raise InvalidOperation
        scaled = Decimal(value) * 100
        if not scaled.is_finite() or scaled != scaled.to_integral_value():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise PostingRefused(f"{where}: the event's {field} is {value!r}, not a signed decimal taka amount such as \"-74.56\"") from None
    return int(scaled)
