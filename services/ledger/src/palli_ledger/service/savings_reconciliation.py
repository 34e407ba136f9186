"""Reconciliation with savings: per branch and savings kind, the ledger's member-savings account
(2110 compulsory, 2120 voluntary, 2130 DPS, 2140 fixed deposit: credits less debits, with any
sub-accounts) against the sum of what savings last said each account's balance is
(`savings_positions`, from its own events).

Per branch and kind, not per account: a loan disbursed to savings or repaid from them is booked
with lending's event, on the loan, so one account's lines never add up to its balance, while the
branch's totals must. Both sides come from grouped sums in SQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from palli_common.db import Database
from palli_common.identity import Identity, in_branches
from palli_ledger.adapters.tables import JournalLine, SavingsPosition
from palli_ledger.domain.rules import DERIVED_ACCOUNTS
from palli_ledger.service.reports.common import as_int, load_chart, on_lines

KIND_ACCOUNTS = DERIVED_ACCOUNTS["savings_account"][1]  # kind -> 2110..2140, as the posting rules pick them


@dataclass
class KindTotal:
    branch_id: uuid.UUID | None
    kind: str
    account_code: str
    accounts: int = 0
    ledger: int = 0  # credits less debits: what the books owe the members
    savings: int = 0

    @property
    def difference(self) -> int:
        return self.ledger - self.savings


@dataclass
class SavingsReconciliation:
    as_of: datetime
    branch_id: uuid.UUID | None
    accounts_checked: int
    by_kind: list[KindTotal] = field(default_factory=list)

    @property
    def ledger_total(self) -> int:
        return sum(t.ledger for t in self.by_kind)

    @property
    def savings_total(self) -> int:
        return sum(t.savings for t in self.by_kind)

    @property
    def difference(self) -> int:
        return self.ledger_total - self.savings_total

    @property
    def clean(self) -> bool:
        return all(t.difference == 0 for t in self.by_kind)


async def reconcile_savings(db: Database, who: Identity, *, branch_id: uuid.UUID | None = None) -> SavingsReconciliation:
    as_of = datetime.now(UTC)
    totals: dict[tuple[uuid.UUID | None, str], KindTotal] = {}

    def total(branch: uuid.UUID | None, kind: str) -> KindTotal:
        return totals.setdefault((branch, kind), KindTotal(branch, kind, KIND_ACCOUNTS[kind]))

    async with db.sessions() as session:
        chart = await load_chart(session)
        kind_of = {code: kind for kind, header in KIND_ACCOUNTS.items() for code in chart.subtree(header)}
        books = on_lines(
            select(JournalLine.branch_id, JournalLine.account_code, func.sum(JournalLine.credit - JournalLine.debit))
            .where(JournalLine.account_code.in_(list(kind_of))).group_by(JournalLine.branch_id, JournalLine.account_code),
            who, branch_id,
        )
        for branch, code, amount in (await session.execute(books)).all():
            total(branch, kind_of[code]).ledger += as_int(amount)
        held = in_branches(
            select(SavingsPosition.branch_id, SavingsPosition.kind, func.count(), func.sum(SavingsPosition.balance))
            .where(SavingsPosition.kind.in_(list(KIND_ACCOUNTS))).group_by(SavingsPosition.branch_id, SavingsPosition.kind),
            SavingsPosition.branch_id, who, branch_id,
        )
        checked = 0
        for branch, kind, accounts, balance in (await session.execute(held)).all():
            row = total(branch, kind)
            row.accounts, row.savings = int(accounts), as_int(balance)
            checked += int(accounts)
    return SavingsReconciliation(as_of=as_of, branch_id=branch_id, accounts_checked=checked,
                                 by_kind=sorted(totals.values(), key=lambda t: (str(t.branch_id or ""), t.account_code)))
