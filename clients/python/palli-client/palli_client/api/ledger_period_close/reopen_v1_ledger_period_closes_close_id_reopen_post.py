from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_close_out import PeriodCloseOut
from ...models.problem import Problem
from ...models.reopen_in import ReopenIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    close_id: UUID,
    *,
    body: ReopenIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ledger/period-closes/{close_id}/reopen".format(
            close_id=quote(str(close_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodCloseOut | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodCloseOut.from_dict(response.json())

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
) -> Response[PeriodCloseOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenIn,
    if_match: None | str | Unset = UNSET,
) -> Response[PeriodCloseOut | Problem]:
    """Reopen a closed month (admin only, saying why); the close is kept as history

     Allowed: roles admin; partner scopes none.

    Args:
        close_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (ReopenIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        close_id=close_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenIn,
    if_match: None | str | Unset = UNSET,
) -> PeriodCloseOut | Problem | None:
    """Reopen a closed month (admin only, saying why); the close is kept as history

     Allowed: roles admin; partner scopes none.

    Args:
        close_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (ReopenIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodCloseOut | Problem
    """

    return sync_detailed(
        close_id=close_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenIn,
    if_match: None | str | Unset = UNSET,
) -> Response[PeriodCloseOut | Problem]:
    """Reopen a closed month (admin only, saying why); the close is kept as history

     Allowed: roles admin; partner scopes none.

    Args:
        close_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (ReopenIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodCloseOut | Problem]
    """

    kwargs = _get_kwargs(
        close_id=close_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    close_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenIn,
    if_match: None | str | Unset = UNSET,
) -> PeriodCloseOut | Problem | None:
    """Reopen a closed month (admin only, saying why); the close is kept as history

     Allowed: roles admin; partner scopes none.

    Args:
        close_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (ReopenIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodCloseOut | Problem
    """

    return (
        await asyncio_detailed(
            close_id=close_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
