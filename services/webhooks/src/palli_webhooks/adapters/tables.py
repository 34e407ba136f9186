"""Webhooks' own tables: partners' endpoints (with their signing secrets, encrypted) and one
delivery per (endpoint, event) plus any replays of it on purpose."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401  (same metadata: migrations create them)


class WebhookEndpoint(SQLModel, table=True):
    """A receiver's URL and the event types it wants. `scopes` and `branch_ids` are the owner's as
    the gateway last said (refreshed on each of the owner's requests here): every event is checked
    against them when it arrives, so a partner never receives what it could not read."""

    __tablename__ = "webhook_endpoints"
    __table_args__ = (Index("ix_webhook_endpoints_owner", "owner", "id"), Index("ix_webhook_endpoints_status", "status"))

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7
    owner: str = Field(max_length=200)  # the partner's client id, or the admin's subject
    owner_kind: str = Field(max_length=10)  # partner | staff
    url: str = Field(max_length=2000)
    description: str | None = Field(default=None, max_length=200)
    event_types: list[str] = Field(sa_column=Column(JSON, nullable=False))  # exact types and families (`lending.loan.*`)
    scopes: list[str] = Field(sa_column=Column(JSON, nullable=False))  # a partner's; ignored for staff (admins see all)
    branch_ids: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))  # None: every branch
    status: str = Field(default="active", max_length=10)  # active | deleted
    secret: str = Field(sa_column=Column(Text, nullable=False))  # encrypted (adapters/secrets.py)
    previous_secret: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # encrypted; signs until it expires
    previous_secret_expires_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    secret_rotated_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_by: str = Field(max_length=200)
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())
    deleted_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class WebhookDelivery(SQLModel, table=True):
    """One event for one endpoint. State: pending (due at next_attempt_at), sending (an attempt is
    out, leased until sending_until), delivered, failed (the retry window passed), cancelled (the
    endpoint was deleted). `id` is the Palli-Webhook-Id header: the same on every attempt, so
    receivers dedupe by it. `replay_number` 0 is the event's own delivery (at most one per endpoint:
    the unique key); a replay on purpose is a new row, numbered 1, 2... with `replay_of` the first."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("endpoint_id", "event_id", "replay_number", name="uq_webhook_deliveries_endpoint_event"),
        Index("ix_webhook_deliveries_due", "state", "next_attempt_at"),
        Index("ix_webhook_deliveries_endpoint", "endpoint_id", "id"),
    )

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: the log lists newest first in id order
    endpoint_id: uuid.UUID = Field(sa_column=Column(ForeignKey("webhook_endpoints.id"), nullable=False))
    event_id: uuid.UUID
    event_type: str = Field(max_length=200)
    body: str = Field(sa_column=Column(Text, nullable=False))  # the exact bytes signed and sent, the same on every attempt
    replay_number: int = 0
    replay_of: uuid.UUID | None = None
    state: str = Field(max_length=10)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    sending_until: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    first_attempt_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    last_attempt_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    last_status_code: int | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    delivered_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_by: str | None = Field(default=None, max_length=200)  # who replayed it
    created_at: datetime = Field(sa_column=utc_column())
