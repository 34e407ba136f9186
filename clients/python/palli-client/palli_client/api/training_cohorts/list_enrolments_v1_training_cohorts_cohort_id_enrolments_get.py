from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_out import EnrolmentOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    cohort_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training/cohorts/{cohort_id}/enrolments".format(
            cohort_id=quote(str(cohort_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[EnrolmentOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EnrolmentOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[EnrolmentOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[EnrolmentOut]]:
    """The cohort's enrolments and waiting list

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        cohort_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EnrolmentOut]]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[EnrolmentOut] | None:
    """The cohort's enrolments and waiting list

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        cohort_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EnrolmentOut]
    """

    return sync_detailed(
        cohort_id=cohort_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[EnrolmentOut]]:
    """The cohort's enrolments and waiting list

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        cohort_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EnrolmentOut]]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[EnrolmentOut] | None:
    """The cohort's enrolments and waiting list

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        cohort_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EnrolmentOut]
    """

    return (
        await asyncio_detailed(
            cohort_id=cohort_id,
            client=client,
        )
    ).parsed
