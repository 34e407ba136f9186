"""Fixtures for the event-backbone tests: a fresh PostgreSQL database with the outbox, inbox and
a small `tally` table the test handlers write to; settings pointing at the session's broker."""

from __future__ import annotations

import asyncio
import uuid
from typing import ClassVar

import pytest
from sqlmodel import Field, SQLModel, select

from palli_common.db import Database
from palli_common.events import EventContract, EventEnvelope, new_event
from palli_common.settings import ServiceSettings
from palli_common.tables import InboxRecord, OutboxRecord  # noqa: F401


class Tally(SQLModel, table=True):
    __tablename__ = "test_tally"
    key: str = Field(primary_key=True)
    count: int = 0


@pytest.fixture(scope="session")
def backbone_db_url(make_database) -> str:
    url = make_database("common")

    async def create() -> None:
        db = Database(url)
        async with db.engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.create_all, tables=[OutboxRecord.__table__, InboxRecord.__table__, Tally.__table__])
        await db.dispose()

    asyncio.run(create())
    return url


@pytest.fixture
def settings(backbone_db_url, kafka) -> ServiceSettings:
    return ServiceSettings(
        service_name="backbone-test", environment="test", database_url=backbone_db_url,
        kafka_bootstrap_servers=kafka.bootstrap, kafka_enable_idempotence=kafka.idempotence,
        consumer_max_attempts=3, consumer_backoff_seconds=0.02, relay_sweep_seconds=0.2,
    )


@pytest.fixture
async def db(settings):
    database = Database(settings.database_url)
    yield database
    await database.dispose()


@pytest.fixture
def topic_prefix() -> str:
    """A fresh `<prefix>.thing` topic per test, so tests never read each other's events."""
    return f"t{uuid.uuid4().hex[:10]}"


def thing_event(prefix: str, key: str, aggregate_id: str | None = None) -> EventEnvelope:
    class ThingHappened(EventContract):
        event_type: ClassVar[str] = f"{prefix}.thing.happened"
        key: str

    return new_event(ThingHappened(key=key), aggregate_id=aggregate_id or str(uuid.uuid4()), aggregate_version=1)


async def tally(db: Database, key: str) -> int:
    async with db.sessions() as s:
        row = (await s.scalars(select(Tally).where(Tally.key == key))).first()
        return row.count if row else 0


async def bump(uow, envelope: EventEnvelope) -> None:
    """The test handler: count how many times an event's effect was applied."""
    key = envelope.payload["key"]
    row = await uow.session.get(Tally, key)
    if row is None:
        uow.session.add(Tally(key=key, count=1))
    else:
        row.count += 1


async def eventually(check, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


class Helpers:
    """The helpers above, handed to tests as the `bb` fixture (test modules cannot import conftest)."""

    Tally = Tally
    thing_event = staticmethod(thing_event)
    tally = staticmethod(tally)
    bump = staticmethod(bump)
    eventually = staticmethod(eventually)


@pytest.fixture
def bb() -> type[Helpers]:
    return Helpers
