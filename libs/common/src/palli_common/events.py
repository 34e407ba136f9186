"""The event envelope (design notes, maps 1:1 onto CloudEvents 1.0) and the contract base class."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from opentelemetry import propagate
from pydantic import BaseModel, ConfigDict

from palli_common import context
from palli_common.ids import uuid7

# Copied from the envelope into Kafka headers so brokers and tools can route without parsing JSON.
# `traceparent` is added by the relay from inside a span that continues the envelope's trace.
HEADER_FIELDS = ("id", "type", "version", "correlation_id")


class EventContract(BaseModel):
    """A published event's payload. Subclasses set `event_type` and bump `version` only on breaking change."""

    model_config = ConfigDict(frozen=True)
    event_type: ClassVar[str]
    version: ClassVar[int] = 1


class EventEnvelope(BaseModel):
    id: uuid.UUID
    type: str
    version: int
    source: str
    occurred_at: datetime
    aggregate_type: str
    aggregate_id: str
    aggregate_version: int
    correlation_id: str | None = None
    causation_id: str | None = None
    traceparent: str | None = None
    payload: dict[str, Any]

    @property
    def topic(self) -> str:
        return topic_of(self.type)

    def kafka_headers(self) -> list[tuple[str, bytes]]:
        return envelope_headers(self.model_dump(mode="json"))


def envelope_headers(envelope: dict[str, Any]) -> list[tuple[str, bytes]]:
    return [(name, str(envelope[name]).encode()) for name in HEADER_FIELDS if envelope.get(name) is not None]


def encode_envelope(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode()


def topic_of(event_type: str) -> str:
    """`members.member.registered` is published on topic `members.member` (one topic per aggregate type)."""
    return event_type.rsplit(".", 1)[0]


def current_traceparent() -> str | None:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get("traceparent")


def new_event(
    contract: EventContract,
    *,
    aggregate_id: str | uuid.UUID,
    aggregate_version: int,
    source: str | None = None,
) -> EventEnvelope:
    """Wrap a contract for the outbox, capturing correlation, causation and trace context now."""
    event_type = contract.event_type
    service, aggregate_type, _ = event_type.split(".", 2)
    return EventEnvelope(
        id=uuid7(),
        type=event_type,
        version=contract.version,
        source=source or service,
        occurred_at=datetime.now(UTC),
        aggregate_type=aggregate_type,
        aggregate_id=str(aggregate_id),
        aggregate_version=aggregate_version,
        correlation_id=context.correlation_id.get(),
        causation_id=context.causation_id.get(),
        traceparent=current_traceparent(),
        payload=contract.model_dump(mode="json"),
    )
