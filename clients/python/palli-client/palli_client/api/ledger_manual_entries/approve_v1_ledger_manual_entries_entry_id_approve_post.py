from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_out import EntryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entry_id: UUID,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ledger/manual-entries/{entry_id}/approve".format(
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntryOut | Problem | None:
    if response.status_code == 200:
        response_200 = EntryOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[EntryOut | Problem]:
    """Approve and post an entry someone else submitted

     Allowed: roles accountant, admin; partner scopes none.

    Args:
        entry_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryOut | Problem]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entry_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> EntryOut | Problem | None:
    """Approve and post an entry someone else submitted

     Allowed: roles accountant, admin; partner scopes none.

    Args:
        entry_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryOut | Problem
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    entry_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[EntryOut | Problem]:
    """Approve and post an entry someone else submitted

     Allowed: roles accountant, admin; partner scopes none.

    Args:
        entry_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryOut | Problem]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> EntryOut | Problem | None:
    """Approve and post an entry someone else submitted

     Allowed: roles accountant, admin; partner scopes none.

    Args:
        entry_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryOut | Problem
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
