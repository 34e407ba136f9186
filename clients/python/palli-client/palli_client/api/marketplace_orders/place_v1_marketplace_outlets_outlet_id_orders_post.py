from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_create import OrderCreate
from ...models.order_out import OrderOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    outlet_id: UUID,
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/marketplace/outlets/{outlet_id}/orders".format(
            outlet_id=quote(str(outlet_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderOut | Problem | None:
    if response.status_code == 201:
        response_201 = OrderOut.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[OrderOut | Problem]:
    """Hold units at an outlet for a customer's order (oldest lots first), priced with VAT shown

     Allowed: roles admin, branch_manager, field_officer, marketplace_operator; partner scopes
    marketplace:orders.

    Args:
        outlet_id (UUID):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderOut | Problem]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> OrderOut | Problem | None:
    """Hold units at an outlet for a customer's order (oldest lots first), priced with VAT shown

     Allowed: roles admin, branch_manager, field_officer, marketplace_operator; partner scopes
    marketplace:orders.

    Args:
        outlet_id (UUID):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderOut | Problem
    """

    return sync_detailed(
        outlet_id=outlet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[OrderOut | Problem]:
    """Hold units at an outlet for a customer's order (oldest lots first), priced with VAT shown

     Allowed: roles admin, branch_manager, field_officer, marketplace_operator; partner scopes
    marketplace:orders.

    Args:
        outlet_id (UUID):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderOut | Problem]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> OrderOut | Problem | None:
    """Hold units at an outlet for a customer's order (oldest lots first), priced with VAT shown

     Allowed: roles admin, branch_manager, field_officer, marketplace_operator; partner scopes
    marketplace:orders.

    Args:
        outlet_id (UUID):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderOut | Problem
    """

    return (
        await asyncio_detailed(
            outlet_id=outlet_id,
            client=client,
            body=body,
        )
    ).parsed
