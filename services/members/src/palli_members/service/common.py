"""Helpers every members use case shares: locked loads, snapshots for events, conflict mapping."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from palli_common.concurrency import check_version
from palli_common.db import UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.money import format_poisha
from palli_members.adapters.tables import Branch, Group, Member, Staff
from palli_members.contracts import events as ev
from palli_members.domain.lifecycle import MemberStatus
from palli_members.service import scope

M = TypeVar("M", bound=SQLModel)

# Unique indexes -> (field, message), so a race that slips past a pre-check still gets a clear 409.
# Each entry lists how PostgreSQL (constraint name) and SQLite (table.columns) name the clash.
UNIQUE_CONFLICTS = [
    (("uq_members_live_nid", "members.nid"), "nid", "a member who has not exited already holds this NID"),
    (("uq_groups_branch_name", "groups.branch_id, groups.name"), "name", "the branch already has a group with this name"),
    (("branches_code_key", "branches.code"), "code", "a branch with this code exists"),
]


def now() -> datetime:
    return datetime.now(UTC)


async def load(
    uow: UnitOfWork, model: type[M], id_: uuid.UUID, *, label: str, field: str | None = None, lock: bool = False,
    expected_version: int | None = None, who: Identity | None = None,
) -> M:
    """Fetch by id or raise 404 (or 422 naming `field` when the id came in a request body);
    with `who`, refuse with 403 if the row's branch is outside the caller's scope; then, with
    `expected_version` (the client's If-Match), refuse with 412 if the row has moved on."""
    query = select(model).where(model.id == id_)  # type: ignore[attr-defined]
    if lock:
        query = query.with_for_update()  # PostgreSQL row lock; SQLite serialises writers at BEGIN
    row = (await uow.session.scalars(query)).first()
    if row is None:
        if field:
            raise ValidationFailed(f"no {label} with id {id_}", field=field)
        raise NotFound(f"no {label} with id {id_}")
    if who is not None:
        scope.check(who, row, f"{label} {id_}")  # type: ignore[arg-type]
    check_version(row.version, expected_version)  # type: ignore[attr-defined]
    return row


async def live_member_count(uow: UnitOfWork, group_id: uuid.UUID) -> int:
    return await uow.session.scalar(
        select(func.count()).select_from(Member).where(Member.group_id == group_id, Member.status != MemberStatus.EXITED.value)
    ) or 0


async def commit(uow: UnitOfWork) -> None:
    try:
        await uow.commit()
    except IntegrityError as exc:
        message = str(exc.orig)
        for markers, field, detail in UNIQUE_CONFLICTS:
            if any(marker in message for marker in markers):
                raise Conflict(detail, field=field) from exc
        raise


def touch(row: Branch | Staff | Group | Member) -> None:
    row.version += 1
    row.updated_at = now()


def branch_snapshot(cls: type[ev.BranchSnapshot], b: Branch) -> ev.BranchSnapshot:
    return cls(branch_id=str(b.id), code=b.code, name=b.name, division=b.division, district=b.district, upazila=b.upazila)


def staff_snapshot(cls: type[ev.StaffSnapshot], s: Staff) -> ev.StaffSnapshot:
    return cls(staff_id=str(s.id), branch_id=str(s.branch_id), name=s.name, role=s.role, mobile=s.mobile, active=s.active)


def group_snapshot(cls: type[ev.GroupSnapshot], g: Group, **extra: object) -> ev.GroupSnapshot:
    return cls(
        group_id=str(g.id),
        branch_id=str(g.branch_id),
        name=g.name,
        meeting_day=g.meeting_day,
        meeting_place=g.meeting_place,
        formation_date=g.formation_date,
        field_officer_id=str(g.field_officer_id) if g.field_officer_id else None,
        leader_id=str(g.leader_id) if g.leader_id else None,
        secretary_id=str(g.secretary_id) if g.secretary_id else None,
        member_limit=g.member_limit,
        status=g.status,
        **extra,
    )


def member_snapshot(cls: type[ev.MemberSnapshot], m: Member, **extra: object) -> ev.MemberSnapshot:
    return cls(
        member_id=str(m.id),
        branch_id=str(m.branch_id),
        group_id=str(m.group_id),
        name_bn=m.name_bn,
        name_en=m.name_en,
        gender=m.gender,
        date_of_birth=m.date_of_birth,
        mobile=m.mobile,
        division=m.division,
        district=m.district,
        upazila=m.upazila,
        union=m.union,
        household_monthly_income=format_poisha(m.household_monthly_income),
        land_holding_decimals=f"{m.land_holding_decimals:.2f}",
        status=m.status,
        joined_on=m.joined_on,
        language=m.language,
        sms_consent=m.sms_consent,
        **extra,
    )
