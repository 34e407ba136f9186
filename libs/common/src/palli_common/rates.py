"""Rates on the wire: decimal percent strings with at most two places ("12.00"), never JSON numbers
(a float cannot hold 12.10 exactly), from 0.00 to 100.00 a year."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema


def _parse_rate(value: Any) -> Decimal:
    if isinstance(value, (bool, int, float)) or not isinstance(value, str):
        raise ValueError('a rate is a decimal string such as "12.00", not a JSON number')
    try:
        rate = Decimal(value.strip())
    except InvalidOperation as exc:
        raise ValueError('a rate is a decimal string such as "12.00"') from exc
    if not rate.is_finite():
        raise ValueError('a rate is a decimal string such as "12.00"')
    if not Decimal(0) <= rate <= Decimal(100):  # before quantize, which cannot hold 1e9999
        raise ValueError("a rate is a yearly percentage from 0.00 to 100.00")
    if rate != rate.quantize(Decimal("0.01")):
        raise ValueError("a rate has at most two decimal places")
    return rate.quantize(Decimal("0.01"))


def format_rate(rate: Decimal) -> str:
    return f"{Decimal(rate):.2f}"


_RATE_SCHEMA = WithJsonSchema({"type": "string", "pattern": r"^\d{1,3}(\.\d{1,2})?$", "examples": ["12.00"]})
RateIn = Annotated[Decimal, BeforeValidator(_parse_rate), PlainSerializer(format_rate, return_type=str, when_used="json"), _RATE_SCHEMA]
RateOut = Annotated[Decimal, PlainSerializer(format_rate, return_type=str, when_used="json"), _RATE_SCHEMA]
