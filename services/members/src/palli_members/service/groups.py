"""Use cases for samity groups: formation, changes, leaders, status."""

from __future__ import annotations

import uuid

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_members.adapters.tables import Branch, Group, Member, Staff
from palli_members.api.schemas import GroupCreate, GroupUpdate
from palli_members.contracts import events as ev
from palli_members.domain.lifecycle import GroupStatus, MemberStatus, ensure_group_transition
from palli_members.service import scope
from palli_members.service.common import commit, group_snapshot, live_member_count, load, now, touch

CLEARABLE = {"field_officer_id", "leader_id", "secretary_id"}  # null unassigns these; nothing else may be null

STATUS_EVENTS = {
    GroupStatus.ACTIVE: ev.GroupActivated,
    GroupStatus.SUSPENDED: ev.GroupSuspended,
    GroupStatus.DISSOLVED: ev.GroupDissolved,
}


async def _check_field_officer(uow: UnitOfWork, staff_id: uuid.UUID, branch_id: uuid.UUID) -> None:
    staff = await load(uow, Staff, staff_id, label="staff member", field="field_officer_id")
    if staff.branch_id != branch_id or not staff.active or staff.role not in ("field_officer", "branch_manager"):
        raise ValidationFailed(
            "the field officer must be an active field officer or branch manager of the group's branch", field="field_officer_id"
        )


async def _check_officer_role(uow: UnitOfWork, group: Group, field: str, member_id: uuid.UUID) -> None:
    member = await load(uow, Member, member_id, label="member", field=field)
    if member.group_id != group.id or member.status != MemberStatus.ACTIVE.value:
        raise ValidationFailed(f"the {field.removesuffix('_id')} must be an active member of this group", field=field)


async def form_group(db: Database, cmd: GroupCreate, *, who: Identity) -> Group:
    scope.check(who, cmd.branch_id, f"branch {cmd.branch_id}")
    async with db.uow() as uow:
        await load(uow, Branch, cmd.branch_id, label="branch", field="branch_id")
        if cmd.field_officer_id:
            await _check_field_officer(uow, cmd.field_officer_id, cmd.branch_id)
        ts = now()
        group = Group(
            id=uuid7(), branch_id=cmd.branch_id, name=cmd.name, meeting_day=cmd.meeting_day.value,
            meeting_place=cmd.meeting_place, formation_date=cmd.formation_date, field_officer_id=cmd.field_officer_id,
            member_limit=cmd.member_limit, status=GroupStatus.FORMING.value, created_at=ts, updated_at=ts,
        )
        uow.session.add(group)
        uow.publish(group_snapshot(ev.GroupFormed, group), aggregate_id=group.id, aggregate_version=group.version)
        await commit(uow)
    return group


async def update_group(
    db: Database, group_id: uuid.UUID, cmd: GroupUpdate, *, who: Identity, expected_version: int | None = None
) -> Group:
    changes = cmd.model_dump(exclude_unset=True)
    async with db.uow() as uow:
        group = await load(uow, Group, group_id, label="group", lock=True, expected_version=expected_version, who=who)
        if group.status == GroupStatus.DISSOLVED.value:
            raise Conflict("a dissolved group cannot change", field="status")
        if changes.get("field_officer_id"):
            await _check_field_officer(uow, changes["field_officer_id"], group.branch_id)
        for role in ("leader_id", "secretary_id"):
            if changes.get(role):
                await _check_officer_role(uow, group, role, changes[role])
        leader = changes.get("leader_id", group.leader_id)
        secretary = changes.get("secretary_id", group.secretary_id)
        if leader and leader == secretary:
            raise ValidationFailed("the leader and the secretary must be different members", field="secretary_id")
        if "member_limit" in changes and changes["member_limit"] is not None:
            count = await live_member_count(uow, group.id)
            if changes["member_limit"] < count:
                raise ValidationFailed(f"the group already has {count} members", field="member_limit")
        for key, value in changes.items():
            if key not in CLEARABLE and value is None:
                raise ValidationFailed(f"{key} cannot be empty", field=key)
            setattr(group, key, value.value if hasattr(value, "value") else value)
        touch(group)
        uow.publish(
            group_snapshot(ev.GroupUpdated, group, changed=sorted(changes)), aggregate_id=group.id, aggregate_version=group.version
        )
        await commit(uow)
    return group


async def change_group_status(
    db: Database, group_id: uuid.UUID, target: GroupStatus, reason: str | None, *, who: Identity,
    expected_version: int | None = None,
) -> Group:
    async with db.uow() as uow:
        group = await load(uow, Group, group_id, label="group", lock=True, expected_version=expected_version, who=who)
        ensure_group_transition(GroupStatus(group.status), target)
        if target == GroupStatus.DISSOLVED and await live_member_count(uow, group.id):
            raise Conflict("transfer or exit the group's members before dissolving it", field="status")
        group.status = target.value
        touch(group)
        extra = {"reason": reason} if target in (GroupStatus.SUSPENDED, GroupStatus.DISSOLVED) else {}
        uow.publish(group_snapshot(STATUS_EVENTS[target], group, **extra), aggregate_id=group.id, aggregate_version=group.version)
        await commit(uow)
    return group
