"""Read side: lists with filters and cursor pagination, and single records with derived counts.
Every read takes the caller (`who`): lists are limited to the caller's branches in SQL, and a
single record outside them is 403 (see `scope`)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, or_, select

from palli_common.db import Database
from palli_common.errors import NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.pagination import PageParams
from palli_members.adapters.tables import Branch, Group, Member, Staff
from palli_members.domain.identity import normalise_mobile, normalise_nid
from palli_members.service import scope


def _after(query, model, params: PageParams):  # noqa: ANN001, ANN202
    if params.after:
        try:
            last = uuid.UUID(str(params.after[0]))
        except ValueError as exc:
            raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
        query = query.where(model.id > last)
    return query.order_by(model.id).limit(params.limit + 1)


async def list_branches(db: Database, params: PageParams, *, who: Identity) -> list[Branch]:
    query = in_branches(select(Branch), Branch.id, who)
    async with db.sessions() as s:
        return list((await s.scalars(_after(query, Branch, params))).all())


async def get_branch(db: Database, branch_id: uuid.UUID, *, who: Identity) -> Branch:
    async with db.sessions() as s:
        row = await s.get(Branch, branch_id)
    if row is None:
        raise NotFound(f"no branch with id {branch_id}")
    scope.check(who, row, f"branch {branch_id}")
    return row


async def list_staff(db: Database, branch_id: uuid.UUID, params: PageParams, role: str | None, *, who: Identity) -> list[Staff]:
    await get_branch(db, branch_id, who=who)
    query = select(Staff).where(Staff.branch_id == branch_id)
    if role:
        query = query.where(Staff.role == role)
    async with db.sessions() as s:
        return list((await s.scalars(_after(query, Staff, params))).all())


async def member_counts(db: Database, group_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not group_ids:
        return {}
    query = (
        select(Member.group_id, func.count())
        .where(Member.group_id.in_(group_ids), Member.status != "exited")
        .group_by(Member.group_id)
    )
    async with db.sessions() as s:
        return {gid: n for gid, n in (await s.execute(query)).all()}


async def list_groups(
    db: Database, params: PageParams, *, who: Identity, branch_id: uuid.UUID | None, status: str | None,
    meeting_day: str | None, field_officer_id: uuid.UUID | None,
) -> list[Group]:
    query = in_branches(select(Group), Group.branch_id, who, branch_id)
    for column, value in ((Group.status, status), (Group.meeting_day, meeting_day), (Group.field_officer_id, field_officer_id)):
        if value is not None:
            query = query.where(column == value)
    async with db.sessions() as s:
        return list((await s.scalars(_after(query, Group, params))).all())


async def get_group(db: Database, group_id: uuid.UUID, *, who: Identity) -> Group:
    async with db.sessions() as s:
        row = await s.get(Group, group_id)
    if row is None:
        raise NotFound(f"no group with id {group_id}")
    scope.check(who, row, f"group {group_id}")
    return row


async def search_members(
    db: Database, params: PageParams, *, who: Identity, q: str | None, nid: str | None, mobile: str | None,
    branch_id: uuid.UUID | None, group_id: uuid.UUID | None, status: str | None, gender: str | None,
) -> list[Member]:
    query = in_branches(select(Member), Member.branch_id, who, branch_id)
    if q:
        text = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")  # literal, not wildcards
        query = query.where(or_(
            func.lower(Member.name_en).like(f"%{text.lower()}%", escape="\\"),
            Member.name_bn.like(f"%{text}%", escape="\\"),
        ))
    if nid:
        query = query.where(Member.nid == normalise_nid(nid, None))
    if mobile:
        query = query.where(Member.mobile == normalise_mobile(mobile))
    for column, value in ((Member.group_id, group_id), (Member.status, status), (Member.gender, gender)):
        if value is not None:
            query = query.where(column == value)
    async with db.sessions() as s:
        return list((await s.scalars(_after(query, Member, params))).all())


async def get_member(db: Database, member_id: uuid.UUID, *, who: Identity) -> Member:
    async with db.sessions() as s:
        row = await s.get(Member, member_id)
    if row is None:
        raise NotFound(f"no member with id {member_id}")
    scope.check(who, row, f"member {member_id}")
    return row
