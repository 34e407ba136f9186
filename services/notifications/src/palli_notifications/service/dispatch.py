"""Sending queued messages through the SMS provider.

`dispatch_once` claims a batch of due messages in one short transaction (PostgreSQL: FOR UPDATE SKIP
LOCKED, so several dispatchers share the work; SQLite takes the write lock at BEGIN), marking them
`sending` with a lease. The provider is called outside any transaction, then each outcome is recorded
in its own: sent (or delivered), queued again with backoff after a transient failure, or failed.

A `sending` message whose lease ran out (the process died between claim and record) is claimed again
and sent with the SAME reference, so a gateway that dedupes by reference sends it at most once. An
outcome that arrives after its lease was taken over is dropped: the newer claim records its own.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from palli_common.db import Database
from palli_notifications.adapters.sms import OutgoingSms, SendOutcome, SmsProvider
from palli_notifications.adapters.tables import Message
from palli_notifications.domain.backoff import retry_delay
from palli_notifications.service.common import now as clock
from palli_notifications.service.common import record
from palli_notifications.settings import NotificationsSettings

log = logging.getLogger("palli.notifications.dispatch")


@dataclass(frozen=True)
class Claim:
    message_id: uuid.UUID
    attempt: int  # the lease's token: the outcome is recorded only while the message holds this attempt
    sms: OutgoingSms


async def claim_due(db: Database, settings: NotificationsSettings, at: datetime) -> list[Claim]:
    due = or_(
        and_(Message.status == "queued", Message.next_attempt_at <= at),
        and_(Message.status == "sending", Message.lease_until <= at),
    )
    query = select(Message).where(due).order_by(Message.next_attempt_at, Message.id).limit(settings.dispatch_batch_size)
    if db.is_postgres:
        query = query.with_for_update(skip_locked=True)
    claims = []
    async with db.uow() as uow:
        for message in (await uow.session.scalars(query)).all():
            expired = message.status == "sending"
            if expired and message.attempts >= settings.sms_max_attempts:
                message.status, message.lease_until = "failed", None
                message.last_error = f"no answer from the provider on attempt {message.attempts} of {settings.sms_max_attempts}"
                record(uow, message, "failed", at, attempt=message.attempts, detail=message.last_error)
                continue
            message.status, message.attempts = "sending", message.attempts + 1
            message.lease_until = at + timedelta(seconds=settings.sms_lease_seconds)
            detail = "the previous attempt's lease expired: sent again with the same reference" if expired else None
            record(uow, message, "sending", at, attempt=message.attempts, detail=detail)
            sms = OutgoingSms(reference=message.reference, to=message.to, text=message.body, encoding=message.encoding,
                              segments=message.segments)
            claims.append(Claim(message.id, message.attempts, sms))
        await uow.commit()
    return claims


async def record_outcome(db: Database, settings: NotificationsSettings, provider: str, claim: Claim, outcome: SendOutcome,
                         at: datetime) -> None:
    async with db.uow() as uow:
        query = select(Message).where(Message.id == claim.message_id).with_for_update()
        message = (await uow.session.scalars(query)).first()
        if message is None or message.status != "sending" or message.attempts != claim.attempt:
            log.info("stale send outcome dropped", extra={"message_id": str(claim.message_id), "attempt": claim.attempt})
            return
        message.lease_until, message.provider = None, provider
        if outcome.kind == "sent":
            message.status, message.sent_at, message.next_attempt_at = "sent", at, None
            message.provider_message_id, message.last_error = outcome.provider_message_id, None
            record(uow, message, "sent", at, attempt=message.attempts)
            if outcome.delivered:
                message.status, message.delivered_at = "delivered", at
                record(uow, message, "delivered", at, detail="reported by the provider when sent")
        elif outcome.kind == "transient" and message.attempts < settings.sms_max_attempts:
            delay = retry_delay(message.attempts, base=settings.sms_backoff_seconds, cap=settings.sms_backoff_max_seconds)
            message.status, message.last_error = "queued", outcome.error
            message.next_attempt_at = at + timedelta(seconds=delay)
            record(uow, message, "retry", at, attempt=message.attempts, detail=f"{outcome.error}; next try in {delay:.1f} s")
        else:
            message.status, message.last_error, message.next_attempt_at = "failed", outcome.error, None
            record(uow, message, "failed", at, attempt=message.attempts, detail=outcome.error)
        await uow.commit()


async def _send(provider: SmsProvider, sms: OutgoingSms) -> SendOutcome:
    try:
        return await provider.send(sms)
    except Exception as exc:  # a provider bug must not strand the message in `sending`
        log.exception("sms provider raised")
        return SendOutcome.transient(f"provider error: {type(exc).__name__}: {exc}"[:500])


async def dispatch_once(db: Database, provider: SmsProvider, settings: NotificationsSettings, *,
                        now: datetime | None = None) -> int:
    """Send what is due now (or at `now`, for tests); the number of messages claimed."""
    claims = await claim_due(db, settings, now or clock())
    gate = asyncio.Semaphore(settings.dispatch_concurrency)

    async def one(claim: Claim) -> None:
        async with gate:
            outcome = await _send(provider, claim.sms)
            await record_outcome(db, settings, provider.name, claim, outcome, now or clock())

    await asyncio.gather(*(one(c) for c in claims))
    return len(claims)


class Dispatcher:
    """The background loop the app's lifespan runs: dispatch, then sleep until a commit that
    published events wakes it (a new message) or the poll interval passes (retries come due)."""

    def __init__(self, db: Database, provider: SmsProvider, settings: NotificationsSettings):
        self.db, self.provider, self.settings = db, provider, settings
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self.db.after_commit.append(self.wake)
        self._task = asyncio.create_task(self._run(), name="sms-dispatcher")

    async def stop(self) -> None:
        if self.wake in self.db.after_commit:
            self.db.after_commit.remove(self.wake)
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.provider.aclose()

    async def _run(self) -> None:
        delay = self.settings.dispatch_poll_seconds
        while True:
            self._wake.clear()  # before dispatching: a message queued meanwhile wakes the next round
            try:
                claimed = await dispatch_once(self.db, self.provider, self.settings)
                delay = self.settings.dispatch_poll_seconds
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away: wait, longer each time, and try again
                log.warning("dispatch failed", extra={"error": repr(exc)})
                claimed, delay = 0, min(delay * 2, 60.0)
            if claimed >= self.settings.dispatch_batch_size:
                continue  # more are due
            try:
                await asyncio.wait_for(self._wake.wait(), delay)
            except TimeoutError:
                pass
