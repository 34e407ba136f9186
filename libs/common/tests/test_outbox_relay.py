"""Transactional outbox and relay against real PostgreSQL and a real broker."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiokafka.admin import AIOKafkaAdminClient
from opentelemetry import trace
from sqlalchemy import select

from palli_common import context
from palli_common.kafka import ensure_topics
from palli_common.observability import setup_tracing
from palli_common.relay import OutboxRelay
from palli_common.tables import BATCH_KEY, OutboxRecord
from palli_common.testing.broker import free_port, start_tansu
from palli_common.testing.events import read_topic



async def test_state_change_and_event_commit_together_or_not_at_all(bb, db, topic_prefix):
    async with db.uow() as uow:
        uow.session.add(bb.Tally(key=f"{topic_prefix}-ok", count=1))
        ok = bb.thing_event(topic_prefix, "ok")
        uow.add_envelope(ok)
        await uow.commit()
    async with db.uow() as uow:
        uow.session.add(bb.Tally(key=f"{topic_prefix}-rolled-back", count=1))
        gone = bb.thing_event(topic_prefix, "gone")
        uow.add_envelope(gone)
        # leaving without commit: an exception or a refusal in the use case
    async with db.sessions() as s:
        assert await s.get(OutboxRecord, ok.id) is not None
        assert await s.get(OutboxRecord, gone.id) is None
    assert await bb.tally(db, f"{topic_prefix}-ok") == 1
    assert await bb.tally(db, f"{topic_prefix}-rolled-back") == 0


async def test_event_reaches_consumer_with_trace_and_correlation(bb, db, settings, topic_prefix, await_event):
    setup_tracing(settings)
    token = context.correlation_id.set("req-abc-123")
    try:
        with trace.get_tracer("test").start_as_current_span("api call") as span:
            trace_id = format(span.get_span_context().trace_id, "032x")
            async with db.uow() as uow:
                envelope = bb.thing_event(topic_prefix, "traced")
                uow.add_envelope(envelope)
                await uow.commit()
    finally:
        context.correlation_id.reset(token)
    relay = OutboxRelay(db, settings)
    assert await relay.publish_pending() >= 1
    await relay.stop()
    got = await await_event(f"{topic_prefix}.thing", lambda e: e.envelope.id == envelope.id)
    assert got.envelope.correlation_id == "req-abc-123"
    assert got.headers["correlation_id"] == "req-abc-123"
    assert got.headers["type"] == f"{topic_prefix}.thing.happened"
    assert got.headers["traceparent"].split("-")[1] == trace_id  # the publish span continues the request's trace
    assert got.envelope.traceparent.split("-")[1] == trace_id


async def test_relay_crash_after_commit_publishes_once_after_restart(bb, db, settings, topic_prefix, kafka):
    await ensure_topics(kafka.bootstrap, [f"{topic_prefix}.thing"])
    async with db.uow() as uow:
        envelope = bb.thing_event(topic_prefix, "crash")
        uow.add_envelope(envelope)
        await uow.commit()  # the relay that would have been woken is dead: nothing is published
    assert [e for e in await read_topic(kafka.bootstrap, f"{topic_prefix}.thing") if e.envelope.id == envelope.id] == []
    restarted = OutboxRelay(db, settings)
    await restarted.publish_pending()
    await restarted.publish_pending()  # a second sweep must not publish it again
    await restarted.stop()
    seen = [e for e in await read_topic(kafka.bootstrap, f"{topic_prefix}.thing") if e.envelope.id == envelope.id]
    assert len(seen) == 1
    async with db.sessions() as s:
        assert (await s.get(OutboxRecord, envelope.id)).published_at is not None


async def test_broker_outage_delays_but_does_not_lose_events(bb, db, settings, topic_prefix, tmp_path):
    port = free_port()
    broker = start_tansu(port)
    outage = settings.model_copy(update={"kafka_bootstrap_servers": broker.bootstrap, "relay_sweep_seconds": 0.2})
    broker.stop()  # the broker goes away before the API call
    relay = OutboxRelay(db, outage)
    relay.start()
    try:
        async with db.uow() as uow:
            envelope = bb.thing_event(topic_prefix, "outage")
            uow.add_envelope(envelope)
            await uow.commit()  # the business transaction succeeds regardless
        async with db.sessions() as s:
            assert (await s.get(OutboxRecord, envelope.id)).published_at is None
        broker = start_tansu(port)  # it comes back on the same address
        try:
            from palli_common.testing.events import wait_for_event

            got = await wait_for_event(broker.bootstrap, f"{topic_prefix}.thing", lambda e: e.envelope.id == envelope.id, timeout=40)
            assert got.envelope.payload == {"key": "outage"}
        finally:
            await relay.stop()
            broker.stop()
    finally:
        await relay.stop()


async def test_relay_publishes_in_commit_order_per_aggregate(bb, db, settings, topic_prefix, kafka):
    aggregate = "agg-1"
    ids = []
    for i in range(20):
        async with db.uow() as uow:
            env = bb.thing_event(topic_prefix, f"n{i}", aggregate_id=aggregate)
            uow.add_envelope(env)
            ids.append(env.id)
            await uow.commit()
    relay = OutboxRelay(db, settings)
    await relay.publish_pending()
    await relay.stop()
    seen = [e.envelope.id for e in await read_topic(kafka.bootstrap, f"{topic_prefix}.thing")]
    assert seen == ids
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    await admin.start()
    try:
        topics = {t["topic"]: t for t in await admin.describe_topics([f"{topic_prefix}.thing", f"{topic_prefix}.thing.dlq"])}
    finally:
        await admin.close()
    # the relay created the topic and its dead-letter twin with the configured partition count
    assert {name: len(t["partitions"]) for name, t in topics.items()} == {
        f"{topic_prefix}.thing": settings.kafka_topic_partitions, f"{topic_prefix}.thing.dlq": settings.kafka_topic_partitions}
    async with db.sessions() as s:
        unpublished = (await s.scalars(select(OutboxRecord).where(OutboxRecord.id.in_(ids), OutboxRecord.published_at.is_(None)))).all()
    assert unpublished == []


async def test_a_batch_row_goes_out_as_its_events_in_order_each_keyed_by_its_aggregate(bb, db, settings, topic_prefix, kafka):
    single = bb.thing_event(topic_prefix, "before", aggregate_id="agg-a")
    batch = [bb.thing_event(topic_prefix, f"b{i}", aggregate_id=f"agg-{'ab'[i % 2]}") for i in range(5)]
    async with db.uow() as uow:
        uow.add_envelope(single)
        uow.session.add(OutboxRecord(id=batch[0].id, topic=batch[0].topic, key=BATCH_KEY, event_type=batch[0].type,
                                     envelope=[e.model_dump(mode="json") for e in batch], created_at=datetime.now(UTC)))
        await uow.commit()
    relay = OutboxRelay(db, settings)
    assert await relay.publish_pending() == 2  # rows
    assert await relay.publish_pending() == 0  # and never again
    await relay.stop()
    seen = await read_topic(kafka.bootstrap, f"{topic_prefix}.thing")
    assert sorted(e.envelope.id for e in seen) == sorted([single.id, *(e.id for e in batch)])
    # the broker key is each event's aggregate: one aggregate's events share a partition, in order
    for aggregate in ("agg-a", "agg-b"):
        mine = [e for e in seen if e.envelope.aggregate_id == aggregate]
        assert len({e.partition for e in mine}) == 1
        assert [e.envelope.id for e in mine] == [e.id for e in [single, *batch] if e.aggregate_id == aggregate]
    assert all(e.headers["type"] == f"{topic_prefix}.thing.happened" for e in seen)


async def test_send_failure_is_recorded_and_rows_stay_unpublished(bb, db, settings, topic_prefix, monkeypatch):
    async with db.uow() as uow:
        envelope = bb.thing_event(topic_prefix, "send-fails")
        uow.add_envelope(envelope)
        await uow.commit()
    relay = OutboxRelay(db, settings)

    async def broken_send(producer, topic, key, envelope):
        raise ConnectionError("broker went away mid-batch")

    monkeypatch.setattr(relay, "_send", broken_send)
    try:
        await relay.publish_pending()
        raise AssertionError("publish_pending should have failed")
    except ConnectionError:
        pass
    finally:
        await relay.stop()
    async with db.sessions() as s:
        row = await s.get(OutboxRecord, envelope.id)
        await s.refresh(row)
    assert row.published_at is None and row.attempts >= 1 and "broker went away" in row.last_error
    retry = OutboxRelay(db, settings)  # the next sweep publishes it
    assert await retry.publish_pending() >= 1
    await retry.stop()


async def test_two_workers_relaying_one_database_publish_each_event_once_in_order(bb, settings, topic_prefix, kafka):
    """`serve --workers 2`: each worker process has its own pool and its own relay, woken by its
    own commits. The advisory lock lets one publish at a time; each row is sent once and, per
    aggregate, in commit order, whichever worker committed it."""
    from palli_common.db import Database

    await ensure_topics(kafka.bootstrap, [f"{topic_prefix}.thing"])
    workers = [Database(settings.database_url), Database(settings.database_url)]
    relays = [OutboxRelay(w, settings) for w in workers]
    for relay in relays:
        relay.start()
    expected: dict[str, list] = {}
    try:
        async def commits(aggregate: str, n: int) -> None:
            for i in range(n):  # one aggregate's commits alternate between the workers, one after the other
                async with workers[i % 2].uow() as uow:
                    env = bb.thing_event(topic_prefix, f"{aggregate}-{i}", aggregate_id=aggregate)
                    uow.add_envelope(env)
                    expected.setdefault(aggregate, []).append(env.id)
                    await uow.commit()

        await asyncio.gather(*(commits(f"agg-{a}", 40) for a in range(6)))
        ids = [i for v in expected.values() for i in v]

        async def all_published() -> bool:
            async with workers[0].sessions() as s:
                return not (await s.scalars(select(OutboxRecord.id).where(
                    OutboxRecord.id.in_(ids), OutboxRecord.published_at.is_(None)))).first()

        await bb.eventually(all_published, timeout=30)
    finally:
        for relay in relays:
            await relay.stop()
        for w in workers:
            await w.dispose()
    seen = await read_topic(kafka.bootstrap, f"{topic_prefix}.thing")
    assert sorted(e.envelope.id for e in seen) == sorted(ids)  # each exactly once
    for aggregate, in_order in expected.items():
        assert [e.envelope.id for e in seen if e.envelope.aggregate_id == aggregate] == in_order
