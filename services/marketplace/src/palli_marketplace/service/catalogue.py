"""Outlets, producers (members, from the marketplace's copy of them) and their products."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.geo import locate_district_upazila
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_marketplace.adapters.tables import MarketMemberCopy, Outlet, Producer, Product, VatRate
from palli_marketplace.service.common import now


def may_work_in(who: Identity, outlet: Outlet, read: bool = False) -> bool:
    """Admins everywhere; a marketplace operator in the outlets they run; a branch's staff in their
    branch's outlets; a partner (scope marketplace:read) reads any outlet's stock and sales."""
    if who.kind == "partner":
        return read
    if "admin" in who.roles:
        return True
    if "marketplace_operator" in who.roles and outlet.operator_subject == who.subject:
        return True
    if who.roles - {"marketplace_operator"}:
        return who.branch_ids is None or (outlet.branch_id is not None and outlet.branch_id in who.branch_ids)
    return False


async def outlet_for(uow_or_session, outlet_id: uuid.UUID, who: Identity, field: str = "outlet_id", read: bool = False) -> Outlet:  # noqa: ANN001
    s = getattr(uow_or_session, "session", uow_or_session)
    outlet = await s.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(f"outlet {outlet_id} does not exist", field=field)
    if not may_work_in(who, outlet, read):
        raise Forbidden("this outlet is not one you work in", field=field)
    return outlet


async def create_outlet(db: Database, who: Identity, body: dict) -> Outlet:
    place = locate_district_upazila(body["district"], body["upazila"])
    outlet = Outlet(id=uuid7(), code=body["code"], name=body["name"], name_bn=body["name_bn"], branch_id=body.get("branch_id"),
                    district=place.district, upazila=place.upazila, operator_subject=body.get("operator_subject"), created_at=now())
    async with db.uow() as uow:
        uow.session.add(outlet)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict(f"an outlet with code {body['code']} exists", field="code") from None
        await uow.commit()
    return outlet


async def outlets(db: Database) -> list[Outlet]:
    async with db.sessions() as s:
        return list((await s.scalars(select(Outlet).order_by(Outlet.code))).all())


async def register_producer(db: Database, who: Identity, member_id: uuid.UUID) -> Producer:
    async with db.uow() as uow:
        member = await uow.session.get(MarketMemberCopy, member_id)
        if member is None:
            raise ValidationFailed(f"member {member_id} is not known to the marketplace (yet)", field="member_id")
        who.check_branch(member.branch_id, "this member")
        if member.status != "active":
            raise Conflict(f"only an active member sells through Palli Bipani; she is {member.status}", field="member_id")
        producer = Producer(id=uuid7(), member_id=member.member_id, branch_id=member.branch_id, name=member.name_en, name_bn=member.name_bn,
                            created_by=who.subject, created_at=now())
        uow.session.add(producer)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict("this member is already a producer", field="member_id") from None
        await uow.commit()
    return producer


async def producers(db: Database) -> list[Producer]:
    async with db.sessions() as s:
        return list((await s.scalars(select(Producer).order_by(Producer.id))).all())


async def categories(s) -> set[str]:  # noqa: ANN001
    return set((await s.scalars(select(VatRate.category).distinct())).all())


async def create_product(db: Database, who: Identity, body: dict) -> Product:  # noqa: ARG001
    async with db.uow() as uow:
        s = uow.session
        if await s.get(Producer, body["producer_id"]) is None:
            raise ValidationFailed(f"producer {body['producer_id']} does not exist", field="producer_id")
        known = await categories(s)
        if body["category"] not in known:
            raise ValidationFailed(f"category is one of {', '.join(sorted(known))}", field="category")
        if body["retail_price"] < body["producer_price"]:
            raise ValidationFailed("the retail price is below what the producer is paid", field="retail_price")
        product = Product(id=uuid7(), **body, created_at=now())
        s.add(product)
        try:
            await s.flush()
        except IntegrityError:
            raise Conflict(f"a product with code {body['code']} exists", field="code") from None
        await uow.commit()
    return product


async def products(db: Database, producer_id: uuid.UUID | None) -> list[Product]:
    query = select(Product)
    if producer_id:
        query = query.where(Product.producer_id == producer_id)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Product.code).limit(1000))).all())


async def product(uow: UnitOfWork, product_id: uuid.UUID, field: str = "product_id") -> Product:
    found = await uow.session.get(Product, product_id)
    if found is None:
        raise ValidationFailed(f"product {product_id} does not exist", field=field)
    return found
