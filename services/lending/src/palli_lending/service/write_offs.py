"""Write-off: a manager asks with a reason, a different person approves (maker-checker); what is
outstanding leaves the portfolio in one transaction the ledger posts against the provision."""

from __future__ import annotations

import uuid
from datetime import date

from palli_common.db import Database
from palli_common.errors import Conflict, Forbidden, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_lending.adapters.tables import Loan, LoanTransaction
from palli_lending.contracts.events import LoanWriteOffRequested, LoanWrittenOff
from palli_lending.service.common import business_today, bump, fact, load_loan, now, product_of, publish, require_status


async def request_write_off(db: Database, loan_id: uuid.UUID, who: Identity, *, reason: str, expected_version: int | None) -> Loan:
    if not reason.strip():
        raise ValidationFailed("say why the loan should be written off", field="reason")
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        require_status(loan, "active", action="write off")
        if loan.write_off_requested_by:
            raise Conflict("a write-off is already waiting for approval", field="status")
        loan.write_off_requested_by, loan.write_off_reason = who.subject, reason
        bump(loan)
        publish(uow, loan, LoanWriteOffRequested, {**fact(loan, await product_of(uow, loan), actor=who.subject), "reason": reason})
        await uow.commit()
        return loan


async def approve_write_off(db: Database, loan_id: uuid.UUID, who: Identity, *, expected_version: int | None) -> tuple[Loan, LoanTransaction]:
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        require_status(loan, "active", action="write off")
        if not loan.write_off_requested_by:
            raise Conflict("nobody has asked to write this loan off", field="status")
        if loan.write_off_requested_by == who.subject:
            raise Forbidden("maker-checker: the person who asked for the write-off cannot approve it")
        product = await product_of(uow, loan)
        today = business_today()
        transaction = LoanTransaction(
            id=uuid7(), loan_id=loan.id, kind="write_off", on=today,
            amount=loan.outstanding_principal + loan.outstanding_interest + loan.outstanding_penalty,
            principal=loan.outstanding_principal, interest=loan.outstanding_interest, penalty=loan.outstanding_penalty,
            note=loan.write_off_reason, created_by=who.subject, created_at=now(),
        )
        uow.session.add(transaction)
        loan.status, loan.closed_on = "written_off", today
        loan.transaction_count += 1
        bump(loan)
        publish(uow, loan, LoanWrittenOff, {
            **fact(loan, product, on=today, principal=transaction.principal, interest=transaction.interest, penalty=transaction.penalty,
                   transaction_id=transaction.id, actor=who.subject),
            "reason": loan.write_off_reason or "", "requested_by": loan.write_off_requested_by,
        })
        await uow.commit()
        return loan, transaction
