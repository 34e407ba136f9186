from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payout_out import PayoutOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    payout_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/marketplace/payouts/{payout_id}".format(
            payout_id=quote(str(payout_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayoutOut | Problem | None:
    if response.status_code == 200:
        response_200 = PayoutOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayoutOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PayoutOut | Problem]:
    """A payout with its statement

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes none.

    Args:
        payout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayoutOut | Problem]
    """

    kwargs = _get_kwargs(
        payout_id=payout_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PayoutOut | Problem | None:
    """A payout with its statement

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes none.

    Args:
        payout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayoutOut | Problem
    """

    return sync_detailed(
        payout_id=payout_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PayoutOut | Problem]:
    """A payout with its statement

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes none.

    Args:
        payout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayoutOut | Problem]
    """

    kwargs = _get_kwargs(
        payout_id=payout_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PayoutOut | Problem | None:
    """A payout with its statement

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes none.

    Args:
        payout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayoutOut | Problem
    """

    return (
        await asyncio_detailed(
            payout_id=payout_id,
            client=client,
        )
    ).parsed
