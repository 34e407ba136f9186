import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sheet_v1_collection_sheets_get_response_get_sheet_v1_collection_sheets_get import (
    GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet,
)
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    group_id: UUID,
    meeting_on: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_id = str(group_id)
    params["group_id"] = json_group_id

    json_meeting_on = meeting_on.isoformat()
    params["meeting_on"] = json_meeting_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/collection-sheets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem | None:
    if response.status_code == 200:
        response_200 = GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet.from_dict(response.json())

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
) -> Response[GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_id: UUID,
    meeting_on: datetime.date,
) -> Response[GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem]:
    """A group's dues for a meeting date: each member's installment, arrears and savings due

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_id (UUID):
        meeting_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        meeting_on=meeting_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_id: UUID,
    meeting_on: datetime.date,
) -> GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem | None:
    """A group's dues for a meeting date: each member's installment, arrears and savings due

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_id (UUID):
        meeting_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
        meeting_on=meeting_on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_id: UUID,
    meeting_on: datetime.date,
) -> Response[GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem]:
    """A group's dues for a meeting date: each member's installment, arrears and savings due

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_id (UUID):
        meeting_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        meeting_on=meeting_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_id: UUID,
    meeting_on: datetime.date,
) -> GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem | None:
    """A group's dues for a meeting date: each member's installment, arrears and savings due

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_id (UUID):
        meeting_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            meeting_on=meeting_on,
        )
    ).parsed
