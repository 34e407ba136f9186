from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.money_move import MoneyMove
from ...models.problem import Problem
from ...models.savings_transaction_out import SavingsTransactionOut
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    *,
    body: MoneyMove,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/savings/accounts/{account_id}/withdrawals".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SavingsTransactionOut | None:
    if response.status_code == 201:
        response_201 = SavingsTransactionOut.from_dict(response.json())

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
) -> Response[Problem | SavingsTransactionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MoneyMove,
) -> Response[Problem | SavingsTransactionOut]:
    """Pay a withdrawal (never below what is locked: minimum balance, holds, lock-in)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        account_id (UUID):
        body (MoneyMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsTransactionOut]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MoneyMove,
) -> Problem | SavingsTransactionOut | None:
    """Pay a withdrawal (never below what is locked: minimum balance, holds, lock-in)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        account_id (UUID):
        body (MoneyMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsTransactionOut
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MoneyMove,
) -> Response[Problem | SavingsTransactionOut]:
    """Pay a withdrawal (never below what is locked: minimum balance, holds, lock-in)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        account_id (UUID):
        body (MoneyMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsTransactionOut]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MoneyMove,
) -> Problem | SavingsTransactionOut | None:
    """Pay a withdrawal (never below what is locked: minimum balance, holds, lock-in)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        account_id (UUID):
        body (MoneyMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsTransactionOut
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
