"""Savings collected at a samity meeting: lending's `lending.collection_sheet.posted` event lists
each member's deposit; each is credited to her account once (the consumer's inbox row commits with
the deposits), dated the meeting day, channel cash, reference the sheet. Lending checked the lines
against its copies; an account that changed since (blocked, closed, not hers) is refused alone,
with a `savings.account.deposit_refused` event, and the other members' deposits still go in."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from palli_common.db import UnitOfWork
from palli_common.errors import Conflict
from palli_common.events import EventEnvelope
from palli_common.identity import acting_for
from palli_common.money import to_poisha
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct
from palli_savings.contracts import events as ev
from palli_savings.service import terms
from palli_savings.service.accounts import move
from palli_savings.service.facts import fact

SHEET_POSTED = "lending.collection_sheet.posted"


async def on_sheet_posted(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    on = date.fromisoformat(p["meeting_on"])
    reference = f"sheet {p['collection_sheet_id']}"
    actor = acting_for(p.get("posted_by") or "lending")
    lines = sorted(p.get("savings") or [], key=lambda x: x["account_id"])  # one lock order for every sheet
    for line in lines:
        account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == uuid.UUID(line["account_id"]))
                                             .with_for_update())).first()
        if account is None:
            continue  # lending never heard of an account savings does not have; nothing to tell
        product = await uow.session.get(SavingsProduct, account.product_id)
        amount = to_poisha(line["amount"])
        reason = ("the account is not hers" if str(account.member_id) != line["member_id"] else
                  f"the account is {account.status}" if account.status not in ("active", "suspended") else None)
        paid = []
        if reason is None:
            try:
                paid = await terms.check_credit(uow, account, amount, on)  # a DPS takes whole installments, an FD nothing
            except Conflict as refused:
                reason = refused.detail
        if reason:
            account.version += 1
            uow.publish(fact(ev.DepositRefused, account, product, actor.subject, on=on, amount=line["amount"], channel="cash",
                             reference=reference, reason=reason), aggregate_id=account.id, aggregate_version=account.version)
            continue
        txn = await move(uow, account, product, actor, kind="deposit", amount=amount, on=on, channel="cash", reference=reference)
        if paid:
            await terms.pay_installments(uow, account, product, paid, txn, actor.subject)


SHEET_HANDLERS = {SHEET_POSTED: on_sheet_posted}
