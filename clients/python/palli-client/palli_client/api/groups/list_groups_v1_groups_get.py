from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_status import GroupStatus
from ...models.page_group_out import PageGroupOut
from ...models.problem import Problem
from ...models.weekday import Weekday
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
    status: GroupStatus | None | Unset = UNSET,
    meeting_day: None | Unset | Weekday = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_meeting_day: None | str | Unset
    if isinstance(meeting_day, Unset):
        json_meeting_day = UNSET
    elif isinstance(meeting_day, str):
        json_meeting_day = meeting_day
    else:
        json_meeting_day = meeting_day
    params["meeting_day"] = json_meeting_day

    json_field_officer_id: None | str | Unset
    if isinstance(field_officer_id, Unset):
        json_field_officer_id = UNSET
    elif isinstance(field_officer_id, UUID):
        json_field_officer_id = str(field_officer_id)
    else:
        json_field_officer_id = field_officer_id
    params["field_officer_id"] = json_field_officer_id

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
        "url": "/v1/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageGroupOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageGroupOut.from_dict(response.json())

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
) -> Response[PageGroupOut | Problem]:
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
    status: GroupStatus | None | Unset = UNSET,
    meeting_day: None | Unset | Weekday = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageGroupOut | Problem]:
    """List the groups in your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        branch_id (None | Unset | UUID):
        status (GroupStatus | None | Unset):
        meeting_day (None | Unset | Weekday):
        field_officer_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageGroupOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        status=status,
        meeting_day=meeting_day,
        field_officer_id=field_officer_id,
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
    status: GroupStatus | None | Unset = UNSET,
    meeting_day: None | Unset | Weekday = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageGroupOut | Problem | None:
    """List the groups in your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        branch_id (None | Unset | UUID):
        status (GroupStatus | None | Unset):
        meeting_day (None | Unset | Weekday):
        field_officer_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageGroupOut | Problem
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
        status=status,
        meeting_day=meeting_day,
        field_officer_id=field_officer_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    status: GroupStatus | None | Unset = UNSET,
    meeting_day: None | Unset | Weekday = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageGroupOut | Problem]:
    """List the groups in your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        branch_id (None | Unset | UUID):
        status (GroupStatus | None | Unset):
        meeting_day (None | Unset | Weekday):
        field_officer_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageGroupOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        status=status,
        meeting_day=meeting_day,
        field_officer_id=field_officer_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    status: GroupStatus | None | Unset = UNSET,
    meeting_day: None | Unset | Weekday = UNSET,
    field_officer_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageGroupOut | Problem | None:
    """List the groups in your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        branch_id (None | Unset | UUID):
        status (GroupStatus | None | Unset):
        meeting_day (None | Unset | Weekday):
        field_officer_id (None | Unset | UUID):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageGroupOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
            status=status,
            meeting_day=meeting_day,
            field_officer_id=field_officer_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
