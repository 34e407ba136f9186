import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sales_report_out import SalesReportOut
from ...models.sales_v1_marketplace_reports_sales_get_format_type_0 import (
    SalesV1MarketplaceReportsSalesGetFormatType0,
)
from ...models.sales_v1_marketplace_reports_sales_get_group_by import (
    SalesV1MarketplaceReportsSalesGetGroupBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: SalesV1MarketplaceReportsSalesGetGroupBy | Unset = "outlet",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    outlet_id: None | Unset | UUID = UNSET,
    producer_id: None | Unset | UUID = UNSET,
    format_: None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

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

    json_outlet_id: None | str | Unset
    if isinstance(outlet_id, Unset):
        json_outlet_id = UNSET
    elif isinstance(outlet_id, UUID):
        json_outlet_id = str(outlet_id)
    else:
        json_outlet_id = outlet_id
    params["outlet_id"] = json_outlet_id

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    elif isinstance(producer_id, UUID):
        json_producer_id = str(producer_id)
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id

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
        "url": "/v1/marketplace/reports/sales",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SalesReportOut | None:
    if response.status_code == 200:
        response_200 = SalesReportOut.from_dict(response.json())

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
) -> Response[Problem | SalesReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: SalesV1MarketplaceReportsSalesGetGroupBy | Unset = "outlet",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    outlet_id: None | Unset | UUID = UNSET,
    producer_id: None | Unset | UUID = UNSET,
    format_: None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset = UNSET,
) -> Response[Problem | SalesReportOut]:
    """Units, sales with VAT, commission, producers' shares, own sales and refunds, by outlet, producer,
    product or day

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        group_by (SalesV1MarketplaceReportsSalesGetGroupBy | Unset):  Default: 'outlet'.
        from_ (datetime.date | None | Unset): first business day (default: the 1st of to's month)
        to (datetime.date | None | Unset): last business day, inclusive (default: today in Dhaka)
        outlet_id (None | Unset | UUID):
        producer_id (None | Unset | UUID):
        format_ (None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesReportOut]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        from_=from_,
        to=to,
        outlet_id=outlet_id,
        producer_id=producer_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: SalesV1MarketplaceReportsSalesGetGroupBy | Unset = "outlet",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    outlet_id: None | Unset | UUID = UNSET,
    producer_id: None | Unset | UUID = UNSET,
    format_: None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset = UNSET,
) -> Problem | SalesReportOut | None:
    """Units, sales with VAT, commission, producers' shares, own sales and refunds, by outlet, producer,
    product or day

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        group_by (SalesV1MarketplaceReportsSalesGetGroupBy | Unset):  Default: 'outlet'.
        from_ (datetime.date | None | Unset): first business day (default: the 1st of to's month)
        to (datetime.date | None | Unset): last business day, inclusive (default: today in Dhaka)
        outlet_id (None | Unset | UUID):
        producer_id (None | Unset | UUID):
        format_ (None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesReportOut
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        from_=from_,
        to=to,
        outlet_id=outlet_id,
        producer_id=producer_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: SalesV1MarketplaceReportsSalesGetGroupBy | Unset = "outlet",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    outlet_id: None | Unset | UUID = UNSET,
    producer_id: None | Unset | UUID = UNSET,
    format_: None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset = UNSET,
) -> Response[Problem | SalesReportOut]:
    """Units, sales with VAT, commission, producers' shares, own sales and refunds, by outlet, producer,
    product or day

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        group_by (SalesV1MarketplaceReportsSalesGetGroupBy | Unset):  Default: 'outlet'.
        from_ (datetime.date | None | Unset): first business day (default: the 1st of to's month)
        to (datetime.date | None | Unset): last business day, inclusive (default: today in Dhaka)
        outlet_id (None | Unset | UUID):
        producer_id (None | Unset | UUID):
        format_ (None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesReportOut]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        from_=from_,
        to=to,
        outlet_id=outlet_id,
        producer_id=producer_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: SalesV1MarketplaceReportsSalesGetGroupBy | Unset = "outlet",
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    outlet_id: None | Unset | UUID = UNSET,
    producer_id: None | Unset | UUID = UNSET,
    format_: None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset = UNSET,
) -> Problem | SalesReportOut | None:
    """Units, sales with VAT, commission, producers' shares, own sales and refunds, by outlet, producer,
    product or day

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        group_by (SalesV1MarketplaceReportsSalesGetGroupBy | Unset):  Default: 'outlet'.
        from_ (datetime.date | None | Unset): first business day (default: the 1st of to's month)
        to (datetime.date | None | Unset): last business day, inclusive (default: today in Dhaka)
        outlet_id (None | Unset | UUID):
        producer_id (None | Unset | UUID):
        format_ (None | SalesV1MarketplaceReportsSalesGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesReportOut
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            from_=from_,
            to=to,
            outlet_id=outlet_id,
            producer_id=producer_id,
            format_=format_,
        )
    ).parsed
