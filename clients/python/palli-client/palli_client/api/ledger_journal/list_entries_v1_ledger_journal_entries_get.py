import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_entry_out import PageEntryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    account: None | str | Unset = UNSET,
    aggregate_id: None | str | Unset = UNSET,
    source_event_id: None | Unset | UUID = UNSET,
    kind: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_account: None | str | Unset
    if isinstance(account, Unset):
        json_account = UNSET
    else:
        json_account = account
    params["account"] = json_account

    json_aggregate_id: None | str | Unset
    if isinstance(aggregate_id, Unset):
        json_aggregate_id = UNSET
    else:
        json_aggregate_id = aggregate_id
    params["aggregate_id"] = json_aggregate_id

    json_source_event_id: None | str | Unset
    if isinstance(source_event_id, Unset):
        json_source_event_id = UNSET
    elif isinstance(source_event_id, UUID):
        json_source_event_id = str(source_event_id)
    else:
        json_source_event_id = source_event_id
    params["source_event_id"] = json_source_event_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/journal-entries",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageEntryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageEntryOut.from_dict(response.json())

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
) -> Response[PageEntryOut | Problem]:
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
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    account: None | str | Unset = UNSET,
    aggregate_id: None | str | Unset = UNSET,
    source_event_id: None | Unset | UUID = UNSET,
    kind: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEntryOut | Problem]:
    """Journal entries with their lines, by business date

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        account (None | str | Unset):
        aggregate_id (None | str | Unset):
        source_event_id (None | Unset | UUID):
        kind (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        from_=from_,
        to=to,
        account=account,
        aggregate_id=aggregate_id,
        source_event_id=source_event_id,
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    account: None | str | Unset = UNSET,
    aggregate_id: None | str | Unset = UNSET,
    source_event_id: None | Unset | UUID = UNSET,
    kind: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEntryOut | Problem | None:
    """Journal entries with their lines, by business date

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        account (None | str | Unset):
        aggregate_id (None | str | Unset):
        source_event_id (None | Unset | UUID):
        kind (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEntryOut | Problem
    """

    return sync_detailed(
        client=client,
        branch_id=branch_id,
        from_=from_,
        to=to,
        account=account,
        aggregate_id=aggregate_id,
        source_event_id=source_event_id,
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    account: None | str | Unset = UNSET,
    aggregate_id: None | str | Unset = UNSET,
    source_event_id: None | Unset | UUID = UNSET,
    kind: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEntryOut | Problem]:
    """Journal entries with their lines, by business date

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        account (None | str | Unset):
        aggregate_id (None | str | Unset):
        source_event_id (None | Unset | UUID):
        kind (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        branch_id=branch_id,
        from_=from_,
        to=to,
        account=account,
        aggregate_id=aggregate_id,
        source_event_id=source_event_id,
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    account: None | str | Unset = UNSET,
    aggregate_id: None | str | Unset = UNSET,
    source_event_id: None | Unset | UUID = UNSET,
    kind: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEntryOut | Problem | None:
    """Journal entries with their lines, by business date

     Allowed: roles accountant, admin, auditor, branch_manager; partner scopes ledger:read.

    Args:
        branch_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        account (None | str | Unset):
        aggregate_id (None | str | Unset):
        source_event_id (None | Unset | UUID):
        kind (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEntryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            branch_id=branch_id,
            from_=from_,
            to=to,
            account=account,
            aggregate_id=aggregate_id,
            source_event_id=source_event_id,
            kind=kind,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
