"""The notifications service: members' contacts, message templates, and SMS to members about their loans."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_notifications.adapters.sms import SmsProvider, make_provider
from palli_notifications.api import routers
from palli_notifications.consumers import CONSUMERS
from palli_notifications.service.dispatch import Dispatcher
from palli_notifications.settings import NotificationsSettings

DESCRIPTION = (
    "Keeps each member's phone, language and SMS consent from members events; turns loan events (disbursed, "
    "repayments, reversals, prepayment, closing, overdue) into one SMS each from admin-editable Bangla and English "
    "templates; sends them through an SMS gateway with retries, backoff and delivery reports, never twice for one "
    "event and never to a member who opted out. Publishes `notifications.message` events."
)


def create_app(settings: NotificationsSettings | None = None, *, provider: SmsProvider | None = None) -> FastAPI:
    settings = settings or NotificationsSettings()
    app = create_service_app(settings, title="Palli notifications", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
    db = app.state.runtime.db
    app.state.sms_provider = provider or make_provider(settings, db)
    app.state.dispatcher = Dispatcher(db, app.state.sms_provider, settings)
    service_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        # inside the common lifespan: the dispatcher starts after the database is ready and stops before it is disposed
        async with service_lifespan(application):
            if settings.dispatcher_enabled:
                app.state.dispatcher.start()
            try:
                yield
            finally:
                await app.state.dispatcher.stop()

    app.router.lifespan_context = lifespan
    return app
