"""A social action project's micro-grant paid into a team member's voluntary savings
(`training.project.grant_paid`, channel savings): credited once to the account the event names
(the consumer's inbox row commits with the deposit), channel `grant`, reference the project. The
ledger books the grant from training's event (Cr 2120), so the deposit posts nothing there.

An account that is not hers, not active or not voluntary savings is refused: the event is parked
on the dead-letter topic with the reason for an operator, never credited elsewhere."""

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

GRANT_PAID = "training.project.grant_paid"


async def credit_grant(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    if p.get("channel") != "savings":
        return  # paid in cash or by wallet: nothing for savings
    try:
        account_id = uuid.UUID(str(p.get("savings_account_id")))
    except ValueError:
        account_id = None
    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == account_id).with_for_update())).first() \
        if account_id else None
    if account is None or str(account.member_id) != p.get("member_id") or account.status != "active" or account.kind != "voluntary":
        raise NotCreditable(f"project {p['project_id']}'s grant was paid to savings account {p.get('savings_account_id')!r}, which is not an "
                            f"active voluntary account of member {p.get('member_id')}")
    product = await uow.session.get(SavingsProduct, account.product_id)
    actor = acting_for(p.get("actor") or "training")
    on = date.fromisoformat(p["on"]) if p.get("on") else business_today()
    await move(uow, account, product, actor, kind="deposit", amount=to_poisha(p["amount"]), on=on, channel="grant",
               reference=f"project {p['project_id']}")


GRANT_HANDLERS: dict[str, Handler] = {GRANT_PAID: credit_grant}
