"""Point-of-sale sales. An outlet's tablet posts each sale with its own `client_id` (it may post
offline sales late, and twice): the sale is unique per outlet and client id, so a repeat finds the
first and changes nothing. Units come off the outlet's oldest lots first, each stock row locked,
so two tills selling the last unit cannot both have it. Each line splits into VAT (the category's
rate on the day, data), the outlet's commission (the producer's own rule, else the category's) and
the producer's share; the sale and its event commit together."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.clock import business_day
from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Lot, Product, Sale, SaleLine, Stock, StockMove
from palli_marketplace.contracts import events as ev
from palli_marketplace.domain.settlement import split
from palli_marketplace.service import balances, pricing
from palli_marketplace.service.catalogue import outlet_for
from palli_marketplace.service.common import now

WALLETS = ("bkash", "nagad", "bangla_qr", "bank")  # a payment that names its transaction


@dataclass
class Posted:
    sale: Sale
    lines: list[SaleLine]
    replayed: bool


async def existing(db: Database, outlet_id: uuid.UUID, client_id: str) -> Posted | None:
    async with db.sessions() as s:
        sale = await s.scalar(select(Sale).where(Sale.outlet_id == outlet_id, Sale.client_id == client_id))
        if sale is None:
            return None
        lines = list((await s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.id))).all())
    return Posted(sale, lines, True)


def _same(posted: Posted, lines: list[dict]) -> bool:
    sold: dict[uuid.UUID, int] = {}
    for line in posted.lines:
        sold[line.product_id] = sold.get(line.product_id, 0) + line.quantity
    return sold == {line["product_id"]: line["quantity"] for line in lines}


def one_line_per_product(lines: list[dict]) -> None:
    seen = set()
    for i, line in enumerate(lines):
        if line["product_id"] in seen:
            raise ValidationFailed("a product appears twice; put its quantity on one line", field=f"lines.{i}.product_id")
        seen.add(line["product_id"])


async def post(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Posted:
    lines = body["lines"]
    one_line_per_product(lines)
    if body["channel"] in WALLETS and not body.get("reference"):
        raise ValidationFailed(f"a {body['channel']} payment names its transaction", field="reference")
    if body["client_id"].startswith("order-"):  # an order's own sale is posted by its fulfilment under this id
        raise ValidationFailed("client ids starting with order- belong to orders' sales", field="client_id")
    if body["sold_at"].tzinfo is None:
        raise ValidationFailed("sold_at needs its UTC offset", field="sold_at")
    if body["sold_at"] > now():
        raise ValidationFailed("sold_at is in the future", field="sold_at")
    held = await existing(db, outlet_id, body["client_id"])
    if held is not None:
        return _replay(held, lines)
    try:
        return await _record(db, who, outlet_id, body)
    except IntegrityError:  # the same sale from a second post that was a moment ahead
        held = await existing(db, outlet_id, body["client_id"])
        if held is None:
            raise
        return _replay(held, lines)


def _replay(held: Posted, lines: list[dict]) -> Posted:
    if not _same(held, lines):
        raise Conflict("this client_id was used for another sale", field="client_id", extra={"sale_id": str(held.sale.id)})
    return held


@dataclass
class Take:
    """Units of one lot (its stock row locked) going into a sale."""

    row: Stock
    lot: Lot
    quantity: int


async def pick(s, outlet_id: uuid.UUID, item: Product, quantity: int, field: str) -> list[Take]:  # noqa: ANN001
    """The outlet's oldest lots first, rows locked, from what is not reserved for orders."""
    pairs = (await s.execute(select(Stock, Lot).join(Lot, Lot.id == Stock.lot_id).where(
        Stock.outlet_id == outlet_id, Stock.product_id == item.id, Stock.quantity > Stock.reserved)
        .order_by(Lot.received_on, Lot.id).with_for_update(of=Stock))).all()
    available = sum(row.quantity - row.reserved for row, _ in pairs)
    if available < quantity:
        raise Conflict(f"only {available} {item.unit} of {item.code} at this outlet", field=field, extra={"available": available})
    takes, wanted = [], quantity
    for row, lot in pairs:
        take = min(wanted, row.quantity - row.reserved)
        if take == 0:
            break
        takes.append(Take(row, lot, take))
        wanted -= take
    return takes


async def item_for(s, product_id: uuid.UUID, field: str) -> Product:  # noqa: ANN001
    item = await s.get(Product, product_id)
    if item is None or not item.active:
        raise ValidationFailed(f"product {product_id} does not exist or is withdrawn", field=field)
    return item


