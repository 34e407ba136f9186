"""/v1/savings/products: what Palli offers savers. Making one is for admins (the gateway's table)."""

import uuid

from fastapi import APIRouter, status

from palli_savings.api.deps import DB, Settings
from palli_common.identity import CurrentIdentity
from palli_savings.api.schemas import ProductCreate, ProductOut, RateChange
from palli_savings.service.common import business_today
from palli_savings.service import products

router = APIRouter(prefix="/v1/savings/products", tags=["savings products"])


def _out(found: tuple) -> ProductOut:
    """`annual_rate` is the rate standing today; `rates` every rate with the day it applies from."""
    product, rates, chart = found
    today = business_today()
    return ProductOut.model_validate({**product.model_dump(), "annual_rate": products.rate_on(rates, today).annual_rate,
                                      "rates": [r.model_dump() for r in rates], "term_rates": [r.model_dump() for r in chart]})


@router.get("", response_model=list[ProductOut], summary="Every savings product")
async def list_products(db: DB):
    return [_out(found) for found in await products.list_products(db)]


@router.get("/{product_id}", response_model=ProductOut, summary="One savings product, with its rates over time")
async def get_product(product_id: uuid.UUID, db: DB):
    return _out(await products.get_product(db, product_id))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProductOut,
             summary="Define a savings product (compulsory savings pay at least the regulator's floor)")
async def create_product(body: ProductCreate, db: DB, who: CurrentIdentity, settings: Settings):
    return _out(await products.create_product(db, who, body.model_dump(), settings))


@router.post("/{product_id}/rates", response_model=ProductOut,
             summary="Change the product's rate from a day on (today or later: a change never reaches the past)")
async def change_rate(product_id: uuid.UUID, body: RateChange, db: DB, who: CurrentIdentity, settings: Settings):
    return _out(await products.change_rate(db, who, product_id, effective_from=body.effective_from, annual_rate=body.annual_rate,
                                           settings=settings))
