"""Reconciliation of the loan portfolio accounts with lending's outstanding principal, of the
member-savings accounts with savings' balances, and of producer payables with the marketplace's."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from palli_common.app import DB
from palli_common.identity import CurrentIdentity
from palli_ledger.api.report_schemas import (BranchPayablesOut, LoanDifferenceOut, MarketplaceReconciliationOut, ProductTotalOut,
                                             ReconciliationOut, SavingsKindTotalOut, SavingsReconciliationOut)
from palli_ledger.service.marketplace_reconciliation import reconcile_marketplace
from palli_ledger.service.reconciliation import Reconciliation, reconcile_loans
from palli_ledger.service.savings_reconciliation import reconcile_savings

router = APIRouter(prefix="/v1/ledger/reconciliation", tags=["ledger reports"])


def reconciliation_out(r: Reconciliation) -> ReconciliationOut:
    return ReconciliationOut(
        as_of=r.as_of, branch_id=r.branch_id, loans_checked=r.loans_checked, ledger_total=r.ledger_total,
        lending_total=r.lending_total, difference=r.difference, unattributed_ledger=r.unattributed_ledger,
        differences_count=r.differences_count, counts=r.counts,
        differences=[LoanDifferenceOut(loan_id=d.loan_id, branch_id=d.branch_id, product_code=d.product_code, status=d.status,
                                       kind=d.kind, ledger=d.ledger, lending=d.lending, difference=d.difference)
                     for d in r.differences],
        by_product=[ProductTotalOut(branch_id=p.branch_id, product_code=p.product_code, loans=p.loans, ledger=p.ledger,
                                    lending=p.lending, difference=p.difference) for p in r.by_product],
        clean=r.clean,
    )


@router.get("/loans", response_model=ReconciliationOut,
            summary="Per loan and per branch and product: the ledger's portfolio balance against lending's outstanding principal")
async def reconcile(
    db: DB, who: CurrentIdentity,
    branch_id: Annotated[uuid.UUID | None, Query(description="one branch (403 outside yours)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="differing loans listed, largest first (all are counted)")] = 100,
):
    return reconciliation_out(await reconcile_loans(db, who, branch_id=branch_id, limit=limit))


@router.get("/savings", response_model=SavingsReconciliationOut,
            summary="Per branch and savings kind: the member-savings accounts (2110-2140) against savings' own balances")
async def reconcile_member_savings(
    db: DB, who: CurrentIdentity,
    branch_id: Annotated[uuid.UUID | None, Query(description="one branch (403 outside yours)")] = None,
):
    r = await reconcile_savings(db, who, branch_id=branch_id)
    return SavingsReconciliationOut(
        as_of=r.as_of, branch_id=r.branch_id, accounts_checked=r.accounts_checked, ledger_total=r.ledger_total,
        savings_total=r.savings_total, difference=r.difference, clean=r.clean,
        by_kind=[SavingsKindTotalOut(branch_id=t.branch_id, kind=t.kind, account_code=t.account_code, accounts=t.accounts, ledger=t.ledger,
                                     savings=t.savings, difference=t.difference) for t in r.by_kind],
    )


@router.get("/marketplace", response_model=MarketplaceReconciliationOut,
            summary="Producer payables (2310, every branch together) against the marketplace's balances; for callers of every branch")
async def reconcile_producer_payables(db: DB, who: CurrentIdentity):
    r = await reconcile_marketplace(db, who)
    return MarketplaceReconciliationOut(
        as_of=r.as_of, producers_checked=r.producers_checked, ledger_total=r.ledger_total, marketplace_total=r.marketplace_total,
        difference=r.difference, clean=r.clean, by_branch=[BranchPayablesOut(branch_id=b.branch_id, ledger=b.ledger) for b in r.by_branch],
    )
