"""Orders from partners (for their customers) and the online channel: units held at an outlet until
the customer comes, then sold, or released.

A reservation takes the outlet's oldest free units the way a till does (products in id order, lots
oldest first, rows locked: `sales.pick`), so a till and an order never both get a unit, and keeps
which lot each unit came from: fulfilling sells exactly those units (`sales.book(reserved=True)`)
and cancelling gives exactly those back. A hold past its time still holds until `expire_holds`
releases it, so a customer a little late is still served.

Partners order from any outlet, but see and act only on their own orders (another's is 404) and
never take the payment; staff act on the orders of the outlets they work in. Orders move no money:
the fulfilling sale does (its marketplace.sale.recorded carries `order_id`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.mobile import normalise_mobile
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Lot, Order, OrderLine, Outlet, Product, Sale, Stock
from palli_marketplace.contracts import events as ev
from palli_marketplace.domain.settlement import split
from palli_marketplace.service.catalogue import may_work_in, outlet_for
from palli_marketplace.service.common import business_today, now
from palli_marketplace.service import pricing
from palli_marketplace.service.sales import WALLETS, Take, book, item_for, one_line_per_product, pick

HOLD = timedelta(hours=48)  # how long units are held when the order names no time
HOLD_MAX = timedelta(days=30)
EXPIRY_ACTOR = "job:expire-orders"


@dataclass
class Placed:
    order: Order
    lines: list[OrderLine]


def may_order_at(who: Identity, outlet: Outlet) -> bool:
    """Partners order from any outlet (they cannot sell or move stock: `may_work_in` refuses them
    writes); staff where they work."""
    return who.kind == "partner" or may_work_in(who, outlet)


def _hold_until(value: datetime | None) -> datetime:
    if value is None:
        return now() + HOLD
    if value.tzinfo is None:
        raise ValidationFailed("hold_until needs its UTC offset", field="hold_until")
    if not now() < value <= now() + HOLD_MAX:
        raise ValidationFailed(f"hold_until is in the future, at most {HOLD_MAX.days} days ahead", field="hold_until")
    return value


async def place(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Placed:
    lines = body["lines"]
    one_line_per_product(lines)
    if body["channel"] == "partner" and who.kind != "partner":
        raise ValidationFailed("the partner channel is a partner's own; staff take orders on the online channel", field="channel")
    mobile = normalise_mobile(body["customer"]["mobile"], "customer.mobile")
    hold_until = _hold_until(body.get("hold_until"))
    async with db.uow() as uow:
        s = uow.session
        outlet = await s.get(Outlet, outlet_id)
        if outlet is None:
            raise NotFound(f"outlet {outlet_id} does not exist", field="outlet_id")
        if not may_order_at(who, outlet):
            raise Forbidden("this outlet is not one you work in", field="outlet_id")
        order = Order(id=uuid7(), outlet_id=outlet.id, channel=body["channel"], partner=who.partner if who.kind == "partner" else None,
                      customer_name=body["customer"]["name"], customer_mobile=mobile, note=body.get("note"), status="reserved",
                      hold_until=hold_until, created_by=who.subject, created_at=now())
        s.add(order)
        held: list[OrderLine] = []
        for i, line in sorted(enumerate(lines), key=lambda x: x[1]["product_id"]):  # the tills' lock order
            item = await item_for(s, line["product_id"], f"lines.{i}.product_id")
            vat_rate, commission = await pricing.rates(s, item.category, item.producer_id, business_today())
            listed = await pricing.list_price(s, outlet, item, business_today())
            for t in await pick(s, outlet.id, item, line["quantity"], f"lines.{i}.quantity"):
                t.row.reserved += t.quantity
                t.row.version += 1
                price = t.row.retail_price if t.row.retail_price is not None else listed  # a markdown wins
                total = t.quantity * price
                held.append(OrderLine(id=uuid7(), order_id=order.id, product_id=item.id, lot_id=t.lot.id, quantity=t.quantity, unit_price=price,
                                      line_total=total, vat_rate=vat_rate, vat=split(total, vat_rate, commission).vat))
        order.total, order.vat = sum(x.line_total for x in held), sum(x.vat for x in held)
        s.add_all(held)
        await s.flush()
        uow.publish(ev.OrderReserved(**order_fact(order, outlet, held, who.subject)), aggregate_id=order.id, aggregate_version=order.version)
        await uow.commit()
    return Placed(order, held)


async def _order(s, who: Identity, order_id: uuid.UUID, lock: bool = False) -> tuple[Order, Outlet, list[OrderLine]]:  # noqa: ANN001
    """The order (locked, to act on it) with its outlet and lines; a partner's view is its own orders."""
    query = select(Order).where(Order.id == order_id)
    order = (await s.scalars(query.with_for_update() if lock else query)).first()
    if order is None or (who.kind == "partner" and order.created_by != who.subject):
        raise NotFound(f"order {order_id} does not exist", field="order_id")
    outlet = await s.get(Outlet, order.outlet_id)
    if who.kind != "partner" and not may_work_in(who, outlet):
        raise Forbidden("this order is at an outlet you do not work in", field="order_id")
    lines = list((await s.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.id))).all())
    return order, outlet, lines


