from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payout_destination import PayoutDestination
from ...models.problem import Problem
from ...models.producer_account import ProducerAccount
from ...types import Response


def _get_kwargs(
    producer_id: UUID,
    *,
    body: PayoutDestination,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/marketplace/producers/{producer_id}/payout-destination".format(
            producer_id=quote(str(producer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProducerAccount | None:
    if response.status_code == 200:
        response_200 = ProducerAccount.from_dict(response.json())

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
) -> Response[Problem | ProducerAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    producer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PayoutDestination,
) -> Response[Problem | ProducerAccount]:
    """Choose how she is paid: into her voluntary savings, to her mobile wallet, or in cash

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        producer_id (UUID):
        body (PayoutDestination):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProducerAccount]
    """

    kwargs = _get_kwargs(
        producer_id=producer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    producer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PayoutDestination,
) -> Problem | ProducerAccount | None:
    """Choose how she is paid: into her voluntary savings, to her mobile wallet, or in cash

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        producer_id (UUID):
        body (PayoutDestination):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProducerAccount
    """

    return sync_detailed(
        producer_id=producer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    producer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PayoutDestination,
) -> Response[Problem | ProducerAccount]:
    """Choose how she is paid: into her voluntary savings, to her mobile wallet, or in cash

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        producer_id (UUID):
        body (PayoutDestination):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProducerAccount]
    """

    kwargs = _get_kwargs(
        producer_id=producer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    producer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PayoutDestination,
) -> Problem | ProducerAccount | None:
    """Choose how she is paid: into her voluntary savings, to her mobile wallet, or in cash

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        producer_id (UUID):
        body (PayoutDestination):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProducerAccount
    """

    return (
        await asyncio_detailed(
            producer_id=producer_id,
            client=client,
            body=body,
        )
    ).parsed
