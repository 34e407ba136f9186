from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_account_out import PageAccountOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    parent_code: None | str | Unset = UNSET,
    is_header: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_active: bool | None | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

    json_parent_code: None | str | Unset
    if isinstance(parent_code, Unset):
        json_parent_code = UNSET
    else:
        json_parent_code = parent_code
    params["parent_code"] = json_parent_code

    json_is_header: bool | None | Unset
    if isinstance(is_header, Unset):
        json_is_header = UNSET
    else:
        json_is_header = is_header
    params["is_header"] = json_is_header

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
        "url": "/v1/ledger/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAccountOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageAccountOut.from_dict(response.json())

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
) -> Response[PageAccountOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    parent_code: None | str | Unset = UNSET,
    is_header: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAccountOut | Problem]:
    """The chart of accounts, by code

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        type_ (None | str | Unset):
        active (bool | None | Unset):
        parent_code (None | str | Unset):
        is_header (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAccountOut | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        active=active,
        parent_code=parent_code,
        is_header=is_header,
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
    type_: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    parent_code: None | str | Unset = UNSET,
    is_header: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAccountOut | Problem | None:
    """The chart of accounts, by code

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        type_ (None | str | Unset):
        active (bool | None | Unset):
        parent_code (None | str | Unset):
        is_header (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAccountOut | Problem
    """

    return sync_detailed(
        client=client,
        type_=type_,
        active=active,
        parent_code=parent_code,
        is_header=is_header,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    parent_code: None | str | Unset = UNSET,
    is_header: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAccountOut | Problem]:
    """The chart of accounts, by code

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        type_ (None | str | Unset):
        active (bool | None | Unset):
        parent_code (None | str | Unset):
        is_header (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAccountOut | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        active=active,
        parent_code=parent_code,
        is_header=is_header,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    parent_code: None | str | Unset = UNSET,
    is_header: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAccountOut | Problem | None:
    """The chart of accounts, by code

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        type_ (None | str | Unset):
        active (bool | None | Unset):
        parent_code (None | str | Unset):
        is_header (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAccountOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            active=active,
            parent_code=parent_code,
            is_header=is_header,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
