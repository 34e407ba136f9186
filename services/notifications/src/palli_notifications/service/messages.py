"""Members' messages: lists and details (branch-scoped), resending a failed one, the provider's
delivery reports, and a member's contact."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import or_, select

from palli_common.db import Database
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.pagination import PageParams
from palli_notifications.adapters.tables import Contact, Message, MessageHistory
from palli_notifications.service.common import lock_member, now, record
from palli_notifications.service.compose import prepare

REPORTER_SCOPE = "notifications:report"


async def list_messages(db: Database, who: Identity, params: PageParams, *, member_id: uuid.UUID | None = None,
                        status: str | None = None, event_type: str | None = None, branch_id: uuid.UUID | None = None) -> list[Message]:
    """Newest first; fetched with limit+1 for `make_page` (the cursor is the last id seen)."""
    query = in_branches(select(Message), Message.branch_id, who, branch_id)
    if member_id is not None:
        query = query.where(Message.member_id == member_id)
    if status is not None:
        query = query.where(Message.status == status)
    if event_type is not None:
        query = query.where(Message.source_event_type == event_type)
    if params.after:
        try:
            after = uuid.UUID(str(params.after[0]))
        except ValueError as exc:
            raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
        query = query.where(Message.id < after)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Message.id.desc()).limit(params.limit + 1))).all())


async def get_message(db: Database, who: Identity, message_id: uuid.UUID) -> tuple[Message, list[MessageHistory]]:
    async with db.sessions() as s:
        message = await s.get(Message, message_id)
        if message is None:
            raise NotFound(f"no message {message_id}")
        who.check_branch(message.branch_id, "this message")
        history = (await s.scalars(
            select(MessageHistory).where(MessageHistory.message_id == message_id).order_by(MessageHistory.id)
        )).all()
    return message, list(history)


async def resend(db: Database, who: Identity, message_id: uuid.UUID) -> Message:
    """A failed message again, from attempt one, with a new reference (the gateway refused or never
    took the old one), rendered for the member's current number and language."""
    async with db.uow() as uow:
        message = await uow.session.get(Message, message_id)
        if message is None:
            raise NotFound(f"no message {message_id}")
        who.check_branch(message.branch_id, "this message")
        await lock_member(uow, message.member_id)  # the contact read below must not race an opt-out
        message = (await uow.session.scalars(
            select(Message).where(Message.id == message_id).with_for_update().execution_options(populate_existing=True)
        )).one()
        if message.status != "failed":
            raise Conflict(f"only a failed message can be resent; this one is {message.status}", field="status")
        contact = await uow.session.get(Contact, message.member_id)
        at = now()
        message.attempts, message.resends, message.last_error = 0, message.resends + 1, None
        message.provider_message_id, message.sent_at, message.delivered_at = None, None, None
        record(uow, message, "resend", at, actor=who.subject)
        await prepare(uow, message, contact, at)
        if message.status != "queued":
            raise Conflict(f"this message cannot be sent now: {message.reason}", field="status", extra={"reason": message.reason})
        await uow.commit()
    return message


async def delivery_report(db: Database, who: Identity, *, provider_message_id: str | None, reference: str | None, status: str,
                          at: datetime | None, error: str | None) -> Message:
    """The gateway's word on a message it took: delivered, or failed/expired (then it can be resent).
    Idempotent; a delivered message stays delivered."""
    if REPORTER_SCOPE not in who.scopes and "admin" not in who.roles:
        raise Forbidden(f"delivery reports need the {REPORTER_SCOPE} scope")
    conditions = []
    if provider_message_id:
        conditions.append(Message.provider_message_id == provider_message_id)
    if reference:
        conditions.append(Message.reference == reference)
    async with db.uow() as uow:
        message = (await uow.session.scalars(select(Message).where(or_(*conditions)).order_by(Message.id).limit(1).with_for_update())).first()
        if message is None:
            raise NotFound("no message has this provider message id or reference")
        if message.status in ("held", "queued", "suppressed"):
            raise Conflict(f"this message was never sent (it is {message.status})", field="status")
        when = at.astimezone(UTC) if at else now()
        if message.status == "delivered" or (status != "delivered" and message.status == "failed"):
            await uow.commit()  # already known: nothing changes (a commit, not the rollback that would expire the row)
            return message
        message.lease_until, message.next_attempt_at = None, None
        if status == "delivered":
            message.status, message.delivered_at, message.last_error = "delivered", when, None
            message.sent_at = message.sent_at or when
            record(uow, message, "delivered", when, detail="delivery report")
        else:
            message.status, message.last_error = "failed", f"delivery report: {status}" + (f": {error}" if error else "")
            record(uow, message, "failed", when, detail=message.last_error)
        await uow.commit()
    return message


async def get_contact(db: Database, who: Identity, member_id: uuid.UUID) -> Contact:
    async with db.sessions() as s:
        contact = await s.get(Contact, member_id)
    if contact is None:
        raise NotFound(f"no contact for member {member_id}: no members event about them has arrived")
    who.check_branch(contact.branch_id, "this member")
    return contact
