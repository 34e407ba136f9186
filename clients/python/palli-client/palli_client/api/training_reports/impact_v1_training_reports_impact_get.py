import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.impact_out import ImpactOut
from ...models.impact_v1_training_reports_impact_get_by import (
    ImpactV1TrainingReportsImpactGetBy,
)
from ...models.impact_v1_training_reports_impact_get_format_type_0 import (
    ImpactV1TrainingReportsImpactGetFormatType0,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: ImpactV1TrainingReportsImpactGetBy | Unset = "district",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by

    params["by"] = json_by

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

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training/reports/impact",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImpactOut | Problem | None:
    if response.status_code == 200:
        response_200 = ImpactOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImpactOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    by: ImpactV1TrainingReportsImpactGetBy | Unset = "district",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset = UNSET,
) -> Response[ImpactOut | Problem]:
    """Participants, credentials, projects, beneficiaries and volunteer hours (and their value) by one
    dimension

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        by (ImpactV1TrainingReportsImpactGetBy | Unset): division, district, upazila, gender,
            age_band or partner Default: 'district'.
        from_ (datetime.date | None | Unset): default: 365 days before `to`
        to (datetime.date | None | Unset): default: today (Dhaka)
        format_ (ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactOut | Problem]
    """

    kwargs = _get_kwargs(
        by=by,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    by: ImpactV1TrainingReportsImpactGetBy | Unset = "district",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset = UNSET,
) -> ImpactOut | Problem | None:
    """Participants, credentials, projects, beneficiaries and volunteer hours (and their value) by one
    dimension

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        by (ImpactV1TrainingReportsImpactGetBy | Unset): division, district, upazila, gender,
            age_band or partner Default: 'district'.
        from_ (datetime.date | None | Unset): default: 365 days before `to`
        to (datetime.date | None | Unset): default: today (Dhaka)
        format_ (ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactOut | Problem
    """

    return sync_detailed(
        client=client,
        by=by,
        from_=from_,
        to=to,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    by: ImpactV1TrainingReportsImpactGetBy | Unset = "district",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset = UNSET,
) -> Response[ImpactOut | Problem]:
    """Participants, credentials, projects, beneficiaries and volunteer hours (and their value) by one
    dimension

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        by (ImpactV1TrainingReportsImpactGetBy | Unset): division, district, upazila, gender,
            age_band or partner Default: 'district'.
        from_ (datetime.date | None | Unset): default: 365 days before `to`
        to (datetime.date | None | Unset): default: today (Dhaka)
        format_ (ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactOut | Problem]
    """

    kwargs = _get_kwargs(
        by=by,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    by: ImpactV1TrainingReportsImpactGetBy | Unset = "district",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset = UNSET,
) -> ImpactOut | Problem | None:
    """Participants, credentials, projects, beneficiaries and volunteer hours (and their value) by one
    dimension

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes training:read.

    Args:
        by (ImpactV1TrainingReportsImpactGetBy | Unset): division, district, upazila, gender,
            age_band or partner Default: 'district'.
        from_ (datetime.date | None | Unset): default: 365 days before `to`
        to (datetime.date | None | Unset): default: today (Dhaka)
        format_ (ImpactV1TrainingReportsImpactGetFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            from_=from_,
            to=to,
            format_=format_,
        )
    ).parsed
