"""/metrics: requests by route template and status with their latency, the outbox's backlog and
lag, consumer lag and DLQ depth from the broker, events committed by type; a scrape answers even
with the broker away."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from aiokafka import AIOKafkaProducer
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from palli_common.kafka import ensure_topics, make_consumer, topic_partitions
from palli_common.metrics import Metrics, MetricsMiddleware, metrics_router
from palli_common.settings import ServiceSettings
from palli_common.tables import OutboxRecord


def samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for f in text_string_to_metric_families(text) for s in f.samples}


def value(text: str, name: str, **labels: str) -> float:
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


@dataclass
class Runner:  # what the metrics read of a ConsumerRunner
    name: str
    topics: list[str]


async def test_requests_are_counted_by_route_template_status_and_latency():
    metrics = Metrics("things")
    app = FastAPI()

    @app.get("/v1/things/{thing_id}")
    async def thing(thing_id: int) -> dict:
        return {"id": thing_id}

    app.include_router(metrics_router(metrics))
    wrapped = MetricsMiddleware(app, metrics)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=wrapped), base_url="http://t") as c:
        assert (await c.get("/v1/things/1")).status_code == 200
        assert (await c.get("/v1/things/2")).status_code == 200
        assert (await c.get("/v1/things/x")).status_code == 422
        assert (await c.get("/v1/nowhere/3")).status_code == 404
        text = (await c.get("/metrics")).text
    ok = dict(service="things", method="GET", route="/v1/things/{thing_id}")
    assert value(text, "palli_http_requests_total", **ok, status="200") == 2
    assert value(text, "palli_http_requests_total", **ok, status="422") == 1
    assert value(text, "palli_http_requests_total", service="things", method="GET", route="unmatched", status="404") == 1
    assert value(text, "palli_http_request_duration_seconds_count", **ok) == 3
    assert value(text, "palli_http_request_duration_seconds_bucket", **ok, le="10.0") == 3
    assert not any("/v1/things/1" in str(k) for k in samples(text))  # never a raw path


async def test_outbox_backlog_and_relay_lag_are_read_from_the_outbox(bb, db, topic_prefix):
    metrics = Metrics("backbone")
    await metrics.read_outbox(db)
    before = metrics.backlog.labels("backbone")._value.get()
    async with db.uow() as uow:
        for key in ("a", "b"):
            uow.add_envelope(bb.thing_event(topic_prefix, key))
        await uow.commit()
    async with db.uow() as uow:  # one of them has waited a minute
        row = (await uow.session.execute(OutboxRecord.__table__.select().where(OutboxRecord.key.is_not(None))
                                         .order_by(OutboxRecord.created_at.desc()).limit(1))).first()
        await uow.session.execute(OutboxRecord.__table__.update().where(OutboxRecord.id == row.id)
                                  .values(created_at=datetime.now(UTC) - timedelta(minutes=1)))
        await uow.commit()
    await metrics.read_outbox(db)
    text = metrics.exposition().decode()
    assert value(text, "palli_outbox_backlog", service="backbone") == before + 2
    assert value(text, "palli_relay_lag_seconds", service="backbone") >= 59


async def test_consumer_lag_and_dlq_depth_come_from_the_broker(kafka, topic_prefix, settings):
    topic = f"{topic_prefix}.thing"
    await ensure_topics(kafka.bootstrap, [topic, topic + ".dlq"])
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap, enable_idempotence=False)
    await producer.start()
    try:
        for i in range(3):
            await producer.send_and_wait(topic, b"{}", key=f"k{i}".encode())
        await producer.send_and_wait(topic + ".dlq", b"{}", key=b"parked")
    finally:
        await producer.stop()
    metrics = Metrics("backbone")
    metrics.count_events(["lending.loan.repayment_received", "lending.loan.repayment_received", "ledger.journal.posted"])
    await metrics.read_broker(settings, [Runner(f"{topic_prefix}-group", [topic])], every=0)
    text = metrics.exposition().decode()
    assert value(text, "palli_metrics_broker_up", service="backbone") == 1
    assert value(text, "palli_consumer_lag", service="backbone", group=f"{topic_prefix}-group", topic=topic) == 3  # nothing committed yet
    assert value(text, "palli_dlq_depth", service="backbone", topic=topic + ".dlq") == 1
    assert value(text, "palli_business_events_total", service="backbone", type="lending.loan.repayment_received") == 2
    group = make_consumer(settings, group_id=f"{topic_prefix}-group")  # the group works off two of the three
    await group.start()
    try:
        tps = await topic_partitions(group, topic)
        group.assign(tps)
        ends = await group.end_offsets(tps)
        full = [tp for tp in tps if ends[tp] > 0]
        await group.commit({tp: ends[tp] for tp in full[:-1]} | {full[-1]: ends[full[-1]] - 1})
    finally:
        await group.stop()
    await metrics.read_broker(settings, [Runner(f"{topic_prefix}-group", [topic])], every=0)
    assert value(metrics.exposition().decode(), "palli_consumer_lag", service="backbone", group=f"{topic_prefix}-group", topic=topic) == 1


async def test_a_scrape_answers_with_the_broker_away():
    away = ServiceSettings(service_name="away", environment="test", kafka_bootstrap_servers="127.0.0.1:9")
    metrics = Metrics("away")
    await metrics.read_broker(away, [Runner("g", ["x.thing"])], every=0)
    assert value(metrics.exposition().decode(), "palli_metrics_broker_up", service="away") == 0
