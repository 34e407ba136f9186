from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_by import GroupBy
from ...models.par_report_out import ParReportOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: GroupBy | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

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
        "url": "/v1/portfolio/par",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParReportOut | Problem | None:
    if response.status_code == 200:
        response_200 = ParReportOut.from_dict(response.json())

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
) -> Response[ParReportOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: GroupBy | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
) -> Response[ParReportOut | Problem]:
    """Portfolio at risk (PAR1/30/90) and provisioning, by group

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_by (GroupBy | Unset):
        branch_id (None | Unset | UUID): one branch (403 outside your branches)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParReportOut | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: GroupBy | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
) -> ParReportOut | Problem | None:
    """Portfolio at risk (PAR1/30/90) and provisioning, by group

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_by (GroupBy | Unset):
        branch_id (None | Unset | UUID): one branch (403 outside your branches)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParReportOut | Problem
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        branch_id=branch_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: GroupBy | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
) -> Response[ParReportOut | Problem]:
    """Portfolio at risk (PAR1/30/90) and provisioning, by group

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_by (GroupBy | Unset):
        branch_id (None | Unset | UUID): one branch (403 outside your branches)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParReportOut | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: GroupBy | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
) -> ParReportOut | Problem | None:
    """Portfolio at risk (PAR1/30/90) and provisioning, by group

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        group_by (GroupBy | Unset):
        branch_id (None | Unset | UUID): one branch (403 outside your branches)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParReportOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            branch_id=branch_id,
        )
    ).parsed
