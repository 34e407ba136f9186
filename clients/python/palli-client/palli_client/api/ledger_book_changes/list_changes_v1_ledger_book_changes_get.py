from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_changes_v1_ledger_book_changes_get_status_type_0 import (
    ListChangesV1LedgerBookChangesGetStatusType0,
)
from ...models.list_changes_v1_ledger_book_changes_get_target_type_0 import (
    ListChangesV1LedgerBookChangesGetTargetType0,
)
from ...models.page_book_change_out import PageBookChangeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset = UNSET,
    target: ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_target: None | str | Unset
    if isinstance(target, Unset):
        json_target = UNSET
    elif isinstance(target, str):
        json_target = target
    else:
        json_target = target
    params["target"] = json_target

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
        "url": "/v1/ledger/book-changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageBookChangeOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageBookChangeOut.from_dict(response.json())

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
) -> Response[PageBookChangeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset = UNSET,
    target: ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageBookChangeOut | Problem]:
    """Proposed changes to rules and accounts, oldest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        status (ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset):
        target (ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageBookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        target=target,
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
    status: ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset = UNSET,
    target: ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageBookChangeOut | Problem | None:
    """Proposed changes to rules and accounts, oldest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        status (ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset):
        target (ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageBookChangeOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        target=target,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset = UNSET,
    target: ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageBookChangeOut | Problem]:
    """Proposed changes to rules and accounts, oldest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        status (ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset):
        target (ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageBookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        target=target,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset = UNSET,
    target: ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageBookChangeOut | Problem | None:
    """Proposed changes to rules and accounts, oldest first

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        status (ListChangesV1LedgerBookChangesGetStatusType0 | None | Unset):
        target (ListChangesV1LedgerBookChangesGetTargetType0 | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageBookChangeOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            target=target,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
