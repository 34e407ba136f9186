"""/v1/savings/products: what Palli offers savers. Making one is for admins (the gateway's table)."""

import uuid

from fastapi import APIRouter, status

from palli_savings.api.deps import DB, Settings
from palli_savings.api.schemas import ProductCreate, ProductOut
from palli_savings.service import products

router = APIRouter(prefix="/v1/savings/products", tags=["savings products"])


@router.get("", response_model=list[ProductOut], summary="Every savings product")
async def list_products(db: DB):
    return [ProductOut.model_validate(p.model_dump()) for p in await products.list_products(db)]


@router.get("/{product_id}", response_model=ProductOut, summary="One savings product")
async def get_product(product_id: uuid.UUID, db: DB):
    return ProductOut.model_validate((await products.get_product(db, product_id)).model_dump())


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProductOut,
             summary="Define a savings product (compulsory savings pay at least the regulator's floor)")
async def create_product(body: ProductCreate, db: DB, settings: Settings):
    return ProductOut.model_validate((await products.create_product(db, body.model_dump(), settings)).model_dump())
