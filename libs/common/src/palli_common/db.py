"""Async database engine and unit of work (SQLAlchemy 2 / SQLModel).

PostgreSQL through asyncpg in production; SQLite through aiosqlite as the embedded default.
A unit of work is one transaction: the state change and its outbox rows commit together, and
after the commit the relay is woken so events leave at once instead of at the next sweep. In a
keyed money request (palli_common.idempotency) the commit waits for the answer, which commits
with it: the unit is held open past its block.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from palli_common.events import EventContract, EventEnvelope, new_event
from palli_common.idempotency import active_claim, held_unit, record_with_effect
from palli_common.tables import OutboxRecord


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int | None = None, ping_idle_seconds: float = 10.0) -> AsyncEngine:
    """PostgreSQL: a pool of `pool_size` connections kept open, and up to `max_overflow` (default:
    as many again) opened for a burst and closed when it ends. A connection that sat idle in the
    pool for more than `ping_idle_seconds` is pinged before use (0: every checkout, SQLAlchemy's
    pool_pre_ping), so a database restart in a quiet spell costs no request; under load, where
    every connection is in use every few ms, the ping's round trip was a sixth of a repayment's."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30})
        _sqlite_immediate_transactions(engine)
        return engine
    overflow = pool_size if max_overflow is None else max_overflow
    if ping_idle_seconds <= 0:
        return create_async_engine(url, pool_size=pool_size, max_overflow=overflow, pool_pre_ping=True)
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=overflow)
    _ping_when_idle(engine, ping_idle_seconds)
    return engine


def _ping_when_idle(engine: AsyncEngine, idle_seconds: float) -> None:
    dialect = engine.sync_engine.dialect

    @event.listens_for(engine.sync_engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["palli_idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("palli_idle_since")
        if since is None or time.monotonic() - since <= idle_seconds:
            return  # new, or in use a moment ago
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as exc:
            if dialect.is_disconnect(exc, dbapi_conn, None):
                raise DisconnectionError() from exc  # the pool discards it and checks out a fresh one
            raise


def _sqlite_immediate_transactions(engine: AsyncEngine) -> None:
    """SQLite: take the write lock at BEGIN so concurrent units of work queue instead of failing
    with 'database is locked' when a reader upgrades; WAL lets readers run beside the writer."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    def __init__(self, url: str, *, pool_size: int = 10, max_overflow: int | None = None, ping_idle_seconds: float = 10.0,
                 source: str = "palli"):
        self.url = url
        self.source = source
        self.engine = make_engine(url, pool_size=pool_size, max_overflow=max_overflow, ping_idle_seconds=ping_idle_seconds)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self.after_commit: list[Callable[[], None]] = []  # e.g. the relay's wake-up
        self.committed: list[Callable[[list[EventEnvelope]], None]] = []  # told each commit's events (metrics)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def sessions(self) -> AsyncSession | "_Lent":
        """`async with db.sessions() as s:` a new session; in a request whose money effect waits
        for its answer, that effect's own session, so a read for the answer sees what it wrote."""
        held = held_unit(self)
        return _Lent(held.session) if held is not None else self._sessions()

    def uow(self) -> "UnitOfWork":
        if held_unit(self) is not None:
            raise RuntimeError("this request's money effect waits for its answer: do all its writes in that one unit of work")
        return UnitOfWork(self)

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()


async def asyncpg_of(session: AsyncSession) -> Any:
    """PostgreSQL: the session's own asyncpg connection with its transaction begun (SQLAlchemy's
    adapter begins it lazily, at its first statement), for hot paths whose statements are fixed
    text: one costs a fraction of an ORM-session execute. Commit, rollback and the pool stay
    SQLAlchemy's. None on any other database."""
    if session.bind.dialect.name != "postgresql":
        return None
    adapted = (await (await session.connection()).get_raw_connection()).dbapi_connection
    if not adapted._started:
        await adapted._start_transaction()
    return adapted._connection


class UnitOfWork:
    """`async with db.uow() as uow:` ... `uow.publish(contract, ...)` ... `await uow.commit()`.

    Leaving the block without commit rolls back: nothing is half-written, no event escapes.
    """

    def __init__(self, db: Database):
        self.db = db
        self.session: AsyncSession
        self.events: list[EventEnvelope] = []
        self.held = False  # committed with the request's answer, by IdempotencyResponses
        # What a handler keeps for the rest of this transaction (a consumer's whole batch): rules
        # read once, locks already held, rows to write together at the commit.
        self.cache: dict[str, Any] = {}
        self._before_commit: list[Callable[[], Awaitable[None]]] = []

    async def __aenter__(self) -> "UnitOfWork":
        self.session = self.db._sessions()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.held and exc[0] is None:
            return  # finish() or abandon() comes with the answer
        await self.abandon()

    def publish(self, contract: EventContract, *, aggregate_id: Any, aggregate_version: int) -> EventEnvelope:
        envelope = new_event(contract, aggregate_id=aggregate_id, aggregate_version=aggregate_version)
        self.add_envelope(envelope)
        return envelope

    def outbox_row(self, contract: EventContract, *, aggregate_id: Any, aggregate_version: int) -> dict[str, Any]:
        """For a caller that writes its own outbox rows with Core (several in one statement, or in
        the same round trip as its effect): the event's outbox row as column values. The commit
        still wakes the relay for it. Write it in this unit's transaction, or the event is lost."""
        envelope = new_event(contract, aggregate_id=aggregate_id, aggregate_version=aggregate_version)
        self.events.append(envelope)
        return dict(id=envelope.id, topic=envelope.topic, key=envelope.aggregate_id, event_type=envelope.type,
                    envelope=envelope.model_dump(mode="json"), created_at=datetime.now(UTC), attempts=0)

    def add_envelope(self, envelope: EventEnvelope) -> None:
        self.session.add(
            OutboxRecord(
                id=envelope.id,
                topic=envelope.topic,
                key=envelope.aggregate_id,
                event_type=envelope.type,
                envelope=envelope.model_dump(mode="json"),
                created_at=datetime.now(UTC),
            )
        )
        self.events.append(envelope)

    def before_commit(self, write: Callable[[], Awaitable[None]]) -> None:
        """`write` runs once, in this transaction, when commit() is called: rows gathered over
        several handlers (a batch) go out in one statement. Leaving without commit drops them."""
        self._before_commit.append(write)

    async def commit(self) -> None:
        if self.held:
            return  # everything commits with the answer
        while self._before_commit:
            await self._before_commit.pop(0)()
        if (claim := active_claim(self.db)) is not None:
            await self.session.flush()  # the effect's own refusals (unique keys...) surface here, in the route
            await record_with_effect(self.session, claim)  # the caller's Idempotency-Key, with the effect
            claim.unit, self.held = self, True
            return
        await self._commit()

    async def _commit(self) -> None:
        await self.session.commit()
        if self.events:
            for wake in self.db.after_commit:
                wake()
            for told in self.db.committed:
                told(self.events)

    async def finish(self) -> None:
        """A held unit: commit it, with the answer written, and let it go."""
        await self._commit()
        await self.session.close()

    async def abandon(self) -> None:
        await self.session.rollback()
        await self.session.close()


class _Lent:
    """A held unit's session lent for reads: leaving the block neither commits nor closes it."""

    def __init__(self, session: AsyncSession):
        self.session = session

    async def __aenter__(self) -> AsyncSession:
        return self.session

    async def __aexit__(self, *exc: object) -> None:
        return None