def _still_held(order: Order) -> None:
    if order.status != "reserved":
        raise Conflict(f"order {order.id} is {order.status}", field="order_id",
                       extra={"order_status": order.status, **({"sale_id": str(order.sale_id)} if order.sale_id else {})})


async def _held_rows(s, order: Order, lines: list[OrderLine]) -> list[tuple[Stock, Lot, OrderLine]]:  # noqa: ANN001
    """The order's stock rows, locked in the tills' order (product id, then oldest lot first)."""
    by_lot = {x.lot_id: x for x in lines}
    pairs = (await s.execute(select(Stock, Lot).join(Lot, Lot.id == Stock.lot_id)
                             .where(Stock.outlet_id == order.outlet_id, Stock.lot_id.in_(list(by_lot)))
                             .order_by(Stock.product_id, Lot.received_on, Lot.id).with_for_update(of=Stock))).all()
    if len(pairs) != len(by_lot) or any(row.reserved < by_lot[lot.id].quantity for row, lot in pairs):  # only orders take reserved units off
        raise Conflict(f"the units held for order {order.id} are no longer on the shelf", field="order_id")
    return [(row, lot, by_lot[lot.id]) for row, lot in pairs]


async def fulfil(db: Database, who: Identity, order_id: uuid.UUID, body: dict) -> Placed:
    """The customer pays at the outlet: the held units are sold, under the order's lock (a second
    fulfil finds it fulfilled: 409)."""
    if who.kind == "partner":
        raise Forbidden("an order is fulfilled by the outlet's staff, who take the payment", field="order_id")
    if body["channel"] in WALLETS and not body.get("reference"):
        raise ValidationFailed(f"a {body['channel']} payment names its transaction", field="reference")
    async with db.uow() as uow:
        s = uow.session
        order, outlet, lines = await _order(s, who, order_id, lock=True)
        _still_held(order)
        picked: dict[uuid.UUID, tuple[Product, list[Take]]] = {}
        for row, lot, line in await _held_rows(s, order, lines):
            if row.product_id not in picked:
                picked[row.product_id] = (await s.get(Product, row.product_id), [])
            picked[row.product_id][1].append(Take(row, lot, line.quantity))
        sold_at = now()
        sale = Sale(id=uuid7(), outlet_id=outlet.id, client_id=f"order-{order.id}", sold_at=sold_at, channel=body["channel"],
                    reference=body.get("reference"), order_id=order.id, created_by=who.subject, created_at=sold_at)
        s.add(sale)
        try:
            await s.flush()
        except IntegrityError:  # a till posted a sale under this client id
            raise Conflict(f"a sale with client id order-{order.id} exists at this outlet", field="order_id") from None
        await book(uow, who, outlet, sale, list(picked.values()), reserved=True)
        order.status, order.sale_id, order.closed_at, order.version = "fulfilled", sale.id, sold_at, order.version + 1
        uow.publish(ev.OrderFulfilled(**order_fact(order, outlet, lines, who.subject), sale_id=str(sale.id)),
                    aggregate_id=order.id, aggregate_version=order.version)
        await uow.commit()
    return Placed(order, lines)


