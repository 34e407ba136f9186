"""/v1/loan-products: the loans Palli offers. Writes are for admins (the gateway's route table)."""

import uuid

from fastapi import APIRouter, Response, status

from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_lending.adapters.tables import LoanProduct
from palli_lending.api.deps import DB, Settings
from palli_lending.api.products_schemas import ProductCreate, ProductOut, ProductUpdate
from palli_lending.domain.eligibility import rules_of
from palli_lending.service import products

router = APIRouter(prefix="/v1/loan-products", tags=["loan products"])


def product_out(product: LoanProduct) -> ProductOut:
    return ProductOut.model_validate({**product.model_dump(), "eligibility": rules_of(product.eligibility)})


def _one(product: LoanProduct, response: Response) -> ProductOut:
    set_etag(response, product.version)
    return product_out(product)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProductOut,
             summary="Define a loan product (its dearest loan must stay within the regulatory rate cap)")
async def create_product(body: ProductCreate, db: DB, settings: Settings, who: CurrentIdentity, response: Response):
    return _one(await products.create_product(db, body, settings=settings), response)


@router.get("", response_model=Page[ProductOut], summary="List loan products by code (active=true: those offered now)")
async def list_products(db: DB, page: PageQuery, who: CurrentIdentity, active: bool | None = None):
    rows = await products.list_products(db, page, active=active)
    return make_page(rows, page, lambda p: [p.code], product_out)


@router.get("/{product_id}", response_model=ProductOut, summary="A loan product (ETag: its version, for If-Match)")
async def get_product(product_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await products.get_product(db, product_id), response)


@router.patch("/{product_id}", response_model=ProductOut,
              summary="Change a product (send If-Match); loans already made keep their own terms")
async def update_product(product_id: uuid.UUID, body: ProductUpdate, db: DB, settings: Settings, who: CurrentIdentity,
                         if_match: IfMatch, response: Response):
    product = await products.update_product(db, product_id, body, settings=settings, expected_version=if_match)
    return _one(product, response)


@router.post("/{product_id}/deactivate", response_model=ProductOut,
             summary="Stop offering a product (no new applications; its loans run on)")
async def deactivate_product(product_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await products.set_active(db, product_id, False, expected_version=if_match), response)


@router.post("/{product_id}/activate", response_model=ProductOut, summary="Offer a product again")
async def activate_product(product_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await products.set_active(db, product_id, True, expected_version=if_match), response)
