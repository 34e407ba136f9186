"""Outbox relay: publishes committed outbox rows to Kafka, in id order, then marks them sent.

Woken right after each commit (low latency) and also sweeping every few seconds, so rows left by
a crash or written while the broker was down go out later: delayed, never lost. On PostgreSQL an
advisory lock elects one publishing relay at a time (keeps per-aggregate order across replicas)
and `FOR UPDATE SKIP LOCKED` keeps claimed rows away from any other reader.

Several workers (`serve --workers N`, or replicas) on one database: every process runs a relay,
woken by its own commits. Each batch is one transaction that first takes
pg_try_advisory_xact_lock: one relay per database publishes at a time (so rows go out once, in id
order: per aggregate, in commit order), the others find it taken, look again 50 ms later (the
holder also makes one more pass after any batch, so rows committed meanwhile go out at once), and
take over if the holder dies (the lock ends with its transaction). Leader-per-batch rather than
every worker sending with SKIP LOCKED, which would publish two workers' batches side by side and
could put one aggregate's events out of order. A batch row (written by set-based jobs, up to a
hundred events) goes out as its events, in order, each keyed by its aggregate. SQLite has no such
lock: `serve` refuses more than one worker there (palli_common.app.serve).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from aiokafka import AIOKafkaProducer
from opentelemetry import propagate, trace
from sqlalchemy import delete, func, select, update

from palli_common.db import Database
from palli_common.events import encode_envelope, envelope_headers
from palli_common.kafka import DLQ_SUFFIX, ensure_topics, make_producer
from palli_common.settings import ServiceSettings
from palli_common.tables import OutboxRecord

log = logging.getLogger("palli.relay")
tracer = trace.get_tracer("palli.relay")

_ADVISORY_LOCK_ID = 0x5A11_0B0C  # "palli outbox": one lock per database, i.e. per service
_KEEP_PUBLISHED = timedelta(days=7)


class OutboxRelay:
    def __init__(self, db: Database, settings: ServiceSettings):
        self.db = db
        self.settings = settings
        self._wake = asyncio.Event()
        self._producer: AIOKafkaProducer | None = None
        self._task: asyncio.Task | None = None
        self._last_cleanup = datetime.min.replace(tzinfo=UTC)
        self._topics: set[str] = set()  # topics known to exist
        db.after_commit.append(self.wake)

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="outbox-relay")

    async def stop(self) -> None:
        if self.wake in self.db.after_commit:
            self.db.after_commit.remove(self.wake)
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._close_producer()

    async def broker_ready(self) -> bool:
        try:
            producer = await self._ensure_producer()
            await asyncio.wait_for(producer.client.fetch_all_metadata(), 3)
            return True
        except Exception:
            return False

    async def _run(self) -> None:
        sweep = self.settings.relay_sweep_seconds
        wait, backoff = sweep, 0.5
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                published = await self.publish_pending()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database away: keep the rows, retry later
                log.warning("outbox publish failed, will retry", extra={"error": repr(exc), "retry_in": backoff})
                await self._close_producer()
                await asyncio.sleep(backoff)  # a sleep, not a wait: commits must not cut the backoff short
                backoff = min(backoff * 2, 30.0)
                wait = 0
                continue
            backoff = 0.5
            # Another replica held the publishing lock: it may have selected before our commit, so
            # look again shortly instead of leaving our rows to the next sweep.
            wait = 0.05 if published is None else sweep

    async def publish_pending(self) -> int | None:
        """Publish everything unsent; how many rows went out, or None if another replica is publishing."""
        total = 0
        while True:
            sent = await self._publish_batch()
            if sent is None:
                return None if total == 0 else total
            total += sent
            if sent == 0:  # one pass more after any batch: rows committed while we sent go out now
                break
        await self._cleanup()
        return total

    async def _publish_batch(self) -> int | None:
        producer = await self._ensure_producer()  # before any transaction: a dead broker holds no locks
        attempted: list[OutboxRecord] = []
        ids: list = []  # kept apart: a rollback expires the rows themselves
        try:
            if self.db.is_postgres:
                # One transaction: the advisory lock and row locks last until the marks commit.
                async with self.db.sessions() as session, session.begin():
                    if not await session.scalar(select(func.pg_try_advisory_xact_lock(_ADVISORY_LOCK_ID))):
                        return None  # another replica is publishing; it keeps the order
                    attempted = await self._unpublished(session, lock=True)
                    ids = [r.id for r in attempted]
                    await self._send_all(producer, attempted)
                    await self._mark_published(session, attempted)
                return len(attempted)
            # SQLite: a transaction holds the database's only write lock, so never keep one open
            # while talking to the broker; read, send, then mark (one relay per embedded database).
            async with self.db.sessions() as session:
                attempted = await self._unpublished(session, lock=False)
                ids = [r.id for r in attempted]
                await session.commit()
            await self._send_all(producer, attempted)
            async with self.db.sessions() as session, session.begin():
                await self._mark_published(session, attempted)
            return len(attempted)
        except Exception as exc:
            if ids:  # after the rollback, so the row locks are gone
                await self._record_failure(ids, exc)
            raise

    async def _unpublished(self, session, *, lock: bool) -> list[OutboxRecord]:  # noqa: ANN001
        query = (
            select(OutboxRecord)
            .where(OutboxRecord.published_at.is_(None))
            .order_by(OutboxRecord.id)
            .limit(self.settings.relay_batch_size)
        )
        if lock:
            query = query.with_for_update(skip_locked=True)
        return list((await session.scalars(query)).all())

    async def _send_all(self, producer: AIOKafkaProducer, rows: list[OutboxRecord]) -> None:
        new = {r.topic for r in rows} - self._topics
        if new:  # create with our partition count rather than leave it to broker auto-creation
            await ensure_topics(
                self.settings.kafka_bootstrap_servers, [*new, *(t + DLQ_SUFFIX for t in new)],
                partitions=self.settings.kafka_topic_partitions, settings=self.settings,
            )
            self._topics |= new
        if rows:
            futures = [await self._send(producer, row.topic, key, env) for row in rows for key, env in row.events()]
            await asyncio.wait_for(asyncio.gather(*futures), timeout=30)

    async def _record_failure(self, ids: list, exc: Exception) -> None:
        try:
            async with self.db.sessions() as session, session.begin():
                await session.execute(
                    update(OutboxRecord)
                    .where(OutboxRecord.id.in_(ids))
                    .values(attempts=OutboxRecord.attempts + 1, last_error=repr(exc)[:2000])
                )
        except Exception:
            log.warning("could not record the relay failure", exc_info=True)

    async def _mark_published(self, session, rows: list[OutboxRecord]) -> None:  # noqa: ANN001
        if rows:
            await session.execute(
                update(OutboxRecord).where(OutboxRecord.id.in_([r.id for r in rows])).values(published_at=datetime.now(UTC))
            )

    async def _send(self, producer: AIOKafkaProducer, topic: str, key: str, env: dict) -> asyncio.Future:
        parent = propagate.extract({"traceparent": env["traceparent"]} if env.get("traceparent") else {})
        # The publish span continues the trace of the request that wrote the row, so a consumer's
        # work hangs under the original API call in the trace view.
        with tracer.start_as_current_span(f"{topic} publish", context=parent, kind=trace.SpanKind.PRODUCER):
            headers = {}
            propagate.inject(headers)
            kafka_headers = envelope_headers(env) + [(k, v.encode()) for k, v in headers.items()]
            return await producer.send(
                topic,
                value=encode_envelope(env),
                key=key.encode(),
                headers=kafka_headers,
            )

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = make_producer(self.settings)
            try:
                await asyncio.wait_for(producer.start(), 10)
            except BaseException:
                await producer.stop()
                raise
            self._producer = producer
        return self._producer

    async def _close_producer(self) -> None:
        if self._producer is not None:
            producer, self._producer = self._producer, None
            try:
                await asyncio.wait_for(producer.stop(), 5)
            except Exception:
                pass

    async def _cleanup(self) -> None:
        now = datetime.now(UTC)
        if now - self._last_cleanup < timedelta(hours=1):
            return
        self._last_cleanup = now
        async with self.db.sessions() as session, session.begin():
            await session.execute(delete(OutboxRecord).where(OutboxRecord.published_at < now - _KEEP_PUBLISHED))

