from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_closes_v1_ledger_period_closes_get_status_type_0 import (
    ListClosesV1LedgerPeriodClosesGetStatusType0,
)
from ...models.page_period_close_out import PagePeriodCloseOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
    month: None | str | Unset = UNSET,
    status: ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    elif isinstance(branch_id, UUID):
        json_branch_id = str(branch_id)
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/v1/ledger/period-closes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePeriodCloseOut | Problem | None:
    if response.status_code == 200:
        response_200 = PagePeriodCloseOut.from_dict(response.json())

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
) -> Response[PagePeriodCloseOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    month: None | str | Unset = UNSET,
    status: ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePeriodCloseOut | Problem]:
    """Closed (and reopened) months, newest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        month (None | str | Unset):
        status (ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        month=month,
        status=status,
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
    branch_id: None | Unset | UUID = UNSET,
    month: None | str | Unset = UNSET,
    status: ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePeriodCloseOut | Problem | None:
    """Closed (and reopened) months, newest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        month (None | str | Unset):
        status (ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePeriodCloseOut | Problem
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
        month=month,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    month: None | str | Unset = UNSET,
    status: ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePeriodCloseOut | Problem]:
    """Closed (and reopened) months, newest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        month (None | str | Unset):
        status (ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        month=month,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    month: None | str | Unset = UNSET,
    status: ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePeriodCloseOut | Problem | None:
    """Closed (and reopened) months, newest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        month (None | str | Unset):
        status (ListClosesV1LedgerPeriodClosesGetStatusType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePeriodCloseOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
            month=month,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
