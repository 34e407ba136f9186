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
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal

DECIMAL64 = Context(prec=16, rounding=ROUND_HALF_EVEN)
_NINE = Decimal("1e-9")
_POISHA = Decimal("0.01")


def _q9(value: Decimal) -> Decimal:
    return value.quantize(_NINE, rounding=ROUND_HALF_EVEN)


def periodic_rate(annual_rate_percent: Decimal, days_in_year: int, days: int) -> Decimal:
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
        total += _q9(DECIMAL64.multiply(real, periodic_rate(annual_rate_percent, days_in_year, run.days)))
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
    return _q9(DECIMAL64.multiply(average, periodic_rate(annual_rate_percent, days_in_year, days)))


def post(interest: Decimal, carried: Decimal = Decimal(0)) -> tuple[int, Decimal]:
    """(poisha to post, remainder to carry): HALF_EVEN to the poisha once, at posting. What is due
    below zero (an adjustment took back more than the period earned) is carried, never debited."""
    due = interest + carried
    if due <= 0:
        return 0, due
    posted = due.quantize(_POISHA, rounding=ROUND_HALF_EVEN)
    return int(posted * 100), due - posted


DEBIT_KINDS = ("withdrawal", "loan_repayment", "transfer_out", "closure", "interest_reversal")  # transaction kinds that take money out; every other kind puts it in
INTEREST_KINDS = ("interest",)  # what a posting credits: left out when its own period is recomputed


def signed(kind: str, amount: int) -> int:
    return -amount if kind in DEBIT_KINDS else amount


@dataclass(frozen=True)
class Segment:
    """A rate standing from `start` to `end` (inclusive) within a period."""

    start: date
    end: date
    annual_rate: Decimal


def period_interest(opening: int, day_balances: dict[date, int], start: date, end: date, segments: list[Segment], *,
                    method: str, days_in_year: int, min_balance: int = 0) -> Decimal:
    """A period's unrounded interest from its opening balance (poisha, the end of the day before
    `start`) and the end-of-day balance of each day money moved. Runs break where the balance or
    the rate changes; the average-daily-balance method averages within each rate's span."""
    points = sorted({start, *(d for d in day_balances if start <= d <= end), *(s.start for s in segments if start < s.start <= end)})
    balance, total = opening, Decimal(0)
    by_segment: dict[Segment, list[Run]] = {}
    for i, day in enumerate(points):
        balance = day_balances.get(day, balance)
        following = points[i + 1] if i + 1 < len(points) else end + timedelta(days=1)
        segment = next(s for s in segments if s.start <= day <= s.end)
        by_segment.setdefault(segment, []).append(Run(Decimal(balance) / 100, (following - day).days))
    floor = Decimal(min_balance) / 100
    for segment, runs in by_segment.items():
        if method == "average_daily_balance":
            total += average_daily_balance_interest(runs, segment.annual_rate, days_in_year, min_balance=floor)
        else:
            total += daily_balance_interest(runs, segment.annual_rate, days_in_year, min_balance=floor)
    return total
