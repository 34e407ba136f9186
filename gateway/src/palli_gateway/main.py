"""The gateway app: its own auth, administration and audit routes, and, behind the FrontDoor
checks, every other /v1 route proxied to the service that owns it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import structlog
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.routing import BaseRoute, Match
from starlette.types import Receive, Scope, Send

from palli_common import context
from palli_common.request_id import RequestIdMiddleware
from palli_common.db import Database
from palli_common.errors import NotFound
from palli_common.health import health_router
from palli_common.identity import INTERNAL_TOKEN_SECONDS, Identity
from palli_common.metrics import Metrics, MetricsMiddleware, metrics_router
from palli_common.observability import instrument_app, instrument_engine, setup_logging, setup_tracing
from palli_common.problems import PROBLEM_RESPONSES, install_problem_handlers
from palli_common.text_guard import RefuseNulText
from palli_gateway import permissions
from palli_gateway.api import audit, auth, clients, users
from palli_gateway.audit import AuditWriter
from palli_gateway.auth.grants import Grants
from palli_gateway.auth.keys import KeyRing
from palli_gateway.auth.passwords import Passwords
from palli_gateway.auth.revocations import Revocations
from palli_gateway.auth.tokens import Tokens
from palli_gateway.bootstrap import ensure_first_admin
from palli_gateway.front_door import OWN_PREFIXES, FrontDoor, Guards
from palli_gateway.idempotency import IdempotencyStore
from palli_gateway.openapi import OpenAPICatalog, RouteAccess, merge_openapi
from palli_gateway.proxy import Proxy
from palli_gateway.ratelimit import RateLimiter
from palli_gateway.runtime import Gateway
from palli_gateway.settings import GatewaySettings

log = structlog.get_logger(__name__)


def build(settings: GatewaySettings, passwords: Passwords | None = None) -> Gateway:
    db = Database(settings.database_url, pool_size=settings.db_pool_size, source="gateway")
    instrument_engine(db.engine)
    longest = max(settings.access_token_minutes, settings.client_token_minutes) * 60 + INTERNAL_TOKEN_SECONDS
    keys = KeyRing(db, settings.key_secret.get_secret_value(), max_token_seconds=longest, reload_seconds=settings.key_reload_seconds)
    tokens = Tokens(keys)
    passwords = passwords or Passwords(time_cost=settings.argon2_time_cost, memory_kib=settings.argon2_memory_kib)
    revocations = Revocations(db, max_token_seconds=longest)
    proxy = Proxy(settings.routes, connect_timeout=settings.connect_timeout)
    return Gateway(
        settings=settings, db=db, keys=keys, tokens=tokens, passwords=passwords, revocations=revocations,
        grants=Grants(db, settings, passwords, tokens, revocations),
        limiter=RateLimiter(
            settings.rate_limit_storage, per_address=settings.rate_limit_per_address,
            per_principal=settings.rate_limit_per_principal, token_endpoint=settings.rate_limit_token_endpoint,
        ),
        idempotency=IdempotencyStore(db, ttl_hours=settings.idempotency_hours),
        audit=AuditWriter(db, flush_seconds=settings.audit_flush_seconds),
        proxy=proxy,
        catalog=OpenAPICatalog(httpx.AsyncClient(trust_env=False), settings.routes, fetch_timeout=settings.openapi_fetch_timeout),
    )


def create_app(settings: GatewaySettings | None = None, *, passwords: Passwords | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    setup_logging(settings)
    setup_tracing(settings)
    gw = build(settings, passwords)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await gw.keys.load()
        await ensure_first_admin(gw)
        gw.audit.start()
        upkeep = asyncio.create_task(_upkeep(gw), name="gateway-upkeep")
        try:
            yield
        finally:
            upkeep.cancel()
            await gw.audit.stop()
            await gw.proxy.aclose()
            await gw.limiter.aclose()
            await gw.db.dispose()

    app = FastAPI(
        title="Palli API", version="1.0.0", lifespan=lifespan, responses=PROBLEM_RESPONSES,
        docs_url=None, openapi_url=None, description="The one front door to Palli's services.",
    )
    app.state.gateway = gw
    install_problem_handlers(app)
    for router in (auth.router, users.router, clients.router, audit.router):
        app.include_router(router)

    async def database_ok() -> bool:
        await gw.db.ping()
        return True

    app.include_router(health_router({"database": database_ok}))
    metrics = app.state.metrics = Metrics(settings.service_name)
    # the gateway faces the internet: its /metrics answers only a scraper with GATEWAY_METRICS_TOKEN
    app.include_router(metrics_router(metrics, token=settings.metrics_token.get_secret_value() if settings.metrics_token else None,
                                      open_without_token=settings.environment != "production"))

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_document() -> JSONResponse:
        own = app.openapi()
        specs = await gw.catalog.specs()
        return JSONResponse(merge_openapi(
            own, specs, _access, title="Palli API", version="1.0.0", public_url=settings.public_url, missing=gw.catalog.missing,
        ))

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Palli API")

    async def proxied(scope: Scope, receive: Receive, send: Send) -> None:
        """Every /v1 route the gateway does not serve itself, once FrontDoor admitted it."""
        upstream = gw.proxy.match(scope["path"])
        if upstream is None:
            raise NotFound(f"no service serves {scope['path']}")
        # a public route (the table says so) reaches its service as the anonymous caller: no roles, no branches
        identity = scope.get("state", {}).get("identity") or ANONYMOUS
        headers = {"authorization": f"Bearer {gw.tokens.internal(identity)}", "x-request-id": context.correlation_id.get() or ""}
        await gw.proxy.forward(scope, receive, send, upstream, headers=headers, max_body=settings.max_body_bytes)

    app.router.routes.insert(0, ProxiedRoutes())
    instrument_app(app)
    # added innermost first: FrontDoor runs after CORS, and every response carries X-Request-ID
    app.add_middleware(RefuseNulText)  # after the front door's body limit; PostgreSQL cannot store U+0000
    guards = Guards(gw.tokens, gw.revocations, gw.limiter, gw.idempotency, gw.audit, settings.max_body_bytes)
    app.add_middleware(FrontDoor, guards=guards, proxied=RefuseNulText(proxied))
    app.add_middleware(
        CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Request-ID"],
        expose_headers=["ETag", "Location", "Retry-After", "X-Request-ID", "Idempotent-Replayed"], max_age=600,
    )
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # outermost: every answer, refusals included
    return app


async def _upkeep(gw: Gateway) -> None:
    """Picks up keys rotated by another replica or the CLI; clears expired revocations and idempotency keys."""
    while True:
        await asyncio.sleep(min(60.0, gw.settings.key_reload_seconds))
        try:
            await gw.keys.refresh_if_stale()
            await gw.revocations.purge()
            await gw.idempotency.purge_expired()
        except Exception:  # noqa: BLE001 - try again next minute
            log.exception("gateway_upkeep_failed")


class ProxiedRoutes(BaseRoute):
    """Stands for the proxied routes in the app's route list, first, so OpenTelemetry, which names
    each request's span by walking that list, finds them at once (FrontDoor renames a recorded span
    after the permission table's template). FrontDoor serves them: the router never gets here."""

    path = "/v1/{path:path}"

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = scope.get("path", "")
        proxied = scope["type"] == "http" and path.startswith("/v1/") and not path.startswith(OWN_PREFIXES)
        return (Match.FULL, {}) if proxied else (Match.NONE, {})

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotFound(f"no service serves {scope['path']}")


ANONYMOUS = Identity(subject="anonymous", kind="public", roles=frozenset(), scopes=frozenset(), branch_ids=frozenset())


def _access(method: str, path: str) -> RouteAccess | None:
    rule = permissions.BY_TEMPLATE.get((method, path))
    if rule is None:
        return None
    if rule.public:
        return RouteAccess(public=True)
    if rule.any_caller:
        return RouteAccess()
    return RouteAccess(roles=tuple(sorted(rule.roles)), scopes=tuple(sorted(rule.scopes)))
