from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.savings_reconciliation_out import SavingsReconciliationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/reconciliation/savings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SavingsReconciliationOut | None:
    if response.status_code == 200:
        response_200 = SavingsReconciliationOut.from_dict(response.json())

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
) -> Response[Problem | SavingsReconciliationOut]:
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
) -> Response[Problem | SavingsReconciliationOut]:
    """Per branch and savings kind: the member-savings accounts (2110-2140) against savings' own balances

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsReconciliationOut]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
) -> Problem | SavingsReconciliationOut | None:
    """Per branch and savings kind: the member-savings accounts (2110-2140) against savings' own balances

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsReconciliationOut
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
) -> Response[Problem | SavingsReconciliationOut]:
    """Per branch and savings kind: the member-savings accounts (2110-2140) against savings' own balances

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SavingsReconciliationOut]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
) -> Problem | SavingsReconciliationOut | None:
    """Per branch and savings kind: the member-savings accounts (2110-2140) against savings' own balances

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID): one branch (403 outside yours)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SavingsReconciliationOut
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
        )
    ).parsed
