from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_rule_out import PageRuleOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event_type: None | str | Unset = UNSET,
    channel: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_active: bool | None | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

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
        "url": "/v1/ledger/posting-rules",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageRuleOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageRuleOut.from_dict(response.json())

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
) -> Response[PageRuleOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    event_type: None | str | Unset = UNSET,
    channel: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRuleOut | Problem]:
    """Posting rules by event type

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        event_type (None | str | Unset):
        channel (None | str | Unset):
        active (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRuleOut | Problem]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        channel=channel,
        active=active,
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
    event_type: None | str | Unset = UNSET,
    channel: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRuleOut | Problem | None:
    """Posting rules by event type

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        event_type (None | str | Unset):
        channel (None | str | Unset):
        active (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRuleOut | Problem
    """

    return sync_detailed(
        client=client,
        event_type=event_type,
        channel=channel,
        active=active,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    event_type: None | str | Unset = UNSET,
    channel: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRuleOut | Problem]:
    """Posting rules by event type

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        event_type (None | str | Unset):
        channel (None | str | Unset):
        active (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRuleOut | Problem]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        channel=channel,
        active=active,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    event_type: None | str | Unset = UNSET,
    channel: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRuleOut | Problem | None:
    """Posting rules by event type

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        event_type (None | str | Unset):
        channel (None | str | Unset):
        active (bool | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRuleOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            event_type=event_type,
            channel=channel,
            active=active,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
