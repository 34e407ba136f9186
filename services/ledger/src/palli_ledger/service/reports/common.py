"""What every report shares: the chart in memory (a few dozen rows, so headers and sub-accounts
are resolved in Python), balances signed on an account's normal side, the caller's branch filter
on lines, and the date checks."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.errors import NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_ledger.adapters.tables import Account, JournalLine
from palli_ledger.domain.accounts import normal_side

MAX_BIGINT = 2**63 - 1  # cursor numbers beyond this would overflow the database's BIGINT


def debit_normal(account: Account | None) -> bool:
    """Assets and expenses grow on the debit side, the rest on the credit side; a contra account
    (the loan-loss provision) the opposite. A code missing from the chart counts as debit-normal."""
    if account is None:
        return True
    return normal_side(account.type, bool(account.contra)) == "debit"


def signed(net_debit: int, account: Account | None) -> int:
    """`debit - credit` as the balance on the account's own normal side (positive = normal)."""
    return net_debit if debit_normal(account) else -net_debit


@dataclass
class Chart:
    accounts: dict[str, Account]
    children: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, accounts: list[Account]) -> "Chart":
        by_code = {a.code: a for a in accounts}
        children: dict[str, list[str]] = defaultdict(list)
        for a in sorted(accounts, key=lambda a: a.code):
            if a.parent_code and a.parent_code in by_code and a.parent_code != a.code:
                children[a.parent_code].append(a.code)
        return cls(by_code, dict(children))

    def get(self, code: str) -> Account | None:
        return self.accounts.get(code)

    def require(self, code: str, field: str = "account") -> Account:
        account = self.accounts.get(code)
        if account is None:
            raise NotFound(f"no account {code!r} in the chart of accounts", field=field)
        return account

    def subtree(self, code: str) -> list[str]:
        """The account and every sub-account below it (a header's statement covers them all)."""
        out, stack, seen = [], [code], set()
        while stack:
            current = stack.pop()
            if current in seen:  # a parent loop in hand-edited data must not hang a report
                continue
            seen.add(current)
            out.append(current)
            stack.extend(self.children.get(current, ()))
        return sorted(out)

    def parent_of(self, code: str) -> str | None:
        account = self.accounts.get(code)
        parent = account.parent_code if account else None
        return parent if parent in self.accounts and parent != code else None


async def load_chart(session: AsyncSession) -> Chart:
    return Chart.of(list((await session.execute(select(Account))).scalars()))


def on_lines(query: Any, who: Identity, branch_id: uuid.UUID | None) -> Any:
    """Only the lines the caller may see: their branches (a branch-scoped caller never sees the
    head office's branchless lines), and only `branch_id` when asked (403 outside the scope)."""
    return in_branches(query, JournalLine.branch_id, who, branch_id)


def check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationFailed(f"from ({date_from}) must be on or before to ({date_to})", field="from")


def as_int(value: Any) -> int:
    """SUM over BIGINT is NUMERIC on PostgreSQL (a Decimal) and an int on SQLite; NULL when no rows."""
    return int(value or 0)


def cursor_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_BIGINT:
        raise ValidationFailed("cursor is not one this API issued", field="cursor")
    return value


def cursor_date(value: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc


def cursor_text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise ValidationFailed("cursor is not one this API issued", field="cursor")
    return value
