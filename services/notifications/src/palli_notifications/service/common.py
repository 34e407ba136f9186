"""Helpers every use case shares: the clock, a message's history and its events."""

from __future__ import annotations

import secrets
import uuid
from datetime import date, datetime

from sqlalchemy import text

from palli_common.clock import BUSINESS_TIMEZONE, business_day, now  # noqa: F401
from palli_common.db import UnitOfWork
from palli_common.ids import uuid7
from palli_notifications.adapters.tables import Message, MessageHistory
from palli_notifications.contracts.events import (
    MessageDelivered, MessageFact, MessageFailed, MessageQueued, MessageSent, MessageSuppressed,
)

EVENTS: dict[str, type[MessageFact]] = {
    "queued": MessageQueued, "sent": MessageSent, "delivered": MessageDelivered, "failed": MessageFailed,
    "suppressed": MessageSuppressed,
}


def business_date(at: datetime) -> date:
    return business_day(at)


async def lock_member(uow: UnitOfWork, member_id: uuid.UUID) -> None:
    """Serialise, per member, everything that reads the contact to decide a message's fate: the members
    and lending consumers run side by side, and without this a loan event could read "no contact" while
    the contact's event commits unseen, leaving its message held for ever. PostgreSQL: a transaction-scoped
    advisory lock; SQLite already runs one writer at a time (BEGIN IMMEDIATE)."""
    if uow.db.is_postgres:
        key = int.from_bytes(member_id.bytes[:8], "big", signed=True)
        await uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def new_reference() -> str:
    """Our client reference for one send series: 20 characters (SSL Wireless's csms_id limit), random."""
    return secrets.token_hex(10)


def record(uow: UnitOfWork, message: Message, status: str, at: datetime, *, attempt: int | None = None,
           detail: str | None = None, actor: str | None = None) -> None:
    """A line in the message's history; for a status the platform hears of, its event too."""
    message.updated_at = at
    uow.session.add(MessageHistory(id=uuid7(), message_id=message.id, at=at, status=status, attempt=attempt, detail=detail, actor=actor))
    contract = EVENTS.get(status)
    if contract is None:
        return
    message.version += 1
    fact = contract(
        message_id=str(message.id), member_id=str(message.member_id), branch_id=str(message.branch_id),
        source_event_id=str(message.source_event_id), source_event_type=message.source_event_type, channel=message.channel,
        status=message.status, language=message.language, encoding=message.encoding, segments=message.segments,
        attempts=message.attempts, reason=message.reason, error=message.last_error if status == "failed" else None,
        provider_message_id=message.provider_message_id, actor=actor,
    )
    uow.publish(fact, aggregate_id=message.id, aggregate_version=message.version)
