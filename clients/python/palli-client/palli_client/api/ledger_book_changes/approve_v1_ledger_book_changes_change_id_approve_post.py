from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.book_change_out import BookChangeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    change_id: UUID,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ledger/book-changes/{change_id}/approve".format(
            change_id=quote(str(change_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookChangeOut | Problem | None:
    if response.status_code == 200:
        response_200 = BookChangeOut.from_dict(response.json())

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
) -> Response[BookChangeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    change_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[BookChangeOut | Problem]:
    """Approve and apply a change another admin proposed

     Allowed: roles admin; partner scopes none.

    Args:
        change_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        change_id=change_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    change_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> BookChangeOut | Problem | None:
    """Approve and apply a change another admin proposed

     Allowed: roles admin; partner scopes none.

    Args:
        change_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookChangeOut | Problem
    """

    return sync_detailed(
        change_id=change_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    change_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[BookChangeOut | Problem]:
    """Approve and apply a change another admin proposed

     Allowed: roles admin; partner scopes none.

    Args:
        change_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        change_id=change_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    change_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> BookChangeOut | Problem | None:
    """Approve and apply a change another admin proposed

     Allowed: roles admin; partner scopes none.

    Args:
        change_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookChangeOut | Problem
    """

    return (
        await asyncio_detailed(
            change_id=change_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
