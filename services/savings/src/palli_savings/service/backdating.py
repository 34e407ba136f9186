"""How far back savings money may be dated. Anyone who may take the money dates it today or up to
`backdate_days` calendar days back; older, up to `backdate_max_days`, needs one of
`backdate_manager_roles` and a reason, kept on the transaction and its event (an entry from the
branch's paper register). Never in the future, never before the account's last transaction: the
passbook's running balance keeps its order. Interest already posted for the day is not recomputed:
service/interest.adjust_for records the difference."""

from __future__ import annotations

from datetime import date, timedelta

from palli_common.errors import Forbidden, ValidationFailed
from palli_common.identity import Identity
from palli_savings.service.common import business_today
from palli_savings.settings import SavingsSettings


def check_backdate(settings: SavingsSettings, who: Identity, on: date, reason: str | None, *, last: date | None = None,
                   field: str = "on") -> str | None:
    """The reason to record (None when none was given), or a refusal naming `field` or `backdate_reason`."""
    today = business_today()
    reason = (reason or "").strip() or None
    if on > today:
        raise ValidationFailed(f"{field} is today ({today}) or a past date, not in the future", field=field)
    if last is not None and on < last:
        raise ValidationFailed(f"the account's last transaction is dated {last}; history keeps its order", field=field)
    if on >= today - timedelta(days=settings.backdate_days):
        return reason
    if on < today - timedelta(days=settings.backdate_max_days):
        raise ValidationFailed(f"{field} may be at most {settings.backdate_max_days} days back", field=field)
    if not who.roles & set(settings.backdate_manager_roles):
        raise Forbidden(f"only a {' or '.join(settings.backdate_manager_roles)} may date money before "
                        f"{today - timedelta(days=settings.backdate_days)}", field=field)
    if reason is None:
        raise ValidationFailed(f"{field} {on} is beyond the back-dating window: say why it is entered late", field="backdate_reason")
    return reason
