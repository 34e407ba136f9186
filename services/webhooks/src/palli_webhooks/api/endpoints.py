"""/v1/webhooks/endpoints and /v1/webhooks/event-types: what a partner subscribes to and where."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_webhooks.adapters.tables import WebhookEndpoint
from palli_webhooks.api.deps import DB, Box, Settings
from palli_webhooks.api.schemas import EndpointCreated, EndpointIn, EndpointOut, EventTypeOut, SecretRotated
from palli_webhooks.domain import catalogue
from palli_webhooks.service import endpoints

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


def endpoint_out(endpoint: WebhookEndpoint) -> EndpointOut:
    return EndpointOut.model_validate(endpoint.model_dump())


@router.get("/event-types", response_model=list[EventTypeOut], summary="The events partners may subscribe to, and the scope each needs")
async def event_types(who: CurrentIdentity):
    staff = who.kind != "partner"
    return [EventTypeOut(event_type=t, scopes=sorted(s), allowed=staff or bool(s & who.scopes)) for t, s in catalogue.EVENT_TYPES.items()]


@router.post("/endpoints", response_model=EndpointCreated, status_code=201,
             summary="Register an https endpoint for event types your scopes allow; the signing secret is returned this once")
async def create_endpoint(body: EndpointIn, db: DB, who: CurrentIdentity, settings: Settings, box: Box):
    endpoint, secret = await endpoints.create_endpoint(db, who, settings, box, url=body.url, event_types=body.event_types,
                                                       description=body.description)
    return EndpointCreated(**endpoint_out(endpoint).model_dump(), secret=secret)


@router.get("/endpoints", response_model=Page[EndpointOut], summary="Endpoints, newest first: a partner's own; an admin's, all")
async def list_endpoints(
    db: DB, who: CurrentIdentity, page: PageQuery,
    owner: Annotated[str | None, Query(max_length=200, description="admins: one partner's client id")] = None,
    include_deleted: bool = False,
):
    rows = await endpoints.list_endpoints(db, who, page, owner=owner, include_deleted=include_deleted)
    return make_page(rows, page, lambda e: [str(e.id)], endpoint_out)


@router.get("/endpoints/{endpoint_id}", response_model=EndpointOut, summary="An endpoint")
async def get_endpoint(endpoint_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return endpoint_out(await endpoints.get_endpoint(db, who, endpoint_id))


@router.delete("/endpoints/{endpoint_id}", status_code=204, response_class=Response,
               summary="Delete an endpoint: nothing more is sent to it; what was waiting is cancelled, its log stays")
async def delete_endpoint(endpoint_id: uuid.UUID, db: DB, who: CurrentIdentity):
    await endpoints.delete_endpoint(db, who, endpoint_id)
    return Response(status_code=204)


@router.post("/endpoints/{endpoint_id}/rotate-secret", response_model=SecretRotated,
             summary="A new signing secret, returned this once; the previous one keeps signing beside it for the grace period")
async def rotate_secret(endpoint_id: uuid.UUID, db: DB, who: CurrentIdentity, settings: Settings, box: Box):
    endpoint, secret = await endpoints.rotate_secret(db, who, settings, box, endpoint_id)
    return SecretRotated(endpoint_id=endpoint.id, secret=secret, previous_secret_expires_at=endpoint.previous_secret_expires_at)
