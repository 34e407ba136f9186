"""Repayments from savings. Her money is savings', so savings moves it first: with her consent
recorded, it debits her voluntary account and publishes `savings.account.withdrawal_paid` with
channel `loan_repayment` and the loan in `reference`. This consumer applies it to the loan as a
repayment by channel `savings` (the ledger: Dr 2120 / Cr the loan), once (the inbox). When the
loan cannot take it any more, it publishes `lending.loan.repayment_refused` and savings credits the
money back: each side commits alone and the pair always ends consistent, with no distributed
transaction. The lending API refuses channel `savings` for the same reason: the money must leave
her account in savings, never only in lending's books."""

from __future__ import annotations

import uuid
from datetime import date

from palli_common.db import UnitOfWork
from palli_common.errors import DomainError
from palli_common.events import EventEnvelope
from palli_common.identity import acting_for
from palli_common.money import to_poisha
from palli_lending.contracts.events import RepaymentRefused
from palli_lending.service.common import bump, fact, load_loan, product_of, publish
from palli_lending.service.repayments import post_repayment

SYSTEM = acting_for("savings")


async def on_savings_withdrawal(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    if p.get("channel") != "loan_repayment":
        return
    loan = await load_loan(uow, uuid.UUID(p["reference"]), SYSTEM, lock=True)
    product = await product_of(uow, loan)
    actor = acting_for(p.get("actor") or "savings")
    amount, on = to_poisha(p["amount"]), date.fromisoformat(p["on"])
    try:
        async with uow.session.begin_nested():
            await post_repayment(uow, loan, product, actor, amount=amount, on=on, channel="savings", reference=p["transaction_id"])
    except DomainError as exc:
        await uow.session.refresh(loan)  # the savepoint rolled the loan back
        bump(loan)
        payload = fact(loan, product, on=on, channel="savings", reference=p["transaction_id"], actor=actor.subject)
        publish(uow, loan, RepaymentRefused, {**payload, "amount": p["amount"], "savings_account_id": p["account_id"], "reason": exc.detail})
