from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_in import AttendanceIn
from ...models.attendance_result import AttendanceResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    session_id: UUID,
    *,
    body: AttendanceIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/training/sessions/{session_id}/attendance".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttendanceResult | Problem | None:
    if response.status_code == 200:
        response_200 = AttendanceResult.from_dict(response.json())

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
) -> Response[AttendanceResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceIn,
) -> Response[AttendanceResult | Problem]:
    """Post a session's attendance from the facilitator's phone: a resent record changes nothing, the
    latest taken stands

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        session_id (UUID):
        body (AttendanceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceResult | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceIn,
) -> AttendanceResult | Problem | None:
    """Post a session's attendance from the facilitator's phone: a resent record changes nothing, the
    latest taken stands

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        session_id (UUID):
        body (AttendanceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceResult | Problem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceIn,
) -> Response[AttendanceResult | Problem]:
    """Post a session's attendance from the facilitator's phone: a resent record changes nothing, the
    latest taken stands

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        session_id (UUID):
        body (AttendanceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceResult | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceIn,
) -> AttendanceResult | Problem | None:
    """Post a session's attendance from the facilitator's phone: a resent record changes nothing, the
    latest taken stands

     Allowed: roles admin, branch_manager, field_officer, trainer; partner scopes training:write.

    Args:
        session_id (UUID):
        body (AttendanceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceResult | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
