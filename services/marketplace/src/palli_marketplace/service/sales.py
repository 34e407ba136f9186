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
from palli_marketplace.adapters.tables import CommissionRule, Lot, Product, Sale, SaleLine, Stock, StockMove, VatRate
from palli_marketplace.contracts import events as ev
from palli_marketplace.domain.settlement import rate_on, split
from palli_marketplace.service.catalogue import outlet_for
from palli_marketplace.service.common import now

WALLETS = ("bkash", "nagad", "bangla_qr")


@dataclass
class Posted:
    sale: Sale
    lines: list[SaleLine]
    replayed: bool


async def _rates(s, category: str, producer_id: uuid.UUID, day) -> tuple[Decimal, Decimal]:  # noqa: ANN001
    vat = rate_on([(r.effective_from, r.rate) for r in (await s.scalars(select(VatRate).where(VatRate.category == category))).all()], day)
    rules = (await s.scalars(select(CommissionRule).where(CommissionRule.category == category))).all()
    own = rate_on([(r.effective_from, r.percent) for r in rules if r.producer_id == producer_id], day)
    general = rate_on([(r.effective_from, r.percent) for r in rules if r.producer_id is None], day)
    if vat is None or (own if own is not None else general) is None:
        raise Conflict(f"no VAT rate or commission rule stands for {category} on {day}", field="lines")
    return vat, own if own is not None else general


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


async def post(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Posted:
    lines = body["lines"]
    seen = set()
    for i, line in enumerate(lines):
        if line["product_id"] in seen:
            raise ValidationFailed("a product appears twice; put its quantity on one line", field=f"lines.{i}.product_id")
        seen.add(line["product_id"])
    if body["channel"] in WALLETS and not body.get("reference"):
        raise ValidationFailed(f"a {body['channel']} payment names its transaction", field="reference")
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


async def _record(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Posted:
    day = business_day(body["sold_at"])
    async with db.uow() as uow:
        s = uow.session
        outlet = await outlet_for(uow, outlet_id, who)
        sale = Sale(id=uuid7(), outlet_id=outlet.id, client_id=body["client_id"], sold_at=body["sold_at"], channel=body["channel"],
                    reference=body.get("reference"), created_by=who.subject, created_at=now())
        s.add(sale)
        await s.flush()  # the (outlet, client id) row first: a concurrent repeat stops here
        out: list[SaleLine] = []
        for i, line in sorted(enumerate(body["lines"]), key=lambda x: x[1]["product_id"]):  # one lock order for every till
            item = await s.get(Product, line["product_id"])
            if item is None or not item.active:
                raise ValidationFailed(f"product {line['product_id']} does not exist or is withdrawn", field=f"lines.{i}.product_id")
            rows = list((await s.scalars(select(Stock).join(Lot, Lot.id == Stock.lot_id).where(
                Stock.outlet_id == outlet.id, Stock.product_id == item.id, Stock.quantity > 0)
                .order_by(Lot.received_on, Lot.id).with_for_update(of=Stock))).all())
            available = sum(r.quantity for r in rows)
            if available < line["quantity"]:
                raise Conflict(f"only {available} {item.unit} of {item.code} at this outlet", field=f"lines.{i}.quantity",
                               extra={"available": available})
            vat_rate, commission_percent = await _rates(s, item.category, item.producer_id, day)
            wanted = line["quantity"]
            for row in rows:
                take = min(wanted, row.quantity)
                if take == 0:
                    break
                row.quantity -= take
                row.version += 1
                wanted -= take
                parts = split(take * item.retail_price, vat_rate, commission_percent)
                sale_line = SaleLine(id=uuid7(), sale_id=sale.id, product_id=item.id, lot_id=row.lot_id, producer_id=item.producer_id,
                                     quantity=take, unit_price=item.retail_price, line_total=parts.total, vat_rate=vat_rate, vat=parts.vat,
                                     commission_percent=commission_percent, commission=parts.commission, producer_share=parts.producer_share)
                s.add(sale_line)
                s.add(StockMove(id=uuid7(), outlet_id=outlet.id, lot_id=row.lot_id, kind="sold", quantity=-take,
                                reference=f"sale {sale.id}", created_by=who.subject, created_at=now()))
                out.append(sale_line)
        sale.total, sale.vat = sum(x.line_total for x in out), sum(x.vat for x in out)
        sale.commission, sale.producer_share = sum(x.commission for x in out), sum(x.producer_share for x in out)
        await s.flush()
        uow.publish(ev.SaleRecorded(
            sale_id=str(sale.id), outlet_id=str(outlet.id), branch_id=str(outlet.branch_id) if outlet.branch_id else None, on=day,
            channel=sale.channel, reference=sale.reference, amount=format_poisha(sale.total), vat=format_poisha(sale.vat),
            commission=format_poisha(sale.commission), producer_share=format_poisha(sale.producer_share),
            lines=[{"product_id": str(x.product_id), "producer_id": str(x.producer_id), "lot_id": str(x.lot_id), "quantity": x.quantity,
                    "line_total": format_poisha(x.line_total), "vat": format_poisha(x.vat), "commission": format_poisha(x.commission),
                    "producer_share": format_poisha(x.producer_share)} for x in out],
            actor=who.subject), aggregate_id=sale.id, aggregate_version=1)
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

