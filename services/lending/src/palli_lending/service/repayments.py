"""Money coming back: repayments (oldest installment first; penalty, interest, principal) and
prepayment that closes a loan early with interest as the product says (reversals: reversals.py).
Every change happens with the loan row locked, so concurrent payments on one loan serialise: no
lost update, no double allocation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_lending.adapters.tables import Loan, LoanInstallment, LoanProduct, LoanTransaction
from palli_lending.contracts.events import LoanClosed, LoanPrepaid, RepaymentReceived
from palli_lending.domain.allocation import Due, Overpayment, allocate
from palli_lending.service.backdating import check_backdate
from palli_lending.service.common import bump, fact, installments_of, load_loan, now, product_of, publish, require_status
from palli_lending.service.disbursement import CHANNELS
from palli_lending.settings import LendingSettings


async def open_installments(uow: UnitOfWork, loan_id: uuid.UUID) -> list[LoanInstallment]:
    query = (select(LoanInstallment).where(LoanInstallment.loan_id == loan_id, LoanInstallment.completed_on.is_(None))
             .order_by(LoanInstallment.number))
    return list((await uow.session.execute(query)).scalars())


def dues(installments: list[LoanInstallment]) -> list[Due]:
    return [
        Due(i.number, i.penalty - i.paid_penalty, i.interest - i.paid_interest - i.waived_interest, i.principal - i.paid_principal)
        for i in installments
    ]


def refuse_savings_channel(channel: str, field: str = "channel") -> None:
    """Money from her savings must leave her savings account: it starts in savings (see
    service/savings_repayments.py), never as a channel typed into lending."""
    if channel == "savings":
        raise ValidationFailed("a repayment from savings starts in savings, with her consent: POST "
                               "/v1/savings/accounts/{account_id}/loan-repayments", field=field)


def _check_payment(loan: Loan, amount: int, on: date, channel: str, reference: str | None) -> None:
    if amount <= 0:
        raise ValidationFailed("the amount must be more than zero", field="amount")
    if channel not in CHANNELS:
        raise ValidationFailed(f"channel must be one of {', '.join(CHANNELS)}", field="channel")
    if channel == "mobile_wallet" and not (reference and reference.strip()):
        raise ValidationFailed("give the wallet transaction reference", field="reference")
    if loan.disbursed_on and on < loan.disbursed_on:
        raise ValidationFailed("a repayment cannot be dated before the disbursement", field="paid_on")
    if loan.last_money_on and on < loan.last_money_on:  # replays go in date order: keep it the order things happened
        raise ValidationFailed(
            f"the loan's last payment is dated {loan.last_money_on}; one dated earlier would re-order its history "
            "(reverse the later ones first)", field="paid_on")


def summarise(loan: Loan, installments: list[LoanInstallment]) -> None:
    """The loan's running totals from its installments (at most a few hundred rows, never the history)."""
    loan.paid_principal = sum(i.paid_principal for i in installments)
    loan.paid_interest = sum(i.paid_interest for i in installments)
    loan.paid_penalty = sum(i.paid_penalty for i in installments)
    loan.outstanding_principal = sum(i.principal - i.paid_principal for i in installments)
    loan.outstanding_interest = sum(i.interest - i.paid_interest - i.waived_interest for i in installments)
    loan.outstanding_penalty = sum(i.penalty - i.paid_penalty for i in installments)
    unpaid = [i for i in installments if i.completed_on is None]
    loan.next_due_on = unpaid[0].due_on if unpaid else None


def spread(installments: list[LoanInstallment], amount: int, on: date, sign: int = 1) -> list[list[int]]:
    portions = allocate(amount, dues(installments))
    by_number = {i.number: i for i in installments}
    for p in portions:
        i = by_number[p.number]
        i.paid_principal += sign * p.principal
        i.paid_interest += sign * p.interest
        i.paid_penalty += sign * p.penalty
    for i in installments:
        owed = i.principal + i.interest + i.penalty - i.waived_interest
        paid = i.paid_principal + i.paid_interest + i.paid_penalty
        done = (i.completed_on or on) if paid >= owed else None
        if done != i.completed_on:  # touch only what changes: every set attribute costs an ORM event
            i.completed_on = done
    return [p.as_row() for p in portions]


async def post_repayment(
    uow: UnitOfWork, loan: Loan, product: LoanProduct, who: Identity, *, amount: int, on: date, channel: str,
    reference: str | None, collection_sheet_id: uuid.UUID | None = None, backdate_reason: str | None = None,
) -> LoanTransaction:
    """Within the caller's unit of work, with `loan` already locked and the date's back-dating
    already checked (`backdate_reason` as check_backdate returned it). Raises on overpayment."""
    require_status(loan, "active", action="take a repayment on")
    _check_payment(loan, amount, on, channel, reference)
    # only the open installments: a repayment never touches a completed one, so the work stays
    # the same however old the loan is; the loan's totals move by exactly what was allocated
    installments = await open_installments(uow, loan.id)
    try:
        rows = spread(installments, amount, on)
    except Overpayment as exc:
        raise ValidationFailed(
            f"{format_poisha(amount)} is more than the {format_poisha(exc.outstanding)} outstanding; for an early close use prepay",
            field="amount",
        ) from exc
    transaction = LoanTransaction(
        id=uuid7(), loan_id=loan.id, kind="repayment", on=on, amount=amount, principal=sum(r[1] for r in rows),
        interest=sum(r[2] for r in rows), penalty=sum(r[3] for r in rows), channel=channel, reference=reference,
        allocation=rows, collection_sheet_id=collection_sheet_id, backdate_reason=backdate_reason, created_by=who.subject,
        created_at=now(),
    )
    uow.session.add(transaction)
    loan.paid_principal += transaction.principal
    loan.paid_interest += transaction.interest
    loan.paid_penalty += transaction.penalty
    loan.outstanding_principal -= transaction.principal
    loan.outstanding_interest -= transaction.interest
    loan.outstanding_penalty -= transaction.penalty
    loan.next_due_on = next((i.due_on for i in installments if i.completed_on is None), None)
    loan.last_money_on = on
    loan.transaction_count += 1
    bump(loan)
    payload = fact(loan, product, on=on, principal=transaction.principal, interest=transaction.interest, penalty=transaction.penalty,
                   channel=channel, reference=reference, transaction_id=transaction.id, actor=who.subject,
                   backdate_reason=backdate_reason)
    publish(uow, loan, RepaymentReceived, payload)
    _close_if_repaid(uow, loan, product, on, who)
    return transaction


