from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_close_out import PeriodCloseOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    close_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/period-closes/{close_id}".format(
            close_id=quote(str(close_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodCloseOut | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodCloseOut.from_dict(response.json())

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
) -> Response[PeriodCloseOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PeriodCloseOut | Problem]:
    """One period close (ETag: its version)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        close_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        close_id=close_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PeriodCloseOut | Problem | None:
    """One period close (ETag: its version)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        close_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodCloseOut | Problem
    """

    return sync_detailed(
        close_id=close_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PeriodCloseOut | Problem]:
    """One period close (ETag: its version)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        close_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        close_id=close_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PeriodCloseOut | Problem | None:
    """One period close (ETag: its version)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        close_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodCloseOut | Problem
    """

    return (
        await asyncio_detailed(
            close_id=close_id,
            client=client,
        )
    ).parsed
