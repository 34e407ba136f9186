"""Service-level fixtures: the members app in-process against a fresh, migrated PostgreSQL database.
The relay is off here (these tests are about the API and the database; event delivery is covered
in libs/common and tests/integration), but every event still lands in the outbox table.

Every /v1 route needs the gateway's internal identity token: the app trusts the session's test key
pair (`internal_keys`), `client` calls as an admin of every branch, and `client_as(...)` makes a
client for any other identity (`branches=[...]`, `roles=...`, `scopes=...`, `partner=...`)."""

from __future__ import annotations

import itertools
import random
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy import func, select

from palli_common.migrations import upgrade
from palli_common.tables import OutboxRecord
from palli_members.main import create_app
from palli_members.settings import MembersSettings


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def members_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    """Every API test runs on PostgreSQL (production) and on SQLite (the embedded default of `make up`)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('members')}/members.db"
    else:
        url = make_database("members")
    upgrade("palli_members", url)
    return url


@pytest.fixture
async def app(members_db_url: str, internal_keys):
    settings = MembersSettings(
        database_url=members_db_url, relay_enabled=False, environment="test", log_json=False, log_level="WARNING",
        internal_jwks=str(internal_keys.jwks_path),
    )
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
async def client_as(app, internal_keys) -> AsyncIterator[Callable[..., httpx.AsyncClient]]:
    """`client_as(roles=["field_officer"], branches=[branch_id])` -> a client calling as that identity;
    `client_as(headers={...})` -> one sending exactly these headers (none: no token at all)."""
    made: list[httpx.AsyncClient] = []

    def make(*, headers: dict[str, str] | None = None, **identity) -> httpx.AsyncClient:  # noqa: ANN003
        sent = internal_keys.headers(**identity) if headers is None else headers
        c = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://members", headers=sent)
        made.append(c)
        return c

    yield make
    for c in made:
        await c.aclose()


@pytest.fixture
async def client(client_as) -> httpx.AsyncClient:
    """An admin of every branch (branches=None), as head office staff call through the gateway."""
    return client_as(roles=["admin"], branches=None)


_seq = itertools.count(1)


def unique_nid(birth_year: int = 1990) -> str:
    """A 17-digit NID starting with the birth year, unique within the test run."""
    return f"{birth_year}{random.randint(0, 10**9):09d}{next(_seq):04d}"


def unique_mobile() -> str:
    return f"017{random.randint(0, 10**8 - 1):08d}"


class Factory:
    """Builds valid branches, groups and members through the API; tests override single fields."""

    def __init__(self, client: httpx.AsyncClient):
        self.client = client

    async def branch(self, **over) -> dict:
        body = {"code": f"B{random.randint(0, 10**8):08d}", "name": "Porabari branch", "district": "Tangail", "upazila": "Tangail Sadar", **over}
        r = await self.client.post("/v1/branches", json=body)
        assert r.status_code == 201, r.text
        return r.json()

    async def group(self, branch: dict | None = None, **over) -> dict:
        branch = branch or await self.branch()
        body = {"branch_id": branch["id"], "name": f"Shapla {random.randint(0, 10**9)}", "meeting_day": "sunday",
                "meeting_place": "school yard", "formation_date": "2026-01-10", **over}
        r = await self.client.post("/v1/groups", json=body)
        assert r.status_code == 201, r.text
        return r.json()

    def member_body(self, group: dict, **over) -> dict:
        return {
            "group_id": group["id"], "name_bn": "রহিমা খাতুন", "name_en": "Rahima Khatun", "gender": "female",
            "date_of_birth": "1990-03-12", "nid": unique_nid(1990), "mobile": unique_mobile(),
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"},
            "household_monthly_income": "12000.00", "land_holding_decimals": "8.50", **over,
        }

    async def member(self, group: dict | None = None, *, activate: bool = False, **over) -> dict:
        group = group or await self.group()
        r = await self.client.post("/v1/members", json=self.member_body(group, **over))
        assert r.status_code == 201, r.text
        member = r.json()
        if activate:
            r = await self.client.post(f"/v1/members/{member['id']}/activate")
            assert r.status_code == 200, r.text
            member = r.json()
        return member


@pytest.fixture
def factory(client: httpx.AsyncClient) -> Factory:
    return Factory(client)


@pytest.fixture
def outbox_count(app) -> Callable:
    """`await outbox_count()` -> rows in the outbox; with a table count, proves nothing was written."""

    async def count(event_type: str | None = None) -> int:
        query = select(func.count()).select_from(OutboxRecord)
        if event_type:
            query = query.where(OutboxRecord.event_type == event_type)
        async with app.state.runtime.db.sessions() as s:
            return await s.scalar(query)

    return count


@pytest.fixture
def outbox_events(app) -> Callable:
    """`await outbox_events(aggregate_id)` -> that aggregate's event types in the outbox, oldest first."""

    async def events(aggregate_id: str) -> list[str]:
        query = (
            select(OutboxRecord.event_type)
            .where(OutboxRecord.key == str(aggregate_id))
            .order_by(OutboxRecord.created_at, OutboxRecord.id)
        )
        async with app.state.runtime.db.sessions() as s:
            return list((await s.scalars(query)).all())

    return events
