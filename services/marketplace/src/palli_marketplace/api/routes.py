"""/v1/marketplace: outlets, producers, products, lots and stock, sales."""

import uuid

from fastapi import APIRouter, Response, status

from palli_common.identity import CurrentIdentity
from palli_marketplace.api.deps import DB
from palli_marketplace.api.schemas import (LotCreate, LotOut, OutletCreate, OutletOut, ProducerCreate, ProducerOut, ProductCreate, ProductOut,
                                           QualityCheck, SaleCreate, SaleLineOut, SaleOut, StockOut, TransferCreate)
from palli_marketplace.service import catalogue, sales, stock

router = APIRouter(prefix="/v1/marketplace", tags=["marketplace"])


def _sale(posted: sales.Posted) -> SaleOut:
    return SaleOut.model_validate({**posted.sale.model_dump(), "lines": [SaleLineOut.model_validate(x.model_dump()) for x in posted.lines]})


@router.post("/outlets", status_code=status.HTTP_201_CREATED, response_model=OutletOut, summary="Open an outlet (Palli Bipani)")
async def create_outlet(body: OutletCreate, db: DB, who: CurrentIdentity):
    return OutletOut.model_validate((await catalogue.create_outlet(db, who, body.model_dump())).model_dump())


@router.get("/outlets", response_model=list[OutletOut], summary="Every outlet")
async def list_outlets(db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [OutletOut.model_validate(o.model_dump()) for o in await catalogue.outlets(db)]


@router.post("/producers", status_code=status.HTTP_201_CREATED, response_model=ProducerOut, summary="Register an active member as a producer")
async def register_producer(body: ProducerCreate, db: DB, who: CurrentIdentity):
    return ProducerOut.model_validate((await catalogue.register_producer(db, who, body.member_id)).model_dump())


@router.get("/producers", response_model=list[ProducerOut], summary="Every producer")
async def list_producers(db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [ProducerOut.model_validate(p.model_dump()) for p in await catalogue.producers(db)]


@router.post("/products", status_code=status.HTTP_201_CREATED, response_model=ProductOut, summary="List a producer's product")
async def create_product(body: ProductCreate, db: DB, who: CurrentIdentity):
    return ProductOut.model_validate((await catalogue.create_product(db, who, body.model_dump())).model_dump())


@router.get("/products", response_model=list[ProductOut], summary="The catalogue (filter by producer)")
async def list_products(db: DB, who: CurrentIdentity, producer_id: uuid.UUID | None = None):  # noqa: ARG001
    return [ProductOut.model_validate(p.model_dump()) for p in await catalogue.products(db, producer_id)]


@router.post("/lots", status_code=status.HTTP_201_CREATED, response_model=LotOut,
             summary="Receive a lot at an outlet (consignment, purchase or advance-financed); its quality check puts it on the shelf")
async def receive(body: LotCreate, db: DB, who: CurrentIdentity):
    return LotOut.model_validate((await stock.receive(db, who, body.model_dump())).model_dump())


@router.post("/lots/{lot_id}/quality-check", response_model=LotOut, summary="Accept part or all of a lot (the rest goes back)")
async def check(lot_id: uuid.UUID, body: QualityCheck, db: DB, who: CurrentIdentity):
    return LotOut.model_validate((await stock.check_quality(db, who, lot_id, accepted=body.accepted, note=body.note)).model_dump())


@router.post("/transfers", status_code=status.HTTP_201_CREATED, response_model=list[StockOut],
             summary="Move units of a lot to another outlet (the lot, and whose goods they are, go with them)")
async def transfer(body: TransferCreate, db: DB, who: CurrentIdentity):
    rows = await stock.transfer(db, who, lot_id=body.lot_id, from_outlet=body.from_outlet_id, to_outlet=body.to_outlet_id,
                                quantity=body.quantity)
    async with db.sessions() as s:
        from palli_marketplace.adapters.tables import Lot, Product

        lot = await s.get(Lot, body.lot_id)
        item = await s.get(Product, lot.product_id)
    return [StockOut(outlet_id=r.outlet_id, lot_id=r.lot_id, product_id=r.product_id, product_code=item.code, mode=lot.mode,
                     received_on=lot.received_on, quantity=r.quantity, reserved=r.reserved) for r in rows]


@router.get("/outlets/{outlet_id}/stock", response_model=list[StockOut], summary="Stock on hand at an outlet, per lot")
async def on_hand(outlet_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return [StockOut(outlet_id=st.outlet_id, lot_id=st.lot_id, product_id=st.product_id, product_code=p.code, mode=lot.mode,
                     received_on=lot.received_on, quantity=st.quantity, reserved=st.reserved) for st, lot, p in await stock.on_hand(db, who, outlet_id)]


@router.post("/outlets/{outlet_id}/sales", status_code=status.HTTP_201_CREATED, response_model=SaleOut,
             summary="Post a till's sale (the same client_id again changes nothing and answers 200 with the first)")
async def post_sale(outlet_id: uuid.UUID, body: SaleCreate, db: DB, who: CurrentIdentity, response: Response):
    posted = await sales.post(db, who, outlet_id, body.model_dump())
    if posted.replayed:
        response.status_code = status.HTTP_200_OK
    return _sale(posted)


@router.get("/sales/{sale_id}", response_model=SaleOut, summary="A sale's receipt, VAT shown")
async def get_sale(sale_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return _sale(await sales.get(db, who, sale_id))
