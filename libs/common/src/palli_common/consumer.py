"""Idempotent consumer runner.

For each record: restore the producer's trace context, then in ONE transaction insert the inbox row
(consumer, event_id) and apply the handler's effect (which may publish follow-up events through the
same unit of work). A duplicate inbox key means the effect already happened: skip. Offsets are
committed only after the database commit. A handler that keeps failing is retried with backoff,
then the record is parked on `<topic>.dlq` with the error, and `palli-events replay` re-sends it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import structlog
from aiokafka import AIOKafkaProducer, ConsumerRecord
from opentelemetry import propagate, trace
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from palli_common import context
from palli_common.db import Database, UnitOfWork
from palli_common.events import EventEnvelope, topic_of
from palli_common.kafka import DLQ_SUFFIX, drain, ensure_topics, make_consumer, make_producer, topic_partitions
from palli_common.settings import ServiceSettings
from palli_common.tables import InboxRecord

log = logging.getLogger("palli.consumer")
tracer = trace.get_tracer("palli.consumer")

Handler = Callable[[UnitOfWork, EventEnvelope], Awaitable[None]]


class _Duplicate(Exception):
    pass


# Errors of the infrastructure, never of an event: connection loss, server restarts, timeouts.
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError, OSError)


def headers_dict(record: ConsumerRecord) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in record.headers or ():
        out.setdefault(key, value.decode() if value is not None else "")  # first wins
    return out


class ConsumerRunner:
    """Runs one consumer group. `handlers` maps event type -> handler; other types are skipped
    (tolerant reader: a new event type on a topic must not break an old consumer). A key
    `<topic>.*` (e.g. `lending.loan.*`) takes every type on that topic that has no handler of its
    own: the ledger must see, and refuse loudly, money events it has no rule for."""

    def __init__(self, name: str, db: Database, settings: ServiceSettings, handlers: dict[str, Handler]):
        self.name = name
        self.db = db
        self.settings = settings
        self.handlers = handlers
        self.topics = sorted({topic_of(t) for t in handlers})
        self._task: asyncio.Task | None = None
        self._producer: AIOKafkaProducer | None = None
        self.ready = asyncio.Event()  # set once partitions are assigned (tests wait on it)
        self._assigned = False  # this run of the consumer has its partitions

    def start(self) -> None:
        self._task = asyncio.create_task(self._run_forever(), name=f"consumer-{self.name}")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._producer is not None:
            await self._producer.stop()

    async def _run_forever(self) -> None:
        delay = 0.5
        while True:
            self._assigned = False
            try:
                await self._run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker away or DLQ unreachable: start over from committed offsets
                if self._assigned:  # it had been working: a fresh outage starts the backoff again
                    delay = 0.5
                log.warning("consumer %s restarting", self.name, extra={"error": repr(exc), "retry_in": delay})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30)

    async def _run(self) -> None:
        await ensure_topics(
            self.settings.kafka_bootstrap_servers, self.topics + [t + DLQ_SUFFIX for t in self.topics],
            partitions=self.settings.kafka_topic_partitions, settings=self.settings,
        )
        consumer = make_consumer(self.settings, *self.topics, group_id=self.name)
        await consumer.start()
        try:
            while True:
                batch = await consumer.getmany(timeout_ms=500, max_records=200)
                if not self._assigned and consumer.assignment():
                    self._assigned = True
                    self.ready.set()
                    log.info("consumer %s reading", self.name, extra={"partitions": len(consumer.assignment())})
                for tp, records in batch.items():
                    await self.process_batch(records)
                    await consumer.commit({tp: records[-1].offset + 1})
        finally:
            await consumer.stop()

    async def process_batch(self, records: list[ConsumerRecord]) -> None:
        """Apply a fetched batch (one partition's records, in order). Fast path: every record in ONE
        transaction, so a backlog costs one commit per batch instead of one per event. Anything
        unusual (a handler error, a poison message, a concurrent twin's inbox row) rolls the whole
        batch back and the records go one by one through `process`, which retries, skips
        duplicates and parks exactly as before: the fast path never decides an event's fate."""
        if len(records) > 1 and self.settings.consumer_batch_transactions:
            try:
                if await self._apply_batch(records):
                    return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.info("batch fell back to one event at a time", extra={"consumer": self.name, "error": repr(exc)})
        for record in records:
            await self.process(record)

    async def _apply_batch(self, records: list[ConsumerRecord]) -> bool:
        envelopes: list[tuple[ConsumerRecord, EventEnvelope, Handler]] = []
        for record in records:
            envelope = EventEnvelope.model_validate_json(record.value)  # a poison message: fall back, it gets parked there
            handler = self.handlers.get(envelope.type) or self.handlers.get(f"{topic_of(envelope.type)}.*")
            if handler is not None:
                envelopes.append((record, envelope, handler))
        if not envelopes:
            return True
        async with self.db.uow() as uow:
            ids = [e.id for _, e, _ in envelopes]
            done = set(
                (await uow.session.scalars(
                    select(InboxRecord.event_id).where(InboxRecord.consumer == self.name, InboxRecord.event_id.in_(ids))
                )).all()
            )
            todo = []
            for item in envelopes:
                if item[1].id not in done:
                    done.add(item[1].id)  # the same event twice in one batch is applied once
                    todo.append(item)
            if not todo:
                return True
            # every inbox row in one INSERT (not one ORM flush per event); a twin's row makes it fail: fall back
            stamp = datetime.now(UTC)
            await uow.session.execute(insert(InboxRecord.__table__), [
                {"consumer": self.name, "event_id": e.id, "event_type": e.type, "processed_at": stamp} for _, e, _ in todo
            ])
            for record, envelope, handler in todo:
                tokens = (context.correlation_id.set(envelope.correlation_id), context.causation_id.set(str(envelope.id)))
                try:
                    with tracer.start_as_current_span(
                        f"{record.topic} process", context=propagate.extract(headers_dict(record)), kind=trace.SpanKind.CONSUMER
                    ) as span, structlog.contextvars.bound_contextvars(
                        correlation_id=envelope.correlation_id, event_id=str(envelope.id), consumer=self.name
                    ):
                        span.set_attribute("messaging.message.id", str(envelope.id))
                        span.set_attribute("messaging.consumer.group.name", self.name)
                        await handler(uow, envelope)
                finally:
                    context.correlation_id.reset(tokens[0])
                    context.causation_id.reset(tokens[1])
            await uow.commit()
        return True

    async def process(self, record: ConsumerRecord) -> None:
        """Apply one record exactly once, or park it. Raises only if parking itself fails."""
        try:
            envelope = EventEnvelope.model_validate_json(record.value)
        except Exception as exc:  # poison message: no retry can fix it
            await self._park(record, exc)
            return
        handler = self.handlers.get(envelope.type) or self.handlers.get(f"{topic_of(envelope.type)}.*")
        if handler is None:
            return
        parent = propagate.extract(headers_dict(record))
        last_error: BaseException | None = None
        failures, outage_delay = 0, self.settings.consumer_backoff_seconds
        while failures < self.settings.consumer_max_attempts:
            try:
                with tracer.start_as_current_span(
                    f"{record.topic} process", context=parent, kind=trace.SpanKind.CONSUMER
                ) as span, structlog.contextvars.bound_contextvars(
                    correlation_id=envelope.correlation_id, event_id=str(envelope.id), consumer=self.name
                ):
                    span.set_attribute("messaging.message.id", str(envelope.id))
                    span.set_attribute("messaging.consumer.group.name", self.name)
                    await self._apply(handler, envelope)
                return
            except _Duplicate:
                log.info("duplicate event skipped", extra={"event_id": str(envelope.id), "consumer": self.name})
                return
            except TRANSIENT as exc:
                # The database is away, not the event at fault: parking would send good events to the
                # DLQ and break per-aggregate order. Wait for it, however long, holding our place.
                log.warning("database unavailable, retrying", extra={"event_id": str(envelope.id), "error": repr(exc)})
                await asyncio.sleep(outage_delay)
                outage_delay = min(outage_delay * 2, 30.0)
            except Exception as exc:
                failures += 1
                last_error = exc
                log.warning(
                    "handler failed",
                    extra={"event_id": str(envelope.id), "attempt": failures, "error": repr(exc)},
                )
                if failures < self.settings.consumer_max_attempts:
                    await asyncio.sleep(self.settings.consumer_backoff_seconds * 2 ** (failures - 1))
        await self._park(record, last_error)

    async def _apply(self, handler: Handler, envelope: EventEnvelope) -> None:
        tokens = (context.correlation_id.set(envelope.correlation_id), context.causation_id.set(str(envelope.id)))
        try:
            async with self.db.uow() as uow:
                uow.session.add(
                    InboxRecord(
                        consumer=self.name,
                        event_id=envelope.id,
                        event_type=envelope.type,
                        processed_at=datetime.now(UTC),
                    )
                )
                try:
                    await uow.session.flush()  # a concurrent twin blocks here until the first commits
                except IntegrityError as exc:
                    raise _Duplicate() from exc
                await handler(uow, envelope)
                await uow.commit()
        finally:
            context.correlation_id.reset(tokens[0])
            context.causation_id.reset(tokens[1])

    async def _park(self, record: ConsumerRecord, error: BaseException | None) -> None:
        if self._producer is None:
            self._producer = make_producer(self.settings)
            await self._producer.start()
        detail = "".join(traceback.format_exception_only(type(error), error)).strip() if error else "unknown"
        headers = [(k, v) for k, v in (record.headers or ()) if not k.startswith("dlq-")]
        headers += [
            ("dlq-error", detail[:4000].encode()),
            ("dlq-consumer", self.name.encode()),
            ("dlq-original-topic", record.topic.encode()),
            ("dlq-original-partition", str(record.partition).encode()),
            ("dlq-original-offset", str(record.offset).encode()),
            ("dlq-failed-at", datetime.now(UTC).isoformat().encode()),
        ]
        await self._producer.send_and_wait(record.topic + DLQ_SUFFIX, value=record.value, key=record.key, headers=headers)
        log.error(
            "event parked on dead-letter topic",
            extra={"topic": record.topic + DLQ_SUFFIX, "consumer": self.name, "error": detail},
        )


def describe_parked(record: ConsumerRecord) -> dict[str, str]:
    """What ops see when listing a dead-letter topic."""
    h = headers_dict(record)
    try:
        body = json.loads(record.value)
        event = {"event_id": body.get("id"), "type": body.get("type")}
    except Exception:
        event = {"event_id": h.get("id"), "type": h.get("type")}
    return {
        **event,
        "consumer": h.get("dlq-consumer", ""),
        "original": f"{h.get('dlq-original-topic')}[{h.get('dlq-original-partition')}]@{h.get('dlq-original-offset')}",
        "failed_at": h.get("dlq-failed-at", ""),
        "error": h.get("dlq-error", ""),
    }


async def replay_parked(
    settings: ServiceSettings, dlq_topic: str, *, consumer_name: str | None = None, dry_run: bool = False
) -> list[dict[str, str]]:
    """Re-send parked records to their original topic. Every consumer of that topic sees them again,
    and the inbox makes that harmless for consumers that had already applied them. A consumer group
    on the DLQ remembers what was replayed, so running this twice replays nothing twice.

    `consumer_name` replays only that consumer's events, with a cursor of its own: a shared cursor
    would move past the other consumers' events it skipped, and a later replay for them would find
    nothing (they were lost). An unfiltered replay has its own cursor too, so it may re-send what a
    filtered one already did; the inbox makes that harmless, and nothing parked is ever passed over."""
    if not dlq_topic.endswith(DLQ_SUFFIX):
        raise ValueError(f"{dlq_topic!r} is not a dead-letter topic (it must end in {DLQ_SUFFIX})")
    cursor = "palli-dlq-replay" + (f".{consumer_name}" if consumer_name else "")
    consumer = make_consumer(settings, group_id=None if dry_run else cursor)
    await consumer.start()
    producer = None if dry_run else make_producer(settings)
    replayed: list[dict[str, str]] = []
    try:
        if producer:
            await producer.start()
        tps = await topic_partitions(consumer, dlq_topic)
        if not tps:
            return []
        consumer.assign(tps)
        for tp in tps:
            committed = None if dry_run else await consumer.committed(tp)
            if committed is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, committed)
        async for batch in drain(consumer, tps):
            for tp, records in batch.items():
                for record in records:
                    info = describe_parked(record)
                    if consumer_name and info["consumer"] != consumer_name:
                        continue
                    replayed.append(info)
                    if producer:
                        original = headers_dict(record)["dlq-original-topic"]
                        headers = [(k, v) for k, v in (record.headers or ()) if not k.startswith("dlq-")]
                        headers.append(("dlq-replayed-from", dlq_topic.encode()))
                        await producer.send_and_wait(original, value=record.value, key=record.key, headers=headers)
                if records and producer:
                    await consumer.commit({tp: records[-1].offset + 1})
    finally:
        if producer:
            await producer.stop()
        await consumer.stop()
    return replayed

