"""The marketplace's money paid into a producer's voluntary savings (`marketplace.advance.paid`,
`marketplace.payout.paid`, channel savings): credited once to the account the event names (the
consumer's inbox row commits with the deposit), channel `marketplace`, reference the advance or the
payout. The ledger books both from the marketplace's events (Cr 2120), so the deposit posts nothing there.

As for training's grant (grant_events.py): an account that is not hers, not active or not voluntary
savings is refused, the event parked on the dead-letter topic for an operator, never credited
elsewhere. A payout of 0.00 (her sales only recovered an advance) credits nothing."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from palli_common.consumer import Handler
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.identity import acting_for
from palli_common.money import to_poisha
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct
from palli_savings.service.accounts import move
from palli_savings.service.common import business_today
from palli_savings.service.loan_events import NotCreditable

ADVANCE_PAID = "marketplace.advance.paid"
PAYOUT_PAID = "marketplace.payout.paid"
_WHAT = {ADVANCE_PAID: "advance", PAYOUT_PAID: "payout"}  # the reference: "<what> <what_id>"


async def credit_market_payment(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    if p.get("channel") != "savings":
        return  # paid in cash or to her wallet: nothing for savings
    what = _WHAT[envelope.type]
    reference = f"{what} {p[f'{what}_id']}"
    amount = to_poisha(p["amount"])
    if amount == 0:
        return
    if amount < 0:
        raise NotCreditable(f"{reference} pays {p['amount']} into savings: a deposit is never negative")
    try:
        account_id = uuid.UUID(str(p.get("savings_account_id")))
    except ValueError:
        account_id = None
    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == account_id).with_for_update())).first() \
        if account_id else None
    if account is None or str(account.member_id) != p.get("member_id") or account.status != "active" or account.kind != "voluntary":
        raise NotCreditable(f"{reference} was paid to savings account {p.get('savings_account_id')!r}, which is not "
                            f"an active voluntary account of member {p.get('member_id')}")
    product = await uow.session.get(SavingsProduct, account.product_id)
    actor = acting_for(p.get("actor") or "marketplace")
    on = date.fromisoformat(p["on"]) if p.get("on") else business_today()
    await move(uow, account, product, actor, kind="deposit", amount=amount, on=on, channel="marketplace", reference=reference)


MARKET_HANDLERS: dict[str, Handler] = {ADVANCE_PAID: credit_market_payment, PAYOUT_PAID: credit_market_payment}
