from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advance_out import AdvanceOut
from ...models.advance_request import AdvanceRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    lot_id: UUID,
    *,
    body: AdvanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/marketplace/lots/{lot_id}/advances".format(
            lot_id=quote(str(lot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvanceOut | Problem | None:
    if response.status_code == 201:
        response_201 = AdvanceOut.from_dict(response.json())

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
) -> Response[AdvanceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AdvanceRequest,
) -> Response[AdvanceOut | Problem]:
    """Pay part of an advance-financed order ahead, the way she is paid

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        lot_id (UUID):
        body (AdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvanceOut | Problem]
    """

    kwargs = _get_kwargs(
        lot_id=lot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AdvanceRequest,
) -> AdvanceOut | Problem | None:
    """Pay part of an advance-financed order ahead, the way she is paid

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        lot_id (UUID):
        body (AdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvanceOut | Problem
    """

    return sync_detailed(
        lot_id=lot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AdvanceRequest,
) -> Response[AdvanceOut | Problem]:
    """Pay part of an advance-financed order ahead, the way she is paid

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        lot_id (UUID):
        body (AdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvanceOut | Problem]
    """

    kwargs = _get_kwargs(
        lot_id=lot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AdvanceRequest,
) -> AdvanceOut | Problem | None:
    """Pay part of an advance-financed order ahead, the way she is paid

     Allowed: roles admin, branch_manager; partner scopes none.

    Args:
        lot_id (UUID):
        body (AdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvanceOut | Problem
    """

    return (
        await asyncio_detailed(
            lot_id=lot_id,
            client=client,
            body=body,
        )
    ).parsed
