"""Loans: preview, application, decision, disbursement, repayments, reversal, prepayment, write-off."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlalchemy import select

from palli_common.concurrency import IfMatch, set_etag
from palli_common.errors import ValidationFailed
from palli_common.idempotency import Idempotent
from palli_common.identity import CurrentIdentity, in_branches
from palli_common.money import to_poisha
from palli_common.pagination import Page, PageQuery, make_page
from palli_lending.adapters.tables import Loan, LoanProduct, LoanTransaction
from palli_lending.api.deps import DB, Settings
from palli_lending.api.loan_schemas import (
    ApplyIn, DecisionIn, DisburseIn, InstallmentOut, LoanDetailOut, LoanOut, PreviewIn, PreviewOut, QuoteOut, RejectIn,
    RepaymentIn, ReverseIn, TransactionOut, WithdrawIn, WriteOffIn,
)
from palli_lending.service import applications, disbursement, repayments, reversals, write_offs
from palli_lending.service.common import business_today, installments_of, load_loan
from palli_lending.service.holidays import holiday_set
from palli_lending.service.terms import check_request, schedule_for

router = APIRouter(prefix="/v1/loans", tags=["loans"])
LoanStatus = Annotated[str | None, Query(pattern="^(applied|approved|rejected|withdrawn|active|closed|written_off)$")]


def loan_out(loan: Loan) -> LoanOut:
    return LoanOut.model_validate(loan.model_dump())


async def _detail(db, loan: Loan, response: Response, who) -> LoanDetailOut:  # noqa: ANN001
    """The loan and its schedule: a fixed number of rows, however long its history."""
    async with db.sessions() as s:  # a read: a plain session, nothing to roll back and expire
        rows = await installments_of(s, loan.id)
    set_etag(response, loan.version)
    schedule = [
        InstallmentOut(
            number=i.number, due_on=i.due_on, principal=i.principal, interest=i.interest - i.waived_interest, penalty=i.penalty,
            total=i.principal + i.interest - i.waived_interest + i.penalty, paid=i.paid_principal + i.paid_interest + i.paid_penalty,
            completed_on=i.completed_on,
        )
        for i in rows
    ]
    return LoanDetailOut(**loan_out(loan).model_dump(), schedule=schedule)


@router.post("/schedule-preview", response_model=PreviewOut, summary="A repayment schedule for any product and terms, before any loan exists")
async def preview(body: PreviewIn, db: DB):
    disbursed_on = body.disbursed_on or business_today()
    async with db.sessions() as s:
        product = await s.get(LoanProduct, body.product_id)
        if product is None:
            raise ValidationFailed(f"no loan product {body.product_id}", field="product_id")
        holidays = await holiday_set(s, disbursed_on, disbursed_on + timedelta(days=6 * 366))
    rate = body.annual_rate if body.annual_rate is not None else product.default_rate
    check_request(product, principal=body.principal, rate=rate, installments=body.installments, frequency=body.frequency, term_months=body.term_months)
    schedule = schedule_for(
        product, principal=body.principal, rate=rate, installments=body.installments, frequency=body.frequency,
        term_months=body.term_months, disbursed_on=disbursed_on, meeting_day=body.meeting_day, holidays=holidays,
        first_due_on=body.first_due_on,
    )
    return PreviewOut(
        product_id=product.id, principal=body.principal, annual_rate=rate, frequency=body.frequency,
        installments=[
            InstallmentOut(number=i.number, due_on=i.due_on, principal=to_poisha(i.principal), interest=to_poisha(i.interest),
                           total=to_poisha(i.total), principal_balance_after=to_poisha(i.principal_balance_after))
            for i in schedule.installments
        ],
        total_principal=to_poisha(schedule.total_principal), total_interest=to_poisha(schedule.total_interest),
        total_repayment=to_poisha(schedule.total_repayment), annual_percentage_rate=schedule.annual_percentage_rate,
        effective_annual_rate=schedule.effective_annual_rate,
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=LoanOut, summary="Apply for a loan for an eligible member")
async def apply(body: ApplyIn, db: DB, who: CurrentIdentity, response: Response):
    loan = await applications.apply(db, applications.Application(**body.model_dump()), who)
    set_etag(response, loan.version)
    return loan_out(loan)


@router.get("", response_model=Page[LoanOut], summary="List loans (your branches only)")
async def list_loans(
    db: DB, who: CurrentIdentity, page: PageQuery, status: LoanStatus = None, member_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None, branch_id: uuid.UUID | None = None,
):
    query = select(Loan).order_by(Loan.id).limit(page.limit + 1)
    if page.after:
        query = query.where(Loan.id > uuid.UUID(str(page.after[0])))
    query = in_branches(query, Loan.branch_id, who, branch_id)
    for column, value in ((Loan.status, status), (Loan.member_id, member_id), (Loan.group_id, group_id)):
        if value is not None:
            query = query.where(column == value)
    async with db.sessions() as s:
        rows = list((await s.execute(query)).scalars())
    return make_page(rows, page, lambda loan: [str(loan.id)], loan_out)


@router.get("/{loan_id}", response_model=LoanDetailOut, summary="A loan, its balances and schedule (ETag: its version)")
async def get_loan(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    async with db.sessions() as s:
        loan = await load_loan(s, loan_id, who)
    return await _detail(db, loan, response, who)


@router.get("/{loan_id}/transactions", response_model=Page[TransactionOut], summary="A loan's transactions, oldest first")
async def transactions(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, page: PageQuery):
    async with db.sessions() as s:
        await load_loan(s, loan_id, who)
        query = select(LoanTransaction).where(LoanTransaction.loan_id == loan_id).order_by(LoanTransaction.id).limit(page.limit + 1)
        if page.after:
            query = query.where(LoanTransaction.id > uuid.UUID(str(page.after[0])))
        rows = list((await s.execute(query)).scalars())
    return make_page(rows, page, lambda t: [str(t.id)], lambda t: TransactionOut.model_validate(t.model_dump()))


@router.post("/{loan_id}/approve", response_model=LoanOut, summary="Approve (a manager who did not apply)")
async def approve(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response, body: DecisionIn | None = None):
    loan = await applications.decide(db, loan_id, who, approve=True, note=body.note if body else None, expected_version=if_match)
    set_etag(response, loan.version)
    return loan_out(loan)


@router.post("/{loan_id}/reject", response_model=LoanOut, summary="Reject with a reason (a manager who did not apply)")
async def reject(loan_id: uuid.UUID, body: RejectIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    loan = await applications.decide(db, loan_id, who, approve=False, note=body.reason, expected_version=if_match)
    set_etag(response, loan.version)
    return loan_out(loan)


@router.post("/{loan_id}/withdraw", response_model=LoanOut, summary="Withdraw an application before disbursement")
async def withdraw(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response, body: WithdrawIn | None = None):
    loan = await applications.withdraw(db, loan_id, who, reason=body.reason if body else None, expected_version=if_match)
    set_etag(response, loan.version)
    return loan_out(loan)


@router.post("/{loan_id}/disburse", dependencies=[Idempotent], response_model=LoanDetailOut, summary="Pay the loan out (cash, mobile wallet or savings)")
async def disburse(loan_id: uuid.UUID, body: DisburseIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response,
                   settings: Settings):
    loan, _ = await disbursement.disburse(
        db, loan_id, who, on=body.disbursed_on, channel=body.channel, reference=body.reference, first_due_on=body.first_due_on,
        expected_version=if_match, backdate_reason=body.backdate_reason, settings=settings,
    )
    return await _detail(db, loan, response, who)


@router.post("/{loan_id}/repayments", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=TransactionOut,
             summary="Take a repayment (penalty, interest, then principal; oldest installment first)")
async def repay(loan_id: uuid.UUID, body: RepaymentIn, db: DB, who: CurrentIdentity, response: Response, settings: Settings):
    loan, transaction = await repayments.repay(db, loan_id, who, amount=body.amount, on=body.paid_on, channel=body.channel, reference=body.reference,
                                               backdate_reason=body.backdate_reason, settings=settings)
    set_etag(response, loan.version)
    return TransactionOut.model_validate(transaction)


@router.post("/{loan_id}/transactions/{transaction_id}/reverse", dependencies=[Idempotent], response_model=TransactionOut, summary="Reverse a repayment, with a reason")
async def reverse(loan_id: uuid.UUID, transaction_id: uuid.UUID, body: ReverseIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    loan, reversal = await reversals.reverse(db, loan_id, transaction_id, who, reason=body.reason, expected_version=if_match)
    set_etag(response, loan.version)
    return TransactionOut.model_validate(reversal.model_dump())


@router.get("/{loan_id}/prepayment-quote", response_model=QuoteOut, summary="What closing the loan on a date costs")
async def prepayment_quote(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, on: date | None = None):
    loan, q = await repayments.prepayment_quote(db, loan_id, who, on or business_today())
    return QuoteOut(loan_id=loan.id, on=q.on, principal=q.principal, interest=q.interest, penalty=q.penalty, total=q.total,
                    interest_waived=q.interest_waived)


@router.post("/{loan_id}/prepay", dependencies=[Idempotent], response_model=TransactionOut, summary="Close the loan early for exactly the quoted amount")
async def prepay(loan_id: uuid.UUID, body: RepaymentIn, db: DB, who: CurrentIdentity, response: Response, settings: Settings):
    loan, transaction = await repayments.prepay(db, loan_id, who, amount=body.amount, on=body.paid_on, channel=body.channel, reference=body.reference,
                                                backdate_reason=body.backdate_reason, settings=settings)
    set_etag(response, loan.version)
    return TransactionOut.model_validate(transaction.model_dump())


@router.post("/{loan_id}/write-off", dependencies=[Idempotent], response_model=LoanOut, summary="Ask to write the loan off, with a reason")
async def request_write_off(loan_id: uuid.UUID, body: WriteOffIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    loan = await write_offs.request_write_off(db, loan_id, who, reason=body.reason, expected_version=if_match)
    set_etag(response, loan.version)
    return loan_out(loan)


@router.post("/{loan_id}/write-off/approve", dependencies=[Idempotent], response_model=TransactionOut, summary="Approve a write-off (not the one who asked)")
async def approve_write_off(loan_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    loan, transaction = await write_offs.approve_write_off(db, loan_id, who, expected_version=if_match)
    set_etag(response, loan.version)
    return TransactionOut.model_validate(transaction.model_dump())
