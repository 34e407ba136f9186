from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product_create import ProductCreate
from ...models.product_out import ProductOut
from ...types import Response


def _get_kwargs(
    *,
    body: ProductCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/loan-products",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProductOut | None:
    if response.status_code == 201:
        response_201 = ProductOut.from_dict(response.json())

        return response_201

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
) -> Response[Problem | ProductOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProductCreate,
) -> Response[Problem | ProductOut]:
    """Define a loan product (its dearest loan must stay within the regulatory rate cap)

     Allowed: roles admin; partner scopes none.

    Args:
        body (ProductCreate): A loan product. Checked as a whole, every problem reported at once
            (422 naming each field):
            min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
            max_installments, grace shorter than min_installments, min_days_to_first at least the
            service
            minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP:
            the
            dearest loan the product allows at its max rate (every frequency, shortest and longest
            number of
            installments or each at_end term, smallest and largest amount) may cost at most the cap
            (24%)
            a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice
            its
            figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProductCreate,
) -> Problem | ProductOut | None:
    """Define a loan product (its dearest loan must stay within the regulatory rate cap)

     Allowed: roles admin; partner scopes none.

    Args:
        body (ProductCreate): A loan product. Checked as a whole, every problem reported at once
            (422 naming each field):
            min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
            max_installments, grace shorter than min_installments, min_days_to_first at least the
            service
            minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP:
            the
            dearest loan the product allows at its max rate (every frequency, shortest and longest
            number of
            installments or each at_end term, smallest and largest amount) may cost at most the cap
            (24%)
            a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice
            its
            figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProductCreate,
) -> Response[Problem | ProductOut]:
    """Define a loan product (its dearest loan must stay within the regulatory rate cap)

     Allowed: roles admin; partner scopes none.

    Args:
        body (ProductCreate): A loan product. Checked as a whole, every problem reported at once
            (422 naming each field):
            min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
            max_installments, grace shorter than min_installments, min_days_to_first at least the
            service
            minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP:
            the
            dearest loan the product allows at its max rate (every frequency, shortest and longest
            number of
            installments or each at_end term, smallest and largest amount) may cost at most the cap
            (24%)
            a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice
            its
            figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProductCreate,
) -> Problem | ProductOut | None:
    """Define a loan product (its dearest loan must stay within the regulatory rate cap)

     Allowed: roles admin; partner scopes none.

    Args:
        body (ProductCreate): A loan product. Checked as a whole, every problem reported at once
            (422 naming each field):
            min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
            max_installments, grace shorter than min_installments, min_days_to_first at least the
            service
            minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP:
            the
            dearest loan the product allows at its max rate (every frequency, shortest and longest
            number of
            installments or each at_end term, smallest and largest amount) may cost at most the cap
            (24%)
            a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice
            its
            figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
