"""Term deposits (DPS, fixed deposits): terms, the rate chart, the DPS schedule, and the interest a
term earns, worked out the way the interest job posts it (each posting period on its own,
Fineract's arithmetic, HALF_EVEN once per posting with the remainder carried, the posted interest
compounding into later periods). One function serves the maturity amount shown at opening (every
installment paid on its day) and a premature closure (what she actually deposited, at the rate less
the penalty): the two can never disagree with the job about the arithmetic."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from palli_savings.domain.interest import Segment, period_interest, post
from palli_savings.domain.periods import period_end_on_or_before, period_ends

from palli_savings.domain.products import TERM_KINDS  # noqa: E402,F401  (one list of the term kinds)

INSTRUCTIONS = ("pay_to_voluntary", "renew_principal", "renew_with_interest")


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day (31 Jan -> 28 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def dps_due_dates(opened_on: date, term_months: int) -> list[date]:
    """One installment a month for the term, the first on the opening day."""
    return [add_months(opened_on, n) for n in range(term_months)]


@dataclass(frozen=True)
class ChartRow:
    term_months: int
    min_amount: int  # poisha
    effective_from: date
    annual_rate: Decimal


def chart_rate(rows: list[ChartRow], *, term_months: int, amount: int, on: date) -> Decimal | None:
    """The rate for this term and amount standing on `on`: the highest band the amount reaches, its
    latest rate from on or before that day; None when the chart has no row for the term."""
    fits = [r for r in rows if r.term_months == term_months and r.min_amount <= amount and r.effective_from <= on]
    if not fits:
        return None
    band = max(r.min_amount for r in fits)
    return max((r for r in fits if r.min_amount == band), key=lambda r: r.effective_from).annual_rate


def penalised(rate: Decimal, penalty: Decimal) -> Decimal:
    """A premature closure's rate: the term's rate less the product's penalty, never below zero."""
    return max(rate - penalty, Decimal(0))


def term_interest(moves: list[tuple[date, int]], *, opened_on: date, through: date, annual_rate: Decimal, posting_period: str,
                  method: str, days_in_year: int, min_balance: int = 0) -> int:
    """Poisha of interest from `opened_on` to `through` (inclusive) on these money moves (day, signed
    poisha; interest left out), each posting period credited at its end and earning from then on."""
    if through < opened_on:
        return 0
    ends = period_ends(posting_period, opened_on - timedelta(days=1), through)
    if not ends or ends[-1] != through:
        ends.append(through)
    by_day: dict[date, int] = {}
    for day, amount in moves:
        by_day[day] = by_day.get(day, 0) + amount
    posted, carry, start = 0, Decimal(0), opened_on
    for end in ends:
        start = max(opened_on, period_end_on_or_before(posting_period, end - timedelta(days=1)) + timedelta(days=1))
        opening = posted + sum(a for d, a in by_day.items() if d < start)
        days, balance = {}, opening
        for day in sorted(d for d in by_day if start <= d <= end):
            balance += by_day[day]
            days[day] = balance
        earned = period_interest(opening, days, start, end, [Segment(start, end, annual_rate)], method=method,
                                 days_in_year=days_in_year, min_balance=min_balance)
        amount, carry = post(earned, carry)
        posted += amount
    return posted
