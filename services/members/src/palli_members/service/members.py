"""Use cases for members: registration, changes, lifecycle and transfer between groups."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from palli_common.clock import business_today
from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, FieldErrors, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_members.adapters.tables import Group, Member
from palli_members.api.schemas import MemberCreate, MemberUpdate, TransferIn
from palli_members.contracts import events as ev
from palli_common.geo import validate_address
from palli_members.domain.identity import normalise_mobile, normalise_nid
from palli_members.domain.lifecycle import GroupStatus, MemberStatus, ensure_member_transition
from palli_members.service.common import commit, group_snapshot, live_member_count, load, member_snapshot, now, touch
from palli_members.service.loans import open_loan

OPEN_GROUP = (GroupStatus.FORMING.value, GroupStatus.ACTIVE.value)


def _check_age(date_of_birth: date, on: date, minimum: int) -> None:
    age = on.year - date_of_birth.year - ((on.month, on.day) < (date_of_birth.month, date_of_birth.day))
    if date_of_birth > on:
        raise ValidationFailed("date of birth is in the future", field="date_of_birth")
    if age < minimum:
        raise ValidationFailed(f"members must be at least {minimum} years old", field="date_of_birth")
    if age > 120:
        raise ValidationFailed("date of birth is more than 120 years ago", field="date_of_birth")


def _check_joined_on(joined_on: date | None, date_of_birth: date, today: date) -> None:
    if joined_on and not date_of_birth < joined_on <= today:
        raise ValidationFailed("joined_on must be after the date of birth and not in the future", field="joined_on")


async def _check_nid_free(uow: UnitOfWork, nid: str, except_id: uuid.UUID | None = None) -> None:
    query = select(Member.id).where(Member.nid == nid, Member.status != MemberStatus.EXITED.value)
    holder = (await uow.session.scalars(query)).first()
    if holder is not None and holder != except_id:
        raise Conflict("a member who has not exited already holds this NID", field="nid")


async def _lock_open_group_with_room(uow: UnitOfWork, group_id: uuid.UUID, who: Identity) -> Group:
    group = await load(uow, Group, group_id, label="group", field="group_id", lock=True, who=who)
    if group.status not in OPEN_GROUP:
        raise Conflict(f"the group is {group.status} and takes no members", field="group_id")
    if await live_member_count(uow, group.id) >= group.member_limit:
        raise Conflict(f"the group is full ({group.member_limit} members)", field="group_id")
    return group


async def register_member(db: Database, cmd: MemberCreate, *, who: Identity, min_age: int) -> Member:
    today = business_today()
    with FieldErrors() as check:
        check(_check_age, cmd.date_of_birth, today, min_age)
        check(_check_joined_on, cmd.joined_on, cmd.date_of_birth, today)
        nid = check(normalise_nid, cmd.nid, cmd.date_of_birth)
        mobile = check(normalise_mobile, cmd.mobile)
        address = check(validate_address, cmd.address.division, cmd.address.district, cmd.address.upazila, cmd.address.union)
    async with db.uow() as uow:
        group = await _lock_open_group_with_room(uow, cmd.group_id, who)  # the lock serialises the limit check
        await _check_nid_free(uow, nid)
        ts = now()
        member = Member(
            id=uuid7(), branch_id=group.branch_id, group_id=group.id, name_bn=cmd.name_bn, name_en=cmd.name_en,
            gender=cmd.gender.value, date_of_birth=cmd.date_of_birth, nid=nid, mobile=mobile,
            division=address.division, district=address.district, upazila=address.upazila, union=address.union,
            household_monthly_income=cmd.household_monthly_income, land_holding_decimals=cmd.land_holding_decimals,
            language=cmd.language.value, sms_consent=cmd.sms_consent,
            status=MemberStatus.APPLICANT.value, joined_on=cmd.joined_on or today, created_at=ts, updated_at=ts,
        )
        uow.session.add(member)
        uow.publish(member_snapshot(ev.MemberRegistered, member), aggregate_id=member.id, aggregate_version=member.version)
        await commit(uow)
    return member


async def update_member(
    db: Database, member_id: uuid.UUID, cmd: MemberUpdate, *, who: Identity, min_age: int,
    expected_version: int | None = None,
) -> Member:
    changes = cmd.model_dump(exclude_unset=True)
    for key, value in changes.items():
        if value is None:
            raise ValidationFailed(f"{key} cannot be empty", field=key)
    async with db.uow() as uow:
        member = await load(uow, Member, member_id, label="member", lock=True, expected_version=expected_version, who=who)
        if member.status == MemberStatus.EXITED.value:
            raise Conflict("an exited member's record is closed", field="status")
        dob = changes.get("date_of_birth", member.date_of_birth)
        if "date_of_birth" in changes:
            _check_age(dob, business_today(), min_age)
        if "nid" in changes or "date_of_birth" in changes:
            nid = normalise_nid(changes.get("nid", member.nid), dob)
            await _check_nid_free(uow, nid, except_id=member.id)  # before assigning: the query autoflushes
            member.nid = nid
        if "mobile" in changes:
            member.mobile = normalise_mobile(changes["mobile"])
        if "address" in changes:
            a = cmd.address
            assert a is not None
            address = validate_address(a.division, a.district, a.upazila, a.union)
            member.division, member.district, member.upazila, member.union = (
                address.division, address.district, address.upazila, address.union)
        for key in ("name_bn", "name_en", "date_of_birth", "household_monthly_income", "land_holding_decimals", "sms_consent"):
            if key in changes:
                setattr(member, key, changes[key])
        if "gender" in changes:
            member.gender = cmd.gender.value  # type: ignore[union-attr]
        if "language" in changes:
            member.language = cmd.language.value  # type: ignore[union-attr]
        touch(member)
        uow.publish(
            member_snapshot(ev.MemberUpdated, member, changed=sorted(changes)), aggregate_id=member.id, aggregate_version=member.version
        )
        await commit(uow)
    return member


STATUS_EVENTS = {
    (MemberStatus.APPLICANT, MemberStatus.ACTIVE): ev.MemberActivated,
    (MemberStatus.ACTIVE, MemberStatus.DORMANT): ev.MemberMadeDormant,
    (MemberStatus.DORMANT, MemberStatus.ACTIVE): ev.MemberReactivated,
}


async def _release_offices(uow: UnitOfWork, member: Member) -> None:
    """A member who leaves a group stops being its leader or secretary; the group says so."""
    group = await load(uow, Group, member.group_id, label="group", lock=True)
    freed = [role for role in ("leader_id", "secretary_id") if getattr(group, role) == member.id]
    if freed:
        for role in freed:
            setattr(group, role, None)
        touch(group)
        uow.publish(group_snapshot(ev.GroupUpdated, group, changed=freed), aggregate_id=group.id, aggregate_version=group.version)


async def change_member_status(
    db: Database, member_id: uuid.UUID, target: MemberStatus, reason: str | None, *, who: Identity,
    expected: MemberStatus | None = None, expected_version: int | None = None,
) -> Member:
    """`expected` pins the starting status for actions that name one (activate: applicant only)."""
    async with db.uow() as uow:
        member = await load(uow, Member, member_id, label="member", lock=True, expected_version=expected_version, who=who)
        current = MemberStatus(member.status)
        ensure_member_transition(current, target)
        if expected is not None and current != expected:
            raise Conflict(f"only {expected.value} members can do this; this member is {current.value}", field="status")
        if target == MemberStatus.EXITED:
            if not reason:
                raise ValidationFailed("give the reason for the exit", field="reason")
            await _release_offices(uow, member)
        elif target == MemberStatus.DORMANT:
            await _release_offices(uow, member)
        member.status = target.value
        member.status_reason = reason
        touch(member)
        if target == MemberStatus.EXITED:
            contract = member_snapshot(ev.MemberExited, member, reason=reason)
        elif target == MemberStatus.DORMANT:
            contract = member_snapshot(ev.MemberMadeDormant, member, reason=reason)
        else:
            contract = member_snapshot(STATUS_EVENTS[(current, target)], member)
        uow.publish(contract, aggregate_id=member.id, aggregate_version=member.version)
        await commit(uow)
    return member


async def transfer_member(
    db: Database, member_id: uuid.UUID, cmd: TransferIn, *, who: Identity, expected_version: int | None = None
) -> Member:
    """The caller needs scope over the member's current branch and over the target group's branch."""
    async with db.uow() as uow:
        member = await load(uow, Member, member_id, label="member", lock=True, expected_version=expected_version, who=who)
        if member.status == MemberStatus.EXITED.value:
            raise Conflict("an exited member cannot be transferred", field="status")
        if member.group_id == cmd.group_id:
            raise ValidationFailed("the member is already in this group", field="group_id")
        for group_id in sorted((member.group_id, cmd.group_id)):  # one lock order: no deadlock between opposite transfers
            await load(uow, Group, group_id, label="group", field="group_id", lock=True, who=who)
        await _release_offices(uow, member)
        target = await _lock_open_group_with_room(uow, cmd.group_id, who)
        if target.branch_id != member.branch_id and (loan := await open_loan(uow, member.id)) is not None:
            raise Conflict(
                f"the member has open loan {loan.loan_id} ({loan.status}) in her branch; a transfer to another "
                "branch waits until it is closed (a move within the branch is allowed)",
                field="loan_id", extra={"loan_id": str(loan.loan_id), "loan_status": loan.status},
            )
        from_group, from_branch = member.group_id, member.branch_id
        member.group_id, member.branch_id = target.id, target.branch_id
        touch(member)
        uow.publish(
            member_snapshot(ev.MemberTransferred, member, from_group_id=str(from_group), from_branch_id=str(from_branch), reason=cmd.reason),
            aggregate_id=member.id,
            aggregate_version=member.version,
        )
        await commit(uow)
    return member
