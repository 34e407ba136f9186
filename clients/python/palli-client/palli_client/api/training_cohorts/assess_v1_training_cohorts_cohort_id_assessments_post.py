from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_in import AssessmentIn
from ...models.evaluation_out import EvaluationOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    cohort_id: UUID,
    *,
    body: AssessmentIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/training/cohorts/{cohort_id}/assessments".format(
            cohort_id=quote(str(cohort_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[EvaluationOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EvaluationOut.from_dict(response_200_item_data)

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
) -> Response[Problem | list[EvaluationOut]]:
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
    body: AssessmentIn,
) -> Response[Problem | list[EvaluationOut]]:
    """Record the final assessment's scores (0-100; again: the last stands); a completed cohort's
    credentials follow

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EvaluationOut]]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentIn,
) -> Problem | list[EvaluationOut] | None:
    """Record the final assessment's scores (0-100; again: the last stands); a completed cohort's
    credentials follow

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EvaluationOut]
    """

    return sync_detailed(
        cohort_id=cohort_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentIn,
) -> Response[Problem | list[EvaluationOut]]:
    """Record the final assessment's scores (0-100; again: the last stands); a completed cohort's
    credentials follow

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EvaluationOut]]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cohort_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssessmentIn,
) -> Problem | list[EvaluationOut] | None:
    """Record the final assessment's scores (0-100; again: the last stands); a completed cohort's
    credentials follow

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EvaluationOut]
    """

    return (
        await asyncio_detailed(
            cohort_id=cohort_id,
            client=client,
            body=body,
        )
    ).parsed
