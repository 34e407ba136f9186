import uuid

from fastapi import APIRouter, Response, status

from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_members.adapters.tables import Group
from palli_members.api.deps import DB
from palli_members.api.schemas import GroupCreate, GroupOut, GroupUpdate, MemberOut, StatusChange
from palli_members.api.members import member_out
from palli_members.domain.lifecycle import GroupStatus, MemberStatus, Weekday
from palli_members.service import groups, queries

router = APIRouter(prefix="/v1/groups", tags=["groups"])


def group_out(group: Group, count: int) -> GroupOut:
    return GroupOut.model_validate({**group.model_dump(), "member_count": count})


async def _one(db, group: Group, response: Response | None = None) -> GroupOut:  # noqa: ANN001
    if response is not None:
        set_etag(response, group.version)
    return group_out(group, (await queries.member_counts(db, [group.id])).get(group.id, 0))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=GroupOut, summary="Form a samity group")
async def form_group(body: GroupCreate, db: DB, who: CurrentIdentity):
    return await _one(db, await groups.form_group(db, body, who=who))


@router.get("", response_model=Page[GroupOut], summary="List the groups in your branches (a branch_id outside them is 403)")
async def list_groups(
    db: DB, page: PageQuery, who: CurrentIdentity, branch_id: uuid.UUID | None = None, status: GroupStatus | None = None,
    meeting_day: Weekday | None = None, field_officer_id: uuid.UUID | None = None,
):
    rows = await queries.list_groups(
        db, page, who=who, branch_id=branch_id, status=status.value if status else None,
        meeting_day=meeting_day.value if meeting_day else None, field_officer_id=field_officer_id,
    )
    counts = await queries.member_counts(db, [g.id for g in rows])
    return make_page(rows, page, lambda g: [str(g.id)], lambda g: group_out(g, counts.get(g.id, 0)))


@router.get("/{group_id}", response_model=GroupOut, summary="A group (ETag: its version, for If-Match)")
async def get_group(group_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return await _one(db, await queries.get_group(db, group_id, who=who), response)


@router.patch("/{group_id}", response_model=GroupOut, summary="Change meeting, limit, field officer, leader or secretary")
async def update_group(group_id: uuid.UUID, body: GroupUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return await _one(db, await groups.update_group(db, group_id, body, who=who, expected_version=if_match), response)


@router.get("/{group_id}/members", response_model=Page[MemberOut], summary="A group's members")
async def group_members(group_id: uuid.UUID, db: DB, page: PageQuery, who: CurrentIdentity, status: MemberStatus | None = None):
    await queries.get_group(db, group_id, who=who)
    rows = await queries.search_members(
        db, page, who=who, q=None, nid=None, mobile=None, branch_id=None, group_id=group_id,
        status=status.value if status else None, gender=None,
    )
    return make_page(rows, page, lambda m: [str(m.id)], member_out)


def _status_route(path: str, target: GroupStatus, summary: str) -> None:
    @router.post(f"/{{group_id}}/{path}", response_model=GroupOut, summary=summary, name=f"group_{path}")
    async def change(
        group_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response, body: StatusChange | None = None
    ):
        reason = body.reason if body else None
        group = await groups.change_group_status(db, group_id, target, reason, who=who, expected_version=if_match)
        return await _one(db, group, response)


_status_route("activate", GroupStatus.ACTIVE, "Start regular meetings (forming or suspended -> active)")
_status_route("suspend", GroupStatus.SUSPENDED, "Suspend a group")
_status_route("dissolve", GroupStatus.DISSOLVED, "Dissolve an empty group")
