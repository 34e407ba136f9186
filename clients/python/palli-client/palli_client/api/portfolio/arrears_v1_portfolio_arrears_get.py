from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_arrears_out import PageArrearsOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    min_days: int | Unset = 1,
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

    json_group_id: None | str | Unset
    if isinstance(group_id, Unset):
        json_group_id = UNSET
    elif isinstance(group_id, UUID):
        json_group_id = str(group_id)
    else:
        json_group_id = group_id
    params["group_id"] = json_group_id

    json_field_officer_id: None | str | Unset
    if isinstance(field_officer_id, Unset):
        json_field_officer_id = UNSET
    elif isinstance(field_officer_id, UUID):
        json_field_officer_id = str(field_officer_id)
    else:
        json_field_officer_id = field_officer_id
    params["field_officer_id"] = json_field_officer_id

    params["min_days"] = min_days

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
        "url": "/v1/portfolio/arrears",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageArrearsOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageArrearsOut.from_dict(response.json())

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
) -> Response[PageArrearsOut | Problem]:
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
    group_id: None | Unset | UUID = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    min_days: int | Unset = 1,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArrearsOut | Problem]:
    """Overdue loans, longest overdue first (for field officers)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        field_officer_id (None | Unset | UUID):
        min_days (int | Unset): at least this many days past due Default: 1.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArrearsOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        group_id=group_id,
        field_officer_id=field_officer_id,
        min_days=min_days,
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
    group_id: None | Unset | UUID = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    min_days: int | Unset = 1,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageArrearsOut | Problem | None:
    """Overdue loans, longest overdue first (for field officers)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        field_officer_id (None | Unset | UUID):
        min_days (int | Unset): at least this many days past due Default: 1.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArrearsOut | Problem
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
        group_id=group_id,
        field_officer_id=field_officer_id,
        min_days=min_days,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    min_days: int | Unset = 1,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArrearsOut | Problem]:
    """Overdue loans, longest overdue first (for field officers)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        field_officer_id (None | Unset | UUID):
        min_days (int | Unset): at least this many days past due Default: 1.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArrearsOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        group_id=group_id,
        field_officer_id=field_officer_id,
        min_days=min_days,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    min_days: int | Unset = 1,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageArrearsOut | Problem | None:
    """Overdue loans, longest overdue first (for field officers)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        field_officer_id (None | Unset | UUID):
        min_days (int | Unset): at least this many days past due Default: 1.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArrearsOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
            group_id=group_id,
            field_officer_id=field_officer_id,
            min_days=min_days,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
