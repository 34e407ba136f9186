"""Reconciliation with lending: per loan, the ledger's portfolio balance (debits less credits of
the loan's lines on 1310 and its product sub-accounts) against what lending last said the loan's
outstanding principal is (`loan_positions`), and the same per branch and product.

A written-off loan is expected at 0 in the ledger: the write-off posts Dr 5130 / Cr 1310-<product>
for the outstanding principal, while lending keeps reporting that principal as outstanding on the
written-off loan (service/write_offs.py does not clear it: it is what is still owed).

The comparison runs in SQL (grouped sums joined on the loan id); only the differences, capped,
and the per-(branch, product) totals come back to Python.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import and_, case, func, literal, select

from palli_common.db import Database
from palli_common.identity import Identity, in_branches
from palli_ledger.adapters.tables import JournalLine, LoanPosition
from palli_ledger.service.reports.common import as_int, load_chart, on_lines

PORTFOLIO_ACCOUNT = "1310"
WRITTEN_OFF = "written_off"


@dataclass(frozen=True)
class LoanDifference:
    loan_id: str
    branch_id: uuid.UUID | None
    product_code: str | None
    status: str | None  # lending's status; None when lending has no position for the loan
    ledger: int
    lending: int  # what the ledger should hold: lending's outstanding principal, 0 once written off
    kind: str  # mismatch | no_position (ledger postings, lending never reported the loan) | no_postings

    @property
    def difference(self) -> int:
        return self.ledger - self.lending


@dataclass
class ProductTotal:
    branch_id: uuid.UUID | None
    product_code: str | None  # None: lines on the 1310 header itself
    loans: int = 0
    ledger: int = 0
    lending: int = 0

    @property
    def difference(self) -> int:
        return self.ledger - self.lending


@dataclass
class Reconciliation:
    as_of: datetime
    branch_id: uuid.UUID | None
    loans_checked: int
    ledger_total: int  # every portfolio line in scope, with or without a loan id
    lending_total: int
    unattributed_ledger: int  # portfolio lines carrying no loan id (manual adjustments)
    differences: list[LoanDifference]  # the largest first, at most `limit`
    counts: dict[str, int] = field(default_factory=dict)  # per kind, all of them
    by_product: list[ProductTotal] = field(default_factory=list)

    @property
    def difference(self) -> int:
        return self.ledger_total - self.lending_total

    @property
    def differences_count(self) -> int:
        return sum(self.counts.values())

    @property
    def clean(self) -> bool:
        return self.differences_count == 0 and self.difference == 0 and all(p.difference == 0 for p in self.by_product)


def _product_of(account_code: str) -> str | None:
    prefix = PORTFOLIO_ACCOUNT + "-"
    return account_code[len(prefix):] if account_code.startswith(prefix) else None


async def reconcile_loans(db: Database, who: Identity, *, branch_id: uuid.UUID | None = None, limit: int = 100) -> Reconciliation:
    as_of = datetime.now(UTC)
    async with db.sessions() as session:
        chart = await load_chart(session)
        codes = chart.subtree(PORTFOLIO_ACCOUNT)
        portfolio = JournalLine.account_code.in_(codes)
        net = func.sum(JournalLine.debit - JournalLine.credit)
        ledger = on_lines(
            select(JournalLine.aggregate_id.label("loan_id"), net.label("ledger"))
            .where(portfolio, JournalLine.aggregate_id.is_not(None)).group_by(JournalLine.aggregate_id),
            who, branch_id,
        ).subquery("ledger")
        expected = case((LoanPosition.status == WRITTEN_OFF, literal(0)), else_=LoanPosition.outstanding_principal)
        positions = in_branches(
            select(LoanPosition.loan_id, LoanPosition.branch_id, LoanPosition.product_code, LoanPosition.status,
                   expected.label("lending")),
            LoanPosition.branch_id, who, branch_id,
        ).subquery("positions")

        # lending's loans against the ledger (a loan with no postings counts as 0 in the ledger)
        ledger_amount = func.coalesce(ledger.c.ledger, 0)
        off = ledger_amount != positions.c.lending
        orphan = positions.c.loan_id.is_(None)  # the ledger has postings for the loan, lending never reported it
        summary = (await session.execute(
            select(func.count(), func.coalesce(func.sum(positions.c.lending), 0),
                   func.coalesce(func.sum(case((and_(off, ledger.c.loan_id.is_(None)), 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(off, ledger.c.loan_id.is_not(None)), 1), else_=0)), 0))
            .select_from(positions).outerjoin(ledger, ledger.c.loan_id == positions.c.loan_id)
        )).one()
        orphans = as_int((await session.execute(
            select(func.count()).select_from(ledger).outerjoin(positions, positions.c.loan_id == ledger.c.loan_id).where(orphan)
        )).scalar_one())
        gap = func.abs(ledger_amount - positions.c.lending)
        off_rows = (await session.execute(
            select(positions.c.loan_id, positions.c.branch_id, positions.c.product_code, positions.c.status, ledger_amount,
                   positions.c.lending, ledger.c.loan_id.is_(None))
            .select_from(positions).outerjoin(ledger, ledger.c.loan_id == positions.c.loan_id).where(off)
            .order_by(gap.desc(), positions.c.loan_id).limit(limit)
        )).all()
        orphan_rows = (await session.execute(
            select(ledger.c.loan_id, ledger.c.ledger).select_from(ledger)
            .outerjoin(positions, positions.c.loan_id == ledger.c.loan_id).where(orphan)
            .order_by(func.abs(ledger.c.ledger).desc(), ledger.c.loan_id).limit(limit)
        )).all()
        where = {}
        if orphan_rows:  # the branch and product of loans lending never reported, from their own lines
            found = on_lines(
                select(JournalLine.aggregate_id, JournalLine.branch_id, JournalLine.account_code)
                .where(portfolio, JournalLine.aggregate_id.in_([r[0] for r in orphan_rows])).distinct(),
                who, branch_id,
            )
            where = {loan: (branch, code) for loan, branch, code in (await session.execute(found)).all()}

        by_product: dict[tuple, ProductTotal] = {}
        unattributed = 0
        ledger_by_account = on_lines(
            select(JournalLine.branch_id, JournalLine.account_code, net,
                   func.sum(case((JournalLine.aggregate_id.is_(None), JournalLine.debit - JournalLine.credit), else_=0)))
            .where(portfolio).group_by(JournalLine.branch_id, JournalLine.account_code),
            who, branch_id,
        )
        for branch, code, amount, loose in (await session.execute(ledger_by_account)).all():
            total = by_product.setdefault((branch, _product_of(code)), ProductTotal(branch, _product_of(code)))
            total.ledger += as_int(amount)
            unattributed += as_int(loose)
        lending_by_product = (
            select(positions.c.branch_id, positions.c.product_code, func.count(), func.sum(positions.c.lending))
            .group_by(positions.c.branch_id, positions.c.product_code)
        )
        for branch, product, loans, amount in (await session.execute(lending_by_product)).all():
            total = by_product.setdefault((branch, product), ProductTotal(branch, product))
            total.loans, total.lending = int(loans), as_int(amount)

    differences = [
        LoanDifference(loan, branch, product, status, as_int(amount), as_int(lending), "no_postings" if missing else "mismatch")
        for loan, branch, product, status, amount, lending, missing in off_rows
    ] + [
        LoanDifference(loan, where.get(loan, (None, ""))[0], _product_of(where.get(loan, (None, ""))[1]), None, as_int(amount), 0,
                       "no_position")
        for loan, amount in orphan_rows
    ]
    differences.sort(key=lambda d: (-abs(d.difference), d.loan_id))
    positions_count, lending_total, no_postings, mismatches = (as_int(v) for v in summary)
    return Reconciliation(
        as_of=as_of, branch_id=branch_id, loans_checked=positions_count + orphans,
        ledger_total=sum(p.ledger for p in by_product.values()), lending_total=lending_total, unattributed_ledger=unattributed,
        differences=differences[:limit], counts={"mismatch": mismatches, "no_postings": no_postings, "no_position": orphans},
        by_product=sorted(by_product.values(), key=lambda p: (str(p.branch_id or ""), p.product_code or "")),
    )
