from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.at_outlet_v1_marketplace_outlets_outlet_id_orders_get_status_type_0 import (
    AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0,
)
from ...models.order_out import OrderOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    outlet_id: UUID,
    *,
    status: AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/marketplace/outlets/{outlet_id}/orders".format(
            outlet_id=quote(str(outlet_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[OrderOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[OrderOut]]:
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
    status: AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset = UNSET,
) -> Response[Problem | list[OrderOut]]:
    """An outlet's orders, newest first (a partner's: its own)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:orders.

    Args:
        outlet_id (UUID):
        status (AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OrderOut]]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    status: AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset = UNSET,
) -> Problem | list[OrderOut] | None:
    """An outlet's orders, newest first (a partner's: its own)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:orders.

    Args:
        outlet_id (UUID):
        status (AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OrderOut]
    """

    return sync_detailed(
        outlet_id=outlet_id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    status: AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset = UNSET,
) -> Response[Problem | list[OrderOut]]:
    """An outlet's orders, newest first (a partner's: its own)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:orders.

    Args:
        outlet_id (UUID):
        status (AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OrderOut]]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    outlet_id: UUID,
    *,
    client: AuthenticatedClient,
    status: AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset = UNSET,
) -> Problem | list[OrderOut] | None:
    """An outlet's orders, newest first (a partner's: its own)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:orders.

    Args:
        outlet_id (UUID):
        status (AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OrderOut]
    """

    return (
        await asyncio_detailed(
            outlet_id=outlet_id,
            client=client,
            status=status,
        )
    ).parsed
