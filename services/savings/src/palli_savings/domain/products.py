"""What a savings product may say, checked before anything is stored."""

from __future__ import annotations

from decimal import Decimal

from palli_common.errors import ValidationFailed

KINDS = ("compulsory", "voluntary", "dps", "fixed_deposit")
INTEREST_METHODS = ("daily_balance", "average_daily_balance")
POSTING_PERIODS = ("monthly", "quarterly", "half_yearly", "yearly")


def check_rate(kind: str, annual_rate: Decimal, floor: Decimal) -> None:
    """MRA (circular of 2010): members' compulsory savings earn at least the floor (a setting, 6.00)."""
    if kind == "compulsory" and annual_rate < floor:
        raise ValidationFailed(f"compulsory savings must pay at least {floor}% a year (MRA)", field="annual_rate")
