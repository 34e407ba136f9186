"""Money: integer poisha in storage and arithmetic, a two-place decimal string in JSON, never float.

Request fields use `MoneyIn` (a decimal string only: "1250.5" or "1250.50"; numbers and a third decimal
place are refused, so no client's float rounding can reach a balance). Response fields use `MoneyOut`
(an int of poisha inside, "1250.50" on the wire).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, WithJsonSchema

CURRENCY = "BDT"
_TWO_PLACES = Decimal("0.01")


def to_poisha(amount: Decimal | str | int) -> int:
    """Exact conversion; refuses amounts with more than two decimal places."""
    try:
        value = Decimal(amount) if not isinstance(amount, Decimal) else amount
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"{amount!r} is not a decimal amount") from exc
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise ValueError("amount has more than two decimal places")
    return int(scaled)


def round_to_poisha(amount: Decimal) -> int:
    """Banker's rounding (HALF_EVEN) to the poisha, as Fineract rounds."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def format_poisha(poisha: int) -> str:
    sign = "-" if poisha < 0 else ""
    whole, frac = divmod(abs(poisha), 100)
    return f"{sign}{whole}.{frac:02d}"


# A sane ceiling for any one amount (100 crore taka): far above any loan, deposit or sale here, far
# below what BIGINT poisha or date arithmetic on schedules could overflow on.
MAX_POISHA = 1_000_000_000_00
_DECIMAL = re.compile(r"-?\d{1,15}(\.\d{1,2})?")  # no exponent ("1e999999"), no unbounded digits


def _parse(value: Any) -> int:
    if isinstance(value, (bool, int, float)):
        raise ValueError("money must be a decimal string such as \"1250.00\", not a JSON number")
    if isinstance(value, str):
        text = value.strip()
        if not _DECIMAL.fullmatch(text):
            raise ValueError("money must be a decimal string such as \"1250.00\" (digits, at most two decimal places)")
        poisha = to_poisha(text)
        if abs(poisha) > MAX_POISHA:
            raise ValueError(f"amount must be at most {format_poisha(MAX_POISHA)}")
        return poisha
    raise ValueError("money must be a decimal string such as \"1250.00\"")


def _non_negative(value: int) -> int:
    if value < 0:
        raise ValueError("amount must not be negative")
    return value


_SCHEMA = WithJsonSchema({"type": "string", "pattern": r"^-?\d{1,15}(\.\d{1,2})?$", "maxLength": 19, "examples": ["1250.00"]})
_SERIALISE = PlainSerializer(format_poisha, return_type=str, when_used="json")

MoneyIn = Annotated[int, BeforeValidator(_parse), _SERIALISE, _SCHEMA]
NonNegativeMoneyIn = Annotated[int, BeforeValidator(_parse), AfterValidator(_non_negative), _SERIALISE, _SCHEMA]
MoneyOut = Annotated[int, _SERIALISE, _SCHEMA]
