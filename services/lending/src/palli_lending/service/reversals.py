"""Reversing a repayment (a wrong amount, a bounced wallet payment): the installments are rebuilt
from every money transaction that still stands, in date order, as if the reversed one had never
happened. A prepayment is re-applied as a prepayment (its waiver recomputed for its own date), so a
prepaid loan reopens owing only what the reversal took back. Where the replay changes how a
standing transaction is split, `repayment_reallocated` tells the ledger the correction."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_lending.adapters.tables import Loan, LoanInstallment, LoanProduct, LoanTransaction
from palli_lending.contracts.events import RepaymentReallocated, RepaymentReversed
from palli_lending.service.common import business_today, bump, fact, installments_of, load_loan, now, product_of, publish
from palli_lending.service.repayments import quote, spread, summarise, waive

MONEY_IN = ("repayment", "prepayment")  # what a replay re-applies


async def reverse(
    db: Database, loan_id: uuid.UUID, transaction_id: uuid.UUID, who: Identity, *, reason: str, expected_version: int | None,
) -> tuple[Loan, LoanTransaction]:
    if not reason.strip():
        raise ValidationFailed("say why the repayment is reversed", field="reason")
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        original = await uow.session.get(LoanTransaction, transaction_id)
        if original is None or original.loan_id != loan.id:
            raise NotFound(f"loan {loan_id} has no transaction {transaction_id}")
        if original.kind != "repayment":
            raise Conflict(f"only repayments are reversed; this is a {original.kind}", field="transaction_id")
        if original.reversed:
            raise Conflict("this repayment was already reversed", field="transaction_id")
        if loan.status not in ("active", "closed"):
            raise Conflict(f"cannot reverse a repayment on a loan that is {loan.status}", field="status")
        product = await product_of(uow, loan)
        original.reversed = True
        installments = await installments_of(uow, loan.id)
        changed, last_on = await _replay(uow, loan, product, installments)
        reversal = LoanTransaction(
            id=uuid7(), loan_id=loan.id, kind="reversal", on=business_today(), amount=original.amount, principal=original.principal,
            interest=original.interest, penalty=original.penalty, channel=original.channel, reference=original.reference,
            note=reason, reverses_id=original.id, created_by=who.subject, created_at=now(),
        )
        uow.session.add(reversal)
        summarise(loan, installments)
        loan.last_money_on = last_on or loan.disbursed_on
        if loan.status == "closed" and loan.outstanding_principal + loan.outstanding_interest + loan.outstanding_penalty > 0:
            loan.status, loan.closed_on = "active", None
        loan.transaction_count += 1
        bump(loan)
        # the reversal takes back the split the ledger booked for the original; the corrections follow
        publish(uow, loan, RepaymentReversed, {
            **fact(loan, product, on=reversal.on, principal=original.principal, interest=original.interest, penalty=original.penalty,
                   channel=original.channel, reference=original.reference, transaction_id=reversal.id, actor=who.subject),
            "reverses_transaction_id": str(original.id), "reason": reason,
        })
        for t, (principal, interest, penalty) in changed:
            bump(loan)
            publish(uow, loan, RepaymentReallocated, {
                **fact(loan, product, on=reversal.on, channel=t.channel, reference=t.reference, transaction_id=t.id, actor=who.subject),
                "principal_delta": format_poisha(t.principal - principal), "interest_delta": format_poisha(t.interest - interest),
                "penalty_delta": format_poisha(t.penalty - penalty), "reversal_id": str(reversal.id),
            })
        await uow.commit()
        return loan, reversal


async def _replay(uow: UnitOfWork, loan: Loan, product: LoanProduct, installments: list[LoanInstallment],
                  ) -> tuple[list[tuple[LoanTransaction, tuple[int, int, int]]], date | None]:
    """Rebuild the installments from the standing transactions: those whose split changed, each
    with its split before, and the date of the last one."""
    for i in installments:
        i.paid_principal = i.paid_interest = i.paid_penalty = i.waived_interest = 0
        i.completed_on = None
    standing = (await uow.session.execute(
        select(LoanTransaction).where(LoanTransaction.loan_id == loan.id, LoanTransaction.kind.in_(MONEY_IN),
                                      LoanTransaction.reversed.is_(False)).order_by(LoanTransaction.on, LoanTransaction.id)
    )).scalars()
    changed, last_on = [], None
    for t in standing:
        last_on = t.on
        before = (t.principal, t.interest, t.penalty)
        if t.kind == "prepayment":
            # waive what its own date's quote waives; the amount may now fall short of closing the loan
            waived = quote(loan, product, installments, t.on).interest_waived
            waive(installments, waived)
            t.note = f"interest waived {format_poisha(waived)}"
        t.allocation = spread(installments, t.amount, t.on)
        t.principal, t.interest, t.penalty = (sum(r[k] for r in t.allocation) for k in (1, 2, 3))
        if (t.principal, t.interest, t.penalty) != before:
            changed.append((t, before))
    return changed, last_on
