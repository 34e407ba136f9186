"""Notifications' own tables: members' contacts (copied from members events), templates, messages
with their history, and what the development SMS provider "sent"."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401  (same metadata: migrations create them)


class Contact(SQLModel, table=True):
    """How to reach a member, from `members.member` events (never asked on a request)."""

    __tablename__ = "contacts"

    member_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID
    name_bn: str = Field(max_length=120)
    name_en: str = Field(max_length=120)
    mobile: str | None = Field(default=None, max_length=16)  # +8801XXXXXXXXX
    language: str = Field(default="bn", max_length=2)  # bn | en
    sms_consent: bool = True
    status: str = Field(max_length=12)  # the member's status; exited members get nothing
    aggregate_version: int  # the member's version in the last applied event; older events are ignored
    updated_at: datetime = Field(sa_column=utc_column())


class Template(SQLModel, table=True):
    __tablename__ = "templates"

    event_type: str = Field(primary_key=True, max_length=80)
    language: str = Field(primary_key=True, max_length=2)
    body: str = Field(sa_column=Column(Text, nullable=False))
    enabled: bool = True  # off: messages of this type are suppressed (template_disabled)
    version: int = 1
    updated_at: datetime = Field(sa_column=utc_column())
    updated_by: str | None = Field(default=None, max_length=200)


class Message(SQLModel, table=True):
    """One SMS about one event. Status: held (the member's contact is not known yet), queued, sending,
    sent, delivered, failed, suppressed (never to be sent: `reason`)."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("source_event_id", "channel", name="uq_messages_source_event_channel"),  # one message per event
        Index("ix_messages_due", "status", "next_attempt_at"),
        Index("ix_messages_member", "member_id", "id"),
        Index("ix_messages_branch", "branch_id", "id"),
        Index("ix_messages_provider_id", "provider_message_id"),
    )

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: newest first is id order
    source_event_id: uuid.UUID
    source_event_type: str = Field(max_length=80)
    channel: str = Field(default="sms", max_length=8)
    member_id: uuid.UUID
    branch_id: uuid.UUID
    loan_id: uuid.UUID | None = None
    variables: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    language: str | None = Field(default=None, max_length=2)
    to: str | None = Field(default=None, max_length=16)
    body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    encoding: str | None = Field(default=None, max_length=8)
    segments: int | None = None
    status: str = Field(max_length=12)
    reason: str | None = Field(default=None, max_length=40)  # why suppressed or held
    # our client reference (SSL Wireless csms_id: at most 20 characters, unique): the same on every
    # retry of a send, so a gateway that dedupes by it never sends twice; a new one on a resend
    reference: str | None = Field(default=None, max_length=20, unique=True)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    lease_until: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    provider: str | None = Field(default=None, max_length=20)
    provider_message_id: str | None = Field(default=None, max_length=100)
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    resends: int = 0
    version: int = 0  # bumped with each event about it (their aggregate_version)
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    delivered_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class MessageHistory(SQLModel, table=True):
    """Every change of a message's status, each send attempt and who resent it."""

    __tablename__ = "message_history"
    __table_args__ = (Index("ix_message_history_message", "message_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: in order of events
    message_id: uuid.UUID = Field(foreign_key="messages.id")
    at: datetime = Field(sa_column=utc_column())
    status: str = Field(max_length=12)
    attempt: int | None = None
    detail: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    actor: str | None = Field(default=None, max_length=200)


class RecordedSms(SQLModel, table=True):
    """What the development provider "sent", one row per reference (a repeat is not sent again)."""

    __tablename__ = "recorded_sms"

    reference: str = Field(primary_key=True, max_length=20)
    provider_message_id: str = Field(max_length=100)
    to: str = Field(max_length=16)
    sender_id: str = Field(max_length=20)
    body: str = Field(sa_column=Column(Text, nullable=False))
    encoding: str = Field(max_length=8)
    segments: int
    recorded_at: datetime = Field(sa_column=utc_column())
