"""Exactly-once money effects: the caller's `Idempotency-Key` is stored by the service itself, in
the SAME transaction as the effect and its answer, unique per (caller, key).

The gateway's key store is a cache in front of this: it cannot see a service that committed and
then died before answering, or answered after the gateway's timeout. Here a retry after any of
those finds the key beside the effect and gets the first answer back (same status and body,
`Idempotent-Replayed: true`) instead of moving money twice; the same key with another body is 422.

A route opts in with `dependencies=[Idempotent]`. Flow of one request:

    IdempotencyResponses (middleware)  gives the request an empty slot
    idempotent (the route dependency)  replays a stored answer, or puts a Claim in the slot
    UnitOfWork.commit()                inserts the claim's row in the effect's transaction and
                                       leaves that transaction open (the unit is held)
    IdempotencyResponses               writes the answer on the row and commits the transaction,
                                       then lets the client see the answer

So key, effect and answer commit together or not at all: a process killed at any point leaves
either nothing (a retry runs afresh) or all three (a retry gets the first answer). Only a 2xx
answer commits the effect; a route that fails after its commit rolls back. While the unit is held,
`Database.sessions()` in the same request lends its session (reads see the effect), and another
unit of work on that database is refused: it would commit outside the answer or wait on itself.

Partners must send a key on such routes (400 naming the header); staff frontends send one made
per form submission, and a request without one is simply not deduplicated.
"""

from __future__ import annotations

import hashlib
import json
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog
from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy import JSON, Column, Index, LargeBinary, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from palli_common.errors import Conflict, DomainError, ValidationFailed
from palli_common.problems import MEDIA_TYPE, PROBLEM_BASE
from palli_common.identity import Identity, authenticate
from palli_common.tables import utc_column

log = structlog.get_logger(__name__)

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "idempotent-replayed"
_NOT_STORED = {b"x-request-id", b"date", b"server", b"content-length"}


class IdempotencyKeyRecord(SQLModel, table=True):
    __tablename__ = "idempotent_requests"  # the gateway's cache is "idempotency_keys"
    # the purge of old keys walks it; declared so autogenerate sees the migration's index, not a stray one
    __table_args__ = (Index("ix_idempotent_requests_created_at", "created_at"),)

    principal: str = Field(primary_key=True, max_length=128)  # user id or partner client id
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64)  # sha256 of method, path, query and body
    status_code: int | None = None  # None only on rows from before answers committed with the effect
    response_headers: list[list[str]] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    response_body: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(sa_column=utc_column())


class MissingKey(DomainError):
    status = 400
    title = "Idempotency-Key required"
    type_slug = "idempotency-key-required"


class Replayed(Exception):
    """Raised to answer with the first response of a request already applied."""

    def __init__(self, record: IdempotencyKeyRecord):
        super().__init__("replayed")
        self.record = record


def fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    """Each part length-prefixed, so no two different requests frame to the same bytes."""
    h = hashlib.sha256()
    for part in (method.upper().encode(), path.encode(), query, body):
        h.update(b"%d:" % len(part))
        h.update(part)
    return h.hexdigest()


def validate_key(key: str) -> str:
    if not (1 <= len(key) <= 255) or not all(" " <= c <= "~" for c in key) or key != key.strip():
        raise ValidationFailed(f"{HEADER} must be 1 to 255 printable ASCII characters", field=HEADER)
    return key


@dataclass
class Claim:
    principal: str
    key: str
    fingerprint: str
    db: Any  # the route's Database: only a unit of work on it carries the key
    committed: bool = False  # the row is in the unit's transaction
    unit: Any = None  # that UnitOfWork, held open until the answer is written with it
    settled: bool = False  # the held unit was committed or rolled back


@dataclass
class _Slot:
    claim: Claim | None = None


_slot: ContextVar[_Slot | None] = ContextVar("palli_idempotency_slot", default=None)


def active_claim(db: Any) -> Claim | None:
    """The claim a unit of work on `db` must store with its effect, if this request has one."""
    slot = _slot.get()
    claim = slot.claim if slot else None
    return claim if claim is not None and not claim.committed and claim.db is db else None


