from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_out import EnrolmentOut
from ...models.problem import Problem
from ...models.reason_in import ReasonIn
from ...types import Response


def _get_kwargs(
    cohort_id: UUID,
    enrolment_id: UUID,
    *,
    body: ReasonIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/drop".format(
            cohort_id=quote(str(cohort_id), safe=""),
            enrolment_id=quote(str(enrolment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnrolmentOut | Problem | None:
    if response.status_code == 200:
        response_200 = EnrolmentOut.from_dict(response.json())

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
) -> Response[EnrolmentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cohort_id: UUID,
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReasonIn,
) -> Response[EnrolmentOut | Problem]:
    """A drop-out: the first on the waiting list takes the place

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        enrolment_id (UUID):
        body (ReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentOut | Problem]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
        enrolment_id=enrolment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cohort_id: UUID,
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReasonIn,
) -> EnrolmentOut | Problem | None:
    """A drop-out: the first on the waiting list takes the place

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        enrolment_id (UUID):
        body (ReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentOut | Problem
    """

    return sync_detailed(
        cohort_id=cohort_id,
        enrolment_id=enrolment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cohort_id: UUID,
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReasonIn,
) -> Response[EnrolmentOut | Problem]:
    """A drop-out: the first on the waiting list takes the place

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        enrolment_id (UUID):
        body (ReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentOut | Problem]
    """

    kwargs = _get_kwargs(
        cohort_id=cohort_id,
        enrolment_id=enrolment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cohort_id: UUID,
    enrolment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReasonIn,
) -> EnrolmentOut | Problem | None:
    """A drop-out: the first on the waiting list takes the place

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        cohort_id (UUID):
        enrolment_id (UUID):
        body (ReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentOut | Problem
    """

    return (
        await asyncio_detailed(
            cohort_id=cohort_id,
            enrolment_id=enrolment_id,
            client=client,
            body=body,
        )
    ).parsed
