from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sale_out import SaleOut
from ...types import Response


def _get_kwargs(
    sale_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/marketplace/sales/{sale_id}".format(
            sale_id=quote(str(sale_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SaleOut | None:
    if response.status_code == 200:
        response_200 = SaleOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SaleOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sale_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SaleOut]:
    """A sale's receipt, VAT shown

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes marketplace:read.

    Args:
        sale_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SaleOut]
    """

    kwargs = _get_kwargs(
        sale_id=sale_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sale_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | SaleOut | None:
    """A sale's receipt, VAT shown

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes marketplace:read.

    Args:
        sale_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SaleOut
    """

    return sync_detailed(
        sale_id=sale_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sale_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SaleOut]:
    """A sale's receipt, VAT shown

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes marketplace:read.

    Args:
        sale_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SaleOut]
    """

    kwargs = _get_kwargs(
        sale_id=sale_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sale_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | SaleOut | None:
    """A sale's receipt, VAT shown

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes marketplace:read.

    Args:
        sale_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SaleOut
    """

    return (
        await asyncio_detailed(
            sale_id=sale_id,
            client=client,
        )
    ).parsed
