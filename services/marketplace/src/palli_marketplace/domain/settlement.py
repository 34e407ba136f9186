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


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def split(total: int, vat_rate: Decimal, commission_percent: Decimal) -> Split:
    vat = _round(Decimal(total) * vat_rate / (Decimal(100) + vat_rate))
    net = total - vat
    commission = _round(Decimal(net) * commission_percent / Decimal(100))
    return Split(total, vat, commission, net - commission)


def rate_on(rows: list[tuple], day) -> Decimal | None:  # noqa: ANN001
    """The rate standing on `day` among (effective_from, rate) rows."""
    standing = [r for r in sorted(rows) if r[0] <= day]
    return Decimal(standing[-1][1]) if standing else None
