"""Shared helpers: the business day (Dhaka) and the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BUSINESS_TIMEZONE = ZoneInfo("Asia/Dhaka")


def business_today() -> date:
    return datetime.now(BUSINESS_TIMEZONE).date()


def now() -> datetime:
    return datetime.now(UTC)
