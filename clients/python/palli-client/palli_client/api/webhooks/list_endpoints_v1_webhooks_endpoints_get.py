from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_endpoint_out import PageEndpointOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    owner: None | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    params["include_deleted"] = include_deleted

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
        "url": "/v1/webhooks/endpoints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEndpointOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageEndpointOut.from_dict(response.json())

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
) -> Response[PageEndpointOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    owner: None | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEndpointOut | Problem]:
    """Endpoints, newest first: a partner's own; an admin's, all

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        owner (None | str | Unset): admins: one partner's client id
        include_deleted (bool | Unset):  Default: False.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEndpointOut | Problem]
    """

    kwargs = _get_kwargs(
        owner=owner,
        include_deleted=include_deleted,
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
    owner: None | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEndpointOut | Problem | None:
    """Endpoints, newest first: a partner's own; an admin's, all

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        owner (None | str | Unset): admins: one partner's client id
        include_deleted (bool | Unset):  Default: False.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEndpointOut | Problem
    """

    return sync_detailed(
        client=client,
        owner=owner,
        include_deleted=include_deleted,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    owner: None | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEndpointOut | Problem]:
    """Endpoints, newest first: a partner's own; an admin's, all

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        owner (None | str | Unset): admins: one partner's client id
        include_deleted (bool | Unset):  Default: False.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEndpointOut | Problem]
    """

    kwargs = _get_kwargs(
        owner=owner,
        include_deleted=include_deleted,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    owner: None | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEndpointOut | Problem | None:
    """Endpoints, newest first: a partner's own; an admin's, all

     Allowed: roles admin, auditor; partner scopes loans:read, marketplace:orders, marketplace:read,
    members:read, savings:read.

    Args:
        owner (None | str | Unset): admins: one partner's client id
        include_deleted (bool | Unset):  Default: False.
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEndpointOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            owner=owner,
            include_deleted=include_deleted,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
