"""What a unit sells for and how it splits, as data: VAT by category, the outlets' commission by
category or producer, and price lists, each effective from a day. A new rate or price applies
from today or a later day, never to the past: a sale posted late (an offline tablet) is priced
and split as on the day it was sold."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.pricing_tables import ListPrice, PriceList
from palli_marketplace.adapters.tables import CommissionRule, Outlet, Producer, Product, VatRate
from palli_marketplace.domain.settlement import rate_on
from palli_marketplace.service.catalogue import categories, outlet_for
from palli_marketplace.service.common import business_today, now


async def rates(s, category: str, producer_id: uuid.UUID, day: date) -> tuple[Decimal, Decimal]:  # noqa: ANN001
    """(VAT %, commission %) standing for a category's sale on `day`: the producer's own commission
    rule when she has one, else the category's."""
    vat = rate_on([(r.effective_from, r.rate) for r in (await s.scalars(select(VatRate).where(VatRate.category == category))).all()], day)
    rules = (await s.scalars(select(CommissionRule).where(CommissionRule.category == category))).all()
    own = rate_on([(r.effective_from, r.percent) for r in rules if r.producer_id == producer_id], day)
    general = rate_on([(r.effective_from, r.percent) for r in rules if r.producer_id is None], day)
    if vat is None or (own if own is not None else general) is None:
        raise Conflict(f"no VAT rate or commission rule stands for {category} on {day}", field="lines")
    return vat, own if own is not None else general


async def list_price(s, outlet: Outlet, item: Product, day: date) -> int:  # noqa: ANN001
    """The outlet's price for a unit on `day`: its price list's, else the catalogue's."""
    if outlet.price_list_id is not None:
        price = await s.scalar(select(ListPrice.retail_price).where(
            ListPrice.price_list_id == outlet.price_list_id, ListPrice.product_id == item.id, ListPrice.effective_from <= day)
            .order_by(ListPrice.effective_from.desc()).limit(1))
        if price is not None:
            return price
    return item.retail_price


def list_price_column(outlet_list, product_id, product_price, day: date):  # noqa: ANN001, ANN201
    """`list_price` as SQL, for reports over many shelf rows."""
    standing = (select(ListPrice.retail_price).where(ListPrice.price_list_id == outlet_list, ListPrice.product_id == product_id,
                                                     ListPrice.effective_from <= day)
                .order_by(ListPrice.effective_from.desc()).limit(1).correlate_except(ListPrice).scalar_subquery())
    return func.coalesce(standing, product_price)


def _from_today(day: date) -> None:
    if day < business_today():
        raise ValidationFailed("a rate or price applies from today or a later day, never to the past", field="effective_from")


async def add_vat_rate(db: Database, who: Identity, body: dict) -> VatRate:  # noqa: ARG001
    """A category's VAT from a day on; a new category becomes one products may be listed in."""
    _from_today(body["effective_from"])
    row = VatRate(category=body["category"], effective_from=body["effective_from"], rate=body["rate"])
    async with db.uow() as uow:
        uow.session.add(row)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict(f"{body['category']} already has a VAT rate from {body['effective_from']}", field="effective_from") from None
        await uow.commit()
    return row


async def vat_rates(db: Database) -> list[VatRate]:
    async with db.sessions() as s:
        return list((await s.scalars(select(VatRate).order_by(VatRate.category, VatRate.effective_from))).all())


