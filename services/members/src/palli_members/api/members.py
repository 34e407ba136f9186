import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.concurrency import IfMatch, set_etag
from palli_common.db import Database
from palli_common.identity import CurrentIdentity, Identity
from palli_common.pagination import Page, PageQuery, make_page
from palli_members.adapters.tables import Member
from palli_members.api.deps import DB, Settings
from palli_members.api.schemas import MemberCreate, MemberOut, MemberUpdate, RequiredReason, StatusChange, TransferIn
from palli_members.domain.lifecycle import Gender, MemberStatus
from palli_members.service import members, queries

router = APIRouter(prefix="/v1/members", tags=["members"])


def member_out(m: Member) -> MemberOut:
    data = m.model_dump()
    data["address"] = {"division": m.division, "district": m.district, "upazila": m.upazila, "union": m.union}
    return MemberOut.model_validate(data)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MemberOut, summary="Register a member (applicant) in a group")
async def register(body: MemberCreate, db: DB, who: CurrentIdentity, settings: Settings):
    return member_out(await members.register_member(db, body, who=who, min_age=settings.min_member_age))


@router.get("", response_model=Page[MemberOut], summary="Search the members of your branches (a branch_id outside them is 403)")
async def search(
    db: DB,
    page: PageQuery,
    who: CurrentIdentity,
    q: Annotated[str | None, Query(max_length=120, description="part of the name, in Bangla or Latin script")] = None,
    nid: Annotated[str | None, Query(max_length=40)] = None,
    mobile: Annotated[str | None, Query(max_length=20)] = None,
    branch_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    status: MemberStatus | None = None,
    gender: Gender | None = None,
):
    rows = await queries.search_members(
        db, page, who=who, q=q, nid=nid, mobile=mobile, branch_id=branch_id, group_id=group_id,
        status=status.value if status else None, gender=gender.value if gender else None,
    )
    return make_page(rows, page, lambda m: [str(m.id)], member_out)


def tagged(response: Response, member: Member) -> MemberOut:
    set_etag(response, member.version)
    return member_out(member)


@router.get("/{member_id}", response_model=MemberOut, summary="A member (ETag: its version, for If-Match)")
async def get_member(member_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return tagged(response, await queries.get_member(db, member_id, who=who))


@router.patch("/{member_id}", response_model=MemberOut, summary="Correct a member's details")
async def update(
    member_id: uuid.UUID, body: MemberUpdate, db: DB, who: CurrentIdentity, settings: Settings, if_match: IfMatch, response: Response
):
    member = await members.update_member(db, member_id, body, who=who, min_age=settings.min_member_age, expected_version=if_match)
    return tagged(response, member)


async def _status(
    db: Database, who: Identity, member_id: uuid.UUID, target: MemberStatus, reason: str | None, if_match: int | None,
    response: Response, expected: MemberStatus | None = None,
) -> MemberOut:
    member = await members.change_member_status(
        db, member_id, target, reason, who=who, expected=expected, expected_version=if_match
    )
    return tagged(response, member)


@router.post("/{member_id}/activate", response_model=MemberOut, summary="Admit an applicant (applicant -> active)")
async def activate(member_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return await _status(db, who, member_id, MemberStatus.ACTIVE, None, if_match, response, expected=MemberStatus.APPLICANT)


@router.post("/{member_id}/make-dormant", response_model=MemberOut, summary="Mark an active member dormant")
async def make_dormant(
    member_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response, body: StatusChange | None = None
):
    return await _status(db, who, member_id, MemberStatus.DORMANT, body.reason if body else None, if_match, response)


@router.post("/{member_id}/reactivate", response_model=MemberOut, summary="Bring a dormant member back (dormant -> active)")
async def reactivate(member_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return await _status(db, who, member_id, MemberStatus.ACTIVE, None, if_match, response, expected=MemberStatus.DORMANT)


@router.post("/{member_id}/exit", response_model=MemberOut, summary="Close a membership (final)")
async def exit_member(member_id: uuid.UUID, body: RequiredReason, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return await _status(db, who, member_id, MemberStatus.EXITED, body.reason, if_match, response)


@router.post("/{member_id}/transfer", response_model=MemberOut, summary="Move a member to another group (both branches in your scope)")
async def transfer(member_id: uuid.UUID, body: TransferIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return tagged(response, await members.transfer_member(db, member_id, body, who=who, expected_version=if_match))
