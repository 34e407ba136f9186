"""Kafka client factories: one place decides acks, idempotence and timeouts for every service."""

from __future__ import annotations

import asyncio
import logging

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from palli_common.settings import ServiceSettings

log = logging.getLogger(__name__)

DLQ_SUFFIX = ".dlq"


def connection_options(settings: ServiceSettings | None) -> dict[str, Any]:
    """How every client reaches the broker: plain on a private network (development, compose), SASL
    with TLS in production. A SASL protocol without a mechanism and credentials is refused here,
    at start-up, rather than failing on the first publish."""
    if settings is None:
        return {}
    options: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    if settings.kafka_security_protocol in ("SSL", "SASL_SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context()
    if settings.kafka_security_protocol.startswith("SASL_"):
        if not (settings.kafka_sasl_mechanism and settings.kafka_sasl_username and settings.kafka_sasl_password):
            raise ValueError("KAFKA_SECURITY_PROTOCOL=SASL_* needs KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD")
        options.update(
            sasl_mechanism=settings.kafka_sasl_mechanism,
            sasl_plain_username=settings.kafka_sasl_username,
            sasl_plain_password=settings.kafka_sasl_password.get_secret_value(),
        )
    return options


def make_producer(settings: ServiceSettings) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        **connection_options(settings),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=settings.service_name,
        acks="all",
        enable_idempotence=settings.kafka_enable_idempotence,
        request_timeout_ms=10_000,
        linger_ms=2,
    )


def make_consumer(settings: ServiceSettings, *topics: str, group_id: str | None) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        *topics,
        **connection_options(settings),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=f"{settings.service_name}-{group_id or 'reader'}",
        group_id=group_id,
        enable_auto_commit=False,  # offsets are committed only after the database commit
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        fetch_max_wait_ms=settings.kafka_fetch_max_wait_ms,
    )


async def ensure_topics(
    bootstrap: str, topics: list[str], *, partitions: int = 3, settings: ServiceSettings | None = None
) -> None:
    """Create topics (and their .dlq twins) up front: relying on broker auto-creation would leave
    a consumer that starts first subscribed to nothing on brokers that disable it."""
    admin = AIOKafkaAdminClient(**connection_options(settings), bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in dict.fromkeys(topics) if t not in existing]
        if wanted:
            try:
                await admin.create_topics([NewTopic(t, partitions, 1) for t in wanted])
            except TopicAlreadyExistsError:
                pass  # another service created it between our list and create
    finally:
        await admin.close()


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str, timeout: float = 3.0) -> list[TopicPartition]:
    """The topic's partitions, refreshing metadata while it may still be being created."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        await consumer._client.force_metadata_update()
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return [TopicPartition(topic, p) for p in sorted(parts)]
        if asyncio.get_running_loop().time() >= deadline:
            return []
        await asyncio.sleep(0.2)


async def drain(consumer: AIOKafkaConsumer, tps: list[TopicPartition], idle_ms: int = 700):
    """Yield batches from `tps` until they are at their end offsets and a poll comes back empty.
    The empty poll matters: the bundled Tansu broker under-reports end offsets after a
    multi-record batch, so end offsets alone would stop reading early."""
    end = await consumer.end_offsets(tps)
    while True:
        batch = await consumer.getmany(*tps, timeout_ms=idle_ms)
        if batch:
            yield batch
            continue
        if all([await consumer.position(tp) >= end[tp] for tp in tps]):
            return
