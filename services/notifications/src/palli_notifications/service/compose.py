"""Turning a message into the SMS a member gets, or deciding they get none.

Checked in this order: the contact is known (else `held` until a members event brings it), the member
has not exited, has not opted out (`sms_consent`), has a mobile number, and the event type's template in
the member's language (Bangla when that one is missing) exists and is enabled. Then the text is
rendered, its encoding and parts counted, and the message is `queued` with a fresh reference.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import UnitOfWork
from palli_notifications.adapters.tables import Contact, Message, Template
from palli_notifications.domain.formatting import DEFAULT_LANGUAGE
from palli_notifications.domain.segments import count_segments
from palli_notifications.domain.templates import render
from palli_notifications.service.common import new_reference, record


def refusal(contact: Contact) -> str | None:
    """Why this member gets no SMS at all, or None."""
    if contact.status == "exited":
        return "member_exited"
    if not contact.sms_consent:
        return "opted_out"
    if not contact.mobile:
        return "no_mobile"
    return None


async def template_for(session: AsyncSession, event_type: str, language: str) -> Template | None:
    return await session.get(Template, (event_type, language)) or await session.get(Template, (event_type, DEFAULT_LANGUAGE))


def name_in(contact: Contact, language: str) -> str:
    return (contact.name_bn if language == "bn" else contact.name_en) or contact.name_en or contact.name_bn


async def prepare(uow: UnitOfWork, message: Message, contact: Contact | None, at: datetime) -> None:
    """Render and queue `message` for `contact`, or suppress it, or hold it; its history and event follow."""
    if contact is None:
        message.status, message.reason = "held", "contact_unknown"
        record(uow, message, "held", at, detail="the member's contact is not known yet")
        return
    reason = refusal(contact)
    template = None if reason else await template_for(uow.session, message.source_event_type, contact.language)
    if reason is None and template is None:
        reason = "no_template"
    elif reason is None and not template.enabled:
        reason = "template_disabled"
    if reason is not None:
        message.status, message.reason, message.next_attempt_at = "suppressed", reason, None
        record(uow, message, "suppressed", at, detail=reason)
        return
    language = template.language
    text = render(template.body, {**message.variables, "name": name_in(contact, language)}, language)
    segments = count_segments(text)
    message.language, message.to, message.body = language, contact.mobile, text
    message.encoding, message.segments = segments.encoding, segments.parts
    message.status, message.reason, message.reference = "queued", None, new_reference()
    message.next_attempt_at, message.lease_until = at, None
    record(uow, message, "queued", at)
