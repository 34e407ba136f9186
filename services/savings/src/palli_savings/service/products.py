"""Savings products: seeded by the first migration, more made by an admin."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_savings.adapters.tables import ProductRate, SavingsProduct, TermRate
from palli_savings.domain.products import check_rate, check_terms
from palli_savings.service.common import business_today, now
from palli_savings.settings import SavingsSettings


SINCE = date(2000, 1, 1)  # a new product's first rate stands for any day an account of it can have


async def _rates(s, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ProductRate]]:  # noqa: ANN001
    rows = (await s.scalars(select(ProductRate).where(ProductRate.product_id.in_(product_ids))
                            .order_by(ProductRate.product_id, ProductRate.effective_from))).all()
    by_product: dict[uuid.UUID, list[ProductRate]] = {}
    for r in rows:
        by_product.setdefault(r.product_id, []).append(r)
    return by_product


def rate_on(rates: list[ProductRate], day: date) -> ProductRate:
    return [r for r in rates if r.effective_from <= day][-1]


async def _charts(s, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[TermRate]]:  # noqa: ANN001
    rows = (await s.scalars(select(TermRate).where(TermRate.product_id.in_(product_ids))
                            .order_by(TermRate.product_id, TermRate.term_months, TermRate.min_amount, TermRate.effective_from))).all()
    by_product: dict[uuid.UUID, list[TermRate]] = {}
    for r in rows:
        by_product.setdefault(r.product_id, []).append(r)
    return by_product


Found = tuple[SavingsProduct, list[ProductRate], list[TermRate]]


async def list_products(db: Database) -> list[Found]:
    async with db.sessions() as s:
        products = list((await s.scalars(select(SavingsProduct).order_by(SavingsProduct.code))).all())
        ids = [p.id for p in products]
        rates, charts = await _rates(s, ids), await _charts(s, ids)
    return [(p, rates.get(p.id, []), charts.get(p.id, [])) for p in products]


async def get_product(db: Database, product_id: uuid.UUID) -> Found:
    async with db.sessions() as s:
        product = await s.get(SavingsProduct, product_id)
        if product is None:
            raise NotFound(f"savings product {product_id} does not exist", field="product_id")
        return product, (await _rates(s, [product_id])).get(product_id, []), (await _charts(s, [product_id])).get(product_id, [])


async def change_rate(db: Database, who: Identity, product_id: uuid.UUID, *, effective_from: date, annual_rate: Decimal,
                      settings: SavingsSettings) -> Found:
    """A new rate from a day on: today or later, so no day already earned (or posted) changes."""
    if effective_from < business_today():
        raise ValidationFailed("a rate change applies from today or a later day, never to the past", field="effective_from")
    async with db.uow() as uow:
        product = (await uow.session.scalars(select(SavingsProduct).where(SavingsProduct.id == product_id).with_for_update())).first()
        if product is None:
            raise NotFound(f"savings product {product_id} does not exist", field="product_id")
        check_rate(product.kind, annual_rate, settings.compulsory_rate_floor_percent)
        existing = await uow.session.get(ProductRate, (product_id, effective_from))
        if existing is not None:
            existing.annual_rate, existing.created_by, existing.created_at = annual_rate, who.subject, now()
        else:
            uow.session.add(ProductRate(product_id=product_id, effective_from=effective_from, annual_rate=annual_rate,
                                        created_by=who.subject, created_at=now()))
        product.version += 1
        product.updated_at = now()
        await uow.commit()
    return await get_product(db, product_id)


async def create_product(db: Database, who: Identity, fields: dict, settings: SavingsSettings) -> Found:
    check_rate(fields["kind"], fields["annual_rate"], settings.compulsory_rate_floor_percent)
    chart = fields.pop("term_rates", [])
    check_terms(fields, chart)
    stamp = now()
    product = SavingsProduct(id=uuid7(), **fields, created_at=stamp, updated_at=stamp)
    rate = ProductRate(product_id=product.id, effective_from=SINCE, annual_rate=fields["annual_rate"], created_by=who.subject, created_at=stamp)
    term_rates = [TermRate(product_id=product.id, term_months=r["term_months"], min_amount=r["min_amount"], effective_from=SINCE,
                           annual_rate=r["annual_rate"], created_by=who.subject, created_at=stamp) for r in chart]
    async with db.uow() as uow:
        uow.session.add(product)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict(f"a savings product with code {fields['code']} exists", field="code") from None
        uow.session.add(rate)
        uow.session.add_all(term_rates)
        await uow.commit()
    return product, [rate], term_rates
