"""Members events -> lending's copies of groups and members (service/copies.py, consumers.py).

Envelopes are built from the members service's own contracts, so a change there that breaks
lending's reading of them fails here."""

from __future__ import annotations

import uuid
from datetime import date
from types import SimpleNamespace

from sqlalchemy import func, select

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope, new_event
from palli_common.tables import InboxRecord
from palli_lending.adapters.tables import GroupCopy, MemberCopy
from palli_lending.consumers import CONSUMERS
from palli_lending.service.copies import on_group_event, on_member_event
from palli_members.contracts import events as ev

HANDLERS = CONSUMERS["lending-members"]


def group_event(cls, group_id: uuid.UUID, version: int, **over) -> EventEnvelope:  # noqa: ANN001
    fields = dict(group_id=str(group_id), branch_id=str(over.pop("branch_id", uuid.UUID(int=1))), name="Shapla Samity",
                  meeting_day="sunday", meeting_place="school yard", formation_date=date(2026, 1, 10), field_officer_id=None,
                  leader_id=None, secretary_id=None, member_limit=40, status="forming")
    fields.update(over)
    return new_event(cls(**fields), aggregate_id=group_id, aggregate_version=version)


def member_event(cls, member_id: uuid.UUID, version: int, **over) -> EventEnvelope:  # noqa: ANN001
    fields = dict(member_id=str(member_id), branch_id=str(uuid.UUID(int=1)), group_id=str(uuid.UUID(int=2)), name_bn="রহিমা খাতুন",
                  name_en="Rahima Khatun", gender="female", date_of_birth=date(1990, 5, 1), mobile="+8801712345678",
                  division="Dhaka", district="Dhaka", upazila="Savar", union=None, household_monthly_income="12000.00",
                  land_holding_decimals="10.00", status="applicant", joined_on=date(2026, 1, 15))
    fields.update(over)
    return new_event(cls(**fields), aggregate_id=member_id, aggregate_version=version)


async def apply(app, *envelopes: EventEnvelope) -> None:  # noqa: ANN001
    """As the consumer runs a handler: inside a unit of work, then commit."""
    for envelope in envelopes:
        async with app.state.runtime.db.uow() as uow:
            await HANDLERS[envelope.type](uow, envelope)
            await uow.commit()


async def group_copy(app, group_id: uuid.UUID) -> GroupCopy | None:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        return await s.get(GroupCopy, group_id)


async def member_copy(app, member_id: uuid.UUID) -> MemberCopy | None:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        return await s.get(MemberCopy, member_id)


def test_every_members_group_and_member_event_has_a_handler():
    group_types = {c.event_type for c in vars(ev).values() if isinstance(c, type) and issubclass(c, ev.GroupSnapshot) and c is not ev.GroupSnapshot}
    member_types = {c.event_type for c in vars(ev).values() if isinstance(c, type) and issubclass(c, ev.MemberSnapshot) and c is not ev.MemberSnapshot}
    assert len(group_types) == 5 and len(member_types) == 7
    assert set(HANDLERS) == group_types | member_types
    assert all(HANDLERS[t] is on_group_event for t in group_types)
    assert all(HANDLERS[t] is on_member_event for t in member_types)
    assert list(CONSUMERS) == ["lending-members", "lending-savings", "lending-training"]


async def test_group_copy_follows_the_group(app):
    gid, officer, branch = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await apply(app, group_event(ev.GroupFormed, gid, 1, branch_id=branch))
    copy = await group_copy(app, gid)
    assert (copy.branch_id, copy.name, copy.meeting_day, copy.status, copy.field_officer_id, copy.aggregate_version) == (
        branch, "Shapla Samity", "sunday", "forming", None, 1)
    await apply(app, group_event(ev.GroupActivated, gid, 2, branch_id=branch, status="active"))
    await apply(app, group_event(ev.GroupUpdated, gid, 3, branch_id=branch, status="active", meeting_day="tuesday",
                                 field_officer_id=str(officer), name="Padma Samity", changed=["meeting_day", "field_officer_id", "name"]))
    copy = await group_copy(app, gid)
    assert (copy.status, copy.meeting_day, copy.field_officer_id, copy.name, copy.aggregate_version) == (
        "active", "tuesday", officer, "Padma Samity", 3)
    await apply(app, group_event(ev.GroupSuspended, gid, 4, branch_id=branch, status="suspended", reason="arrears"))
    assert (await group_copy(app, gid)).status == "suspended"
    await apply(app, group_event(ev.GroupDissolved, gid, 5, branch_id=branch, status="dissolved", reason=None))
    assert (await group_copy(app, gid)).status == "dissolved"


