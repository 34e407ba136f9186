"""How a sale splits: retail prices include VAT; VAT is taken out at the category's rate, the
outlet's commission from what is left, and the rest is the producer's. Each part is rounded
HALF_EVEN to the poisha and the producer's share takes the remainder, so the parts always add up
to what the customer paid, to the poisha."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal


@dataclass(frozen=True)
class Split:
    total: int  # poisha, VAT included
    vat: int
    commission: int
    producer_share: int
    owned_sales: int = 0  # a purchased lot's units are the outlet's own: no commission, no share
    owned_cost: int = 0


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def split(total: int, vat_rate: Decimal, commission_percent: Decimal, *, owned_cost: int | None = None) -> Split:
    """`owned_cost` given: units of a purchased lot, whose net of VAT is the outlet's own sale."""
    vat = _round(Decimal(total) * vat_rate / (Decimal(100) + vat_rate))
    net = total - vat
    if owned_cost is not None:
        return Split(total, vat, 0, 0, net, owned_cost)
    commission = _round(Decimal(net) * commission_percent / Decimal(100))
    return Split(total, vat, commission, net - commission)


def share_of(part: int, quantity: int, of: int) -> int:
    """`quantity` of `of` units' `part`, HALF_EVEN: a return of some units of a line."""
    return _round(Decimal(part) * quantity / of)


def rate_on(rows: list[tuple], day) -> Decimal | None:  # noqa: ANN001
    """The rate standing on `day` among (effective_from, rate) rows."""
    standing = [r for r in sorted(rows) if r[0] <= day]
    return Decimal(standing[-1][1]) if standing else None
