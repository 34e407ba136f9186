import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.general_ledger_out import GeneralLedgerOut
from ...models.get_general_ledger_v1_ledger_reports_general_ledger_get_format_type_0 import (
    GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    account: None | str | Unset = UNSET,
    format_: GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    elif isinstance(branch_id, UUID):
        json_branch_id = str(branch_id)
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_account: None | str | Unset
    if isinstance(account, Unset):
        json_account = UNSET
    else:
        json_account = account
    params["account"] = json_account

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
        "url": "/v1/ledger/reports/general-ledger",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralLedgerOut | Problem | None:
    if response.status_code == 200:
        response_200 = GeneralLedgerOut.from_dict(response.json())

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
) -> Response[GeneralLedgerOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    account: None | str | Unset = UNSET,
    format_: GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[GeneralLedgerOut | Problem]:
    """Every line of a period by account, with each account's opening and running balance (cursor pages)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        from_ (datetime.date): first day YYYY-MM-DD
        to (datetime.date | None | Unset): last day YYYY-MM-DD, inclusive (default: today in
            Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        account (None | str | Unset): only this account (a header: with its sub-accounts)
        format_ (GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset): json
            or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralLedgerOut | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        branch_id=branch_id,
        account=account,
        format_=format_,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    account: None | str | Unset = UNSET,
    format_: GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> GeneralLedgerOut | Problem | None:
    """Every line of a period by account, with each account's opening and running balance (cursor pages)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        from_ (datetime.date): first day YYYY-MM-DD
        to (datetime.date | None | Unset): last day YYYY-MM-DD, inclusive (default: today in
            Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        account (None | str | Unset): only this account (a header: with its sub-accounts)
        format_ (GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset): json
            or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralLedgerOut | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        branch_id=branch_id,
        account=account,
        format_=format_,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    account: None | str | Unset = UNSET,
    format_: GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[GeneralLedgerOut | Problem]:
    """Every line of a period by account, with each account's opening and running balance (cursor pages)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        from_ (datetime.date): first day YYYY-MM-DD
        to (datetime.date | None | Unset): last day YYYY-MM-DD, inclusive (default: today in
            Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        account (None | str | Unset): only this account (a header: with its sub-accounts)
        format_ (GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset): json
            or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralLedgerOut | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        branch_id=branch_id,
        account=account,
        format_=format_,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date | None | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    account: None | str | Unset = UNSET,
    format_: GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> GeneralLedgerOut | Problem | None:
    """Every line of a period by account, with each account's opening and running balance (cursor pages)

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        from_ (datetime.date): first day YYYY-MM-DD
        to (datetime.date | None | Unset): last day YYYY-MM-DD, inclusive (default: today in
            Dhaka)
        branch_id (None | Unset | UUID): one branch (403 outside yours); default: every branch you
            may see
        account (None | str | Unset): only this account (a header: with its sub-accounts)
        format_ (GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 | None | Unset): json
            or csv (default: json unless Accept asks for text/csv)
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralLedgerOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            branch_id=branch_id,
            account=account,
            format_=format_,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
