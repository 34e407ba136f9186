"""The consumers' one handler: an event becomes one pending delivery for each active endpoint that
subscribed to its type and may see it (the partner's scopes and branches; an order only to the
partner who took it), written in the consumer's transaction beside its inbox row. The unique key
(endpoint, event, replay 0) makes a second arrival of the same event queue nothing, whatever path
it came by."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from palli_common.clock import now as clock
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_webhooks.adapters.tables import WebhookDelivery, WebhookEndpoint
from palli_webhooks.domain import catalogue


def event_body(envelope: EventEnvelope) -> str:
    """What the receiver gets: the event as published, less the platform's tracing fields. Built
    once, stored, and sent byte for byte on every attempt (the signature covers these bytes)."""
    return json.dumps({
        "id": str(envelope.id), "type": envelope.type, "version": envelope.version, "source": envelope.source,
        "occurred_at": envelope.occurred_at.isoformat(), "aggregate_type": envelope.aggregate_type,
        "aggregate_id": envelope.aggregate_id, "aggregate_version": envelope.aggregate_version, "data": envelope.payload,
    }, separators=(",", ":"), ensure_ascii=False)


def _branch(value: Any) -> str | None:
    try:
        return str(uuid.UUID(str(value))) if value is not None else None
    except ValueError:
        return None


def wants(endpoint: WebhookEndpoint, envelope: EventEnvelope) -> bool:
    if envelope.type not in catalogue.EVENT_TYPES or not catalogue.matches(endpoint.event_types, envelope.type):
        return False
    if endpoint.owner_kind != "partner":
        return True  # an admin's endpoint: every branch, every type in the catalogue
    if not catalogue.allowed(envelope.type, endpoint.scopes):
        return False
    if endpoint.branch_ids is not None:
        branch = _branch(envelope.payload.get("branch_id"))
        if branch is None or branch not in {_branch(b) for b in endpoint.branch_ids}:
            return False  # a branch-scoped partner hears only of its branches (an event with no branch: never)
    if catalogue.partner_only(envelope.type) and envelope.payload.get("partner") != endpoint.owner:
        return False
    return True


async def on_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    endpoints = (await uow.session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.status == "active"))).all()
    targets = [e for e in endpoints if wants(e, envelope)]
    if not targets:
        return
    at, body = clock(), event_body(envelope)
    rows = [dict(id=uuid7(), endpoint_id=e.id, event_id=envelope.id, event_type=envelope.type, body=body, replay_number=0,
                 state="pending", attempts=0, next_attempt_at=at, created_at=at) for e in targets]
    insert = pg_insert if uow.db.is_postgres else sqlite_insert
    statement = insert(WebhookDelivery.__table__).on_conflict_do_nothing(index_elements=["endpoint_id", "event_id", "replay_number"])
    await uow.session.execute(statement, rows)
