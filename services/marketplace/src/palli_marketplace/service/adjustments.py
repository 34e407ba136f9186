"""Stock that leaves the shelf other than by sale, or changes price: shrinkage (lost, damaged,
expired), a markdown (a new price for a lot's units at one outlet) and unsold units returned to
the producer. Her goods (consignment, advance) are hers: shrinkage and markdowns need her consent,
recorded with who gave it, when and how. A purchased lot is the outlet's: its shrinkage is written
off at cost; it cannot be "returned" to her (that would be a purchase return, not built)."""

from __future__ import annotations

import uuid

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Adjustment, Lot, Outlet, Product, Stock
from palli_marketplace.contracts import events as ev
from palli_marketplace.service.catalogue import outlet_for
from palli_marketplace.service import pricing
from palli_marketplace.service.common import business_today, now
from palli_marketplace.service.stock import locked_lot, lot_fact, move

MOVE_KIND = {"shrinkage": "shrinkage", "returned_to_producer": "to_producer"}


async def adjust(db: Database, who: Identity, outlet_id: uuid.UUID, body: dict) -> Adjustment:
    kind, consent = body["kind"], body.get("consent")
    async with db.uow() as uow:
        outlet = await outlet_for(uow, outlet_id, who)
        lot = await locked_lot(uow, body["lot_id"], field="lot_id")
        hers = lot.mode != "purchase"
        if hers and kind in ("shrinkage", "markdown") and not consent:
            raise ValidationFailed("her goods are written off or marked down only with her consent (by, on, reference)", field="consent")
        if kind == "returned_to_producer" and not hers:
            raise Conflict("a purchased lot is the outlet's own: write it off or sell it", field="kind")
        adjustment = Adjustment(id=uuid7(), outlet_id=outlet.id, lot_id=lot.id, kind=kind, quantity=body.get("quantity") or 0,
                                reason=body["reason"], consent_by=(consent or {}).get("by"), consent_on=(consent or {}).get("on"),
                                consent_reference=(consent or {}).get("reference"), created_by=who.subject, created_at=now())
        if kind == "markdown":
            await _mark_down(uow, outlet, lot, body, adjustment)
        else:
            if not adjustment.quantity:
                raise ValidationFailed(f"{kind.replace('_', ' ')} names how many units", field="quantity")
            await move(uow, who, outlet.id, lot, MOVE_KIND[kind], -adjustment.quantity, f"adjustment {adjustment.id}")
            adjustment.written_off = adjustment.quantity * lot.unit_price if kind == "shrinkage" and not hers else 0
        uow.session.add(adjustment)
        await uow.session.flush()
        publish(uow, who, outlet, lot, adjustment)
        await uow.commit()
    return adjustment


async def _mark_down(uow: UnitOfWork, outlet: Outlet, lot: Lot, body: dict, adjustment: Adjustment) -> None:
    price = body.get("retail_price")
    if price is None:
        raise ValidationFailed("a markdown names the new retail price", field="retail_price")
    item = await uow.session.get(Product, lot.product_id)
    listed = await pricing.list_price(uow.session, outlet, item, business_today())
    if price >= listed:
        raise ValidationFailed(f"a markdown is below the list price {format_poisha(listed)}", field="retail_price")
    row = await uow.session.get(Stock, (outlet.id, lot.id), with_for_update=True)
    if row is None or row.quantity == 0:
        raise Conflict("none of this lot is on this outlet's shelf", field="lot_id")
    row.retail_price, row.version = price, row.version + 1
    adjustment.retail_price, adjustment.quantity = price, row.quantity


def publish(uow: UnitOfWork, who: Identity, outlet: Outlet, lot: Lot, adjustment: Adjustment) -> None:
    lot.version += 1
    consent = {"by": adjustment.consent_by, "on": adjustment.consent_on.isoformat() if adjustment.consent_on else None,
               "reference": adjustment.consent_reference} if adjustment.consent_by else None
    uow.publish(ev.StockAdjusted(
        **lot_fact(lot, outlet), adjustment_id=str(adjustment.id), kind=adjustment.kind, quantity=adjustment.quantity, reason=adjustment.reason,
        consent=consent, retail_price=format_poisha(adjustment.retail_price) if adjustment.retail_price is not None else None,
        written_off=format_poisha(adjustment.written_off), actor=who.subject), aggregate_id=lot.id, aggregate_version=lot.version)
