"""Lots and stock. A lot is received at an outlet, checked (accepted units go on the shelf, the
rest go back), and its units may move between outlets: stock is kept per outlet and lot, so a
transfer keeps whose goods they are. Every change locks the stock row, moves it and records why,
in one transaction; a quantity never goes below zero."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_marketplace.adapters.tables import Lot, Product, Stock, StockMove
from palli_marketplace.service.catalogue import outlet_for, product
from palli_marketplace.service.common import business_today, now


async def _move(uow: UnitOfWork, who: Identity, outlet_id: uuid.UUID, lot: Lot, kind: str, quantity: int, reference: str | None) -> Stock:
    """Change one outlet's stock of a lot by `quantity` (signed), under the row's lock."""
    s = uow.session
    row = (await s.scalars(select(Stock).where(Stock.outlet_id == outlet_id, Stock.lot_id == lot.id).with_for_update())).first()
    if row is None:
        if quantity < 0:
            raise Conflict("none of this lot is at the outlet", field="lot_id")
        row = Stock(outlet_id=outlet_id, lot_id=lot.id, product_id=lot.product_id, quantity=0)
        s.add(row)
    if row.quantity + quantity < 0:
        raise Conflict(f"only {row.quantity} of this lot are at the outlet", field="quantity", extra={"available": row.quantity})
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
        lot = Lot(id=uuid7(), product_id=item.id, producer_id=item.producer_id, outlet_id=outlet.id, mode=body["mode"],
                  received=body["quantity"], unit_price=item.producer_price, status="received", received_on=business_today(),
                  created_by=who.subject, created_at=now())
        uow.session.add(lot)
        await uow.session.flush()
        await uow.commit()
    return lot


async def check_quality(db: Database, who: Identity, lot_id: uuid.UUID, *, accepted: int, note: str | None) -> Lot:
    async with db.uow() as uow:
        lot = (await uow.session.scalars(select(Lot).where(Lot.id == lot_id).with_for_update())).first()
        if lot is None:
            raise NotFound(f"lot {lot_id} does not exist", field="lot_id")
        await outlet_for(uow, lot.outlet_id, who)
        if lot.status != "received":
            raise Conflict("the lot was checked already", field="lot_id")
        if accepted > lot.received:
            raise ValidationFailed(f"only {lot.received} were received", field="accepted")
        lot.accepted, lot.rejected, lot.quality_note, lot.status = accepted, lot.received - accepted, note, "checked"
        if accepted:
            await _move(uow, who, lot.outlet_id, lot, "accepted", accepted, "quality check")
        await uow.commit()
    return lot


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
            rows[outlet_id] = await _move(uow, who, outlet_id, lot, "transfer_out" if outlet_id == from_outlet else "transfer_in",
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
