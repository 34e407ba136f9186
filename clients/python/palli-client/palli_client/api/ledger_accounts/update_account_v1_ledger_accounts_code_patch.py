from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_update import AccountUpdate
from ...models.book_change_out import BookChangeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    body: AccountUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/ledger/accounts/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookChangeOut | Problem | None:
    if response.status_code == 202:
        response_202 = BookChangeOut.from_dict(response.json())

        return response_202

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
    code: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[BookChangeOut | Problem]:
    """Propose renaming, describing or (de)activating an account, or its type while nothing is posted to it
    (send If-Match); a second admin approves it

     Allowed: roles admin; partner scopes none.

    Args:
        code (str):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (AccountUpdate): The fields sent change. An account with postings keeps its type and
            contra flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
    if_match: None | str | Unset = UNSET,
) -> BookChangeOut | Problem | None:
    """Propose renaming, describing or (de)activating an account, or its type while nothing is posted to it
    (send If-Match); a second admin approves it

     Allowed: roles admin; partner scopes none.

    Args:
        code (str):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (AccountUpdate): The fields sent change. An account with postings keeps its type and
            contra flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookChangeOut | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[BookChangeOut | Problem]:
    """Propose renaming, describing or (de)activating an account, or its type while nothing is posted to it
    (send If-Match); a second admin approves it

     Allowed: roles admin; partner scopes none.

    Args:
        code (str):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (AccountUpdate): The fields sent change. An account with postings keeps its type and
            contra flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
    if_match: None | str | Unset = UNSET,
) -> BookChangeOut | Problem | None:
    """Propose renaming, describing or (de)activating an account, or its type while nothing is posted to it
    (send If-Match); a second admin approves it

     Allowed: roles admin; partner scopes none.

    Args:
        code (str):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (AccountUpdate): The fields sent change. An account with postings keeps its type and
            contra flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookChangeOut | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
