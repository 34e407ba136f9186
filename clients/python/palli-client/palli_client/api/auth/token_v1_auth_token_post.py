from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_token_v1_auth_token_post import BodyTokenV1AuthTokenPost
from ...models.problem import Problem
from ...models.token_out import TokenOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyTokenV1AuthTokenPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TokenOut | None:
    if response.status_code == 200:
        response_200 = TokenOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TokenOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyTokenV1AuthTokenPost | Unset = UNSET,
) -> Response[Problem | TokenOut]:
    """Get an access token (OAuth2 password, refresh_token or client_credentials grant)

     Form-encoded as RFC 6749 says. Staff use `password` then `refresh_token` (each refresh token works
    once; reusing one signs the whole session out). Partner clients use `client_credentials`, with HTTP
    Basic or form fields.

    Allowed: anyone; no token needed.

    Args:
        body (BodyTokenV1AuthTokenPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BodyTokenV1AuthTokenPost | Unset = UNSET,
) -> Problem | TokenOut | None:
    """Get an access token (OAuth2 password, refresh_token or client_credentials grant)

     Form-encoded as RFC 6749 says. Staff use `password` then `refresh_token` (each refresh token works
    once; reusing one signs the whole session out). Partner clients use `client_credentials`, with HTTP
    Basic or form fields.

    Allowed: anyone; no token needed.

    Args:
        body (BodyTokenV1AuthTokenPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyTokenV1AuthTokenPost | Unset = UNSET,
) -> Response[Problem | TokenOut]:
    """Get an access token (OAuth2 password, refresh_token or client_credentials grant)

     Form-encoded as RFC 6749 says. Staff use `password` then `refresh_token` (each refresh token works
    once; reusing one signs the whole session out). Partner clients use `client_credentials`, with HTTP
    Basic or form fields.

    Allowed: anyone; no token needed.

    Args:
        body (BodyTokenV1AuthTokenPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyTokenV1AuthTokenPost | Unset = UNSET,
) -> Problem | TokenOut | None:
    """Get an access token (OAuth2 password, refresh_token or client_credentials grant)

     Form-encoded as RFC 6749 says. Staff use `password` then `refresh_token` (each refresh token works
    once; reusing one signs the whole session out). Partner clients use `client_credentials`, with HTTP
    Basic or form fields.

    Allowed: anyone; no token needed.

    Args:
        body (BodyTokenV1AuthTokenPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
