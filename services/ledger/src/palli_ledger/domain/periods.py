"""Months of the books: which month a date is in, and where a posting goes when its month is
closed (the first day of the first open month after it)."""

from __future__ import annotations

import uuid
from datetime import date

HEAD_OFFICE = "head_office"  # the scope of entries without a branch


def scope_of(branch_id: uuid.UUID | None) -> str:
    return str(branch_id) if branch_id else HEAD_OFFICE


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + 1, 1, 1) if month.month == 12 else date(month.year, month.month + 1, 1)


def month_label(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def open_day(day: date, closed: set[date]) -> date:
    """`day` if its month is open, else the first day of the first open month after it."""
    month = month_of(day)
    if month not in closed:
        return day
    while month in closed:
        month = next_month(month)
    return month
