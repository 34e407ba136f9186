"""The savings day (`palli-savings daily-run`, POST /v1/savings/daily-runs, the compose job): term
deposits first (missed DPS installments, maturities), then dormancy. Each account changes in its
own transaction under its row lock, so the run is safe to repeat and to stop halfway."""

from __future__ import annotations

from datetime import date

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_savings.service import dormancy, terms
from palli_savings.service.common import business_today


async def run_day(db: Database, on: date | None = None) -> terms.DayRun:
    on = on or business_today()
    if on > business_today():
        raise ValidationFailed("the run is for today or a past day", field="on")
    result = terms.DayRun(on)
    await terms.run(db, result)
    await dormancy.mark_idle(db, on, result.inactive, result.dormant)
    return result
