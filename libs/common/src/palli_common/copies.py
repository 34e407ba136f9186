"""Local copies of another service's aggregates, kept from its events (event-carried state).

Every event carries a full snapshot, so each one simply replaces the copy, but only when it is
newer: events of one aggregate arrive in order on their partition, yet a replay from the
dead-letter topic can bring an old one back late. A copy moves forward to a higher
`aggregate_version` and ignores anything older or equal. Handlers call this inside the consumer's
unit of work, after its inbox row, so a redelivered event is never applied twice.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import structlog
from sqlalchemy import select

from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope

log = structlog.get_logger(__name__)


async def upsert_copy(uow: UnitOfWork, model: type, key: str, envelope: EventEnvelope, fields: dict[str, Any]) -> bool:
    """Insert or replace `model`'s row for the event's aggregate when the event is newer; True when
    applied. The model has `key` (the aggregate's UUID), `aggregate_version` and `updated_at`."""
    id_ = uuid.UUID(envelope.aggregate_id)
    column = getattr(model, key)
    row = (await uow.session.scalars(select(model).where(column == id_).with_for_update())).first()
    if row is not None and row.aggregate_version >= envelope.aggregate_version:
        log.info("stale_event_ignored", event_type=envelope.type, aggregate_id=envelope.aggregate_id,
                 event_version=envelope.aggregate_version, held_version=row.aggregate_version)
        return False
    stamp = datetime.now(UTC)
    if row is None:
        uow.session.add(model(**{key: id_}, **fields, aggregate_version=envelope.aggregate_version, updated_at=stamp))
    else:
        for name, value in fields.items():
            setattr(row, name, value)
        row.aggregate_version = envelope.aggregate_version
        row.updated_at = stamp
    await uow.session.flush()
    return True
