"""What lending's events do in savings: keep the member's loans (the compulsory-savings lock), and
a loan disbursed through the `savings` channel credits the account lending names in its
`reference` (account number or id), once: the consumer's inbox row commits with the deposit.

A repayment from savings that lending refused (`lending.loan.repayment_refused`) is credited back.

An account that is not hers, not active or not there is refused (the event is parked on the
dead-letter topic with the reason, for an operator to fix and replay), never credited elsewhere.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import or_, select

from palli_common.consumer import Handler
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.identity import acting_for
from palli_common.money import to_poisha
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct
from palli_savings.service.accounts import move
from palli_savings.service.common import business_today
from palli_savings.service.copies import keep_loan

DISBURSED = "lending.loan.disbursed"
REPAYMENT_REFUSED = "lending.loan.repayment_refused"


class NotCreditable(ValueError):
    """The disbursement names no active account of hers."""


def _as_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


async def credit_disbursement(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    reference = (p.get("reference") or "").strip()
    match = [SavingsAccount.number == reference]
    if (as_id := _as_uuid(reference)) is not None:
        match.append(SavingsAccount.id == as_id)
    account = (await uow.session.scalars(select(SavingsAccount).where(or_(*match)).with_for_update())).first()
    if account is None or str(account.member_id) != p["member_id"] or account.status != "active" or account.kind != "voluntary":
        # the books take a disbursement to savings into voluntary savings (ledger 2120)
        raise NotCreditable(f"loan {p['loan_id']} was disbursed to savings account {reference!r}, which is not an active voluntary "
                            f"account of member {p['member_id']}")
    product = await uow.session.get(SavingsProduct, account.product_id)
    actor = acting_for(p.get("actor") or "lending")
    on = date.fromisoformat(p["on"]) if p.get("on") else business_today()
    await move(uow, account, product, actor, kind="deposit", amount=to_poisha(p["amount"]), on=on, channel="loan_disbursement",
               reference=p["loan_id"])


async def refund_refused_repayment(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Lending could not take a repayment savings debited (service/accounts.repay_loan): put it back,
    on the same account, dated the day lending refused it."""
    p = envelope.payload
    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == uuid.UUID(p["savings_account_id"]))
                                         .with_for_update())).first()
    if account is None:
        raise NotCreditable(f"lending refused repayment {p.get('reference')} from savings account {p['savings_account_id']}, "
                            "which savings does not have")
    product = await uow.session.get(SavingsProduct, account.product_id)
    actor = acting_for(p.get("actor") or "lending")
    await move(uow, account, product, actor, kind="deposit", amount=to_poisha(p["amount"]), on=business_today(),
               channel="repayment_refund", reference=p.get("reference"))


async def on_loan_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    await keep_loan(uow, envelope)
    if envelope.type == DISBURSED and envelope.payload.get("channel") == "savings":
        await credit_disbursement(uow, envelope)
    elif envelope.type == REPAYMENT_REFUSED:
        await refund_refused_repayment(uow, envelope)


LOAN_HANDLERS: dict[str, Handler] = {"lending.loan.*": on_loan_event}
