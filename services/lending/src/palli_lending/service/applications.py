"""Applying for a loan (field officer), and the branch manager's decision (maker-checker)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from palli_common.db import Database
from palli_common.errors import Forbidden, ValidationFailed
from palli_common.ids import uuid7
from palli_common.identity import Identity
from palli_lending.adapters.tables import GroupCopy, Loan, LoanProduct, MemberCopy
from palli_lending.contracts.events import LoanApplied, LoanApproved, LoanRejected, LoanWithdrawn
from palli_lending.service.common import bump, fact, load_loan, now, product_of, publish, require_status
from palli_lending.service.products import eligibility
from palli_lending.service.terms import check_request


@dataclass(frozen=True)
class Application:
    member_id: uuid.UUID
    product_id: uuid.UUID
    principal: int
    annual_rate: Decimal | None
    installments: int
    frequency: str
    term_months: int | None
    purpose: str | None
    expected_disbursement_on: date | None


async def apply(db: Database, body: Application, who: Identity) -> Loan:
    async with db.uow() as uow:
        s = uow.session
        product = await s.get(LoanProduct, body.product_id)
        if product is None:
            raise ValidationFailed(f"no loan product {body.product_id}", field="product_id")
        member = await s.get(MemberCopy, body.member_id)
        if member is not None:
            who.check_branch(member.branch_id, "this member")
        group = await s.get(GroupCopy, member.group_id) if member else None
        rate = body.annual_rate if body.annual_rate is not None else product.default_rate
        check_request(product, principal=body.principal, rate=rate, installments=body.installments,
                      frequency=body.frequency, term_months=body.term_months)
        # the member's row in this service: two applications for one member serialise here
        if member is not None:
            await s.execute(select(MemberCopy).where(MemberCopy.member_id == member.member_id).with_for_update())
        reasons = await eligibility(s, product, body.member_id)
        if reasons:
            error = ValidationFailed("the member is not eligible: " + "; ".join(r for _, r in reasons), field=reasons[0][0])
            error.errors = list(reasons)
            raise error
        stamp = now()
        loan = Loan(
            id=uuid7(), member_id=member.member_id, group_id=member.group_id, branch_id=member.branch_id, product_id=product.id,
            field_officer_id=group.field_officer_id if group else None, status="applied", principal=body.principal,
            annual_rate=rate, frequency=body.frequency, installments=body.installments, term_months=body.term_months,
            purpose=body.purpose, expected_disbursement_on=body.expected_disbursement_on, applied_by=who.subject,
            applied_at=stamp, created_at=stamp, updated_at=stamp,
        )
        s.add(loan)
        publish(uow, loan, LoanApplied, {**fact(loan, product, actor=who.subject), "annual_rate": str(rate),
                                         "installments": loan.installments, "frequency": loan.frequency})
        await uow.commit()
        return loan


async def decide(db: Database, loan_id: uuid.UUID, who: Identity, *, approve: bool, note: str | None, expected_version: int | None) -> Loan:
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        require_status(loan, "applied", action="approve or reject")
        if loan.applied_by == who.subject:
            raise Forbidden("maker-checker: the officer who applied cannot also decide; another manager must")
        if not approve and not (note and note.strip()):
            raise ValidationFailed("say why the application is rejected", field="reason")
        product = await product_of(uow, loan)
        loan.status = "approved" if approve else "rejected"
        loan.decided_by, loan.decided_at, loan.decision_note = who.subject, now(), note
        bump(loan)
        if approve:
            publish(uow, loan, LoanApproved, fact(loan, product, actor=who.subject))
        else:
            publish(uow, loan, LoanRejected, {**fact(loan, product, actor=who.subject), "reason": note})
        await uow.commit()
        return loan


async def withdraw(db: Database, loan_id: uuid.UUID, who: Identity, *, reason: str | None, expected_version: int | None) -> Loan:
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        require_status(loan, "applied", "approved", action="withdraw")
        product = await product_of(uow, loan)
        loan.status = "withdrawn"
        loan.decision_note = reason
        bump(loan)
        publish(uow, loan, LoanWithdrawn, {**fact(loan, product, actor=who.subject), "reason": reason})
        await uow.commit()
        return loan
