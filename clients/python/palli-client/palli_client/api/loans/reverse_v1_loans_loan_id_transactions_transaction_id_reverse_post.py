from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lending_reverse_in import LendingReverseIn
from ...models.problem import Problem
from ...models.transaction_out import TransactionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    loan_id: UUID,
    transaction_id: UUID,
    *,
    body: LendingReverseIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/loans/{loan_id}/transactions/{transaction_id}/reverse".format(
            loan_id=quote(str(loan_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TransactionOut | None:
    if response.status_code == 200:
        response_200 = TransactionOut.from_dict(response.json())

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
) -> Response[Problem | TransactionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    loan_id: UUID,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LendingReverseIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | TransactionOut]:
    """Reverse a repayment, with a reason

     Allowed: roles accountant, admin, branch_manager; partner scopes none.

    Args:
        loan_id (UUID):
        transaction_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (LendingReverseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransactionOut]
    """

    kwargs = _get_kwargs(
        loan_id=loan_id,
        transaction_id=transaction_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    loan_id: UUID,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LendingReverseIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | TransactionOut | None:
    """Reverse a repayment, with a reason

     Allowed: roles accountant, admin, branch_manager; partner scopes none.

    Args:
        loan_id (UUID):
        transaction_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (LendingReverseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransactionOut
    """

    return sync_detailed(
        loan_id=loan_id,
        transaction_id=transaction_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    loan_id: UUID,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LendingReverseIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | TransactionOut]:
    """Reverse a repayment, with a reason

     Allowed: roles accountant, admin, branch_manager; partner scopes none.

    Args:
        loan_id (UUID):
        transaction_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (LendingReverseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransactionOut]
    """

    kwargs = _get_kwargs(
        loan_id=loan_id,
        transaction_id=transaction_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    loan_id: UUID,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LendingReverseIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | TransactionOut | None:
    """Reverse a repayment, with a reason

     Allowed: roles accountant, admin, branch_manager; partner scopes none.

    Args:
        loan_id (UUID):
        transaction_id (UUID):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (LendingReverseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransactionOut
    """

    return (
        await asyncio_detailed(
            loan_id=loan_id,
            transaction_id=transaction_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