async def book(uow, who: Identity, outlet, sale: Sale, picked: list[tuple[Product, list[Take]]], *, reserved: bool = False) -> list[SaleLine]:  # noqa: ANN001
    """Take the units off the shelf (and off their reservation, for an order), split each lot's
    units into VAT, commission and her share (or the outlet's own sale, for a purchased lot), owe
    the producers their shares, and publish the sale: all in the caller's transaction."""
    s, day = uow.session, business_day(sale.sold_at)
    out: list[SaleLine] = []
    for item, takes in picked:
        vat_rate, commission_percent = await pricing.rates(s, item.category, item.producer_id, day)
        listed = await pricing.list_price(s, outlet, item, day)
        for t in takes:
            t.row.quantity -= t.quantity
            t.row.reserved -= t.quantity if reserved else 0
            t.row.version += 1
            price = t.row.retail_price if t.row.retail_price is not None else listed  # a markdown wins
            parts = split(t.quantity * price, vat_rate, commission_percent,
                          owned_cost=t.quantity * t.lot.unit_price if t.lot.mode == "purchase" else None)
            line = SaleLine(id=uuid7(), sale_id=sale.id, product_id=item.id, lot_id=t.lot.id, producer_id=item.producer_id, mode=t.lot.mode,
                            quantity=t.quantity, unit_price=price, line_total=parts.total, vat_rate=vat_rate, vat=parts.vat,
                            commission_percent=commission_percent if t.lot.mode != "purchase" else Decimal("0.00"), commission=parts.commission,
                            producer_share=parts.producer_share, owned_sales=parts.owned_sales, owned_cost=parts.owned_cost)
            s.add(line)
            s.add(StockMove(id=uuid7(), outlet_id=outlet.id, lot_id=t.lot.id, kind="sold", quantity=-t.quantity, reference=f"sale {sale.id}",
                            created_by=who.subject, created_at=now()))
            out.append(line)
    for name in ("vat", "commission", "producer_share", "owned_sales", "owned_cost"):
        setattr(sale, name, sum(getattr(x, name) for x in out))
    sale.total = sum(x.line_total for x in out)
    await s.flush()
    owed = [balances.Change(x.producer_id, "sale", x.producer_share, x.quantity) for x in out if x.mode != "purchase"]
    standing = await balances.apply(uow, owed, reference=f"sale {sale.id}", on=day) if owed else []
    uow.publish(ev.SaleRecorded(**sale_fact(sale, outlet, out, day), balances=standing, actor=who.subject),
                aggregate_id=sale.id, aggregate_version=1)
    return out


def line_fact(x: SaleLine, quantity: int | None = None, parts: dict | None = None) -> dict:
    parts = parts or {k: getattr(x, k) for k in ("line_total", "vat", "commission", "producer_share", "owned_sales", "owned_cost")}
    return {"product_id": str(x.product_id), "producer_id": str(x.producer_id), "lot_id": str(x.lot_id), "mode": x.mode,
            "quantity": x.quantity if quantity is None else quantity, **{k: format_poisha(v) for k, v in parts.items()}}


def sale_fact(sale: Sale, outlet, lines: list[SaleLine], day) -> dict:  # noqa: ANN001
    return dict(sale_id=str(sale.id), outlet_id=str(outlet.id), branch_id=str(outlet.branch_id) if outlet.branch_id else None, on=day,
                channel=sale.channel, reference=sale.reference, order_id=str(sale.order_id) if sale.order_id else None,
                amount=format_poisha(sale.total), vat=format_poisha(sale.vat), commission=format_poisha(sale.commission),
                producer_share=format_poisha(sale.producer_share), owned_sales=format_poisha(sale.owned_sales),
                owned_cost=format_poisha(sale.owned_cost), lines=[line_fact(x) for x in lines])


async def _record(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Posted:
    async with db.uow() as uow:
        s = uow.session
        outlet = await outlet_for(uow, outlet_id, who)
        sale = Sale(id=uuid7(), outlet_id=outlet.id, client_id=body["client_id"], sold_at=body["sold_at"], channel=body["channel"],
                    reference=body.get("reference"), created_by=who.subject, created_at=now())
        s.add(sale)
        await s.flush()  # the (outlet, client id) row first: a concurrent repeat stops here
        picked = []
        for i, line in sorted(enumerate(body["lines"]), key=lambda x: x[1]["product_id"]):  # one lock order for every till
            item = await item_for(s, line["product_id"], f"lines.{i}.product_id")
            picked.append((item, await pick(s, outlet.id, item, line["quantity"], f"lines.{i}.quantity")))
        out = await book(uow, who, outlet, sale, picked)
        await uow.commit()
    return Posted(sale, out, False)


async def get(db: Database, who: Identity, sale_id: uuid.UUID) -> Posted:
    async with db.sessions() as s:
        sale = await s.get(Sale, sale_id)
        if sale is None:
            raise NotFound(f"sale {sale_id} does not exist", field="sale_id")
        await outlet_for(s, sale.outlet_id, who, "sale_id", read=True)
        lines = list((await s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.id))).all())
    return Posted(sale, lines, False)

