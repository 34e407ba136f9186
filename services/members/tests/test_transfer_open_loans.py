"""A transfer to another branch is refused while the member has an open loan (409 naming the loan):
the loan, its schedule and its books stay with the branch that lent. Members learns of loans from
`lending.loan` events (service/loans.py); envelopes here are built from lending's own contracts, so
a change there that breaks members' reading of them fails here."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from sqlalchemy import func, select

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope, new_event
from palli_common.tables import InboxRecord
from palli_common.testing.http import assert_problem
from palli_lending.contracts import events as lev
from palli_members.adapters.tables import LoanCopy
from palli_members.consumers import CONSUMERS

RUNNER = "members-lending"


def loan_event(cls, loan_id: uuid.UUID, version: int, member: dict, **over) -> EventEnvelope:  # noqa: ANN001
    fields = dict(loan_id=str(loan_id), member_id=member["id"], group_id=member["group_id"], branch_id=member["branch_id"],
                  product_id=str(uuid.uuid4()), product_code="JAGORON", status="applied", loan_principal="20000.00")
    extra = {lev.LoanApplied: dict(annual_rate="24.00", installments=46, frequency="weekly"),
             lev.LoanRejected: dict(reason="incomplete papers"), lev.LoanPrepaid: dict(interest_waived="120.00"),
             lev.LoanWrittenOff: dict(reason="died", requested_by="manager-1")}.get(cls, {})
    fields.update(extra, **over)
    return new_event(cls(**fields), aggregate_id=loan_id, aggregate_version=version)


async def deliver(app, *envelopes: EventEnvelope) -> None:  # noqa: ANN001
    """Through ConsumerRunner.process, as records come off Kafka: inbox row and copy in one transaction."""
    runtime = app.state.runtime
    runner = ConsumerRunner(RUNNER, runtime.db, runtime.settings, CONSUMERS[RUNNER])
    for envelope in envelopes:
        record = SimpleNamespace(value=envelope.model_dump_json().encode(), key=envelope.aggregate_id.encode(), headers=[],
                                 topic=envelope.topic, partition=0, offset=0)
        await runner.process(record)


async def two_branches(factory) -> tuple[dict, dict, dict]:  # noqa: ANN001
    """An active member in a group of one branch, another group in her branch, a group of another branch."""
    home = await factory.group()
    same_branch = await factory.group({"id": home["branch_id"]})
    other = await factory.group(await factory.branch(district="Gazipur", upazila="Kaliakair"))
    member = await factory.member(home, activate=True)
    return member, same_branch, other


async def test_an_open_loan_refuses_a_transfer_to_another_branch_naming_it(app, client, factory, outbox_events):
    member, _, other = await two_branches(factory)
    loan_id = uuid.uuid4()
    await deliver(app, loan_event(lev.LoanApplied, loan_id, 1, member),
                  loan_event(lev.LoanApproved, loan_id, 2, member, status="approved"),
                  loan_event(lev.LoanDisbursed, loan_id, 3, member, status="active", first_due_on="2026-12-13",
                             installment_amount="480.00", total_interest="2080.00"))
    r = await client.post(f"/v1/members/{member['id']}/transfer", json={"group_id": other["id"]})
    problem = assert_problem(r, 409, "loan_id")
    assert problem["loan_id"] == str(loan_id) and problem["loan_status"] == "active"
    assert str(loan_id) in problem["detail"]
    after = (await client.get(f"/v1/members/{member['id']}")).json()
    assert (after["group_id"], after["branch_id"], after["version"]) == (member["group_id"], member["branch_id"], member["version"])
    assert await outbox_events(member["id"]) == ["members.member.registered", "members.member.activated"]


async def test_an_application_not_yet_disbursed_is_open_too(app, client, factory):
    member, _, other = await two_branches(factory)
    await deliver(app, loan_event(lev.LoanApplied, uuid.uuid4(), 1, member))
    assert_problem(await client.post(f"/v1/members/{member['id']}/transfer", json={"group_id": other["id"]}), 409, "loan_id")


async def test_a_move_within_her_branch_is_allowed_with_an_open_loan(app, client, factory):
    member, same_branch, _ = await two_branches(factory)
    await deliver(app, loan_event(lev.LoanApplied, uuid.uuid4(), 1, member))
    r = await client.post(f"/v1/members/{member['id']}/transfer", json={"group_id": same_branch["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["group_id"] == same_branch["id"]


async def test_once_every_loan_is_closed_rejected_or_written_off_she_may_move(app, client, factory):
    member, _, other = await two_branches(factory)
    closed, rejected, written_off = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await deliver(app,
                  loan_event(lev.LoanApplied, closed, 1, member), loan_event(lev.LoanClosed, closed, 5, member, status="closed"),
                  loan_event(lev.LoanApplied, rejected, 1, member), loan_event(lev.LoanRejected, rejected, 2, member, status="rejected"),
                  loan_event(lev.LoanApplied, written_off, 1, member),
                  loan_event(lev.LoanWrittenOff, written_off, 9, member, status="written_off"))
    r = await client.post(f"/v1/members/{member['id']}/transfer", json={"group_id": other["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["branch_id"] == other["branch_id"]


async def test_a_late_old_event_does_not_reopen_a_closed_loan(app, client, factory):
    """A dead-letter replay may bring back an older event: the copy only moves forward."""
    member, _, other = await two_branches(factory)
    loan_id = uuid.uuid4()
    await deliver(app, loan_event(lev.LoanClosed, loan_id, 7, member, status="closed"),
                  loan_event(lev.RepaymentReceived, loan_id, 6, member, status="active", amount="480.00"))
    async with app.state.runtime.db.sessions() as s:
        copy = await s.get(LoanCopy, loan_id)
    assert (copy.status, copy.aggregate_version) == ("closed", 7)
    r = await client.post(f"/v1/members/{member['id']}/transfer", json={"group_id": other["id"]})
    assert r.status_code == 200, r.text


async def test_a_redelivered_loan_event_is_applied_once(app, factory):
    member, _, _ = await two_branches(factory)
    loan_id = uuid.uuid4()
    applied = loan_event(lev.LoanApplied, loan_id, 1, member)
    await deliver(app, applied, applied)
    async with app.state.runtime.db.sessions() as s:
        inbox = await s.scalar(select(func.count()).select_from(InboxRecord).where(
            InboxRecord.consumer == RUNNER, InboxRecord.event_id == applied.id))
        copies = await s.scalar(select(func.count()).select_from(LoanCopy).where(LoanCopy.loan_id == loan_id))
    assert (inbox, copies) == (1, 1)


def test_every_lending_loan_event_reaches_the_copy():
    """One wildcard handler takes each lending.loan type, present and future (each carries status)."""
    assert set(CONSUMERS[RUNNER]) == {"lending.loan.*"}