async def add_commission_rule(db: Database, who: Identity, body: dict) -> CommissionRule:  # noqa: ARG001
    """The outlets' commission on a category from a day on, for every producer or for one."""
    _from_today(body["effective_from"])
    async with db.uow() as uow:
        s = uow.session
        known = await categories(s)
        if body["category"] not in known:
            raise ValidationFailed(f"category is one of {', '.join(sorted(known))}", field="category")
        if body.get("producer_id") and await s.get(Producer, body["producer_id"]) is None:
            raise ValidationFailed(f"producer {body['producer_id']} does not exist", field="producer_id")
        same = select(CommissionRule.id).where(CommissionRule.category == body["category"],
                                               CommissionRule.effective_from == body["effective_from"])
        same = same.where(CommissionRule.producer_id == body["producer_id"]) if body.get("producer_id") else same.where(
            CommissionRule.producer_id.is_(None))
        if await s.scalar(same) is not None:  # the unique key cannot see it: NULL producers are all distinct
            raise Conflict(f"a commission rule for {body['category']} from {body['effective_from']} exists", field="effective_from")
        rule = CommissionRule(id=uuid7(), category=body["category"], producer_id=body.get("producer_id"),
                              effective_from=body["effective_from"], percent=body["percent"])
        s.add(rule)
        try:
            await s.flush()
        except IntegrityError:
            raise Conflict(f"a commission rule for {body['category']} from {body['effective_from']} exists", field="effective_from") from None
        await uow.commit()
    return rule


async def commission_rules(db: Database, producer_id: uuid.UUID | None = None) -> list[CommissionRule]:
    query = select(CommissionRule)
    if producer_id:
        query = query.where(CommissionRule.producer_id == producer_id)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(CommissionRule.category, CommissionRule.effective_from, CommissionRule.id))).all())


async def create_price_list(db: Database, who: Identity, body: dict) -> PriceList:
    price_list = PriceList(id=uuid7(), code=body["code"], name=body["name"], created_by=who.subject, created_at=now())
    async with db.uow() as uow:
        uow.session.add(price_list)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict(f"a price list with code {body['code']} exists", field="code") from None
        await uow.commit()
    return price_list


async def price_lists(db: Database) -> list[PriceList]:
    async with db.sessions() as s:
        return list((await s.scalars(select(PriceList).order_by(PriceList.code))).all())


async def _price_list(s, price_list_id: uuid.UUID, field: str = "price_list_id") -> PriceList:  # noqa: ANN001
    found = await s.get(PriceList, price_list_id)
    if found is None:
        raise NotFound(f"price list {price_list_id} does not exist", field=field)
    return found


async def add_price(db: Database, who: Identity, price_list_id: uuid.UUID, body: dict) -> ListPrice:
    _from_today(body["effective_from"])
    async with db.uow() as uow:
        s = uow.session
        await _price_list(s, price_list_id)
        item = await s.get(Product, body["product_id"])
        if item is None:
            raise ValidationFailed(f"product {body['product_id']} does not exist", field="product_id")
        if body["retail_price"] < item.producer_price:
            raise ValidationFailed(f"the retail price is below what the producer is paid ({format_poisha(item.producer_price)})",
                                   field="retail_price")
        row = ListPrice(price_list_id=price_list_id, product_id=item.id, effective_from=body["effective_from"],
                        retail_price=body["retail_price"], created_by=who.subject, created_at=now())
        s.add(row)
        try:
            await s.flush()
        except IntegrityError:
            raise Conflict(f"this list already prices the product from {body['effective_from']}", field="effective_from") from None
        await uow.commit()
    return row


async def prices_on(db: Database, price_list_id: uuid.UUID, day: date) -> list[ListPrice]:
    """Each product's price standing on the list on `day`."""
    async with db.sessions() as s:
        await _price_list(s, price_list_id)
        rows = (await s.scalars(select(ListPrice).where(ListPrice.price_list_id == price_list_id, ListPrice.effective_from <= day)
                                .order_by(ListPrice.product_id, ListPrice.effective_from))).all()
    standing: dict[uuid.UUID, ListPrice] = {}
    for row in rows:
        standing[row.product_id] = row  # ordered by day: the last one stands
    return list(standing.values())


async def follow(db: Database, who: Identity, outlet_id: uuid.UUID, price_list_id: uuid.UUID | None) -> Outlet:
    """The outlet sells at this list's prices from now on (None: the catalogue's)."""
    async with db.uow() as uow:
        outlet = await outlet_for(uow, outlet_id, who)
        if price_list_id is not None:
            await _price_list(uow.session, price_list_id)
        outlet.price_list_id = price_list_id
        await uow.commit()
    return outlet
