from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.put_template_v1_notifications_templates_event_type_language_put_language import (
    PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
)
from ...models.template_in import TemplateIn
from ...models.template_out import TemplateOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_type: str,
    language: PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
    *,
    body: TemplateIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/notifications/templates/{event_type}/{language}".format(
            event_type=quote(str(event_type), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    language: PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
    *,
    client: AuthenticatedClient,
    body: TemplateIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | TemplateOut]:
    """Replace a template's body (send If-Match); new messages use it, messages already made keep their
    text

     Allowed: roles admin; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (TemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateOut]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        language=language,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_type: str,
    language: PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
    *,
    client: AuthenticatedClient,
    body: TemplateIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | TemplateOut | None:
    """Replace a template's body (send If-Match); new messages use it, messages already made keep their
    text

     Allowed: roles admin; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (TemplateIn):

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
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event_type: str,
    language: PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
    *,
    client: AuthenticatedClient,
    body: TemplateIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | TemplateOut]:
    """Replace a template's body (send If-Match); new messages use it, messages already made keep their
    text

     Allowed: roles admin; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (TemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateOut]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        language=language,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type: str,
    language: PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
    *,
    client: AuthenticatedClient,
    body: TemplateIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | TemplateOut | None:
    """Replace a template's body (send If-Match); new messages use it, messages already made keep their
    text

     Allowed: roles admin; partner scopes none.

    Args:
        event_type (str): e.g. lending.loan.disbursed
        language (PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage):
        if_match (None | str | Unset): ETag from your last read, e.g. "3"
        body (TemplateIn):

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
            body=body,
            if_match=if_match,
        )
    ).parsed
