"""Events on `notifications.message`: what notifications did about each event it was told of.
They carry ids, status and cost (segments), never the text or the phone number: those are
personal data and stay in this service."""

from __future__ import annotations

from palli_common.events import EventContract


class MessageFact(EventContract):
    message_id: str
    member_id: str
    branch_id: str
    source_event_id: str
    source_event_type: str
    channel: str
    status: str
    language: str | None = None
    encoding: str | None = None
    segments: int | None = None
    attempts: int = 0
    reason: str | None = None  # suppressed: why
    error: str | None = None  # failed: the gateway's last answer
    provider_message_id: str | None = None
    actor: str | None = None  # who resent it


class MessageQueued(MessageFact):
    event_type = "notifications.message.queued"


class MessageSent(MessageFact):
    event_type = "notifications.message.sent"


class MessageDelivered(MessageFact):
    event_type = "notifications.message.delivered"


class MessageFailed(MessageFact):
    event_type = "notifications.message.failed"


class MessageSuppressed(MessageFact):
    event_type = "notifications.message.suppressed"
