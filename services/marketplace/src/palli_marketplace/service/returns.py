"""A customer brings units of a sale back: each returned unit's parts of its line (VAT, commission,
her share or the outlet's own sale, and its cost) are reversed and the price refunded, by the
sale's channel. Parts are taken as the difference of "all returned so far" and "before this
return", each rounded HALF_EVEN, so a line returned unit by unit refunds exactly what it was split
into, to the poisha. Restocked units go back to their lot on this outlet's shelf; units not fit to
sell go back to the producer when they are hers, and are written off at cost when purchased."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Adjustment, CustomerReturn, Lot, Sale, SaleLine
from palli_marketplace.contracts import events as ev
from palli_marketplace.domain.settlement import share_of
from palli_marketplace.service import adjustments, balances
from palli_marketplace.service.catalogue import outlet_for
from palli_marketplace.service.common import business_today, now
from palli_marketplace.service.sales import WALLETS, line_fact
from palli_marketplace.service.stock import move

PARTS = ("vat", "commission", "owned_cost")  # rounded shares; her share / the outlet's own sale take the remainder


def refund_parts(line: SaleLine, quantity: int) -> dict:
    before, after = line.returned, line.returned + quantity
    parts = {p: share_of(getattr(line, p), after, line.quantity) - share_of(getattr(line, p), before, line.quantity) for p in PARTS}
    total = line.unit_price * quantity
    rest = total - parts["vat"] - parts["commission"]
    return {"line_total": total, "vat": parts["vat"], "commission": parts["commission"],
            "producer_share": rest if line.mode != "purchase" else 0, "owned_sales": rest if line.mode == "purchase" else 0,
            "owned_cost": parts["owned_cost"]}


async def take_back(db: Database, who: Identity, sale_id: uuid.UUID, body: dict) -> CustomerReturn:
    async with db.uow() as uow:
        s = uow.session
        sale = (await s.scalars(select(Sale).where(Sale.id == sale_id).with_for_update())).first()
        if sale is None:
            raise NotFound(f"sale {sale_id} does not exist", field="sale_id")
        outlet = await outlet_for(uow, sale.outlet_id, who)
        if sale.channel in WALLETS and not body.get("reference"):
            raise ValidationFailed(f"a refund by {sale.channel} names its transaction", field="reference")
        lines = list((await s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.id))).all())
        returned: list[tuple[SaleLine, int, dict]] = []
        for i, want in enumerate(body["lines"]):
            left = want["quantity"]
            mine = [x for x in lines if x.product_id == want["product_id"]]
            if not mine:
                raise ValidationFailed("this sale did not sell that product", field=f"lines.{i}.product_id")
            if sum(x.quantity - x.returned for x in mine) < left:
                raise Conflict(f"only {sum(x.quantity - x.returned for x in mine)} of it are left to return", field=f"lines.{i}.quantity")
            for line in mine:
                q = min(left, line.quantity - line.returned)
                if q:
                    returned.append((line, q, refund_parts(line, q)))
                    line.returned += q
                    left -= q
        back = CustomerReturn(id=uuid7(), sale_id=sale.id, on=business_today(), reason=body["reason"], restocked=body["restock"],
                              channel=sale.channel, reference=body.get("reference"), amount=sum(p["line_total"] for _, _, p in returned),
                              lines=[{"sale_line_id": str(x.id), **line_fact(x, q, p)} for x, q, p in returned],
                              created_by=who.subject, created_at=now())
        s.add(back)
        sale.refunded += back.amount
        await s.flush()
        await _shelve(uow, who, outlet, back, returned)
        owed = [balances.Change(x.producer_id, "refund", -p["producer_share"], -q) for x, q, p in returned if x.mode != "purchase"]
        standing = await balances.apply(uow, owed, reference=f"return {back.id}", on=back.on) if owed else []
        totals = {k: format_poisha(sum(p[k] for _, _, p in returned)) for k in ("vat", "commission", "producer_share", "owned_sales", "owned_cost")}
        version = await s.scalar(select(func.count()).select_from(CustomerReturn).where(CustomerReturn.sale_id == sale.id))
        uow.publish(ev.SaleRefunded(
            sale_id=str(sale.id), outlet_id=str(outlet.id), branch_id=str(outlet.branch_id) if outlet.branch_id else None, on=back.on,
            channel=sale.channel, reference=back.reference, order_id=str(sale.order_id) if sale.order_id else None,
            amount=format_poisha(back.amount), **totals, lines=back.lines, balances=standing, return_id=str(back.id), restocked=back.restocked,
            actor=who.subject), aggregate_id=sale.id, aggregate_version=1 + version)
        await uow.commit()
    return back


async def _shelve(uow, who: Identity, outlet, back: CustomerReturn, returned: list) -> None:  # noqa: ANN001
    """Restocked: back to their lots on this shelf. Not fit to sell: a purchased lot's units are
    written off at cost (their cost came back to stock with the refund); hers go back to her."""
    for line, q, _ in returned:
        lot = await uow.session.get(Lot, line.lot_id, with_for_update=True)
        if back.restocked:
            await move(uow, who, outlet.id, lot, "customer_return", q, f"return {back.id}")
        elif lot.mode == "purchase":
            loss = Adjustment(id=uuid7(), outlet_id=outlet.id, lot_id=lot.id, kind="shrinkage", quantity=q,
                              reason=f"returned by a customer, not fit to sell: {back.reason}"[:300], written_off=q * lot.unit_price,
                              created_by=who.subject, created_at=now())
            uow.session.add(loss)
            adjustments.publish(uow, who, outlet, lot, loss)
