"""Advances on advance-financed orders: while the order's goods have not arrived, part of its
value (up to MARKETPLACE_ADVANCE_MAX_PERCENT of quantity x her price, all advances on the lot
together) is paid ahead the way she chose to be paid; her later payouts recover it first."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from palli_common.db import Database
from palli_common.errors import Conflict
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Advance, Producer
from palli_marketplace.contracts import events as ev
from palli_marketplace.service.catalogue import outlet_for
from palli_marketplace.service.common import business_today, now
from palli_marketplace.service.stock import locked_lot


async def pay_advance(db: Database, who: Identity, lot_id: uuid.UUID, amount: int, max_percent: int) -> Advance:
    async with db.uow() as uow:
        s = uow.session
        lot = await locked_lot(uow, lot_id)
        await outlet_for(uow, lot.outlet_id, who)
        if lot.mode != "advance":
            raise Conflict(f"only an advance-financed order is paid ahead; this lot is {lot.mode}", field="lot_id")
        if lot.status != "ordered":
            raise Conflict("the goods have arrived: what she is owed now comes from their sales", field="lot_id")
        producer = await s.get(Producer, lot.producer_id)
        who.check_branch(producer.branch_id, "this producer")
        if producer.payout_channel is None:
            raise Conflict("she has not chosen how she is paid: set her payout destination first", field="lot_id")
        paid = int(await s.scalar(select(func.coalesce(func.sum(Advance.amount), 0)).where(Advance.lot_id == lot.id)) or 0)
        ceiling = lot.ordered * lot.unit_price * max_percent // 100
        if paid + amount > ceiling:
            raise Conflict(f"advances on this order may reach {format_poisha(ceiling)} ({max_percent}% of its value); "
                           f"{format_poisha(paid)} is paid", field="amount", extra={"remaining": format_poisha(max(ceiling - paid, 0))})
        advance = Advance(id=uuid7(), lot_id=lot.id, producer_id=producer.id, on=business_today(), amount=amount, channel=producer.payout_channel,
                          reference=producer.payout_wallet, savings_account_id=producer.payout_savings_account_id, created_by=who.subject,
                          created_at=now())
        s.add(advance)
        await s.flush()
        uow.publish(ev.AdvancePaid(
            advance_id=str(advance.id), lot_id=str(lot.id), producer_id=str(producer.id), member_id=str(producer.member_id),
            branch_id=str(producer.branch_id), on=advance.on, amount=format_poisha(amount), channel=advance.channel, reference=advance.reference,
            savings_account_id=str(advance.savings_account_id) if advance.savings_account_id else None, actor=who.subject),
            aggregate_id=advance.id, aggregate_version=1)
        await uow.commit()
    return advance


async def outstanding(s, producer_id: uuid.UUID) -> int:  # noqa: ANN001
    return int(await s.scalar(select(func.coalesce(func.sum(Advance.amount - Advance.recovered), 0)).where(Advance.producer_id == producer_id)) or 0)
