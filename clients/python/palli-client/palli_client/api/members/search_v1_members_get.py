from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gender import Gender
from ...models.member_status import MemberStatus
from ...models.page_member_out import PageMemberOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    nid: None | str | Unset = UNSET,
    mobile: None | str | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    status: MemberStatus | None | Unset = UNSET,
    gender: Gender | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_nid: None | str | Unset
    if isinstance(nid, Unset):
        json_nid = UNSET
    else:
        json_nid = nid
    params["nid"] = json_nid

    json_mobile: None | str | Unset
    if isinstance(mobile, Unset):
        json_mobile = UNSET
    else:
        json_mobile = mobile
    params["mobile"] = json_mobile

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    elif isinstance(branch_id, UUID):
        json_branch_id = str(branch_id)
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_group_id: None | str | Unset
    if isinstance(group_id, Unset):
        json_group_id = UNSET
    elif isinstance(group_id, UUID):
        json_group_id = str(group_id)
    else:
        json_group_id = group_id
    params["group_id"] = json_group_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_gender: None | str | Unset
    if isinstance(gender, Unset):
        json_gender = UNSET
    elif isinstance(gender, str):
        json_gender = gender
    else:
        json_gender = gender
    params["gender"] = json_gender

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageMemberOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageMemberOut.from_dict(response.json())

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
) -> Response[PageMemberOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    nid: None | str | Unset = UNSET,
    mobile: None | str | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    status: MemberStatus | None | Unset = UNSET,
    gender: Gender | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageMemberOut | Problem]:
    """Search the members of your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        q (None | str | Unset): part of the name, in Bangla or Latin script
        nid (None | str | Unset):
        mobile (None | str | Unset):
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        status (MemberStatus | None | Unset):
        gender (Gender | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMemberOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        nid=nid,
        mobile=mobile,
        branch_id=branch_id,
        group_id=group_id,
        status=status,
        gender=gender,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    nid: None | str | Unset = UNSET,
    mobile: None | str | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    status: MemberStatus | None | Unset = UNSET,
    gender: Gender | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageMemberOut | Problem | None:
    """Search the members of your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        q (None | str | Unset): part of the name, in Bangla or Latin script
        nid (None | str | Unset):
        mobile (None | str | Unset):
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        status (MemberStatus | None | Unset):
        gender (Gender | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMemberOut | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        nid=nid,
        mobile=mobile,
        branch_id=branch_id,
        group_id=group_id,
        status=status,
        gender=gender,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    nid: None | str | Unset = UNSET,
    mobile: None | str | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    status: MemberStatus | None | Unset = UNSET,
    gender: Gender | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageMemberOut | Problem]:
    """Search the members of your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        q (None | str | Unset): part of the name, in Bangla or Latin script
        nid (None | str | Unset):
        mobile (None | str | Unset):
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        status (MemberStatus | None | Unset):
        gender (Gender | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMemberOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        nid=nid,
        mobile=mobile,
        branch_id=branch_id,
        group_id=group_id,
        status=status,
        gender=gender,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    nid: None | str | Unset = UNSET,
    mobile: None | str | Unset = UNSET,
    branch_id: None | Unset | UUID = UNSET,
    group_id: None | Unset | UUID = UNSET,
    status: MemberStatus | None | Unset = UNSET,
    gender: Gender | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageMemberOut | Problem | None:
    """Search the members of your branches (a branch_id outside them is 403)

     Allowed: roles accountant, admin, auditor, branch_manager, field_officer, marketplace_operator,
    trainer; partner scopes members:read.

    Args:
        q (None | str | Unset): part of the name, in Bangla or Latin script
        nid (None | str | Unset):
        mobile (None | str | Unset):
        branch_id (None | Unset | UUID):
        group_id (None | Unset | UUID):
        status (MemberStatus | None | Unset):
        gender (Gender | None | Unset):
        limit (int | Unset): Items per page (1-200) Default: 50.
        cursor (None | str | Unset): next_cursor from the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMemberOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            nid=nid,
            mobile=mobile,
            branch_id=branch_id,
            group_id=group_id,
            status=status,
            gender=gender,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
