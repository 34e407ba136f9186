"""Per-account sums of posted lines: the one aggregate the trial balance, balance sheet and
income statement are built from (a GROUP BY over `journal_lines`, served by its date index)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.identity import Identity
from palli_ledger.adapters.tables import JournalLine
from palli_ledger.service.reports.common import as_int, on_lines


@dataclass(frozen=True)
class Turnover:
    debit: int
    credit: int

    @property
    def net_debit(self) -> int:
        return self.debit - self.credit


async def turnover_by_account(session: AsyncSession, who: Identity, *, branch_id: uuid.UUID | None, date_to: date,
                              date_from: date | None = None) -> dict[str, Turnover]:
    """{account code: debit and credit totals} of lines dated `date_from`..`date_to` (inclusive;
    from the first posting when `date_from` is None), limited to what the caller may see."""
    query = select(JournalLine.account_code, func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
        JournalLine.posted_on <= date_to,
    )
    if date_from is not None:
        query = query.where(JournalLine.posted_on >= date_from)
    query = on_lines(query, who, branch_id).group_by(JournalLine.account_code)
    return {code: Turnover(as_int(d), as_int(c)) for code, d, c in (await session.execute(query)).all()}
