"""Sending due deliveries: claim, POST, record.

`deliver_once` claims a batch in one short transaction (PostgreSQL: FOR UPDATE SKIP LOCKED, so
several workers share the work; SQLite: one writer at a time, BEGIN IMMEDIATE), and states each
attempt before it is made: `sending`, the attempt counted, leased until `sending_until`. The POST
runs outside any transaction; its outcome is recorded in a transaction of its own: delivered on a
2xx, else pending again after exponential backoff with jitter, or failed once the next try would
fall past the retry window (24 h after the first attempt).

A crash between the POST and its record (the receiver got it, we never heard) leaves the row
`sending`; when its lease runs out it is claimed again and sent with the SAME Palli-Webhook-Id, so
a receiver that dedupes by that id handles the event once. An outcome arriving after its lease
was taken over is dropped: the newer attempt records its own. So delivery is at least once, and
exactly once for receivers that dedupe by Palli-Webhook-Id.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
from sqlalchemy import and_, or_, select

from palli_common.clock import now as clock
from palli_common.db import Database
from palli_webhooks.adapters.secrets import SecretBox
from palli_webhooks.adapters.tables import WebhookDelivery, WebhookEndpoint
from palli_webhooks.domain.backoff import retry_delay
from palli_webhooks.domain.signing import HEADER, sign_header
from palli_webhooks.service.endpoints import LOCAL_HOSTS, live_secrets
from palli_webhooks.settings import WebhooksSettings

log = logging.getLogger("palli.webhooks.delivery")
USER_AGENT = "Palli-Webhooks/1.0"


@dataclass(frozen=True)
class Claim:
    delivery_id: uuid.UUID
    attempt: int  # the lease's token: the outcome is recorded only while the row still holds this attempt
    url: str
    event_id: uuid.UUID
    event_type: str
    body: str
    secrets: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def claim_due(db: Database, settings: WebhooksSettings, box: SecretBox, at: datetime) -> list[Claim]:
    due = or_(
        and_(WebhookDelivery.state == "pending", WebhookDelivery.next_attempt_at <= at),
        and_(WebhookDelivery.state == "sending", WebhookDelivery.sending_until <= at),
    )
    query = (select(WebhookDelivery, WebhookEndpoint).join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
             .where(due).order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id).limit(settings.worker_batch_size))
    if db.is_postgres:
        query = query.with_for_update(skip_locked=True, of=WebhookDelivery)
    window = timedelta(seconds=settings.retry_window_seconds)
    claims: list[Claim] = []
    async with db.uow() as uow:
        for delivery, endpoint in (await uow.session.execute(query)).all():
            if endpoint.status != "active":
                delivery.state, delivery.next_attempt_at, delivery.sending_until = "cancelled", None, None
                delivery.last_error = "the endpoint was deleted"
                continue
            if delivery.first_attempt_at is not None and at >= delivery.first_attempt_at + window:
                # only a lease that ran out gets here past the window: that attempt's fate is unknown
                delivery.state, delivery.next_attempt_at, delivery.sending_until = "failed", None, None
                delivery.last_error = (f"gave up after {delivery.attempts} attempts in {settings.retry_window_seconds / 3600:g} h"
                                       + (f"; last: {delivery.last_error}" if delivery.last_error else ""))
                continue
            delivery.state, delivery.attempts = "sending", delivery.attempts + 1
            delivery.sending_until = delivery.next_attempt_at = at + timedelta(seconds=settings.lease_seconds)
            delivery.first_attempt_at = delivery.first_attempt_at or at
            delivery.last_attempt_at = at
            claims.append(Claim(delivery.id, delivery.attempts, endpoint.url, delivery.event_id, delivery.event_type, delivery.body,
                                tuple(live_secrets(endpoint, box, at))))
        await uow.commit()
    return claims


def request_headers(claim: Claim, timestamp: int | None = None) -> dict[str, str]:
    body = claim.body.encode()
    return {
        "content-type": "application/json", "user-agent": USER_AGENT,
        "Palli-Webhook-Id": str(claim.delivery_id), "Palli-Webhook-Attempt": str(claim.attempt),
        "Palli-Event-Id": str(claim.event_id), "Palli-Event-Type": claim.event_type,
        HEADER: sign_header(claim.secrets, int(time.time()) if timestamp is None else timestamp, body),
    }


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def _resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


async def refused_address(url: str, *, allow_local: bool, resolve: Resolver = _resolve) -> str | None:
    """Why the endpoint's host must not be called now (None: it may). Registration refuses literal
    private addresses; this catches a public name that resolves into a private network. (httpx
    resolves again when it connects: this narrows DNS rebinding, an egress proxy closes it.)"""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in LOCAL_HOSTS and allow_local:
        return None
    try:
        addresses = [host] if _is_ip(host) else await resolve(host, parts.port or 443)
    except OSError as exc:
        return f"cannot resolve {host}: {exc}"
    for address in addresses:
        if not ipaddress.ip_address(address.split("%")[0]).is_global:
            return f"{host} resolves to {address}, not a public address: not called"
    return None if addresses else f"cannot resolve {host}"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


async def send(http: httpx.AsyncClient, claim: Claim) -> Outcome:
    """One POST. The answer's body is never read (a receiver cannot make us download anything),
    redirects are not followed (the registered URL is the only one we call)."""
    try:
        async with http.stream("POST", claim.url, content=claim.body.encode(), headers=request_headers(claim)) as response:
            code = response.status_code
        return Outcome(code, None if 200 <= code < 300 else f"HTTP {code}")
    except httpx.HTTPError as exc:
        return Outcome(None, f"{type(exc).__name__}: {exc}"[:500] or type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - whatever the URL does, the delivery must not stay stuck in `sending`
        log.exception("webhook send raised")
        return Outcome(None, f"{type(exc).__name__}: {exc}"[:500])


async def record_outcome(db: Database, settings: WebhooksSettings, claim: Claim, outcome: Outcome, at: datetime) -> None:
    async with db.uow() as uow:
        delivery = (await uow.session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.id == claim.delivery_id).with_for_update())).first()
        if delivery is None or delivery.state != "sending" or delivery.attempts != claim.attempt:
            log.info("stale webhook outcome dropped", extra={"delivery_id": str(claim.delivery_id), "attempt": claim.attempt})
            return
        delivery.sending_until, delivery.last_status_code, delivery.last_error = None, outcome.status_code, outcome.error
        if outcome.ok:
            delivery.state, delivery.delivered_at, delivery.next_attempt_at = "delivered", at, None
        else:
            retry_at = at + timedelta(seconds=retry_delay(delivery.attempts, base=settings.backoff_seconds, cap=settings.backoff_max_seconds))
            deadline = (delivery.first_attempt_at or at) + timedelta(seconds=settings.retry_window_seconds)
            if retry_at >= deadline:
                delivery.state, delivery.next_attempt_at = "failed", None
                delivery.last_error = f"{outcome.error}; gave up after {delivery.attempts} attempts in {settings.retry_window_seconds / 3600:g} h"
            else:
                delivery.state, delivery.next_attempt_at = "pending", retry_at
        await uow.commit()


async def deliver_once(db: Database, http: httpx.AsyncClient, settings: WebhooksSettings, box: SecretBox, *,
                       now: datetime | None = None) -> int:
    """Send what is due now (or at `now`, for tests); the number of deliveries claimed."""
    claims = await claim_due(db, settings, box, now or clock())
    gate = asyncio.Semaphore(settings.worker_concurrency)

    async def one(claim: Claim) -> None:
        async with gate:
            refused = await refused_address(claim.url, allow_local=settings.allow_local_http) if settings.check_addresses else None
            outcome = Outcome(None, refused) if refused else await send(http, claim)
            await record_outcome(db, settings, claim, outcome, now or clock())

    await asyncio.gather(*(one(c) for c in claims))
    return len(claims)


def make_http(settings: WebhooksSettings) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=httpx.Timeout(settings.delivery_timeout), follow_redirects=False, trust_env=False)


class Worker:
    """The background loop the app's lifespan runs: a pass, then a sleep until the poll interval
    passes (new deliveries and retries come due), unless the pass was full."""

    def __init__(self, db: Database, settings: WebhooksSettings, box: SecretBox, http: httpx.AsyncClient | None = None):
        self.db, self.settings, self.box = db, settings, box
        self.http = http or make_http(settings)
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="webhooks-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.http.aclose()

    async def _run(self) -> None:
        delay = self.settings.worker_poll_seconds
        while True:
            try:
                claimed = await deliver_once(self.db, self.http, self.settings, self.box)
                delay = self.settings.worker_poll_seconds
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away: wait, longer each time, and try again
                log.warning("webhook delivery pass failed", extra={"error": repr(exc)})
                claimed, delay = 0, min(delay * 2, 60.0)
            if claimed < self.settings.worker_batch_size:
                await asyncio.sleep(delay)
