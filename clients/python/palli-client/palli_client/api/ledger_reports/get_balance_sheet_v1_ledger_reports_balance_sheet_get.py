import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance_sheet_out import BalanceSheetOut
from ...models.get_balance_sheet_v1_ledger_reports_balance_sheet_get_format_type_0 import (
    GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    format_: GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    elif isinstance(branch_id, UUID):
        json_branch_id = str(branch_id)
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/reports/balance-sheet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceSheetOut | Problem | None:
    if response.status_code == 200:
        response_200 = BalanceSheetOut.from_dict(response.json())

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
) -> Response[BalanceSheetOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    format_: GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset = UNSET,
) -> Response[BalanceSheetOut | Problem]:
    """Assets, liabilities and equity (with the surplus to date) as of a date, under their header accounts

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        as_of (datetime.date | None | Unset): YYYY-MM-DD, inclusive (default: today in Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        format_ (GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset): json or
            csv (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceSheetOut | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        branch_id=branch_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    format_: GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset = UNSET,
) -> BalanceSheetOut | Problem | None:
    """Assets, liabilities and equity (with the surplus to date) as of a date, under their header accounts

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        as_of (datetime.date | None | Unset): YYYY-MM-DD, inclusive (default: today in Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        format_ (GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset): json or
            csv (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceSheetOut | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        branch_id=branch_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    format_: GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset = UNSET,
) -> Response[BalanceSheetOut | Problem]:
    """Assets, liabilities and equity (with the surplus to date) as of a date, under their header accounts

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        as_of (datetime.date | None | Unset): YYYY-MM-DD, inclusive (default: today in Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        format_ (GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset): json or
            csv (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceSheetOut | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        branch_id=branch_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    format_: GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset = UNSET,
) -> BalanceSheetOut | Problem | None:
    """Assets, liabilities and equity (with the surplus to date) as of a date, under their header accounts

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        as_of (datetime.date | None | Unset): YYYY-MM-DD, inclusive (default: today in Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        format_ (GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 | None | Unset): json or
            csv (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceSheetOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            branch_id=branch_id,
            format_=format_,
        )
    ).parsed