async def test_an_older_group_event_never_overwrites_a_newer_copy(app):
    gid = uuid.uuid4()
    await apply(app, group_event(ev.GroupSuspended, gid, 4, status="suspended"))  # arrives first
    await apply(app, group_event(ev.GroupActivated, gid, 2, status="active"))  # late, older
    await apply(app, group_event(ev.GroupUpdated, gid, 4, status="active", changed=[]))  # same version: already held
    copy = await group_copy(app, gid)
    assert (copy.status, copy.aggregate_version) == ("suspended", 4)
    await apply(app, group_event(ev.GroupActivated, gid, 5, status="active"))
    assert (await group_copy(app, gid)).status == "active"


async def test_member_copy_follows_the_member_lifecycle(app):
    mid = uuid.uuid4()
    new_group, new_branch = uuid.uuid4(), uuid.uuid4()
    await apply(app, member_event(ev.MemberRegistered, mid, 1))
    copy = await member_copy(app, mid)
    assert (copy.status, copy.gender, copy.name_en, copy.name_bn, copy.mobile, copy.aggregate_version) == (
        "applicant", "female", "Rahima Khatun", "রহিমা খাতুন", "+8801712345678", 1)
    steps = [
        (ev.MemberActivated, {"status": "active"}),
        (ev.MemberUpdated, {"status": "active", "mobile": "+8801812345678", "name_en": "Rahima Begum", "changed": ["mobile", "name_en"]}),
        (ev.MemberMadeDormant, {"status": "dormant", "reason": "moved away"}),
        (ev.MemberReactivated, {"status": "active"}),
        (ev.MemberTransferred, {"status": "active", "group_id": str(new_group), "branch_id": str(new_branch),
                                "from_group_id": str(uuid.UUID(int=2)), "from_branch_id": str(uuid.UUID(int=1))}),
    ]
    snapshot: dict = {}  # every event is a full snapshot: later ones carry the earlier changes
    for version, (cls, over) in enumerate(steps, start=2):
        snapshot = {k: v for k, v in {**snapshot, **over}.items() if k not in ("changed", "reason", "from_group_id", "from_branch_id")}
        await apply(app, member_event(cls, mid, version, **{**snapshot, **over}))
        assert (await member_copy(app, mid)).status == over["status"], cls
    copy = await member_copy(app, mid)
    assert (copy.mobile, copy.name_en, copy.group_id, copy.branch_id, copy.aggregate_version) == (
        "+8801812345678", "Rahima Begum", new_group, new_branch, 6)
    await apply(app, member_event(ev.MemberExited, mid, 7, **{**snapshot, "status": "exited"}, reason="left the area"))
    assert (await member_copy(app, mid)).status == "exited"


async def test_member_events_out_of_order_keep_the_newest(app):
    mid = uuid.uuid4()
    await apply(app, member_event(ev.MemberMadeDormant, mid, 4, status="dormant"))
    await apply(app, member_event(ev.MemberRegistered, mid, 1))
    await apply(app, member_event(ev.MemberUpdated, mid, 3, status="active", mobile="+8801912345678", changed=["mobile"]))
    copy = await member_copy(app, mid)
    assert (copy.status, copy.mobile, copy.aggregate_version) == ("dormant", "+8801712345678", 4)


async def test_the_consumer_applies_a_redelivered_event_once(app):
    """Through ConsumerRunner.process, as records come off Kafka: inbox row and copy in one transaction."""
    runtime = app.state.runtime
    runner = ConsumerRunner("lending-members", runtime.db, runtime.settings, HANDLERS)
    mid = uuid.uuid4()
    registered = member_event(ev.MemberRegistered, mid, 1)

    def record(envelope: EventEnvelope) -> SimpleNamespace:
        return SimpleNamespace(value=envelope.model_dump_json().encode(), key=str(mid).encode(), headers=[],
                               topic=envelope.topic, partition=0, offset=0)

    await runner.process(record(registered))
    await runner.process(record(registered))
    activated = member_event(ev.MemberActivated, mid, 2, status="active")
    await runner.process(record(activated))
    copy = await member_copy(app, mid)
    assert (copy.status, copy.aggregate_version) == ("active", 2)
    async with runtime.db.sessions() as s:
        inbox = await s.scalar(select(func.count()).select_from(InboxRecord).where(
            InboxRecord.consumer == "lending-members", InboxRecord.event_id.in_([registered.id, activated.id])))
    assert inbox == 2


async def test_events_of_other_kinds_are_not_handled(app):
    assert "members.branch.opened" not in HANDLERS and "members.staff.registered" not in HANDLERS
