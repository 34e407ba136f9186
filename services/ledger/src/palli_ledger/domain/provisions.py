"""Loan-loss provisions: the amounts the ledger derives for a loan event from the provision it
already holds for the loan, offered to posting rules like payload fields. Pure: the service reads
and writes the held amount (loan_positions.provision) in the posting's transaction.

- classification_changed: the loan should hold outstanding_principal x provision_percent / 100
  (to the poisha, half to even: lending's own rounding); `provision_increase` or `provision_release`
  is the step from what is held.
- written_off: the provision held absorbs the loss first (`provision_used`, at most the principal
  written off); `write_off_loss` is the rest; anything held beyond the principal (the loan was
  repaid after it was classified) is `provision_release`. Nothing is held afterwards.
- closed: everything held is `provision_release`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from palli_ledger.domain.rules import DERIVED_AMOUNTS, PostingRefused, amount_of

CLASSIFICATION_CHANGED = "lending.loan.classification_changed"
WRITTEN_OFF = "lending.loan.written_off"
CLOSED = "lending.loan.closed"


@dataclass(frozen=True)
class ProvisionStep:
    amounts: dict[str, int]  # derived field -> poisha, every field of the event type
    held: int  # what the loan holds afterwards
    classification: str | None = None  # set by a classification change only


def required_provision(outstanding_principal: int, percent: Decimal) -> int:
    """Poisha, rounded half to even as lending rounds its portfolio report's provision."""
    return int((Decimal(outstanding_principal) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def provision_percent(payload: dict[str, Any], where: str) -> Decimal:
    value = payload.get("provision_percent")
    try:
        if not isinstance(value, str):
            raise InvalidOperation
        percent = Decimal(value)
        if not percent.is_finite() or not 0 <= percent <= 100:
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise PostingRefused(
            f"{where}: the event's provision_percent is {value!r}, not a percentage from 0 to 100 such as \"25.00\""
        ) from None
    return percent


def step(event_type: str, payload: dict[str, Any], held: int, where: str) -> ProvisionStep | None:
    """The derived amounts and the new held provision for one newest event; None for an event
    that does not touch provisions."""
    if event_type == CLASSIFICATION_CHANGED:
        classification = payload.get("classification")
        if not isinstance(classification, str) or not classification:
            raise PostingRefused(f"{where}: the event's classification is {classification!r}, not a name such as \"substandard\"")
        required = required_provision(amount_of(payload, "outstanding_principal", where), provision_percent(payload, where))
        delta = required - held
        return ProvisionStep({"provision_increase": max(delta, 0), "provision_release": max(-delta, 0)}, required,
                             classification[:40])
    if event_type == WRITTEN_OFF:
        principal = amount_of(payload, "principal", where)
        used = min(held, principal)
        return ProvisionStep({"provision_used": used, "write_off_loss": principal - used, "provision_release": held - used}, 0)
    if event_type == CLOSED:
        return ProvisionStep({"provision_release": held}, 0)
    return None


def stale_amounts(event_type: str, payload: dict[str, Any], where: str) -> dict[str, int] | None:
    """The derived amounts of an event older than the provision kept (a redelivery, or one
    replayed after a newer provision event): it moves no provision. A late write-off still takes
    its principal off the books, all of it as loss."""
    if event_type not in DERIVED_AMOUNTS:
        return None
    amounts = dict.fromkeys(DERIVED_AMOUNTS[event_type], 0)
    if event_type == WRITTEN_OFF:
        amounts["write_off_loss"] = amount_of(payload, "principal", where)
    return amounts
