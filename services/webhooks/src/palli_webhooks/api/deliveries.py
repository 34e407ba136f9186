"""/v1/webhooks/endpoints/{id}/deliveries (the log) and /v1/webhooks/deliveries/{id}/replay."""

import uuid

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_webhooks.adapters.tables import WebhookDelivery
from palli_webhooks.api.deps import DB
from palli_webhooks.api.schemas import DeliveryOut, DeliveryState
from palli_webhooks.service import deliveries

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


def delivery_out(delivery: WebhookDelivery) -> DeliveryOut:
    return DeliveryOut.model_validate(delivery.model_dump())


@router.get("/endpoints/{endpoint_id}/deliveries", response_model=Page[DeliveryOut],
            summary="An endpoint's delivery log, newest first: each event, its attempts, last status code, next attempt and state")
async def list_deliveries(endpoint_id: uuid.UUID, db: DB, who: CurrentIdentity, page: PageQuery, state: DeliveryState | None = None,
                          event_id: uuid.UUID | None = None):
    rows = await deliveries.list_deliveries(db, who, endpoint_id, page, state=state, event_id=event_id)
    return make_page(rows, page, lambda d: [str(d.id)], delivery_out)


@router.post("/deliveries/{delivery_id}/replay", response_model=DeliveryOut, status_code=202,
             summary="Send a delivery's event again on purpose: a new delivery (its own Palli-Webhook-Id) marked as a replay")
async def replay(delivery_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return delivery_out(await deliveries.replay(db, who, delivery_id))
