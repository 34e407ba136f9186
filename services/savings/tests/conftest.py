"""Savings fixtures: the app in-process on a fresh, migrated database (PostgreSQL and SQLite),
callers with internal identity tokens, and members seeded as the members-event consumer keeps them
(through its handler, from the members service's own contracts)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from palli_common.events import new_event
from palli_common.migrations import upgrade
from palli_common.testing.events import outbox_events
from palli_members.contracts import events as mev
from palli_savings.main import create_app
from palli_savings.service.copies import on_member_event
from palli_savings.settings import SavingsSettings

GS = "5a000000-0000-4000-8000-000000000001"  # seeded: general (compulsory) savings
VS = "5a000000-0000-4000-8000-000000000002"  # voluntary savings
DPS = "5a000000-0000-4000-8000-000000000003"


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def savings_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('savings')}/savings.db"
    else:
        url = make_database("savings")
    upgrade("palli_savings", url)
    return url


@pytest.fixture
async def app(savings_db_url: str, internal_keys):
    settings = SavingsSettings(
        database_url=savings_db_url, relay_enabled=False, consumers_enabled=False, environment="test",
        log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
    )
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    """`async with client_as(roles=[...], branches=[...]) as c:` a caller as the gateway forwards it."""

    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://savings", headers=internal_keys.headers(**identity))

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    async with client_as(roles=["admin"]) as c:
        yield c


@pytest.fixture
def member(app) -> Callable:
    """`await member(status="active", branch_id=...)` -> a member as the consumer keeps her: her id and branch."""

    async def make(status: str = "active", branch_id: uuid.UUID | None = None) -> tuple[uuid.UUID, uuid.UUID]:
        member_id, branch_id = uuid.uuid4(), branch_id or uuid.uuid4()
        fact = mev.MemberActivated(
            member_id=str(member_id), branch_id=str(branch_id), group_id=str(uuid.uuid4()), name_bn="রহিমা খাতুন", name_en="Rahima Khatun",
            gender="female", date_of_birth=date(1990, 5, 1), mobile="+8801712345678", division="Dhaka", district="Tangail",
            upazila="Tangail Sadar", union=None, household_monthly_income="12000.00", land_holding_decimals="10.00", status=status,
            joined_on=date(2026, 1, 15),
        )
        async with app.state.runtime.db.uow() as uow:
            await on_member_event(uow, new_event(fact, aggregate_id=member_id, aggregate_version=2))
            await uow.commit()
        return member_id, branch_id

    return make


@pytest.fixture
def open_account(client) -> Callable:
    async def make(member_id: uuid.UUID, product_id: str = GS, opening: str = "0.00") -> dict:
        r = await client.post("/v1/savings/accounts", json={"member_id": str(member_id), "product_id": product_id, "opening_deposit": opening})
        assert r.status_code == 201, r.text
        return r.json()

    return make


async def events_of(app, account_id: str) -> list[str]:
    """The event types published for an aggregate (an account), oldest first."""
    async with app.state.runtime.db.sessions() as s:
        return [e["type"] for e in await outbox_events(s, key=account_id)]


def lending_events(app, member_id: uuid.UUID, branch_id: uuid.UUID, loan_id: uuid.UUID):  # noqa: ANN202
    """`await deliver(cls, version, status, **fields)`: a lending.loan event through savings' consumer (inbox and all)."""
    from types import SimpleNamespace

    from palli_common.consumer import ConsumerRunner
    from palli_common.events import new_event
    from palli_savings.consumers import CONSUMERS

    runtime = app.state.runtime
    runner = ConsumerRunner("savings-lending", runtime.db, runtime.settings, CONSUMERS["savings-lending"])

    async def deliver(cls, version: int, status: str, **extra):  # noqa: ANN001, ANN003, ANN202
        fact = cls(loan_id=str(loan_id), member_id=str(member_id), group_id=str(uuid.uuid4()), branch_id=str(branch_id),
                   product_id=str(uuid.uuid4()), product_code="JAGORON", status=status, loan_principal="20000.00", **extra)
        envelope = new_event(fact, aggregate_id=loan_id, aggregate_version=version)
        await runner.process(SimpleNamespace(value=envelope.model_dump_json().encode(), key=str(loan_id).encode(), headers=[],
                                             topic=envelope.topic, partition=0, offset=0))
        return envelope

    return deliver


async def payloads_of(app, account_id: str, event_type: str) -> list[dict]:
    """The payloads of an account's events of one type, oldest first."""
    async with app.state.runtime.db.sessions() as s:
        return [e["payload"] for e in await outbox_events(s, key=account_id, event_type=event_type)]
