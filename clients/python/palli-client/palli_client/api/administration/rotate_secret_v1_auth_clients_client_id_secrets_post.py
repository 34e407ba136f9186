from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.new_secret_out import NewSecretOut
from ...models.problem import Problem
from ...models.secret_rotate import SecretRotate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: str,
    *,
    body: None | SecretRotate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/clients/{client_id}/secrets".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    if isinstance(body, SecretRotate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NewSecretOut | Problem | None:
    if response.status_code == 201:
        response_201 = NewSecretOut.from_dict(response.json())

        return response_201

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
) -> Response[NewSecretOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotate | Unset = UNSET,
) -> Response[NewSecretOut | Problem]:
    """Rotate: add a new secret; the current ones keep working for `previous_valid_hours`

     Allowed: roles admin; partner scopes none.

    Args:
        client_id (str):
        body (None | SecretRotate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewSecretOut | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotate | Unset = UNSET,
) -> NewSecretOut | Problem | None:
    """Rotate: add a new secret; the current ones keep working for `previous_valid_hours`

     Allowed: roles admin; partner scopes none.

    Args:
        client_id (str):
        body (None | SecretRotate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewSecretOut | Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotate | Unset = UNSET,
) -> Response[NewSecretOut | Problem]:
    """Rotate: add a new secret; the current ones keep working for `previous_valid_hours`

     Allowed: roles admin; partner scopes none.

    Args:
        client_id (str):
        body (None | SecretRotate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewSecretOut | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotate | Unset = UNSET,
) -> NewSecretOut | Problem | None:
    """Rotate: add a new secret; the current ones keep working for `previous_valid_hours`

     Allowed: roles admin; partner scopes none.

    Args:
        client_id (str):
        body (None | SecretRotate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewSecretOut | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
