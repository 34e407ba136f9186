from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_sheet_v1_collection_sheets_post_response_post_sheet_v1_collection_sheets_post import (
    PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost,
)
from ...models.problem import Problem
from ...models.sheet_in import SheetIn
from ...types import Response


def _get_kwargs(
    *,
    body: SheetIn,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/collection-sheets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem | None:
    if response.status_code == 201:
        response_201 = PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost.from_dict(response.json())

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
) -> Response[PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SheetIn,
    idempotency_key: str,
) -> Response[PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem]:
    """Post a meeting's collections in one transaction (Idempotency-Key required)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        idempotency_key (str): the same key replays the first result
        body (SheetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SheetIn,
    idempotency_key: str,
) -> PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem | None:
    """Post a meeting's collections in one transaction (Idempotency-Key required)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        idempotency_key (str): the same key replays the first result
        body (SheetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SheetIn,
    idempotency_key: str,
) -> Response[PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem]:
    """Post a meeting's collections in one transaction (Idempotency-Key required)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        idempotency_key (str): the same key replays the first result
        body (SheetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SheetIn,
    idempotency_key: str,
) -> PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem | None:
    """Post a meeting's collections in one transaction (Idempotency-Key required)

     Allowed: roles accountant, admin, branch_manager, field_officer; partner scopes none.

    Args:
        idempotency_key (str): the same key replays the first result
        body (SheetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