def held_unit(db: Any) -> Any:
    """The unit of work this request holds open on `db` until its answer is stored, if any."""
    slot = _slot.get()
    claim = slot.claim if slot else None
    if claim is None or claim.db is not db or claim.unit is None or claim.settled:
        return None
    return claim.unit


# A 409 a retry can clear: the gateway must not keep it as the key's answer (it releases on Retry-After).
_RETRY = {"Retry-After": "1"}


def _refusal(record: IdempotencyKeyRecord | None, fp: str) -> Exception:
    if record is None:  # a concurrent twin rolled back after we lost to it: let the client retry
        return Conflict(f"a request with this {HEADER} is in progress; retry it", field=HEADER, headers=_RETRY)
    if record.fingerprint != fp:
        return ValidationFailed(f"this {HEADER} was already used for a different request; use a new key", field=HEADER)
    if record.status_code is None:
        return Conflict(f"a request with this {HEADER} was applied; its answer is being stored, retry it", field=HEADER,
                        headers=_RETRY)
    return Replayed(record)


async def _lookup(session: AsyncSession, principal: str, key: str) -> IdempotencyKeyRecord | None:
    """A detached copy: it is read after rollbacks and answered after its session is gone."""
    t = IdempotencyKeyRecord.__table__.c
    row = (await session.execute(
        select(IdempotencyKeyRecord.__table__).where(t.principal == principal, t.key == key)
    )).mappings().first()
    return IdempotencyKeyRecord(**row) if row is not None else None


_PG_CLAIM = ("INSERT INTO idempotent_requests (principal, key, fingerprint, created_at) VALUES ($1, $2, $3, $4) "
             "ON CONFLICT DO NOTHING RETURNING principal")
_PG_LOOKUP = ("SELECT principal, key, fingerprint, status_code, response_headers, response_body, created_at "
              "FROM idempotent_requests WHERE principal = $1 AND key = $2")


async def _lookup_outside(db: Any, principal: str, key: str) -> IdempotencyKeyRecord | None:
    """PostgreSQL, before the effect: one statement on a pooled connection, outside any
    transaction (no BEGIN, no ROLLBACK: one round trip instead of three)."""
    import json as _json

    async with db.engine.connect() as conn:
        raw = (await conn.get_raw_connection()).dbapi_connection._connection
        row = await raw.fetchrow(_PG_LOOKUP, principal, key)
    if row is None:
        return None
    values = dict(row.items())
    if isinstance(values["response_headers"], str):
        values["response_headers"] = _json.loads(values["response_headers"])
    return IdempotencyKeyRecord(**values)


async def record_with_effect(session: AsyncSession, claim: Claim) -> None:
    """Called by UnitOfWork.commit() before it commits: the key joins the effect's transaction.
    ON CONFLICT DO NOTHING waits (PostgreSQL) for a concurrent twin to finish; if the twin won,
    this transaction's effect is rolled back and the twin's answer is given instead."""
    from palli_common.db import asyncpg_of

    pg = await asyncpg_of(session)
    if pg is not None:  # fixed text on the unit's own connection: prepared once
        if await pg.fetchval(_PG_CLAIM, claim.principal, claim.key, claim.fingerprint, datetime.now(UTC)) is None:
            await session.rollback()
            raise _refusal(await _lookup(session, claim.principal, claim.key), claim.fingerprint)
        claim.committed = True
        return
    table = IdempotencyKeyRecord.__table__
    insert = (postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert)(table)
    stmt = insert.values(principal=claim.principal, key=claim.key, fingerprint=claim.fingerprint,
                         created_at=datetime.now(UTC)).on_conflict_do_nothing().returning(table.c.principal)
    if (await session.execute(stmt)).first() is None:
        await session.rollback()
        raise _refusal(await _lookup(session, claim.principal, claim.key), claim.fingerprint)
    claim.committed = True


