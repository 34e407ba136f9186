"""Savings interest as Apache Fineract computes it (portfolio/savings/domain/interest:
EndOfDayBalance, MonthlyCompoundingPeriod), so a partner reconciling against Fineract gets the
same poisha.

A period's balance history is a list of runs: (end-of-day balance, days it stood). Arithmetic is
Java's `MathContext.DECIMAL64` (16 significant digits, HALF_EVEN) at each step, and every run's
interest is held at 9 decimal places, exactly as Fineract does:

- daily balance: for each run, (balance + interest to compound) x (rate / days in year x days);
- average daily balance: the period's average end-of-day balance x (rate / days in year x days).

Interest is rounded once, HALF_EVEN to the poisha, when it is posted. What rounding leaves (less
than half a poisha either way) is carried into the next posting instead of being lost; with
nothing carried, the posted amount is Fineract's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal

DECIMAL64 = Context(prec=16, rounding=ROUND_HALF_EVEN)
_NINE = Decimal("1e-9")
_POISHA = Decimal("0.01")


def _q9(value: Decimal) -> Decimal:
    return value.quantize(_NINE, rounding=ROUND_HALF_EVEN)


def _periodic_rate(annual_rate_percent: Decimal, days_in_year: int, days: int) -> Decimal:
    fraction = DECIMAL64.divide(annual_rate_percent, Decimal(100))
    daily = DECIMAL64.multiply(fraction, DECIMAL64.divide(Decimal(1), Decimal(days_in_year)))
    return DECIMAL64.multiply(daily, Decimal(days))


@dataclass(frozen=True)
class Run:
    balance: Decimal  # taka, the end-of-day balance
    days: int  # how many days it stood within the period


def daily_balance_interest(runs: list[Run], annual_rate_percent: Decimal, days_in_year: int, *,
                           min_balance: Decimal = Decimal(0), interest_to_compound: Decimal = Decimal(0)) -> Decimal:
    """Unrounded interest of a period (9 places). A run below `min_balance` (or negative) earns nothing."""
    total = Decimal(0)
    for run in runs:
        real = run.balance + interest_to_compound
        if real < 0 or real < min_balance or run.days <= 0:
            continue
        total += _q9(DECIMAL64.multiply(real, _periodic_rate(annual_rate_percent, days_in_year, run.days)))
    return total


def average_daily_balance_interest(runs: list[Run], annual_rate_percent: Decimal, days_in_year: int, *,
                                   min_balance: Decimal = Decimal(0), interest_to_compound: Decimal = Decimal(0)) -> Decimal:
    cumulative = sum((_q9(DECIMAL64.multiply(r.balance + interest_to_compound, Decimal(r.days))) for r in runs), Decimal(0))
    days = sum(r.days for r in runs)
    if cumulative == 0 or days <= 0:
        return Decimal(0)
    average = _q9(DECIMAL64.divide(cumulative, Decimal(days)))
    if average < 0 or average < min_balance:
        return Decimal(0)
    return _q9(DECIMAL64.multiply(average, _periodic_rate(annual_rate_percent, days_in_year, days)))


def post(interest: Decimal, carried: Decimal = Decimal(0)) -> tuple[int, Decimal]:
    """(poisha to post, remainder to carry): HALF_EVEN to the poisha once, at posting."""
    due = interest + carried
    posted = due.quantize(_POISHA, rounding=ROUND_HALF_EVEN)
    return int(posted * 100), due - posted
