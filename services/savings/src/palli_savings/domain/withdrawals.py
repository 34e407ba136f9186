"""How much of an account a withdrawal may take: the balance less what is locked."""

from __future__ import annotations

from datetime import date, timedelta

from palli_common.errors import Conflict
from palli_common.money import format_poisha


def available(*, balance: int, on_hold: int, min_balance: int) -> int:
    return max(balance - on_hold - min_balance, 0)


def check_withdrawal(*, amount: int, balance: int, on_hold: int, min_balance: int, opened_on: date, lock_in_days: int,
                     on: date, withdrawals_this_month: int, max_per_month: int | None) -> None:
    """Refusals a member can act on, each a 409 naming what stands in the way."""
    if lock_in_days and on < opened_on + timedelta(days=lock_in_days):
        raise Conflict(f"the account is locked in until {opened_on + timedelta(days=lock_in_days)}", field="paid_on")
    if max_per_month is not None and withdrawals_this_month >= max_per_month:
        raise Conflict(f"this product allows {max_per_month} withdrawal(s) a month", field="amount")
    free = available(balance=balance, on_hold=on_hold, min_balance=min_balance)
    if amount > free:
        raise Conflict(
            f"only {format_poisha(free)} taka can be withdrawn (balance {format_poisha(balance)}, on hold "
            f"{format_poisha(on_hold)}, minimum balance {format_poisha(min_balance)})",
            field="amount", extra={"available": format_poisha(free)},
        )
