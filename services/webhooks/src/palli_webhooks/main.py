"""The webhooks service: partners' endpoints, fan-out of the events they may see, signed deliveries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_webhooks.adapters.secrets import SecretBox
from palli_webhooks.api import routers
from palli_webhooks.consumers import CONSUMERS
from palli_webhooks.service.delivery import Worker
from palli_webhooks.settings import WebhooksSettings

DESCRIPTION = (
    "Partners register https endpoints for the loan, member, savings and marketplace events their scopes and "
    "branches let them read. Each event is queued once per endpoint and POSTed signed (`Palli-Signature: "
    "t=<unix>,v1=<HMAC-SHA256 hex of t.body>`, a second v1 while a rotated-out secret is in its grace period), with "
    "`Palli-Webhook-Id` the same on every retry so receivers dedupe by it; failures are retried with exponential "
    "backoff and jitter for a day. Every delivery is in the log, and any can be replayed on purpose."
)


def create_app(settings: WebhooksSettings | None = None, *, http: httpx.AsyncClient | None = None) -> FastAPI:
    settings = settings or WebhooksSettings()
    app = create_service_app(settings, title="Palli webhooks", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
    app.state.secret_box = SecretBox(settings.secret_key.get_secret_value())
    app.state.worker = Worker(app.state.runtime.db, settings, app.state.secret_box, http)
    service_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        # inside the common lifespan: the worker starts after the database is ready and stops before it is disposed
        async with service_lifespan(application):
            if settings.worker_enabled:
                app.state.worker.start()
            try:
                yield
            finally:
                await app.state.worker.stop()

    app.router.lifespan_context = lifespan
    return app
