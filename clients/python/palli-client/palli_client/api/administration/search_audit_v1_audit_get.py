import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_out import PageAuditOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subject: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    route: None | str | Unset = UNSET,
    method: None | str | Unset = UNSET,
    status: int | None | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subject: None | str | Unset
    if isinstance(subject, Unset):
        json_subject = UNSET
    else:
        json_subject = subject
    params["subject"] = json_subject

    json_username: None | str | Unset
    if isinstance(username, Unset):
        json_username = UNSET
    else:
        json_username = username
    params["username"] = json_username

    json_client_id: None | str | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    else:
        json_client_id = client_id
    params["client_id"] = json_client_id

    json_route: None | str | Unset
    if isinstance(route, Unset):
        json_route = UNSET
    else:
        json_route = route
    params["route"] = json_route

    json_method: None | str | Unset
    if isinstance(method, Unset):
        json_method = UNSET
    else:
        json_method = method
    params["method"] = json_method

    json_status: int | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_request_id: None | str | Unset
    if isinstance(request_id, Unset):
        json_request_id = UNSET
    else:
        json_request_id = request_id
    params["request_id"] = json_request_id

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/v1/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageAuditOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditOut.from_dict(response.json())

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
) -> Response[PageAuditOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subject: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    route: None | str | Unset = UNSET,
    method: None | str | Unset = UNSET,
    status: int | None | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditOut | Problem]:
    """Search the audit log (newest first)

     Allowed: roles admin, auditor; partner scopes none.

    Args:
        subject (None | str | Unset):
        username (None | str | Unset):
        client_id (None | str | Unset):
        route (None | str | Unset):
        method (None | str | Unset):
        status (int | None | Unset):
        request_id (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditOut | Problem]
    """

    kwargs = _get_kwargs(
        subject=subject,
        username=username,
        client_id=client_id,
        route=route,
        method=method,
        status=status,
        request_id=request_id,
        since=since,
        until=until,
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
    subject: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    route: None | str | Unset = UNSET,
    method: None | str | Unset = UNSET,
    status: int | None | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditOut | Problem | None:
    """Search the audit log (newest first)

     Allowed: roles admin, auditor; partner scopes none.

    Args:
        subject (None | str | Unset):
        username (None | str | Unset):
        client_id (None | str | Unset):
        route (None | str | Unset):
        method (None | str | Unset):
        status (int | None | Unset):
        request_id (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditOut | Problem
    """

    return sync_detailed(
        client=client,
        subject=subject,
        username=username,
        client_id=client_id,
        route=route,
        method=method,
        status=status,
        request_id=request_id,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subject: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    route: None | str | Unset = UNSET,
    method: None | str | Unset = UNSET,
    status: int | None | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditOut | Problem]:
    """Search the audit log (newest first)

     Allowed: roles admin, auditor; partner scopes none.

    Args:
        subject (None | str | Unset):
        username (None | str | Unset):
        client_id (None | str | Unset):
        route (None | str | Unset):
        method (None | str | Unset):
        status (int | None | Unset):
        request_id (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditOut | Problem]
    """

    kwargs = _get_kwargs(
        subject=subject,
        username=username,
        client_id=client_id,
        route=route,
        method=method,
        status=status,
        request_id=request_id,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subject: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    route: None | str | Unset = UNSET,
    method: None | str | Unset = UNSET,
    status: int | None | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditOut | Problem | None:
    """Search the audit log (newest first)

     Allowed: roles admin, auditor; partner scopes none.

    Args:
        subject (None | str | Unset):
        username (None | str | Unset):
        client_id (None | str | Unset):
        route (None | str | Unset):
        method (None | str | Unset):
        status (int | None | Unset):
        request_id (None | str | Unset):
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            subject=subject,
            username=username,
            client_id=client_id,
            route=route,
            method=method,
            status=status,
            request_id=request_id,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
