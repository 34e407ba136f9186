"""Savings products: seeded by the first migration, more made by an admin."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound
from palli_common.ids import uuid7
from palli_savings.adapters.tables import SavingsProduct
from palli_savings.domain.products import check_rate
from palli_savings.service.common import now
from palli_savings.settings import SavingsSettings


async def list_products(db: Database) -> list[SavingsProduct]:
    async with db.sessions() as s:
        return list((await s.scalars(select(SavingsProduct).order_by(SavingsProduct.code))).all())


async def get_product(db: Database, product_id: uuid.UUID) -> SavingsProduct:
    async with db.sessions() as s:
        product = await s.get(SavingsProduct, product_id)
    if product is None:
        raise NotFound(f"savings product {product_id} does not exist", field="product_id")
    return product


async def create_product(db: Database, fields: dict, settings: SavingsSettings) -> SavingsProduct:
    check_rate(fields["kind"], fields["annual_rate"], settings.compulsory_rate_floor_percent)
    stamp = now()
    product = SavingsProduct(id=uuid7(), **fields, created_at=stamp, updated_at=stamp)
    async with db.uow() as uow:
        uow.session.add(product)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict(f"a savings product with code {fields['code']} exists", field="code") from None
        await uow.commit()
    return product
