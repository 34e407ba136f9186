"""`/metrics` for Prometheus: the same families from every service and the gateway.

- `palli_http_requests_total{service,method,route,status}` and
  `palli_http_request_duration_seconds{service,method,route}` (histogram): `route` is the route's
  template (`/v1/loans/{loan_id}`), never the raw path, so ids cannot explode the label set;
  requests no route matched count as `unmatched`.
- `palli_outbox_backlog{service}` (rows not yet on the broker; a set-based job's batch row holds
  up to a hundred events) and `palli_relay_lag_seconds{service}` (age of the oldest of them), read
  from the service's own outbox when scraped.
- `palli_consumer_lag{service,group,topic}` (records on the broker the group has not committed) and
  `palli_dlq_depth{service,topic}` (records parked on `<topic>.dlq`), read from the broker when
  scraped, at most every `metrics_broker_seconds`; `palli_metrics_broker_up` says whether it answered.
- `palli_business_events_total{service,type}`: events this process committed, by type
  (`lending.loan.repayment_received`, `ledger.journal.posted`, ...): repayments, postings, deposits, sales.

Each process keeps its own counters. With several uvicorn workers set PROMETHEUS_MULTIPROC_DIR
(prometheus_client's multiprocess mode) so a scrape sums every worker's.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from palli_common.consumer import ConsumerRunner
    from palli_common.db import Database
    from palli_common.settings import ServiceSettings

ROUTE_KEY = "palli.route"  # a proxy that matches its own route table (the gateway) names the template here
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """One process's metric families; `service` is its label on every sample."""

    def __init__(self, service: str):
        self.service = service
        self.registry = CollectorRegistry(auto_describe=True)
        multiproc = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if multiproc:
            from prometheus_client import multiprocess

            self.scrape_registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(self.scrape_registry, path=multiproc)
        else:
            self.scrape_registry = self.registry
        r = self.registry
        self.requests = Counter("palli_http_requests", "HTTP requests answered", ["service", "method", "route", "status"], registry=r)
        self.latency = Histogram("palli_http_request_duration_seconds", "Time to answer an HTTP request", ["service", "method", "route"],
                                 buckets=BUCKETS, registry=r)
        self.events = Counter("palli_business_events", "Events committed by this process, by type", ["service", "type"], registry=r)
        self.backlog = Gauge("palli_outbox_backlog", "Outbox rows not yet published", ["service"], registry=r, multiprocess_mode="max")
        self.relay_lag = Gauge("palli_relay_lag_seconds", "Age of the oldest unpublished outbox row", ["service"], registry=r,
                               multiprocess_mode="max")
        self.consumer_lag = Gauge("palli_consumer_lag", "Records not yet committed by a consumer group", ["service", "group", "topic"],
                                  registry=r, multiprocess_mode="max")
        self.dlq_depth = Gauge("palli_dlq_depth", "Records parked on a dead-letter topic", ["service", "topic"], registry=r,
                               multiprocess_mode="max")
        self.broker_up = Gauge("palli_metrics_broker_up", "1 when the broker answered the last lag query", ["service"], registry=r,
                               multiprocess_mode="min")
        self._broker_read_at = 0.0
        self._broker_lock = asyncio.Lock()

    def count_events(self, types: Iterable[str]) -> None:
        for event_type in types:
            self.events.labels(self.service, event_type).inc()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(self.service, method, route, str(status)).inc()
        self.latency.labels(self.service, method, route).observe(seconds)

    async def read_outbox(self, db: Database) -> None:
        from sqlalchemy import func, select

        from palli_common.tables import OutboxRecord

        async with db.sessions() as s:
            count, oldest = (await s.execute(select(func.count(), func.min(OutboxRecord.created_at))
                                             .where(OutboxRecord.published_at.is_(None)))).one()
        self.backlog.labels(self.service).set(count)
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)
        self.relay_lag.labels(self.service).set((datetime.now(UTC) - oldest).total_seconds() if oldest else 0.0)

    async def read_broker(self, settings: ServiceSettings, consumers: list[ConsumerRunner], every: float) -> None:
        """Consumer lag and DLQ depth, from the broker's offsets; skipped while the last read is fresh."""
        if not consumers or time.monotonic() - self._broker_read_at < every:
            return
        async with self._broker_lock:
            if time.monotonic() - self._broker_read_at < every:
                return
            try:
                await asyncio.wait_for(self._read_broker(settings, consumers), timeout=5.0)
                self.broker_up.labels(self.service).set(1)
            except Exception:  # noqa: BLE001  (a scrape must answer even with the broker away)
                self.broker_up.labels(self.service).set(0)
            self._broker_read_at = time.monotonic()

    async def _read_broker(self, settings: ServiceSettings, consumers: list[ConsumerRunner]) -> None:
        from aiokafka.admin import AIOKafkaAdminClient

        from palli_common.kafka import DLQ_SUFFIX, connection_options, make_consumer, topic_partitions

        reader = make_consumer(settings, group_id=None)
        admin = AIOKafkaAdminClient(**connection_options(settings), bootstrap_servers=settings.kafka_bootstrap_servers,
                                    request_timeout_ms=4_000)
        try:
            await reader.start()
            await admin.start()
            topics = sorted({t for runner in consumers for t in runner.topics})
            parts = {t: await topic_partitions(reader, t, timeout=1.0) for t in topics + [t + DLQ_SUFFIX for t in topics]}
            every_tp = [tp for tps in parts.values() for tp in tps]
            end = await reader.end_offsets(every_tp) if every_tp else {}
            start = await reader.beginning_offsets(every_tp) if every_tp else {}
            for runner in consumers:
                mine = [tp for t in runner.topics for tp in parts[t]]  # named: Tansu cannot answer "every partition"
                committed = await admin.list_consumer_group_offsets(runner.name, partitions=mine) if mine else {}
                for topic in runner.topics:
                    lag = 0
                    for tp in parts[topic]:
                        done = committed.get(tp)
                        position = done.offset if done is not None and done.offset >= 0 else start.get(tp, 0)
                        lag += max(end.get(tp, 0) - position, 0)
                    self.consumer_lag.labels(self.service, runner.name, topic).set(lag)
            for topic in topics:
                dlq = topic + DLQ_SUFFIX
                self.dlq_depth.labels(self.service, dlq).set(sum(max(end.get(tp, 0) - start.get(tp, 0), 0) for tp in parts[dlq]))
        finally:
            await reader.stop()
            await admin.close()

    def exposition(self) -> bytes:
        return generate_latest(self.scrape_registry)


class MetricsMiddleware:
    """Counts and times every HTTP request by its route's template (outermost, so it sees every answer)."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def keep_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, keep_status)
        finally:
            # the router leaves the matched route in the scope
            route = getattr(scope.get("route"), "path", None) or scope.get(ROUTE_KEY) or "unmatched"
            self.metrics.observe(scope["method"], route, status, time.perf_counter() - started)


def metrics_router(metrics: Metrics, refresh: Any = None, *, token: str | None = None, open_without_token: bool = True) -> APIRouter:
    """GET /metrics. A service's is scraped from inside the network (the gateway does not route it).
    With `token`, only `Authorization: Bearer <token>` is answered; without one, only if
    `open_without_token` (the gateway in production keeps it shut until a token is set)."""
    router = APIRouter()

    @router.get("/metrics", include_in_schema=False)
    async def scrape(request: Request) -> Response:
        given = request.headers.get("authorization", "")
        if (token is not None and not hmac.compare_digest(given.encode(), f"Bearer {token}".encode())) or (
                token is None and not open_without_token):
            return Response(status_code=404)  # nothing here for the public
        if refresh is not None:
            await refresh()
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return router
