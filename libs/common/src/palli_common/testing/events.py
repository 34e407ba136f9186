"""Read events back from the broker, or from a service's outbox, in tests and benchmarks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer
from sqlalchemy import select

from palli_common.events import EventEnvelope
from palli_common.kafka import drain, topic_partitions
from palli_common.tables import BATCH_KEY, OutboxRecord


@dataclass
class ReceivedEvent:
    envelope: EventEnvelope
    headers: dict[str, str]
    topic: str
    partition: int
    offset: int


def _decode(record) -> ReceivedEvent:
    headers: dict[str, str] = {}
    for k, v in record.headers or ():
        headers.setdefault(k, v.decode() if v is not None else "")
    return ReceivedEvent(EventEnvelope.model_validate_json(record.value), headers, record.topic, record.partition, record.offset)


async def read_topic(bootstrap: str, topic: str, *, timeout: float = 3.0) -> list[ReceivedEvent]:
    """Everything currently on `topic`, from the beginning (no consumer group, commits nothing)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = await topic_partitions(consumer, topic, timeout)
        if not parts:
            return []
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        out: list[ReceivedEvent] = []
        async for batch in drain(consumer, parts):
            for records in batch.values():
                out.extend(_decode(r) for r in records)
        return out
    finally:
        await consumer.stop()


async def wait_for_event(
    bootstrap: str, topic: str, predicate: Callable[[ReceivedEvent], bool], *, timeout: float = 15.0
) -> ReceivedEvent:
    """The first event on `topic` (from the beginning) that satisfies `predicate`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        parts = await topic_partitions(consumer, topic, timeout)
        if not parts:
            raise TimeoutError(f"topic {topic} does not exist after {timeout}s")
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        while (left := deadline - asyncio.get_running_loop().time()) > 0:
            batch = await consumer.getmany(timeout_ms=int(min(left, 0.5) * 1000))
            for records in batch.values():
                for record in records:
                    event = _decode(record)
                    if predicate(event):
                        return event
        raise TimeoutError(f"no matching event on {topic} within {timeout}s")
    finally:
        await consumer.stop()


async def outbox_events(session, *, key: str | None = None, event_type: str | None = None) -> list[dict]:  # noqa: ANN001
    """The envelopes in a service's outbox, oldest first, batch rows opened: of one key (an
    aggregate), of one type, or all."""
    query = select(OutboxRecord).order_by(OutboxRecord.created_at, OutboxRecord.id)
    if key is not None:
        query = query.where(OutboxRecord.key.in_([key, BATCH_KEY]))
    if event_type is not None:
        query = query.where((OutboxRecord.event_type == event_type) | (OutboxRecord.key == BATCH_KEY))
    rows = (await session.scalars(query)).all()
    return [envelope for row in rows for k, envelope in row.events()
            if (key is None or k == key) and (event_type is None or envelope["type"] == event_type)]
