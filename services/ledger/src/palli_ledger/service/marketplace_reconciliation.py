"""Reconciliation with the marketplace: the ledger's producer payables (2310 with any sub-accounts:
credits less debits, every branch together) against the sum of what the marketplace last said each
producer is owed (`marketplace_positions`, from the `balances` on its events).

Only the total must match: a payable is raised at the outlet's branch (a sale, a purchased lot)
and paid at the producer's (her payout), so one branch's 2310 is not what its producers are owed;
the per-branch balances are shown for information only. For the same reason it is for callers of
every branch (a branch-scoped one is 403). Both sides are sums in SQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from palli_common.db import Database
from palli_common.errors import Forbidden
from palli_common.identity import Identity
from palli_ledger.adapters.tables import JournalLine, MarketplacePosition
from palli_ledger.service.reports.common import as_int, load_chart

PAYABLES = "2310"  # marketplace payables to producers


@dataclass
class BranchPayables:
    branch_id: uuid.UUID | None
    ledger: int  # credits less debits on 2310 at this branch: below zero where producers are paid more than sold there


@dataclass
class MarketplaceReconciliation:
    as_of: datetime
    producers_checked: int
    ledger_total: int
    marketplace_total: int
    by_branch: list[BranchPayables] = field(default_factory=list)

    @property
    def difference(self) -> int:
        return self.ledger_total - self.marketplace_total

    @property
    def clean(self) -> bool:
        return self.difference == 0


async def reconcile_marketplace(db: Database, who: Identity) -> MarketplaceReconciliation:
    if not who.all_branches:
        raise Forbidden("the marketplace reconciliation spans every branch (payables are raised at the outlet's branch and "
                        "paid at the producer's), so it is for callers of every branch; a branch's 2310 balance is in "
                        "/v1/ledger/reports/trial-balance")
    as_of = datetime.now(UTC)
    async with db.sessions() as session:
        codes = (await load_chart(session)).subtree(PAYABLES)
        books = (select(JournalLine.branch_id, func.sum(JournalLine.credit - JournalLine.debit))
                 .where(JournalLine.account_code.in_(codes)).group_by(JournalLine.branch_id))
        by_branch = [BranchPayables(branch, as_int(amount)) for branch, amount in (await session.execute(books)).all()]
        producers, owed = (await session.execute(select(func.count(), func.sum(MarketplacePosition.balance)))).one()
    return MarketplaceReconciliation(as_of=as_of, producers_checked=int(producers), ledger_total=sum(b.ledger for b in by_branch),
                                     marketplace_total=as_int(owed), by_branch=sorted(by_branch, key=lambda b: str(b.branch_id or "")))
