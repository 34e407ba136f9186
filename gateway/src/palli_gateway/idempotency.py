"""`Idempotency-Key` on POST: a retried request with the same key and the same content gets the
first successful response back instead of acting twice. Unlike Stripe, a refusal (4xx, 5xx) is not
kept: it had no effect, and a retry runs again (front_door.py says why).

Rows live in the gateway database (PostgreSQL, or SQLite in the embedded default) and are scoped
to the principal, so two callers never see each other's keys. Flow per request:

    stored = await store.begin(principal, key, fingerprint(...))
    if stored: return stored                              # a replay
    ... forward to the service ...
    await store.complete(principal, key, response)        # or release() if it never got there
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Field, SQLModel

from palli_common.db import Database
from palli_common.errors import Conflict, ValidationFailed
from palli_common.idempotency import fingerprint, validate_key  # noqa: F401  (one definition for the gateway and services)
from palli_common.tables import utc_column

log = logging.getLogger("palli.gateway.idempotency")

HEADER = "Idempotency-Key"
IN_PROGRESS = "in_progress"
DONE = "done"


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_keys"
    __table_args__ = (Index("ix_idempotency_keys_expires_at", "expires_at"),)  # for purge_expired

    principal: str = Field(primary_key=True, max_length=128)  # user id or client id
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64)  # sha256 hex of method, path, query and body
    state: str = Field(max_length=12)  # in_progress | done
    status_code: int | None = None
    response_headers: list[list[str]] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    response_body: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())


@dataclass
class StoredResponse:
    status_code: int
    headers: list[tuple[str, str]]
    body: bytes


def _now() -> datetime:
    return datetime.now(UTC)


class IdempotencyStore:
    def __init__(self, db: Database, *, ttl_hours: int = 24, in_progress_seconds: int = 300):
        """`ttl_hours`: how long a finished response is replayed (from the first request).
        `in_progress_seconds`: how long an unfinished key stays locked. A gateway that crashes
        mid-request cannot release its key; without this lease the caller would get 409 for the
        key's whole lifetime. Keep it well above the longest upstream timeout."""
        self.db = db
        self.ttl = timedelta(hours=ttl_hours)
        self.lease = timedelta(seconds=in_progress_seconds)
        self._table = IdempotencyRecord.__table__

    def _insert(self) -> Any:
        return (postgresql.insert if self.db.is_postgres else sqlite.insert)(self._table)

    async def begin(self, principal: str, key: str, fingerprint: str) -> StoredResponse | None:
        """None: the caller owns the key now and must complete() or release() it.
        A StoredResponse: the same request already finished; send this back.
        ValidationFailed: the key was used for a different request. Conflict: the same request
        is still running (a concurrent duplicate)."""
        t = self._table.c
        now = _now()
        row = {"principal": principal, "key": key, "fingerprint": fingerprint, "state": IN_PROGRESS,
               "status_code": None, "response_headers": None, "response_body": None,
               "created_at": now, "expires_at": now + self.lease}
        ins = self._insert().values(**row)
        # One statement claims the key: it inserts, or takes over an expired row, or does nothing
        # (a live row). On a live row this is exactly ON CONFLICT DO NOTHING; the WHERE makes an
        # expired row count as absent without a separate, racy delete.
        claim = ins.on_conflict_do_update(
            index_elements=[t.principal, t.key],
            set_={c: ins.excluded[c] for c in row if c not in ("principal", "key")},
            where=t.expires_at <= now,
        ).returning(t.principal)
        for _ in range(3):
            async with self.db.engine.begin() as conn:
                if (await conn.execute(claim)).first() is not None:
                    return None
                existing = (await conn.execute(select(self._table).where(t.principal == principal, t.key == key))).first()
            if existing is not None:
                break
            # PostgreSQL: the row was released or purged between the two statements; claim again.
        else:
            raise Conflict(f"a request with this {HEADER} is still in progress; retry it later", field=HEADER)
        if existing.fingerprint != fingerprint:
            raise ValidationFailed(f"this {HEADER} was already used for a different request; use a new key", field=HEADER)
        if existing.state != DONE:
            raise Conflict(f"a request with this {HEADER} is still in progress; retry it later", field=HEADER)
        return StoredResponse(
            status_code=existing.status_code,
            headers=[(name, value) for name, value in existing.response_headers or []],
            body=existing.response_body or b"",
        )

    async def complete(self, principal: str, key: str, response: StoredResponse) -> None:
        """Store the response for replays; the key stays until `ttl_hours` after the first request."""
        t = self._table.c
        async with self.db.engine.begin() as conn:
            created_at = (await conn.execute(
                select(t.created_at).where(t.principal == principal, t.key == key, t.state == IN_PROGRESS)
            )).scalar_one_or_none()
            if created_at is None:
                log.warning("idempotency key %r of %s was not in progress at completion; response not stored", key, principal)
                return
            await conn.execute(
                update(self._table)
                .where(t.principal == principal, t.key == key, t.state == IN_PROGRESS)
                .values(state=DONE, status_code=response.status_code,
                        response_headers=[[name, value] for name, value in response.headers],
                        response_body=response.body, expires_at=created_at + self.ttl)
            )

    async def release(self, principal: str, key: str) -> None:
        """The request never reached a service (502, 504, crash): forget the key so a retry runs."""
        t = self._table.c
        async with self.db.engine.begin() as conn:
            await conn.execute(delete(self._table).where(t.principal == principal, t.key == key, t.state == IN_PROGRESS))

    async def purge_expired(self) -> int:
        async with self.db.engine.begin() as conn:
            result = await conn.execute(delete(self._table).where(self._table.c.expires_at <= _now()))
            return result.rowcount
