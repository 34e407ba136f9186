from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reconciliation_out import ReconciliationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    elif isinstance(branch_id, UUID):
        json_branch_id = str(branch_id)
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/reconciliation/loans",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReconciliationOut | None:
    if response.status_code == 200:
        response_200 = ReconciliationOut.from_dict(response.json())

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
) -> Response[Problem | ReconciliationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | ReconciliationOut]:
    """Per loan and per branch and product: the ledger's portfolio balance against lending's outstanding
    principal

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)
        limit (int | Unset): differing loans listed, largest first (all are counted) Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReconciliationOut]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 100,
) -> Problem | ReconciliationOut | None:
    """Per loan and per branch and product: the ledger's portfolio balance against lending's outstanding
    principal

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)
        limit (int | Unset): differing loans listed, largest first (all are counted) Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReconciliationOut
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | ReconciliationOut]:
    """Per loan and per branch and product: the ledger's portfolio balance against lending's outstanding
    principal

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)
        limit (int | Unset): differing loans listed, largest first (all are counted) Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReconciliationOut]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 100,
) -> Problem | ReconciliationOut | None:
    """Per loan and per branch and product: the ledger's portfolio balance against lending's outstanding
    principal

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)
        limit (int | Unset): differing loans listed, largest first (all are counted) Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReconciliationOut
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
            limit=limit,
        )
    ).parsed
