from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_price_in import ListPriceIn
from ...models.list_price_out import ListPriceOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    price_list_id: UUID,
    *,
    body: ListPriceIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/marketplace/price-lists/{price_list_id}/prices".format(
            price_list_id=quote(str(price_list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListPriceOut | Problem | None:
    if response.status_code == 201:
        response_201 = ListPriceOut.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPriceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    price_list_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ListPriceIn,
) -> Response[ListPriceOut | Problem]:
    """Price a product on the list from a day on

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        price_list_id (UUID):
        body (ListPriceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPriceOut | Problem]
    """

    kwargs = _get_kwargs(
        price_list_id=price_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    price_list_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ListPriceIn,
) -> ListPriceOut | Problem | None:
    """Price a product on the list from a day on

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        price_list_id (UUID):
        body (ListPriceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPriceOut | Problem
    """

    return sync_detailed(
        price_list_id=price_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    price_list_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ListPriceIn,
) -> Response[ListPriceOut | Problem]:
    """Price a product on the list from a day on

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        price_list_id (UUID):
        body (ListPriceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPriceOut | Problem]
    """

    kwargs = _get_kwargs(
        price_list_id=price_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    price_list_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ListPriceIn,
) -> ListPriceOut | Problem | None:
    """Price a product on the list from a day on

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        price_list_id (UUID):
        body (ListPriceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPriceOut | Problem
    """

    return (
        await asyncio_detailed(
            price_list_id=price_list_id,
            client=client,
            body=body,
        )
    ).parsed
