from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stock_report_out import StockReportOut
from ...models.stock_v1_marketplace_reports_stock_get_format_type_0 import (
    StockV1MarketplaceReportsStockGetFormatType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    outlet_id: None | Unset | UUID = UNSET,
    format_: None | StockV1MarketplaceReportsStockGetFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_outlet_id: None | str | Unset
    if isinstance(outlet_id, Unset):
        json_outlet_id = UNSET
    elif isinstance(outlet_id, UUID):
        json_outlet_id = str(outlet_id)
    else:
        json_outlet_id = outlet_id
    params["outlet_id"] = json_outlet_id

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
        "url": "/v1/marketplace/reports/stock",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StockReportOut | None:
    if response.status_code == 200:
        response_200 = StockReportOut.from_dict(response.json())

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
) -> Response[Problem | StockReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    outlet_id: None | Unset | UUID = UNSET,
    format_: None | StockV1MarketplaceReportsStockGetFormatType0 | Unset = UNSET,
) -> Response[Problem | StockReportOut]:
    """Stock on hand per outlet, product and lot: reserved units, age and ageing bucket, value at retail
    and at her price

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        outlet_id (None | Unset | UUID):
        format_ (None | StockV1MarketplaceReportsStockGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StockReportOut]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    outlet_id: None | Unset | UUID = UNSET,
    format_: None | StockV1MarketplaceReportsStockGetFormatType0 | Unset = UNSET,
) -> Problem | StockReportOut | None:
    """Stock on hand per outlet, product and lot: reserved units, age and ageing bucket, value at retail
    and at her price

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        outlet_id (None | Unset | UUID):
        format_ (None | StockV1MarketplaceReportsStockGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StockReportOut
    """

    return sync_detailed(
        client=client,
        outlet_id=outlet_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    outlet_id: None | Unset | UUID = UNSET,
    format_: None | StockV1MarketplaceReportsStockGetFormatType0 | Unset = UNSET,
) -> Response[Problem | StockReportOut]:
    """Stock on hand per outlet, product and lot: reserved units, age and ageing bucket, value at retail
    and at her price

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        outlet_id (None | Unset | UUID):
        format_ (None | StockV1MarketplaceReportsStockGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StockReportOut]
    """

    kwargs = _get_kwargs(
        outlet_id=outlet_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    outlet_id: None | Unset | UUID = UNSET,
    format_: None | StockV1MarketplaceReportsStockGetFormatType0 | Unset = UNSET,
) -> Problem | StockReportOut | None:
    """Stock on hand per outlet, product and lot: reserved units, age and ageing bucket, value at retail
    and at her price

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator;
    partner scopes marketplace:read.

    Args:
        outlet_id (None | Unset | UUID):
        format_ (None | StockV1MarketplaceReportsStockGetFormatType0 | Unset): json or csv
            (default: json unless Accept asks for text/csv)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StockReportOut
    """

    return (
        await asyncio_detailed(
            client=client,
            outlet_id=outlet_id,
            format_=format_,
        )
    ).parsed
