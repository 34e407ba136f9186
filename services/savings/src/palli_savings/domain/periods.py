"""Posting periods: a month, a quarter, a half year or a year, each ending on its last day."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_end_on_or_before(period: str, day: date) -> date:
    """The last complete period's end, counting `day` itself as the end of one if it is."""
    step = MONTHS[period]
    month = day.month - 1 - (day.month - 1) % step  # the last month before this one that ends a period
    end = _month_end(day.year, month) if month else date(day.year - 1, 12, 31)
    this_month_ends_period = day.month % step == 0 and day == _month_end(day.year, day.month)
    return day if this_month_ends_period else end


def period_start(period: str, end: date) -> date:
    step = MONTHS[period]
    month = end.month - step + 1
    return date(end.year if month > 0 else end.year - 1, month if month > 0 else month + 12, 1)


def period_ends(period: str, after: date, through: date) -> list[date]:
    """Ends of the periods that close after `after` and by `through`, oldest first."""
    ends: list[date] = []
    end = period_end_on_or_before(period, through)
    while end > after:
        ends.append(end)
        end = period_start(period, end) - timedelta(days=1)
    return ends[::-1]