async def idempotent(request: Request, who: Identity = Depends(authenticate)) -> None:
    """The route dependency (`dependencies=[Idempotent]`)."""
    slot = _slot.get()
    raw = request.headers.get(HEADER)
    if raw is None:
        if who.kind == "partner":
            raise MissingKey(f"send an {HEADER} (a new UUID per payment) so a retry cannot move money twice", field=HEADER)
        return
    key = validate_key(raw)
    fp = fingerprint(request.method, request.url.path, request.scope.get("query_string", b""), await request.body())
    db = request.app.state.runtime.db
    if getattr(db, "is_postgres", False):
        existing = await _lookup_outside(db, who.subject, key)
    else:
        async with db.sessions() as session:
            existing = await _lookup(session, who.subject, key)
    if existing is not None:
        raise _refusal(existing, fp)
    if slot is not None:
        slot.claim = Claim(principal=who.subject, key=key, fingerprint=fp, db=db)


Idempotent = Depends(idempotent)


async def replay_response(request: Request, exc: Replayed) -> Response:
    record = exc.record
    response = Response(content=record.response_body or b"", status_code=record.status_code or 200)
    for name, value in record.response_headers or []:
        response.headers.append(name, value)
    response.headers[REPLAYED_HEADER] = "true"
    return response


class IdempotencyResponses:
    """Commits a keyed money route's effect together with its answer, before the client gets the
    end of it: a retry that follows the answer is always served from the store."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        slot = _Slot()
        token = _slot.set(slot)
        start: dict = {}
        body: list[bytes] = []

        async def capture(message: Message) -> None:
            claim = slot.claim
            if claim is None or claim.unit is None:
                await send(message)
                return
            if message["type"] == "http.response.start":
                start.update(message)
                return  # held until the answer is committed
            if message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                answer_start, answer = await _settle(claim, start, b"".join(body))
                await send(answer_start)
                await send({"type": "http.response.body", "body": answer})
                return
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            _slot.reset(token)
            claim = slot.claim
            if claim is not None and claim.unit is not None and not claim.settled:  # failed or cancelled mid-way
                claim.settled = True
                await claim.unit.abandon()


async def _settle(claim: Claim, start: dict, body: bytes) -> tuple[dict, bytes]:
    """Write the answer on the key's row and commit it with the effect (a 2xx), or roll the effect
    back (anything else: the client is told it failed, so nothing may have happened)."""
    claim.settled = True
    status = start.get("status", 200)
    if not 200 <= status < 300:
        await claim.unit.abandon()
        return start, body
    headers = [[k.decode("latin-1"), v.decode("latin-1")] for k, v in start.get("headers", []) if k.lower() not in _NOT_STORED]
    t = IdempotencyKeyRecord.__table__.c
    try:
        await claim.unit.session.execute(
            update(IdempotencyKeyRecord.__table__)
            .where(t.principal == claim.principal, t.key == claim.key)
            .values(status_code=status, response_headers=headers, response_body=body)
        )
        await claim.unit.finish()
    except Exception:  # noqa: BLE001  (database gone at the last step: whether it committed is unknown)
        log.warning("idempotent_commit_failed", key=claim.key, exc_info=True)
        await claim.unit.abandon()
        problem = json.dumps({
            "type": PROBLEM_BASE + "unavailable", "title": "Service unavailable", "status": 503,
            "detail": f"the request could not be confirmed; retry it with the same {HEADER}",
        }).encode()
        return {"type": "http.response.start", "status": 503, "headers": [
            (b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(problem)).encode()), (b"retry-after", b"1")]}, problem
    return start, body


def create_table(op: Any) -> None:
    """For a service's Alembic migration: `idempotency.create_table(op)`, so every service that
    opts a route in gets the same table."""
    import sqlalchemy as sa

    from palli_common.tables import UTCDateTime

    op.create_table(
        "idempotent_requests",
        sa.Column("principal", sa.String(128), primary_key=True),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_headers", sa.JSON(), nullable=True),
        sa.Column("response_body", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_idempotent_requests_created_at", "idempotent_requests", ["created_at"])


def drop_table(op: Any) -> None:
    op.drop_index("ix_idempotent_requests_created_at", "idempotent_requests")
    op.drop_table("idempotent_requests")
