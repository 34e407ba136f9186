"""A fetched batch is applied in one transaction; anything unusual sends it back to one event at a
time, so the fast path never changes what is applied: each effect exactly once, failures retried
and parked as before."""

from __future__ import annotations

from aiokafka.structs import ConsumerRecord
from sqlalchemy import event, func, select

from palli_common.consumer import ConsumerRunner
from palli_common.events import encode_envelope
from palli_common.tables import InboxRecord


def record(envelope, offset: int, value: bytes | None = None) -> ConsumerRecord:
    body = value if value is not None else encode_envelope(envelope.model_dump(mode="json"))
    return ConsumerRecord(topic=envelope.topic, partition=0, offset=offset, timestamp=0, timestamp_type=0,
                          key=envelope.aggregate_id.encode(), value=body, checksum=None, serialized_key_size=0,
                          serialized_value_size=len(body), headers=envelope.kafka_headers())


def count_commits(db) -> list[int]:
    commits = [0]

    @event.listens_for(db.engine.sync_engine, "commit")
    def _on_commit(conn) -> None:  # noqa: ANN001
        commits[0] += 1

    return commits


async def test_a_batch_commits_once_and_applies_each_event_once(bb, db, settings, topic_prefix):
    events = [bb.thing_event(topic_prefix, f"{topic_prefix}-{i}") for i in range(5)]
    runner = ConsumerRunner(f"{topic_prefix}-batch", db, settings, {events[0].type: bb.bump})
    commits = count_commits(db)
    # the third event delivered twice inside the same batch
    await runner.process_batch([record(e, n) for n, e in enumerate(events + [events[2]])])
    assert commits[0] == 1
    assert [await bb.tally(db, f"{topic_prefix}-{i}") for i in range(5)] == [1, 1, 1, 1, 1]
    # the whole batch again (a redelivery after a crash before the offset commit): nothing twice
    await runner.process_batch([record(e, n) for n, e in enumerate(events)])
    assert [await bb.tally(db, f"{topic_prefix}-{i}") for i in range(5)] == [1, 1, 1, 1, 1]
    async with db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(InboxRecord).where(InboxRecord.consumer == runner.name)) == 5


async def test_a_failing_event_sends_the_batch_one_by_one_without_doubling_the_others(bb, db, settings, topic_prefix):
    events = [bb.thing_event(topic_prefix, f"{topic_prefix}-{i}") for i in range(4)]
    failures = {"left": 1}

    async def fails_once_on_the_third(uow, envelope) -> None:  # noqa: ANN001
        if envelope.payload["key"].endswith("-2") and failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("a transient fault in the handler")
        await bb.bump(uow, envelope)

    runner = ConsumerRunner(f"{topic_prefix}-fallback", db, settings, {events[0].type: fails_once_on_the_third})
    await runner.process_batch([record(e, n) for n, e in enumerate(events)])
    # the batch transaction was rolled back, then each event applied on its own: all once
    assert [await bb.tally(db, f"{topic_prefix}-{i}") for i in range(4)] == [1, 1, 1, 1]


async def test_a_poison_message_in_a_batch_is_parked_and_the_rest_applied(bb, db, settings, topic_prefix, kafka):
    from palli_common.consumer import replay_parked
    from palli_common.kafka import ensure_topics

    events = [bb.thing_event(topic_prefix, f"{topic_prefix}-{i}") for i in range(3)]
    await ensure_topics(kafka.bootstrap, [events[0].topic, events[0].topic + ".dlq"])
    runner = ConsumerRunner(f"{topic_prefix}-poison", db, settings, {events[0].type: bb.bump})
    try:
        batch = [record(events[0], 0), record(events[1], 1, value=b"{not json"), record(events[2], 2)]
        await runner.process_batch(batch)
    finally:
        await runner.stop()
    assert [await bb.tally(db, f"{topic_prefix}-{i}") for i in (0, 2)] == [1, 1]
    parked = await replay_parked(settings, events[0].topic + ".dlq", consumer_name=runner.name, dry_run=True)
    assert len(parked) == 1 and "json" in parked[0]["error"].lower() and parked[0]["original"].endswith("@1")