async def _release(uow: UnitOfWork, order: Order, outlet: Outlet, lines: list[OrderLine], status: str, reason: str, actor: str) -> None:
    for row, _, line in await _held_rows(uow.session, order, lines):
        row.reserved -= line.quantity
        row.version += 1
    order.status, order.reason, order.closed_at, order.version = status, reason, now(), order.version + 1
    uow.publish(ev.OrderCancelled(**order_fact(order, outlet, lines, actor), reason=reason), aggregate_id=order.id,
                aggregate_version=order.version)


async def cancel(db: Database, who: Identity, order_id: uuid.UUID, reason: str) -> Placed:
    """By the partner that ordered, or the outlet's staff: the held units go back on sale."""
    async with db.uow() as uow:
        order, outlet, lines = await _order(uow.session, who, order_id, lock=True)
        _still_held(order)
        await _release(uow, order, outlet, lines, "cancelled", reason, who.subject)
        await uow.commit()
    return Placed(order, lines)


async def expire_holds(db: Database, at: datetime) -> int:
    """Release every order still reserved past its hold (status expired), one transaction each, so
    the stock rows are locked in the tills' order and an interrupted run is simply run again."""
    async with db.sessions() as s:
        due = list((await s.scalars(select(Order.id).where(Order.status == "reserved", Order.hold_until < at)
                                    .order_by(Order.hold_until, Order.id))).all())
    expired = 0
    for order_id in due:
        async with db.uow() as uow:
            order = (await uow.session.scalars(select(Order).where(Order.id == order_id).with_for_update())).one()
            if order.status != "reserved" or order.hold_until >= at:
                continue  # fulfilled or cancelled meanwhile
            lines = list((await uow.session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))).all())
            outlet = await uow.session.get(Outlet, order.outlet_id)
            await _release(uow, order, outlet, lines, "expired", f"the hold passed at {order.hold_until.isoformat()}", EXPIRY_ACTOR)
            await uow.commit()
            expired += 1
    return expired


async def get(db: Database, who: Identity, order_id: uuid.UUID) -> Placed:
    async with db.sessions() as s:
        order, _, lines = await _order(s, who, order_id)
    return Placed(order, lines)


async def at_outlet(db: Database, who: Identity, outlet_id: uuid.UUID, status: str | None) -> list[Placed]:
    """An outlet's orders, newest first (a partner's: its own)."""
    async with db.sessions() as s:
        await outlet_for(s, outlet_id, who, read=True)
        query = select(Order).where(Order.outlet_id == outlet_id)
        if status:
            query = query.where(Order.status == status)
        if who.kind == "partner":
            query = query.where(Order.created_by == who.subject)
        orders = list((await s.scalars(query.order_by(Order.created_at.desc(), Order.id.desc()).limit(500))).all())
        lines = (await s.scalars(select(OrderLine).where(OrderLine.order_id.in_([o.id for o in orders])).order_by(OrderLine.id))).all()
    by_order: dict[uuid.UUID, list[OrderLine]] = {o.id: [] for o in orders}
    for line in lines:
        by_order[line.order_id].append(line)
    return [Placed(o, by_order[o.id]) for o in orders]


def order_fact(order: Order, outlet: Outlet, lines: list[OrderLine], actor: str) -> dict:
    return dict(order_id=str(order.id), outlet_id=str(outlet.id), branch_id=str(outlet.branch_id) if outlet.branch_id else None,
                channel=order.channel, partner=order.partner, status=order.status, customer_name=order.customer_name,
                customer_mobile=order.customer_mobile, hold_until=order.hold_until, total=format_poisha(order.total),
                vat=format_poisha(order.vat), actor=actor,
                lines=[{"product_id": str(x.product_id), "lot_id": str(x.lot_id), "quantity": x.quantity, "unit_price": format_poisha(x.unit_price),
                        "line_total": format_poisha(x.line_total), "vat": format_poisha(x.vat)} for x in lines])
