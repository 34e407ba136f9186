from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_deliveries_v1_webhooks_endpoints_endpoint_id_deliveries_get_state_type_0 import (
    ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0,
)
from ...models.page_delivery_out import PageDeliveryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: UUID,
    *,
    state: ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset = UNSET,
    event_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, str):
        json_state = state
    else:
        json_state = state
    params["state"] = json_state

    json_event_id: None | str | Unset
    if isinstance(event_id, Unset):
        json_event_id = UNSET
    elif isinstance(event_id, UUID):
        json_event_id = str(event_id)
    else:
        json_event_id = event_id
    params["event_id"] = json_event_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/endpoints/{endpoint_id}/deliveries".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageDeliveryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageDeliveryOut.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageDeliveryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset = UNSET,
    event_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDeliveryOut | Problem]:
    """An endpoint's delivery log, newest first: each event, its attempts, last status code, next attempt
    and state

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        endpoint_id (UUID):
        state (ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset):
        event_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDeliveryOut | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_id=event_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset = UNSET,
    event_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDeliveryOut | Problem | None:
    """An endpoint's delivery log, newest first: each event, its attempts, last status code, next attempt
    and state

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        endpoint_id (UUID):
        state (ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset):
        event_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDeliveryOut | Problem
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        state=state,
        event_id=event_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset = UNSET,
    event_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDeliveryOut | Problem]:
    """An endpoint's delivery log, newest first: each event, its attempts, last status code, next attempt
    and state

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        endpoint_id (UUID):
        state (ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset):
        event_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDeliveryOut | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_id=event_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset = UNSET,
    event_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDeliveryOut | Problem | None:
    """An endpoint's delivery log, newest first: each event, its attempts, last status code, next attempt
    and state

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        endpoint_id (UUID):
        state (ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 | None | Unset):
        event_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDeliveryOut | Problem
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            state=state,
            event_id=event_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
