from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort_out import CohortOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    programme_id: None | Unset | UUID = UNSET,
    facilitator_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_programme_id: None | str | Unset
    if isinstance(programme_id, Unset):
        json_programme_id = UNSET
    elif isinstance(programme_id, UUID):
        json_programme_id = str(programme_id)
    else:
        json_programme_id = programme_id
    params["programme_id"] = json_programme_id

    json_facilitator_id: None | str | Unset
    if isinstance(facilitator_id, Unset):
        json_facilitator_id = UNSET
    elif isinstance(facilitator_id, UUID):
        json_facilitator_id = str(facilitator_id)
    else:
        json_facilitator_id = facilitator_id
    params["facilitator_id"] = json_facilitator_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training/cohorts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CohortOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CohortOut.from_dict(response_200_item_data)

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
) -> Response[Problem | list[CohortOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    facilitator_id: None | Unset | UUID = UNSET,
) -> Response[Problem | list[CohortOut]]:
    """Cohorts (filter by programme or facilitator)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        programme_id (None | Unset | UUID):
        facilitator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CohortOut]]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        facilitator_id=facilitator_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    facilitator_id: None | Unset | UUID = UNSET,
) -> Problem | list[CohortOut] | None:
    """Cohorts (filter by programme or facilitator)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        programme_id (None | Unset | UUID):
        facilitator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CohortOut]
    """

    return sync_detailed(
        client=client,
        programme_id=programme_id,
        facilitator_id=facilitator_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    facilitator_id: None | Unset | UUID = UNSET,
) -> Response[Problem | list[CohortOut]]:
    """Cohorts (filter by programme or facilitator)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        programme_id (None | Unset | UUID):
        facilitator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CohortOut]]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        facilitator_id=facilitator_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    programme_id: None | Unset | UUID = UNSET,
    facilitator_id: None | Unset | UUID = UNSET,
) -> Problem | list[CohortOut] | None:
    """Cohorts (filter by programme or facilitator)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        programme_id (None | Unset | UUID):
        facilitator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CohortOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            programme_id=programme_id,
            facilitator_id=facilitator_id,
        )
    ).parsed
