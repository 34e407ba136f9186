from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.districts_v1_members_areas_districts_get_response_200_item import (
    DistrictsV1MembersAreasDistrictsGetResponse200Item,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    division: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_division: None | str | Unset
    if isinstance(division, Unset):
        json_division = UNSET
    else:
        json_division = division
    params["division"] = json_division

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/members/areas/districts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DistrictsV1MembersAreasDistrictsGetResponse200Item.from_dict(response_200_item_data)

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
) -> Response[Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    division: None | str | Unset = UNSET,
) -> Response[Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]]:
    """Districts, all 64 or one division's

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        division (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]]
    """

    kwargs = _get_kwargs(
        division=division,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    division: None | str | Unset = UNSET,
) -> Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item] | None:
    """Districts, all 64 or one division's

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        division (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]
    """

    return sync_detailed(
        client=client,
        division=division,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    division: None | str | Unset = UNSET,
) -> Response[Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]]:
    """Districts, all 64 or one division's

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        division (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]]
    """

    kwargs = _get_kwargs(
        division=division,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    division: None | str | Unset = UNSET,
) -> Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item] | None:
    """Districts, all 64 or one division's

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        division (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DistrictsV1MembersAreasDistrictsGetResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            division=division,
        )
    ).parsed
