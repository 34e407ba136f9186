"""The gateway's own tables: staff users, partner clients, refresh tokens, signing keys,
revocations and the audit log (idempotency keys live in idempotency.py)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from palli_common.tables import utc_column


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: uuid.UUID = Field(primary_key=True)
    username: str = Field(max_length=64, unique=True)  # stored lower-case
    full_name: str = Field(max_length=120)
    password_hash: str = Field(sa_column=Column(Text, nullable=False))
    roles: list[str] = Field(sa_column=Column(JSON, nullable=False))
    branch_id: uuid.UUID | None = None  # None: head office, sees every branch
    active: bool = True
    failed_logins: int = 0  # consecutive; reset by a good login
    locked_until: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class RefreshToken(SQLModel, table=True):
    """Opaque refresh tokens, stored as SHA-256 hashes. Each use spends one and issues its
    successor in the same family; presenting a spent one revokes the family (RFC 9700 4.14)."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family", "family_id"),)

    id: uuid.UUID = Field(primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    family_id: uuid.UUID
    user_id: uuid.UUID = Field(index=True)
    created_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())
    used_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    revoked_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class Client(SQLModel, table=True):
    """A partner organisation's OAuth2 client (client credentials grant)."""

    __tablename__ = "clients"

    id: str = Field(primary_key=True, max_length=64)  # the client_id partners send
    name: str = Field(max_length=120)
    scopes: list[str] = Field(sa_column=Column(JSON, nullable=False))
    branch_ids: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))  # None: every branch
    active: bool = True
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class ClientSecret(SQLModel, table=True):
    """A client may hold two secrets at once: rotation adds a new one and gives the old an end
    date, so a partner switches over without downtime."""

    __tablename__ = "client_secrets"

    id: uuid.UUID = Field(primary_key=True)
    client_id: str = Field(foreign_key="clients.id", index=True, max_length=64)
    secret_hash: str = Field(sa_column=Column(Text, nullable=False))
    hint: str = Field(max_length=8)  # last characters, so admins can tell secrets apart
    created_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class SigningKey(SQLModel, table=True):
    """ES256 keys. The newest unretired key signs; retired keys stay in the JWKS until every
    token they signed has expired."""

    __tablename__ = "signing_keys"

    kid: str = Field(primary_key=True, max_length=64)
    private_key: str = Field(sa_column=Column(Text, nullable=False))  # PEM, Fernet-encrypted
    public_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(sa_column=utc_column())
    retired_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class Revocation(SQLModel, table=True):
    """Access tokens cut short before their expiry: one token (`jti:<id>`) at logout, or every
    token of a subject issued before `revoked_at` (`sub:<id>`) when a user or client is disabled."""

    __tablename__ = "revocations"

    key: str = Field(primary_key=True, max_length=120)
    revoked_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_subject_at", "subject", "at"), Index("ix_audit_at", "at", "id"))

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7
    at: datetime = Field(sa_column=utc_column())
    subject: str | None = Field(default=None, max_length=64)
    username: str | None = Field(default=None, max_length=64)
    client_id: str | None = Field(default=None, max_length=64)
    method: str = Field(max_length=10)
    route: str = Field(max_length=200)  # the permission table's template, e.g. /v1/members/{member_id}
    path: str = Field(max_length=500)
    status: int
    request_id: str = Field(max_length=200)
    address: str | None = Field(default=None, max_length=64)
    duration_ms: float
