"""Shared pieces of the loan use cases: loading a loan under a row lock and inside the caller's
branch scope, and building the `lending.loan` event payloads."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.clock import BUSINESS_TIMEZONE, business_today, now  # noqa: F401  (the services' one clock)
from palli_common.concurrency import check_version
from palli_common.db import UnitOfWork
from palli_common.errors import Conflict, NotFound
from palli_common.identity import Identity
from palli_common.money import format_poisha
from palli_lending.adapters.tables import Loan, LoanInstallment, LoanProduct
from palli_lending.contracts.events import LoanFact



async def load_loan(
    uow: UnitOfWork | AsyncSession, loan_id: uuid.UUID, who: Identity, *, lock: bool = False, expected_version: int | None = None,
) -> Loan:
    """The loan, row-locked when it will change (PostgreSQL FOR UPDATE; SQLite's writer lock is
    taken by BEGIN IMMEDIATE), 404 when unknown, 403 outside the caller's branches, 412 when stale."""
    query = select(Loan).where(Loan.id == loan_id)
    if lock:
        query = query.with_for_update()
    session = uow.session if isinstance(uow, UnitOfWork) else uow
    loan = (await session.execute(query)).scalar_one_or_none()
    if loan is None:
        raise NotFound(f"no loan {loan_id}")
    who.check_branch(loan.branch_id, "this loan")
    check_version(loan.version, expected_version)
    return loan


async def product_of(uow: UnitOfWork, loan: Loan) -> LoanProduct:
    product = await uow.session.get(LoanProduct, loan.product_id)
    assert product is not None  # a foreign key
    return product


async def installments_of(uow: UnitOfWork | AsyncSession, loan_id: uuid.UUID) -> list[LoanInstallment]:
    query = select(LoanInstallment).where(LoanInstallment.loan_id == loan_id).order_by(LoanInstallment.number)
    session = uow.session if isinstance(uow, UnitOfWork) else uow
    return list((await session.execute(query)).scalars())


def require_status(loan: Loan, *allowed: str, action: str) -> None:
    if loan.status not in allowed:
        raise Conflict(f"cannot {action} a loan that is {loan.status}", field="status")


def bump(loan: Loan) -> None:
    loan.version += 1
    loan.updated_at = now()


def fact(loan: Loan, product: LoanProduct, *, on: date | None = None, principal: int = 0, interest: int = 0, penalty: int = 0,
         channel: str | None = None, reference: str | None = None, transaction_id: uuid.UUID | None = None,
         actor: str | None = None, backdate_reason: str | None = None) -> dict[str, Any]:
    """The common fields of every lending.loan event, amounts as decimal taka."""
    return dict(
        loan_id=str(loan.id), member_id=str(loan.member_id), group_id=str(loan.group_id), branch_id=str(loan.branch_id),
        product_id=str(product.id), product_code=product.code, status=loan.status, on=on,
        loan_principal=format_poisha(loan.principal), amount=format_poisha(principal + interest + penalty),
        principal=format_poisha(principal), interest=format_poisha(interest), penalty=format_poisha(penalty),
        channel=channel, reference=reference, transaction_id=str(transaction_id) if transaction_id else None,
        outstanding_principal=format_poisha(loan.outstanding_principal), outstanding_interest=format_poisha(loan.outstanding_interest),
        outstanding_penalty=format_poisha(loan.outstanding_penalty), actor=actor, backdate_reason=backdate_reason,
    )


def publish(uow: UnitOfWork, loan: Loan, contract: type[LoanFact], payload: dict[str, Any]) -> None:
    uow.publish(contract(**payload), aggregate_id=loan.id, aggregate_version=loan.version)
