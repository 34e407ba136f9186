"""Lending service fixtures: the app in-process on a fresh, migrated database (PostgreSQL and
SQLite), callers with internal identity tokens, and members/groups seeded as the members-event
consumer would keep them (lending never calls members on a request)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from palli_common.migrations import upgrade
from palli_common.tables import OutboxRecord
from palli_common.testing.events import outbox_events as read_outbox
from palli_lending.adapters.tables import GroupCopy, MemberCopy
from palli_lending.main import create_app
from palli_lending.settings import LendingSettings
from palli_lending.testing import Desk


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def lending_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('lending')}/lending.db"
    else:
        url = make_database("lending")
    upgrade("palli_lending", url)
    return url


@pytest.fixture
async def app(lending_db_url: str, internal_keys):
    settings = LendingSettings(
        database_url=lending_db_url, relay_enabled=False, consumers_enabled=False, environment="test",
        log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
    )
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    """`async with client_as(roles=[...], branches=[...], subject=...) as c:` a caller as the gateway forwards it."""

    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://lending", headers=internal_keys.headers(**identity),
        )

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    """An admin of every branch."""
    async with client_as(roles=["admin"]) as c:
        yield c


class Seed:
    """Groups and members as lending's copies hold them."""

    def __init__(self, app):  # noqa: ANN001
        self.db = app.state.runtime.db

    async def group(self, *, branch_id: uuid.UUID | None = None, meeting_day: str = "sunday", status: str = "active",
                    field_officer_id: uuid.UUID | None = None) -> GroupCopy:
        group = GroupCopy(
            group_id=uuid.uuid4(), branch_id=branch_id or uuid.uuid4(), name=f"Shapla {uuid.uuid4().hex[:6]}",
            meeting_day=meeting_day, field_officer_id=field_officer_id, status=status, aggregate_version=1,
            updated_at=datetime.now(UTC),
        )
        async with self.db.sessions() as s:
            s.add(group)
            await s.commit()
        return group

    async def member(self, group: GroupCopy | None = None, *, gender: str = "female", status: str = "active") -> MemberCopy:
        group = group or await self.group()
        member = MemberCopy(
            member_id=uuid.uuid4(), branch_id=group.branch_id, group_id=group.group_id, name_en="Rahima Khatun",
            name_bn="রহিমা খাতুন", gender=gender, mobile="+8801712345678", status=status, aggregate_version=1,
            updated_at=datetime.now(UTC),
        )
        async with self.db.sessions() as s:
            s.add(member)
            await s.commit()
        return member


@pytest.fixture
def seed(app) -> Seed:
    return Seed(app)


@pytest.fixture
def outbox_events(app) -> Callable:
    """`await outbox_events(aggregate_id)` -> (event type, payload) of that aggregate, oldest first."""

    async def events(aggregate_id: str) -> list[tuple[str, dict]]:
        async with app.state.runtime.db.sessions() as s:
            return [(e["type"], e["payload"]) for e in await read_outbox(s, key=str(aggregate_id))]

    return events


@pytest.fixture
async def desk(client_as, seed):
    """A field officer and two managers of a new branch with one samity meeting on Sundays (`desk.group`)."""
    group = await seed.group(meeting_day="sunday")
    async with Desk(client_as, group.branch_id) as d:
        d.group = group
        yield d
