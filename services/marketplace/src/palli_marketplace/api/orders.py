"""/v1/marketplace: orders from partners and the online channel. Placing and fulfilling take an
Idempotency-Key (a partner must send one): a retry holds or sells the units once."""

import uuid
from typing import Literal

from fastapi import APIRouter, status

from palli_common.idempotency import Idempotent
from palli_common.identity import CurrentIdentity
from palli_marketplace.api.deps import DB
from palli_marketplace.api.order_schemas import Cancellation, CustomerOut, Fulfilment, OrderCreate, OrderLineOut, OrderOut
from palli_marketplace.service import orders

router = APIRouter(prefix="/v1/marketplace", tags=["marketplace orders"])


def _out(placed: orders.Placed) -> OrderOut:
    o = placed.order
    return OrderOut.model_validate({**o.model_dump(), "customer": CustomerOut(name=o.customer_name, mobile=o.customer_mobile),
                                    "lines": [OrderLineOut.model_validate(x.model_dump()) for x in placed.lines]})


@router.post("/outlets/{outlet_id}/orders", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=OrderOut,
             summary="Hold units at an outlet for a customer's order (oldest lots first), priced with VAT shown")
async def place(outlet_id: uuid.UUID, body: OrderCreate, db: DB, who: CurrentIdentity):
    return _out(await orders.place(db, who, outlet_id, body.model_dump()))


@router.get("/outlets/{outlet_id}/orders", response_model=list[OrderOut], summary="An outlet's orders, newest first (a partner's: its own)")
async def at_outlet(outlet_id: uuid.UUID, db: DB, who: CurrentIdentity,
                    status: Literal["reserved", "fulfilled", "cancelled", "expired"] | None = None):
    return [_out(p) for p in await orders.at_outlet(db, who, outlet_id, status)]


@router.get("/orders/{order_id}", response_model=OrderOut, summary="An order with the units it holds")
async def get_order(order_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return _out(await orders.get(db, who, order_id))


@router.post("/orders/{order_id}/fulfil", dependencies=[Idempotent], response_model=OrderOut,
             summary="The customer pays at the outlet: the held units are sold (the sale carries order_id)")
async def fulfil(order_id: uuid.UUID, body: Fulfilment, db: DB, who: CurrentIdentity):
    return _out(await orders.fulfil(db, who, order_id, body.model_dump()))


@router.post("/orders/{order_id}/cancel", response_model=OrderOut, summary="Cancel an order: its units go back on sale")
async def cancel(order_id: uuid.UUID, body: Cancellation, db: DB, who: CurrentIdentity):
    return _out(await orders.cancel(db, who, order_id, body.reason))
