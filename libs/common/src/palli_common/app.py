"""The one way a Palli service is assembled: problem+json errors, request ids, traces, JSON logs,
health checks, and a lifespan that owns the database, the outbox relay and the consumers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request

from palli_common.consumer import ConsumerRunner, Handler
from palli_common.db import Database
from palli_common.health import health_router
from palli_common.idempotency import IdempotencyResponses, Replayed, replay_response
from palli_common.identity import InternalTokenVerifier, KeySet, RequireIdentity, authenticate
from palli_common.metrics import Metrics, MetricsMiddleware, metrics_router
from palli_common.observability import instrument_app, instrument_engine, setup_logging, setup_tracing
from palli_common.problems import PROBLEM_RESPONSES, install_problem_handlers
from palli_common.relay import OutboxRelay
from palli_common.request_id import RequestIdMiddleware
from palli_common.settings import ServiceSettings
from palli_common.text_guard import RefuseNulText

@dataclass
class ServiceRuntime:
    """What a running service owns; reachable from routes as `request.app.state.runtime`."""

    settings: ServiceSettings
    db: Database
    relay: OutboxRelay
    consumers: list[ConsumerRunner] = field(default_factory=list)
    metrics: Metrics | None = None


def serve(factory: str, settings: ServiceSettings, *, host: str, port: int | None, workers: int | None) -> None:
    """`palli-<service> serve`: uvicorn on the app factory, with `workers` processes (default the
    service's WORKERS setting)."""
    import uvicorn

    count = workers or settings.workers
    if count > 1 and settings.is_sqlite:
        raise SystemExit(f"{settings.service_name}: SQLite serves one worker (its outbox relay cannot share it); "
                         "use PostgreSQL for --workers > 1")
    uvicorn.run(factory, factory=True, host=host, port=port or getattr(settings, "port", 8000), workers=count, log_config=None, access_log=False)


async def database(request: Request) -> Database:  # async: a plain def would hop to a worker thread per request
    return request.app.state.runtime.db


DB = Annotated[Database, Depends(database)]  # a route's database: `db: DB`


def create_service_app(
    settings: ServiceSettings,
    *,
    title: str,
    description: str,
    routers: list[APIRouter],
    consumers: dict[str, dict[str, Handler]] | None = None,
    version: str = "1.0.0",
) -> FastAPI:
    """`consumers` maps a consumer-group name to its {event type: handler} table."""
    setup_logging(settings)
    setup_tracing(settings)
    db = Database(settings.database_url, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow,
                  ping_idle_seconds=settings.db_ping_idle_seconds, source=settings.service_name)
    if settings.traces_sql:
        instrument_engine(db.engine)
    runtime = ServiceRuntime(settings=settings, db=db, relay=OutboxRelay(db, settings))
    runtime.consumers = [ConsumerRunner(name, db, settings, table) for name, table in (consumers or {}).items()]
    metrics = runtime.metrics = Metrics(settings.service_name)
    db.committed.append(lambda events: metrics.count_events(e.type for e in events))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.relay_enabled:
            runtime.relay.start()
        if settings.consumers_enabled:
            for runner in runtime.consumers:
                runner.start()
        try:
            yield
        finally:
            for runner in runtime.consumers:
                await runner.stop()
            await runtime.relay.stop()
            await db.dispose()

    app = FastAPI(title=title, description=description, version=version, lifespan=lifespan, responses=PROBLEM_RESPONSES)
    app.state.runtime = runtime
    app.state.identity_verifier = InternalTokenVerifier(KeySet(settings.internal_jwks))
    install_problem_handlers(app)
    app.add_exception_handler(Replayed, replay_response)
    for router in routers:  # every business route needs the gateway's identity token; health does not
        app.include_router(router, dependencies=[Depends(authenticate)])

    async def database_ok() -> bool:
        await db.ping()
        return True

    app.include_router(health_router({"database": database_ok, "broker": runtime.relay.broker_ready}))

    async def refresh_metrics() -> None:
        await metrics.read_outbox(db)
        running = runtime.consumers if settings.consumers_enabled else []  # no consumers here: no lag to read
        await metrics.read_broker(settings, running, settings.metrics_broker_seconds)

    app.include_router(metrics_router(metrics, refresh_metrics))
    instrument_app(app)
    app.add_middleware(IdempotencyResponses)  # stores a keyed money route's answer beside its effect
    app.add_middleware(RefuseNulText)  # inside the identity check: no token, no body read
    app.add_middleware(RequireIdentity)
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # outermost: it sees every answer, refusals included
    return app
