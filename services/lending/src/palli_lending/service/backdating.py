"""How far back a money transaction (disbursement, repayment, prepayment, a collection sheet's
meeting) may be dated. Anyone who may take the money may date it today or up to
`backdate_business_days` business days back (Fridays and holidays do not count); older needs one of
`backdate_manager_roles` and a reason, kept on the transaction and its event; a future date never.
A late entry dated far back is how a prepayment 'at disbursement' waives all interest, so it is
a manager's decision, on the record."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.errors import Forbidden, ValidationFailed
from palli_common.identity import Identity
from palli_lending.domain.calendar import FRIDAY
from palli_lending.service.common import business_today
from palli_lending.service.holidays import holiday_set
from palli_lending.settings import LendingSettings


def earliest_without_reason(today: date, business_days: int, holidays: frozenset[date]) -> date:
    """`business_days` business days before `today` (0: today itself)."""
    day = today
    for _ in range(business_days):
        day -= timedelta(days=1)
        while day.weekday() == FRIDAY or day in holidays:
            day -= timedelta(days=1)
    return day


async def check_backdate(session: AsyncSession, settings: LendingSettings, who: Identity, on: date, reason: str | None, *,
                         field: str) -> str | None:
    """The reason to record (None when none was given), or a refusal naming `field` or `backdate_reason`."""
    today = business_today()
    if on > today:
        raise ValidationFailed(f"{field} is today ({today}) or a past date, not in the future", field=field)
    reason = (reason or "").strip() or None
    # a run of holidays (Eid) can stretch the window: look back far enough for it
    holidays = await holiday_set(session, today - timedelta(days=7 * settings.backdate_business_days + 31), today)
    earliest = earliest_without_reason(today, settings.backdate_business_days, holidays)
    if on >= earliest:
        return reason
    if not who.roles & set(settings.backdate_manager_roles):
        raise Forbidden(f"only a {' or '.join(settings.backdate_manager_roles)} may date a transaction before {earliest}", field=field)
    if reason is None:
        raise ValidationFailed(f"{field} {on} is before {earliest}: say why it is entered late", field="backdate_reason")
    return reason
