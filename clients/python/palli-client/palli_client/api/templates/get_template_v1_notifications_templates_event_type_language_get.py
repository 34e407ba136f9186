from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_template_v1_notifications_templates_event_type_language_get_language import (
    GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
)
from ...models.problem import Problem
from ...models.template_out import TemplateOut
from ...types import Response


def _get_kwargs(
    event_type: str,
    language: GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/templates/{event_type}/{language}".format(
            event_type=quote(str(event_type), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TemplateOut | None:
    if response.status_code == 200:
        response_200 = TemplateOut.from_dict(response.json())

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
) -> Response[Problem | TemplateOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_type: str,
    language: GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TemplateOut]:
    """One template (ETag: its version, for If-Match)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateOut]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_type: str,
    language: GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
    *,
    client: AuthenticatedClient,
) -> Problem | TemplateOut | None:
    """One template (ETag: its version, for If-Match)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemplateOut
    """

    return sync_detailed(
        event_type=event_type,
        language=language,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_type: str,
    language: GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TemplateOut]:
    """One template (ETag: its version, for If-Match)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateOut]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type: str,
    language: GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
    *,
    client: AuthenticatedClient,
) -> Problem | TemplateOut | None:
    """One template (ETag: its version, for If-Match)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemplateOut
    """

    return (
        await asyncio_detailed(
            event_type=event_type,
            language=language,
            client=client,
        )
    ).parsed
