from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.passbook_v1_savings_accounts_account_id_transactions_get_format_type_0 import (
    PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0,
)
from ...models.problem import Problem
from ...models.savings_page_transaction_out import SavingsPageTransactionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: UUID,
    *,
    format_: None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/savings/accounts/{account_id}/transactions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SavingsPageTransactionOut | None:
    if response.status_code == 200:
        response_200 = SavingsPageTransactionOut.from_dict(response.json())

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
) -> Response[Problem | SavingsPageTransactionOut]:
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
    format_: None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | SavingsPageTransactionOut]:
    """The passbook: transactions oldest first, each with the balance after it (JSON pages, or all of it as
    CSV)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes savings:read.

    Args:
        account_id (UUID):
        format_ (None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset):
            json or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsPageTransactionOut]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        format_=format_,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | SavingsPageTransactionOut | None:
    """The passbook: transactions oldest first, each with the balance after it (JSON pages, or all of it as
    CSV)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes savings:read.

    Args:
        account_id (UUID):
        format_ (None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset):
            json or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsPageTransactionOut
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        format_=format_,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | SavingsPageTransactionOut]:
    """The passbook: transactions oldest first, each with the balance after it (JSON pages, or all of it as
    CSV)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes savings:read.

    Args:
        account_id (UUID):
        format_ (None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset):
            json or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsPageTransactionOut]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        format_=format_,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | SavingsPageTransactionOut | None:
    """The passbook: transactions oldest first, each with the balance after it (JSON pages, or all of it as
    CSV)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes savings:read.

    Args:
        account_id (UUID):
        format_ (None | PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 | Unset):
            json or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsPageTransactionOut
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            format_=format_,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
