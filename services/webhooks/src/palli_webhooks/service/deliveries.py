"""The delivery log of an endpoint, and replay: the same event sent again on purpose, as a new
delivery (its own Palli-Webhook-Id, so a receiver that dedupes does take it) marked as a replay of
the first."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from palli_common.clock import now as clock
from palli_common.db import Database
from palli_common.errors import Conflict, Forbidden, NotFound
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_webhooks.adapters.tables import WebhookDelivery, WebhookEndpoint
from palli_webhooks.domain import catalogue
from palli_webhooks.service.endpoints import _uuid, _visible, get_endpoint, refresh_scope, require_manager

STATES = ("pending", "sending", "delivered", "failed", "cancelled")


async def list_deliveries(db: Database, who: Identity, endpoint_id: uuid.UUID, page: PageParams, *, state: str | None,
                          event_id: uuid.UUID | None) -> list[WebhookDelivery]:
    await get_endpoint(db, who, endpoint_id)
    query = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id)
    if state is not None:
        query = query.where(WebhookDelivery.state == state)
    if event_id is not None:
        query = query.where(WebhookDelivery.event_id == event_id)
    if page.after:
        query = query.where(WebhookDelivery.id < _uuid(page.after[0]))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(WebhookDelivery.id.desc()).limit(page.limit + 1))).all())


async def replay(db: Database, who: Identity, delivery_id: uuid.UUID) -> WebhookDelivery:
    require_manager(who)
    await refresh_scope(db, who)
    at = clock()
    async with db.uow() as uow:
        found = await uow.session.get(WebhookDelivery, delivery_id)
        endpoint = await uow.session.get(WebhookEndpoint, found.endpoint_id) if found is not None else None
        if found is None or endpoint is None:
            raise NotFound(f"no webhook delivery {delivery_id}")
        try:
            _visible(endpoint, who, endpoint.id, include_deleted=True)
        except NotFound:
            raise NotFound(f"no webhook delivery {delivery_id}") from None
        if endpoint.status != "active":
            raise Conflict("the endpoint was deleted: nothing can be sent to it")
        if endpoint.owner_kind == "partner" and not catalogue.allowed(found.event_type, endpoint.scopes):
            raise Forbidden(f"{found.event_type} is no longer among the events this partner's scopes allow")
        # the event's first delivery, locked: replays of it are numbered one at a time
        root_id = found.replay_of or found.id
        root = (await uow.session.scalars(select(WebhookDelivery).where(WebhookDelivery.id == root_id).with_for_update())).one()
        number = await uow.session.scalar(select(func.max(WebhookDelivery.replay_number)).where(
            WebhookDelivery.endpoint_id == root.endpoint_id, WebhookDelivery.event_id == root.event_id))
        copy = WebhookDelivery(
            id=uuid7(), endpoint_id=root.endpoint_id, event_id=root.event_id, event_type=root.event_type, body=root.body,
            replay_number=(number or 0) + 1, replay_of=root.id, state="pending", attempts=0, next_attempt_at=at,
            created_by=who.subject, created_at=at,
        )
        uow.session.add(copy)
        await uow.commit()
    return copy
