from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cascade_out import CascadeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plan_cohorts_per_facilitator: float | str | Unset = 4.545,
    plan_participants_per_cohort: float | str | Unset = 40.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_plan_cohorts_per_facilitator: float | str | Unset
    if isinstance(plan_cohorts_per_facilitator, Unset):
        json_plan_cohorts_per_facilitator = UNSET
    else:
        json_plan_cohorts_per_facilitator = plan_cohorts_per_facilitator
    params["plan_cohorts_per_facilitator"] = json_plan_cohorts_per_facilitator

    json_plan_participants_per_cohort: float | str | Unset
    if isinstance(plan_participants_per_cohort, Unset):
        json_plan_participants_per_cohort = UNSET
    else:
        json_plan_participants_per_cohort = plan_participants_per_cohort
    params["plan_participants_per_cohort"] = json_plan_participants_per_cohort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training/reports/cascade",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CascadeOut | Problem | None:
    if response.status_code == 200:
        response_200 = CascadeOut.from_dict(response.json())

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
) -> Response[CascadeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    plan_cohorts_per_facilitator: float | str | Unset = 4.545,
    plan_participants_per_cohort: float | str | Unset = 40.0,
) -> Response[CascadeOut | Problem]:
    """Who trained whom: each facilitator's cohorts, participants, credentials and projects; yield against
    plan; who never cascaded

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        plan_cohorts_per_facilitator (float | str | Unset): default: 150 trainings by 33
            facilitators Default: 4.545.
        plan_participants_per_cohort (float | str | Unset): default: 6,000 youth in 150 trainings
            Default: 40.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CascadeOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_cohorts_per_facilitator=plan_cohorts_per_facilitator,
        plan_participants_per_cohort=plan_participants_per_cohort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    plan_cohorts_per_facilitator: float | str | Unset = 4.545,
    plan_participants_per_cohort: float | str | Unset = 40.0,
) -> CascadeOut | Problem | None:
    """Who trained whom: each facilitator's cohorts, participants, credentials and projects; yield against
    plan; who never cascaded

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        plan_cohorts_per_facilitator (float | str | Unset): default: 150 trainings by 33
            facilitators Default: 4.545.
        plan_participants_per_cohort (float | str | Unset): default: 6,000 youth in 150 trainings
            Default: 40.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CascadeOut | Problem
    """

    return sync_detailed(
        client=client,
        plan_cohorts_per_facilitator=plan_cohorts_per_facilitator,
        plan_participants_per_cohort=plan_participants_per_cohort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    plan_cohorts_per_facilitator: float | str | Unset = 4.545,
    plan_participants_per_cohort: float | str | Unset = 40.0,
) -> Response[CascadeOut | Problem]:
    """Who trained whom: each facilitator's cohorts, participants, credentials and projects; yield against
    plan; who never cascaded

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        plan_cohorts_per_facilitator (float | str | Unset): default: 150 trainings by 33
            facilitators Default: 4.545.
        plan_participants_per_cohort (float | str | Unset): default: 6,000 youth in 150 trainings
            Default: 40.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CascadeOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_cohorts_per_facilitator=plan_cohorts_per_facilitator,
        plan_participants_per_cohort=plan_participants_per_cohort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    plan_cohorts_per_facilitator: float | str | Unset = 4.545,
    plan_participants_per_cohort: float | str | Unset = 40.0,
) -> CascadeOut | Problem | None:
    """Who trained whom: each facilitator's cohorts, participants, credentials and projects; yield against
    plan; who never cascaded

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        plan_cohorts_per_facilitator (float | str | Unset): default: 150 trainings by 33
            facilitators Default: 4.545.
        plan_participants_per_cohort (float | str | Unset): default: 6,000 youth in 150 trainings
            Default: 40.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CascadeOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            plan_cohorts_per_facilitator=plan_cohorts_per_facilitator,
            plan_participants_per_cohort=plan_participants_per_cohort,
        )
    ).parsed
