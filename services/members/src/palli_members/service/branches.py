"""Use cases for branches and their staff."""

from __future__ import annotations

import uuid

from palli_common.db import Database
from palli_common.errors import NotFound
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_members.adapters.tables import Branch, Staff
from palli_members.api.schemas import BranchCreate, BranchUpdate, StaffCreate, StaffUpdate
from palli_members.contracts import events as ev
from palli_common.geo import locate_district_upazila
from palli_members.domain.identity import normalise_mobile
from palli_members.service import scope
from palli_members.service.common import branch_snapshot, commit, load, now, staff_snapshot, touch


async def open_branch(db: Database, cmd: BranchCreate, *, who: Identity) -> Branch:
    scope.check_all_branches(who, "opening a branch")
    area = locate_district_upazila(cmd.district, cmd.upazila)
    ts = now()
    branch = Branch(
        id=uuid7(), code=cmd.code, name=cmd.name, division=area.division, district=area.district,
        upazila=area.upazila, created_at=ts, updated_at=ts,
    )
    async with db.uow() as uow:
        uow.session.add(branch)
        uow.publish(branch_snapshot(ev.BranchOpened, branch), aggregate_id=branch.id, aggregate_version=branch.version)
        await commit(uow)
    return branch


async def update_branch(
    db: Database, branch_id: uuid.UUID, cmd: BranchUpdate, *, who: Identity, expected_version: int | None = None
) -> Branch:
    async with db.uow() as uow:
        branch = await load(uow, Branch, branch_id, label="branch", lock=True, expected_version=expected_version, who=who)
        changes = cmd.model_dump(exclude_unset=True)
        if "district" in changes or "upazila" in changes:
            area = locate_district_upazila(changes.get("district") or branch.district, changes.get("upazila") or branch.upazila)
            branch.division, branch.district, branch.upazila = area.division, area.district, area.upazila
        if changes.get("name"):
            branch.name = changes["name"]
        touch(branch)
        uow.publish(branch_snapshot(ev.BranchUpdated, branch), aggregate_id=branch.id, aggregate_version=branch.version)
        await commit(uow)
    return branch


async def add_staff(db: Database, branch_id: uuid.UUID, cmd: StaffCreate, *, who: Identity) -> Staff:
    mobile = normalise_mobile(cmd.mobile)
    async with db.uow() as uow:
        await load(uow, Branch, branch_id, label="branch", who=who)
        ts = now()
        staff = Staff(id=uuid7(), branch_id=branch_id, name=cmd.name, role=cmd.role, mobile=mobile, created_at=ts, updated_at=ts)
        uow.session.add(staff)
        uow.publish(staff_snapshot(ev.StaffRegistered, staff), aggregate_id=staff.id, aggregate_version=staff.version)
        await commit(uow)
    return staff


async def update_staff(
    db: Database, branch_id: uuid.UUID, staff_id: uuid.UUID, cmd: StaffUpdate, *, who: Identity,
    expected_version: int | None = None,
) -> Staff:
    scope.check(who, branch_id, f"branch {branch_id}")
    changes = cmd.model_dump(exclude_unset=True, exclude_none=True)
    if "mobile" in changes:
        changes["mobile"] = normalise_mobile(changes["mobile"])
    async with db.uow() as uow:
        staff = await load(uow, Staff, staff_id, label="staff member", lock=True, expected_version=expected_version)
        if staff.branch_id != branch_id:
            raise NotFound(f"no staff member with id {staff_id} in this branch")
        for key, value in changes.items():
            setattr(staff, key, value)
        touch(staff)
        uow.publish(staff_snapshot(ev.StaffUpdated, staff), aggregate_id=staff.id, aggregate_version=staff.version)
        await commit(uow)
    return staff