def _close_if_repaid(uow: UnitOfWork, loan: Loan, product: LoanProduct, on: date, who: Identity) -> None:
    if loan.outstanding_principal == loan.outstanding_interest == loan.outstanding_penalty == 0:
        loan.status, loan.closed_on = "closed", on
        loan.days_past_due, loan.overdue_principal, loan.overdue_interest, loan.arrears_since = 0, 0, 0, None
        bump(loan)
        publish(uow, loan, LoanClosed, fact(loan, product, on=on, actor=who.subject))


async def repay(
    db: Database, loan_id: uuid.UUID, who: Identity, *, amount: int, on: date, channel: str, reference: str | None,
    backdate_reason: str | None, settings: LendingSettings,
) -> tuple[Loan, LoanTransaction]:
    refuse_savings_channel(channel)
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True)
        reason = await check_backdate(uow.session, settings, who, on, backdate_reason, field="paid_on")
        transaction = await post_repayment(uow, loan, await product_of(uow, loan), who, amount=amount, on=on, channel=channel,
                                           reference=reference, backdate_reason=reason)
        await uow.commit()
        return loan, transaction


@dataclass(frozen=True)
class PrepaymentQuote:
    on: date
    principal: int
    interest: int
    penalty: int
    interest_waived: int

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.penalty


def quote(loan: Loan, product: LoanProduct, installments: list[LoanInstallment], on: date) -> PrepaymentQuote:
    """`accrued` products charge the interest of installments due up to `on` and of the one
    running on `on`; later interest is waived. `full` products charge all scheduled interest."""
    open_dues = dues(installments)
    principal = sum(d.principal for d in open_dues)
    penalty = sum(d.penalty for d in open_dues)
    if product.prepayment_interest == "full":
        charged = [d.interest for d in open_dues]
    else:
        running = next((i.number for i in installments if i.due_on >= on), None)
        charged = [d.interest for d, i in zip(open_dues, installments, strict=True) if running is None or i.number <= running]
    interest = sum(charged)
    return PrepaymentQuote(on=on, principal=principal, interest=interest, penalty=penalty,
                           interest_waived=sum(d.interest for d in open_dues) - interest)


def waive(installments: list[LoanInstallment], amount: int) -> None:
    """Give up `amount` of interest, the latest first: what has not been earned."""
    for i in reversed(installments):
        if amount == 0:
            break
        give = min(amount, i.interest - i.paid_interest - i.waived_interest)
        i.waived_interest += give
        amount -= give


async def prepayment_quote(db: Database, loan_id: uuid.UUID, who: Identity, on: date) -> tuple[Loan, PrepaymentQuote]:
    async with db.sessions() as s:
        loan = await load_loan(s, loan_id, who)
        require_status(loan, "active", action="quote a prepayment for")
        product = await s.get(LoanProduct, loan.product_id)
        return loan, quote(loan, product, await installments_of(s, loan.id), on)


async def prepay(
    db: Database, loan_id: uuid.UUID, who: Identity, *, amount: int, on: date, channel: str, reference: str | None,
    backdate_reason: str | None, settings: LendingSettings,
) -> tuple[Loan, LoanTransaction]:
    """Close the loan on `on`: the amount must equal the quote, so nobody closes a loan by accident."""
    refuse_savings_channel(channel)
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True)
        require_status(loan, "active", action="prepay")
        reason = await check_backdate(uow.session, settings, who, on, backdate_reason, field="paid_on")
        _check_payment(loan, amount, on, channel, reference)
        product = await product_of(uow, loan)
        installments = await installments_of(uow, loan.id)
        q = quote(loan, product, installments, on)
        if amount != q.total:
            raise ValidationFailed(f"closing this loan on {on} takes exactly {format_poisha(q.total)}", field="amount")
        waive(installments, q.interest_waived)
        rows = spread(installments, amount, on)
        transaction = LoanTransaction(
            id=uuid7(), loan_id=loan.id, kind="prepayment", on=on, amount=amount, principal=q.principal, interest=q.interest,
            penalty=q.penalty, channel=channel, reference=reference, allocation=rows, backdate_reason=reason, created_by=who.subject,
            created_at=now(), note=f"interest waived {format_poisha(q.interest_waived)}",
        )
        uow.session.add(transaction)
        summarise(loan, installments)
        loan.last_money_on = on
        loan.transaction_count += 1
        bump(loan)
        publish(uow, loan, LoanPrepaid, {
            **fact(loan, product, on=on, principal=q.principal, interest=q.interest, penalty=q.penalty, channel=channel,
                   reference=reference, transaction_id=transaction.id, actor=who.subject, backdate_reason=reason),
            "interest_waived": format_poisha(q.interest_waived),
        })
        _close_if_repaid(uow, loan, product, on, who)
        await uow.commit()
        return loan, transaction
