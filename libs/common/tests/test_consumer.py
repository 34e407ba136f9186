"""Idempotent consumer, retries, dead-letter parking and replay, against the real broker."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer
from opentelemetry import trace

from typer.testing import CliRunner

from palli_common import context, events_cli
from palli_common.consumer import ConsumerRunner, replay_parked
from palli_common.events import encode_envelope
from palli_common.kafka import ensure_topics
from palli_common.observability import setup_tracing



async def _produce(bootstrap: str, *envelopes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=False)
    await producer.start()
    try:
        for env in envelopes:
            data = env.model_dump(mode="json")
            await producer.send_and_wait(env.topic, encode_envelope(data), key=env.aggregate_id.encode(),
                                         headers=env.kafka_headers() + ([("traceparent", env.traceparent.encode())] if env.traceparent else []))
    finally:
        await producer.stop()


async def test_duplicate_delivery_applies_effect_once(bb, db, settings, topic_prefix, kafka):
    await ensure_topics(kafka.bootstrap, [f"{topic_prefix}.thing"])
    dup = bb.thing_event(topic_prefix, f"{topic_prefix}-dup", aggregate_id="same")
    marker = bb.thing_event(topic_prefix, f"{topic_prefix}-marker", aggregate_id="same")  # same key: same partition, after dup
    await _produce(kafka.bootstrap, dup, dup, marker)
    runner = ConsumerRunner(f"{topic_prefix}-group", db, settings, {dup.type: bb.bump})
    runner.start()
    try:
        await bb.eventually(lambda: _applied(bb, db, f"{topic_prefix}-marker"))
        assert await bb.tally(db, f"{topic_prefix}-dup") == 1
        # and a redelivery after the offset commit (e.g. a rebalance) is still a no-op
        await _produce(kafka.bootstrap, dup, bb.thing_event(topic_prefix, f"{topic_prefix}-marker2", aggregate_id="same"))
        await bb.eventually(lambda: _applied(bb, db, f"{topic_prefix}-marker2"))
        assert await bb.tally(db, f"{topic_prefix}-dup") == 1
    finally:
        await runner.stop()


async def _applied(bb, db, key: str) -> bool:
    return await bb.tally(db, key) > 0


async def test_consumer_restores_trace_and_correlation(bb, db, settings, topic_prefix, kafka):
    setup_tracing(settings)
    seen: dict = {}
    token = context.correlation_id.set("corr-777")
    with trace.get_tracer("test").start_as_current_span("origin") as span:
        env = bb.thing_event(topic_prefix, f"{topic_prefix}-ctx")
        origin_trace = span.get_span_context().trace_id
    context.correlation_id.reset(token)

    async def handler(uow, envelope) -> None:
        seen["trace"] = trace.get_current_span().get_span_context().trace_id
        seen["correlation"] = context.correlation_id.get()
        seen["causation"] = context.causation_id.get()
        await bb.bump(uow, envelope)

    await ensure_topics(kafka.bootstrap, [env.topic])
    await _produce(kafka.bootstrap, env)
    runner = ConsumerRunner(f"{topic_prefix}-ctx", db, settings, {env.type: handler})
    runner.start()
    try:
        await bb.eventually(lambda: _applied(bb, db, f"{topic_prefix}-ctx"))
    finally:
        await runner.stop()
    assert seen == {"trace": origin_trace, "correlation": "corr-777", "causation": str(env.id)}


async def test_failing_handler_parks_event_then_replay_applies_it(bb, db, settings, topic_prefix, kafka, await_event):
    broken = {"on": True, "calls": 0}

    async def fragile(uow, envelope) -> None:
        broken["calls"] += 1
        if broken["on"]:
            raise RuntimeError("ledger account 1101 missing")
        await bb.bump(uow, envelope)

    env = bb.thing_event(topic_prefix, f"{topic_prefix}-fragile")
    group = f"{topic_prefix}-fragile"
    runner = ConsumerRunner(group, db, settings, {env.type: fragile})
    runner.start()
    try:
        await _wait_topic(kafka.bootstrap, env.topic)
        await _produce(kafka.bootstrap, env)
        parked = await await_event(f"{env.topic}.dlq", lambda e: e.envelope.id == env.id, timeout=20)
        assert "ledger account 1101 missing" in parked.headers["dlq-error"]
        assert parked.headers["dlq-consumer"] == group
        assert parked.headers["dlq-original-topic"] == env.topic
        assert broken["calls"] == settings.consumer_max_attempts
        assert await bb.tally(db, f"{topic_prefix}-fragile") == 0  # failed attempts left nothing behind

        listing = await asyncio.to_thread(
            CliRunner().invoke, events_cli.app, ["parked", f"{env.topic}.dlq"],
            env={"KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap, "KAFKA_ENABLE_IDEMPOTENCE": str(kafka.idempotence).lower()},
        )
        assert listing.exit_code == 0, listing.output
        assert str(env.id)[:8] in listing.output and "1 parked" in listing.output

        broken["on"] = False  # ops fix the cause, then replay
        replayed = await replay_parked(settings, f"{env.topic}.dlq")
        assert [r["event_id"] for r in replayed] == [str(env.id)]
        await bb.eventually(lambda: _applied(bb, db, f"{topic_prefix}-fragile"))
        assert await replay_parked(settings, f"{env.topic}.dlq") == []  # nothing is replayed twice
        await asyncio.sleep(0.3)
        assert await bb.tally(db, f"{topic_prefix}-fragile") == 1
    finally:
        await runner.stop()


async def _wait_topic(bootstrap: str, topic: str) -> None:
    await ensure_topics(bootstrap, [topic, topic + ".dlq"])


async def test_database_outage_is_retried_not_parked(bb, db, settings, topic_prefix, kafka):
    from sqlalchemy.exc import OperationalError

    from palli_common.testing.events import read_topic

    calls = {"n": 0}

    async def flaky_db(uow, envelope) -> None:
        calls["n"] += 1
        if calls["n"] <= settings.consumer_max_attempts + 1:  # longer than one round of retries
            raise OperationalError("INSERT ...", {}, ConnectionRefusedError("server closed the connection"))
        await bb.bump(uow, envelope)

    env = bb.thing_event(topic_prefix, f"{topic_prefix}-outage")
    await ensure_topics(kafka.bootstrap, [env.topic, env.topic + ".dlq"])
    await _produce(kafka.bootstrap, env)
    runner = ConsumerRunner(f"{topic_prefix}-outage", db, settings, {env.type: flaky_db})
    runner.start()
    try:
        await bb.eventually(lambda: _applied(bb, db, f"{topic_prefix}-outage"), timeout=20)
    finally:
        await runner.stop()
    assert await bb.tally(db, f"{topic_prefix}-outage") == 1
    assert [e for e in await read_topic(kafka.bootstrap, env.topic + ".dlq") if e.envelope.id == env.id] == []


async def test_replaying_one_consumers_events_loses_no_other_consumers(bb, settings, topic_prefix, kafka):
    """`replay --consumer a` must not move past b's parked events: b's are still listed and replayable."""
    from palli_common.testing.events import read_topic

    topic = f"{topic_prefix}.thing"
    await ensure_topics(kafka.bootstrap, [topic, topic + ".dlq"])
    parked = {name: bb.thing_event(topic_prefix, f"{topic_prefix}-{name}") for name in ("a", "b", "a2")}
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap, enable_idempotence=False)
    await producer.start()
    try:
        for name, env in parked.items():  # one partition, interleaved: a, b, a2
            headers = [("dlq-consumer", name.rstrip("2").encode()), ("dlq-original-topic", topic.encode()),
                       ("dlq-original-partition", b"0"), ("dlq-original-offset", b"0"), ("dlq-error", b"boom")]
            await producer.send_and_wait(topic + ".dlq", encode_envelope(env.model_dump(mode="json")), key=b"k", partition=0, headers=headers)
    finally:
        await producer.stop()

    first = await replay_parked(settings, topic + ".dlq", consumer_name="a")
    assert [r["event_id"] for r in first] == [str(parked["a"].id), str(parked["a2"].id)]
    listed = await replay_parked(settings, topic + ".dlq", consumer_name="b", dry_run=True)
    assert [r["event_id"] for r in listed] == [str(parked["b"].id)]
    second = await replay_parked(settings, topic + ".dlq", consumer_name="b")
    assert [r["event_id"] for r in second] == [str(parked["b"].id)]  # was [] before: the shared cursor had passed it
    assert await replay_parked(settings, topic + ".dlq", consumer_name="b") == []  # and not twice
    assert await replay_parked(settings, topic + ".dlq", consumer_name="a") == []
    sent = await read_topic(kafka.bootstrap, topic)
    assert sorted(r.envelope.id for r in sent if r.envelope) == sorted(e.id for e in parked.values())
