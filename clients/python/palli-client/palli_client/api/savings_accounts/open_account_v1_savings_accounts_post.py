from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_open import AccountOpen
from ...models.problem import Problem
from ...models.savings_account_out import SavingsAccountOut
from ...types import Response


def _get_kwargs(
    *,
    body: AccountOpen,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/savings/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SavingsAccountOut | None:
    if response.status_code == 201:
        response_201 = SavingsAccountOut.from_dict(response.json())

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
) -> Response[Problem | SavingsAccountOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountOpen,
) -> Response[Problem | SavingsAccountOut]:
    """Open an account for an active member (one compulsory account each), with an optional first deposit

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        body (AccountOpen):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsAccountOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccountOpen,
) -> Problem | SavingsAccountOut | None:
    """Open an account for an active member (one compulsory account each), with an optional first deposit

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        body (AccountOpen):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsAccountOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountOpen,
) -> Response[Problem | SavingsAccountOut]:
    """Open an account for an active member (one compulsory account each), with an optional first deposit

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        body (AccountOpen):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsAccountOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountOpen,
) -> Problem | SavingsAccountOut | None:
    """Open an account for an active member (one compulsory account each), with an optional first deposit

     Allowed: roles admin, branch_manager, field_officer; partner scopes none.

    Args:
        body (AccountOpen):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsAccountOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
