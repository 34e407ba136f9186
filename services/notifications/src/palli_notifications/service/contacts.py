"""Members' contacts, kept from `members.member` events (each a full snapshot of the member).

A contact only moves forward, to an event with a higher `aggregate_version` than the one it holds: a
late replay from the dead-letter topic never overwrites newer details. `language` ("bn" | "en") and
`sms_consent` are read tolerantly: a member snapshot without them means Bangla and consent.

When a contact arrives or changes: messages held for want of it are rendered and queued (or suppressed);
queued messages not yet sent are suppressed if the member opted out or exited, and follow a new number.
"""

from __future__ import annotations

import uuid
from typing import Any

import structlog
from sqlalchemy import select

from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_notifications.adapters.tables import Contact, Message
from palli_notifications.domain.formatting import DEFAULT_LANGUAGE, LANGUAGES
from palli_notifications.service.common import lock_member, now, record
from palli_notifications.service.compose import prepare, refusal

log = structlog.get_logger(__name__)

MEMBER_EVENTS = (
    "members.member.registered",
    "members.member.activated",
    "members.member.updated",
    "members.member.made_dormant",
    "members.member.reactivated",
    "members.member.transferred",
    "members.member.exited",
)


def _consent(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off")
    return True if value is None else bool(value)


def contact_fields(p: dict[str, Any]) -> dict[str, Any]:
    language = str(p.get("language") or DEFAULT_LANGUAGE).lower()
    return {
        "branch_id": uuid.UUID(p["branch_id"]),
        "name_bn": p.get("name_bn") or "",
        "name_en": p.get("name_en") or "",
        "mobile": p.get("mobile") or None,
        "language": language if language in LANGUAGES else DEFAULT_LANGUAGE,
        "sms_consent": _consent(p.get("sms_consent")),
        "status": p["status"],
    }


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    member_id = uuid.UUID(envelope.aggregate_id)
    fields = contact_fields(envelope.payload)
    session = uow.session
    await lock_member(uow, member_id)
    contact = (await session.scalars(select(Contact).where(Contact.member_id == member_id).with_for_update())).first()
    if contact is not None and contact.aggregate_version >= envelope.aggregate_version:
        log.info("stale_event_ignored", event_type=envelope.type, aggregate_id=envelope.aggregate_id,
                 event_version=envelope.aggregate_version, held_version=contact.aggregate_version)
        return
    at = now()
    if contact is None:
        contact = Contact(member_id=member_id, **fields, aggregate_version=envelope.aggregate_version, updated_at=at)
        session.add(contact)
    else:
        for name, value in fields.items():
            setattr(contact, name, value)
        contact.aggregate_version, contact.updated_at = envelope.aggregate_version, at
    await session.flush()
    await _follow(uow, contact, at)


async def _follow(uow: UnitOfWork, contact: Contact, at) -> None:  # noqa: ANN001
    waiting = (await uow.session.scalars(
        select(Message).where(Message.member_id == contact.member_id, Message.status.in_(("held", "queued")))
        .order_by(Message.id).with_for_update()
    )).all()
    reason = refusal(contact)
    for message in waiting:
        if message.status == "held":
            await prepare(uow, message, contact, at)
        elif reason is not None:
            message.status, message.reason, message.next_attempt_at = "suppressed", reason, None
            record(uow, message, "suppressed", at, detail=f"{reason} before it was sent")
        elif message.to != contact.mobile:
            message.to = contact.mobile
            record(uow, message, "readdressed", at, detail="the member's mobile number changed")
    await uow.session.flush()
