"""Marketplace fixtures: the app in-process on a fresh, migrated database (PostgreSQL and SQLite),
callers with internal identity tokens, members seeded as the members-event consumer keeps them,
and a `shop` helper: a producer with a product, and outlets."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import date

import httpx
import pytest

from palli_common.events import new_event
from palli_common.migrations import upgrade
from palli_marketplace.main import create_app
from palli_marketplace.service.copies import on_member_event
from palli_marketplace.settings import MarketplaceSettings
from palli_marketplace.testing import post_ok
from palli_members.contracts import events as mev


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def marketplace_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('marketplace')}/marketplace.db"
    else:
        url = make_database("marketplace")
    upgrade("palli_marketplace", url)
    return url


@pytest.fixture
async def app(marketplace_db_url: str, internal_keys):
    settings = MarketplaceSettings(database_url=marketplace_db_url, relay_enabled=False, consumers_enabled=False, environment="test",
                                   log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path))
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://marketplace", headers=internal_keys.headers(**identity))

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    async with client_as(roles=["admin"]) as c:
        yield c


@pytest.fixture
def shop(app, client) -> Callable:
    class Shop:
        async def producer(self, status: str = "active") -> dict:
            member_id, branch_id = uuid.uuid4(), uuid.uuid4()
            fact = mev.MemberActivated(
                member_id=str(member_id), branch_id=str(branch_id), group_id=str(uuid.uuid4()), name_bn="সালমা খাতুন", name_en="Salma Khatun",
                gender="female", date_of_birth=date(1990, 5, 1), mobile="+8801712345678", division="Dhaka", district="Tangail",
                upazila="Tangail Sadar", union=None, household_monthly_income="12000.00", land_holding_decimals="10.00", status=status,
                joined_on=date(2026, 1, 15))
            async with app.state.runtime.db.uow() as uow:
                await on_member_event(uow, new_event(fact, aggregate_id=member_id, aggregate_version=2))
                await uow.commit()
            return await post_ok(client, "/v1/marketplace/producers", {"member_id": str(member_id)}, 201)

        async def product(self, producer: dict, category: str = "textile", retail: str = "1050.00", producer_price: str = "800.00") -> dict:
            return await post_ok(client, "/v1/marketplace/products", {
                "producer_id": producer["id"], "code": f"NK-{uuid.uuid4().hex[:6].upper()}", "name": "Nakshi kantha, single",
                "name_bn": "নকশী কাঁথা", "category": category, "unit": "piece", "producer_price": producer_price, "retail_price": retail,
                "photos": ["photo:kantha-1.jpg"]}, 201)

        async def outlet(self, operator: str | None = None) -> dict:
            return await post_ok(client, "/v1/marketplace/outlets", {
                "code": f"PB-{uuid.uuid4().hex[:6].upper()}", "name": "Palli Bipani Mirzapur", "name_bn": "পল্লী বিপণি মির্জাপুর",
                "district": "Tangail", "upazila": "Mirzapur", "operator_subject": operator}, 201)

        async def stocked(self, quantity: int = 10, accepted: int | None = None, category: str = "textile") -> tuple[dict, dict, dict]:
            """(outlet, product, lot): a consignment lot received and checked at a new outlet."""
            outlet, item = await self.outlet(), await self.product(await self.producer(), category=category)
            lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "consignment",
                                                                 "quantity": quantity}, 201)
            lot = await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check",
                                {"accepted": quantity if accepted is None else accepted}, 200)
            return outlet, item, lot

    return Shop()
