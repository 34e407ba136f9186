"""`lending.loan.*`, `savings.account.*` and the marketplace's advance and payout events -> one
message each (domain/templates.MESSAGE_TYPES says which types). The branch is the event's, else
(the marketplace's may name none) the member's contact's.

Runs inside the consumer's unit of work, after its inbox row: the message is written, rendered and
queued (or held, or suppressed) in the same transaction. The unique (source event, channel) key makes
a second message for the same event impossible even if the inbox were bypassed (a replay into another
consumer group): such an event finds its message and does nothing.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_notifications.adapters.tables import Contact, Message
from palli_notifications.domain.templates import MARKETPLACE_TYPES, MESSAGE_TYPES, SAVINGS_TYPES, variables_of
from palli_notifications.service.common import business_date, lock_member, now
from palli_notifications.service.compose import prepare

CHANNEL = "sms"


async def on_loan_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    session = uow.session
    done = await session.scalar(select(Message.id).where(Message.source_event_id == envelope.id, Message.channel == CHANNEL))
    if done is not None:
        return
    payload = envelope.payload
    member_id = uuid.UUID(payload["member_id"])
    await lock_member(uow, member_id)  # before reading the contact: see lock_member
    contact = await session.get(Contact, member_id)
    branch_id = payload.get("branch_id") or (str(contact.branch_id) if contact else None)
    if not branch_id:
        raise ValueError(f"{envelope.type} {envelope.id} names no branch and member {member_id}'s contact is not known yet")
    at = now()
    message = Message(
        id=uuid7(), source_event_id=envelope.id, source_event_type=envelope.type, channel=CHANNEL, member_id=member_id,
        branch_id=uuid.UUID(branch_id), loan_id=uuid.UUID(payload["loan_id"]) if payload.get("loan_id") else None,
        variables=variables_of(envelope.type, payload, business_date(envelope.occurred_at)), status="held", version=0,
        created_at=at, updated_at=at,
    )
    session.add(message)
    await prepare(uow, message, contact, at)
    await session.flush()


HANDLERS = {event_type: on_loan_event for event_type in MESSAGE_TYPES if event_type.startswith("lending.")}
SAVINGS_HANDLERS = {event_type: on_loan_event for event_type in SAVINGS_TYPES}  # the same: a message per event
MARKETPLACE_HANDLERS = {event_type: on_loan_event for event_type in MARKETPLACE_TYPES}
