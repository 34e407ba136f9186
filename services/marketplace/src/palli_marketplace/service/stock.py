"""Lots and stock. A lot is received at an outlet (an advance-financed one is ordered first and
arrives later), checked (accepted units go on the shelf, the rest go back), and its units may move between outlets: stock is kept per outlet and lot, so a
transfer keeps whose goods they are. Every change locks the stock row, moves it and records why,
in one transaction; a quantity never goes below zero."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Lot, Producer, Product, Stock, StockMove
from palli_marketplace.contracts import events as ev
from palli_marketplace.service import balances, payouts
from palli_marketplace.service.catalogue import outlet_for, product
from palli_marketplace.service.common import business_today, now


async def move(uow: UnitOfWork, who: Identity, outlet_id: uuid.UUID, lot: Lot, kind: str, quantity: int, reference: str | None) -> Stock:
    """Change one outlet's stock of a lot by `quantity` (signed), under the row's lock; units held
    for orders leave only through their order, so only the unreserved may go."""
    s = uow.session
    row = (await s.scalars(select(Stock).where(Stock.outlet_id == outlet_id, Stock.lot_id == lot.id).with_for_update())).first()
    if row is None:
        if quantity < 0:
            raise Conflict("none of this lot is at the outlet", field="lot_id")
        row = Stock(outlet_id=outlet_id, lot_id=lot.id, product_id=lot.product_id, quantity=0)
        s.add(row)
    free = row.quantity - row.reserved
    if quantity < 0 and free + quantity < 0:
        raise Conflict(f"only {free} of this lot are free at the outlet", field="quantity", extra={"available": free})
    row.quantity += quantity
    row.version += 1
    s.add(StockMove(id=uuid7(), outlet_id=outlet_id, lot_id=lot.id, kind=kind, quantity=quantity, reference=reference,
                    created_by=who.subject, created_at=now()))
    await s.flush()
    return row


async def receive(db: Database, who: Identity, body: dict) -> Lot:
    async with db.uow() as uow:
        outlet = await outlet_for(uow, body["outlet_id"], who)
        item = await product(uow, body["product_id"])
        ordered = body["mode"] == "advance"  # an order placed with her: the goods come later, an advance may go ahead
        lot = Lot(id=uuid7(), product_id=item.id, producer_id=item.producer_id, outlet_id=outlet.id, mode=body["mode"],
                  ordered=body["quantity"] if ordered else None, received=0 if ordered else body["quantity"], unit_price=item.producer_price,
                  status="ordered" if ordered else "received", received_on=business_today(), created_by=who.subject, created_at=now())
        uow.session.add(lot)
        await uow.session.flush()
        await uow.commit()
    return lot


async def arrive(db: Database, who: Identity, lot_id: uuid.UUID, quantity: int) -> Lot:
    """The goods of an advance-financed order arrive (possibly fewer or more than ordered)."""
    async with db.uow() as uow:
        lot = await locked_lot(uow, lot_id)
        await outlet_for(uow, lot.outlet_id, who)
        if lot.status != "ordered":
            raise Conflict("the goods of this lot have arrived already", field="lot_id")
        lot.received, lot.status, lot.received_on = quantity, "received", business_today()
        await uow.commit()
    return lot


async def locked_lot(uow: UnitOfWork, lot_id: uuid.UUID, field: str | None = None) -> Lot:
    """The lot, locked; a missing one is 404 on its path, 422 naming `field` in a body."""
    lot = (await uow.session.scalars(select(Lot).where(Lot.id == lot_id).with_for_update())).first()
    if lot is None:
        raise (ValidationFailed if field else NotFound)(f"lot {lot_id} does not exist", field=field or "lot_id")
    return lot


async def check_quality(db: Database, who: Identity, lot_id: uuid.UUID, *, accepted: int, note: str | None) -> Lot:
    """Accepted units go on the shelf. A purchased lot is bought now: what she is owed for it is
    paid at once, the way she chose (if she has not chosen yet, it waits for her next payout)."""
    async with db.uow() as uow:
        lot = await locked_lot(uow, lot_id)
        outlet = await outlet_for(uow, lot.outlet_id, who)
        if lot.status != "received":
            raise Conflict("the lot was checked already" if lot.status == "checked" else "the goods of this lot have not arrived",
                           field="lot_id")
        if accepted > lot.received:
            raise ValidationFailed(f"only {lot.received} were received", field="accepted")
        lot.accepted, lot.rejected, lot.quality_note, lot.status = accepted, lot.received - accepted, note, "checked"
        lot.version += 1
        if accepted:
            await move(uow, who, lot.outlet_id, lot, "accepted", accepted, "quality check")
        value = accepted * lot.unit_price if lot.mode == "purchase" else 0
        standing = await balances.apply(uow, [balances.Change(lot.producer_id, "purchase", value, accepted)], reference=f"lot {lot.id}",
                                        on=business_today()) if value else []
        uow.publish(ev.LotChecked(**lot_fact(lot, outlet), accepted=accepted, rejected=lot.rejected, unit_price=format_poisha(lot.unit_price),
                                  value=format_poisha(value), balances=standing, actor=who.subject), aggregate_id=lot.id, aggregate_version=lot.version)
        if value:
            producer = (await uow.session.scalars(select(Producer).where(Producer.id == lot.producer_id).with_for_update())).one()
            await uow.session.refresh(producer)
            if producer.payout_channel is not None and producer.balance > 0:
                await payouts.pay(uow, who, producer, min(value, producer.balance), business_today())
        await uow.commit()
    return lot


def lot_fact(lot: Lot, outlet) -> dict:  # noqa: ANN001
    return dict(lot_id=str(lot.id), product_id=str(lot.product_id), producer_id=str(lot.producer_id), outlet_id=str(lot.outlet_id),
                branch_id=str(outlet.branch_id) if outlet.branch_id else None, on=business_today(), channel=lot.mode)


async def transfer(db: Database, who: Identity, *, lot_id: uuid.UUID, from_outlet: uuid.UUID, to_outlet: uuid.UUID, quantity: int) -> list[Stock]:
    if from_outlet == to_outlet:
        raise ValidationFailed("a transfer goes to another outlet", field="to_outlet_id")
    async with db.uow() as uow:
        lot = await uow.session.get(Lot, lot_id)
        if lot is None:
            raise ValidationFailed(f"lot {lot_id} does not exist", field="lot_id")
        await outlet_for(uow, from_outlet, who, "from_outlet_id")
        await outlet_for(uow, to_outlet, who, "to_outlet_id")
        reference = f"transfer {uuid7()}"
        first, second = sorted((from_outlet, to_outlet))  # one lock order for every transfer
        moves = {from_outlet: -quantity, to_outlet: quantity}
        rows = {}
        for outlet_id in (first, second):
            rows[outlet_id] = await move(uow, who, outlet_id, lot, "transfer_out" if outlet_id == from_outlet else "transfer_in",
                                          moves[outlet_id], reference)
        await uow.commit()
    return [rows[from_outlet], rows[to_outlet]]


async def on_hand(db: Database, who: Identity, outlet_id: uuid.UUID) -> list[tuple[Stock, Lot, Product]]:
    async with db.sessions() as s:
        await outlet_for(s, outlet_id, who, read=True)
        rows = (await s.execute(select(Stock, Lot, Product).join(Lot, Lot.id == Stock.lot_id).join(Product, Product.id == Stock.product_id)
                                .where(Stock.outlet_id == outlet_id, Stock.quantity > 0).order_by(Product.code, Lot.received_on, Lot.id))).all()
    return [(st, lot, p) for st, lot, p in rows]


async def units_at(s, outlet_id: uuid.UUID, product_id: uuid.UUID) -> int:  # noqa: ANN001
    return await s.scalar(select(func.coalesce(func.sum(Stock.quantity), 0)).where(Stock.outlet_id == outlet_id,
                                                                                   Stock.product_id == product_id)) or 0
