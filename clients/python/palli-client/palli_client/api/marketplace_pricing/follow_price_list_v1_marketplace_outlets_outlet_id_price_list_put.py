from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outlet_out import OutletOut
from ...models.outlet_price_list import OutletPriceList
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    outlet_id: UUID,
    *,
    body: OutletPriceList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/marketplace/outlets/{outlet_id}/price-list".format(
            outlet_id=quote(str(outlet_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OutletOut | Problem | None:
    if response.status_code == 200:
        response_200 = OutletOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OutletOut | Problem]:
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
    body: OutletPriceList,
) -> Response[OutletOut | Problem]:
    """Choose the price list an outlet sells at

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        outlet_id (UUID):
        body (OutletPriceList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutletOut | Problem]
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
    body: OutletPriceList,
) -> OutletOut | Problem | None:
    """Choose the price list an outlet sells at

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        outlet_id (UUID):
        body (OutletPriceList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutletOut | Problem
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
    body: OutletPriceList,
) -> Response[OutletOut | Problem]:
    """Choose the price list an outlet sells at

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        outlet_id (UUID):
        body (OutletPriceList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutletOut | Problem]
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
    body: OutletPriceList,
) -> OutletOut | Problem | None:
    """Choose the price list an outlet sells at

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        outlet_id (UUID):
        body (OutletPriceList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutletOut | Problem
    """

    return (
        await asyncio_detailed(
            outlet_id=outlet_id,
            client=client,
            body=body,
        )
    ).parsed
