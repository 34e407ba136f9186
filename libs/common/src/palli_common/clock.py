"""The business calendar: Bangladesh's day (Asia/Dhaka), whatever the server's or the test
machine's zone, and UTC for timestamps. Between 18:00 and 24:00 UTC Dhaka is already a day ahead,
so nothing that dates money may use `date.today()`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BUSINESS_TIMEZONE = ZoneInfo("Asia/Dhaka")


def now() -> datetime:
    return datetime.now(UTC)


def business_day(moment: datetime) -> date:
    return moment.astimezone(BUSINESS_TIMEZONE).date()


def business_today() -> date:
    return datetime.now(BUSINESS_TIMEZONE).date()
