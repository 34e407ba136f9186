"""Trial balance as of a date: each account with postings, its debit and credit totals and its
balance; the debit and credit totals are shown so anyone can see they agree."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from palli_common.db import Database
from palli_common.identity import Identity
from palli_ledger.service.reports.balances import turnover_by_account
from palli_ledger.service.reports.common import debit_normal, load_chart, signed


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    name_bn: str | None
    type: str | None  # None: a code on lines that the chart does not know
    contra: bool
    debit: int  # every debit to the account up to the date
    credit: int
    balance: int  # on the account's normal side (contra flips): positive = normal
    normal_side: str
    debit_balance: int  # the net balance in the column it falls in (the classic two-column layout)
    credit_balance: int


@dataclass(frozen=True)
class TrialBalance:
    as_of: date
    branch_id: uuid.UUID | None
    rows: list[TrialBalanceRow]

    @property
    def total_debit(self) -> int:
        return sum(r.debit for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)

    @property
    def total_debit_balance(self) -> int:
        return sum(r.debit_balance for r in self.rows)

    @property
    def total_credit_balance(self) -> int:
        return sum(r.credit_balance for r in self.rows)

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit and self.total_debit_balance == self.total_credit_balance


async def trial_balance(db: Database, who: Identity, *, as_of: date, branch_id: uuid.UUID | None = None) -> TrialBalance:
    async with db.sessions() as session:
        chart = await load_chart(session)
        sums = await turnover_by_account(session, who, branch_id=branch_id, date_to=as_of)
    rows = []
    for code in sorted(sums):
        account, t = chart.get(code), sums[code]
        net = t.net_debit
        rows.append(TrialBalanceRow(
            code=code, name=account.name if account else code, name_bn=account.name_bn if account else None,
            type=account.type if account else None, contra=bool(account and account.contra), debit=t.debit, credit=t.credit,
            balance=signed(net, account), normal_side="debit" if debit_normal(account) else "credit",
            debit_balance=max(net, 0), credit_balance=max(-net, 0),
        ))
    return TrialBalance(as_of=as_of, branch_id=branch_id, rows=rows)
