"""Lending and savings without a synchronous call: lending keeps copies of her savings accounts
from `savings.account` events (built from savings' own contracts), shows each member's savings due
on the collection sheet, sends the savings collected to savings in the sheet's own event, and
checks `min_compulsory_savings` against the balance savings last published."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from palli_common.clock import business_today
from palli_common.events import new_event
from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_lending.service.copies import on_savings_event
from palli_savings.contracts import events as sev
from .test_products import product_body


async def publish_account(app, member, *, kind: str = "compulsory", balance: str = "0.00", deposit_due: str = "50.00", version: int = 1,  # noqa: ANN001
                          account_id: uuid.UUID | None = None, cls=sev.AccountOpened, status: str = "active") -> uuid.UUID:  # noqa: ANN001
    account_id = account_id or uuid.uuid4()
    fact = cls(account_id=str(account_id), number=f"GS-{account_id.hex[-10:].upper()}", member_id=str(member.member_id),
               group_id=str(member.group_id), branch_id=str(member.branch_id), product_id=str(uuid.uuid4()), product_code="GS", kind=kind,
               status=status, balance=balance, deposit_due=deposit_due)
    async with app.state.runtime.db.uow() as uow:
        await on_savings_event(uow, new_event(fact, aggregate_id=account_id, aggregate_version=version))
        await uow.commit()
    return account_id


async def test_the_sheet_shows_savings_due_and_sends_savings_collected_in_its_event(app, client_as, seed):
    group = await seed.group()
    rahima, salma = await seed.member(group), await seed.member(group)
    stranger = await seed.member(await seed.group(branch_id=group.branch_id))
    gs_r = await publish_account(app, rahima)
    gs_s = await publish_account(app, salma, deposit_due="100.00")
    theirs = await publish_account(app, stranger)
    closed = await publish_account(app, salma, kind="voluntary", status="closed")
    officer = client_as(roles=["field_officer"], branches=[group.branch_id], subject="officer-savings")
    async with officer:
        today = business_today().isoformat()
        sheet = (await officer.get("/v1/collection-sheets", params={"group_id": str(group.group_id), "meeting_on": today})).json()
        due = {m["member_id"]: (m["savings_due"], m["savings_account_id"]) for m in sheet["members_without_loans"]}
        assert due == {str(rahima.member_id): ("50.00", str(gs_r)), str(salma.member_id): ("100.00", str(gs_s))}
        assert sheet["savings_due"] == "150.00"

        body = {"group_id": str(group.group_id), "meeting_on": today, "savings": [
            {"account_id": str(gs_r), "amount": "50.00"}, {"account_id": str(gs_s), "amount": "120.00"},
            {"account_id": str(theirs), "amount": "50.00"}, {"account_id": str(closed), "amount": "10.00"},
            {"account_id": str(uuid.uuid4()), "amount": "10.00"}]}
        key = {"Idempotency-Key": f"meeting-{uuid.uuid4()}"}
        r = await officer.post("/v1/collection-sheets", json=body, headers=key)
        assert r.status_code == 201, r.text
        result = r.json()
        assert result["savings_collected"] == "170.00"
        statuses = [(x["account_id"], x["status"]) for x in result["savings"]]
        assert statuses[:2] == [(str(gs_r), "sent_to_savings"), (str(gs_s), "sent_to_savings")]
        assert [s for _, s in statuses[2:]] == ["refused"] * 3
        assert "not in this group" in result["savings"][2]["reason"] and "closed" in result["savings"][3]["reason"]

        replay = await officer.post("/v1/collection-sheets", json=body, headers=key)
        assert replay.status_code == 200 and replay.json() == result
    async with app.state.runtime.db.sessions() as s:
        events = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == result["collection_sheet_id"]))).all()
    assert [e.event_type for e in events] == ["lending.collection_sheet.posted"]  # one, however often the sheet is replayed
    payload = events[0].envelope["payload"]
    assert payload["meeting_on"] == today and payload["posted_by"] == "officer-savings"
    assert payload["savings"] == [{"member_id": str(rahima.member_id), "account_id": str(gs_r), "amount": "50.00"},
                                  {"member_id": str(salma.member_id), "account_id": str(gs_s), "amount": "120.00"}]


async def test_a_sheet_with_nothing_on_it_or_a_bad_savings_line_is_a_problem(client_as, seed):
    group = await seed.group()
    officer = client_as(roles=["field_officer"], branches=[group.branch_id])
    async with officer:
        base = {"group_id": str(group.group_id), "meeting_on": business_today().isoformat()}
        key = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
        assert_problem(await officer.post("/v1/collection-sheets", json=base, headers=key), 422, "lines")
        twice = [{"account_id": str(uuid.uuid4()), "amount": "5.00"}] * 2
        assert_problem(await officer.post("/v1/collection-sheets", json={**base, "savings": twice}, headers=key), 422, "savings")
        r = await officer.post("/v1/collection-sheets", json={**base, "savings": [{"account_id": "x", "amount": 5}]}, headers=key)
        assert r.status_code == 422


async def test_min_compulsory_savings_works_from_the_balance_savings_published(app, client, client_as, seed):
    r = await client.post("/v1/loan-products", json=product_body(eligibility={"min_compulsory_savings": "500.00"}))
    assert r.status_code == 201, r.text
    product = r.json()
    member = await seed.member(await seed.group())
    officer = client_as(roles=["field_officer"], branches=[member.branch_id])
    apply = {"member_id": str(member.member_id), "product_id": product["id"], "principal": "5000.00", "installments": 46, "frequency": "weekly"}
    async with officer:
        r = await officer.post("/v1/loans", json=apply)
        assert_problem(r, 422)
        assert "not known yet" in r.text
        account = await publish_account(app, member, balance="120.00")
        r = await officer.post("/v1/loans", json=apply)
        assert_problem(r, 422)
        assert "120.00" in r.text and "500.00" in r.text
        await publish_account(app, member, balance="650.00", version=5, account_id=account, cls=sev.DepositReceived)
        await publish_account(app, member, balance="10.00", version=4, account_id=account, cls=sev.WithdrawalPaid)  # late: ignored
        r = await officer.post("/v1/loans", json=apply)
        assert r.status_code == 201, r.text


async def test_a_repayment_from_savings_is_applied_once_or_refused_back(app, client_as, seed, outbox_events):
    from types import SimpleNamespace

    from palli_common.consumer import ConsumerRunner
    from palli_lending.consumers import CONSUMERS

    from .test_api_collection_sheets import _loan

    group = await seed.group()
    member = await seed.member(group)
    officer = client_as(roles=["field_officer"], branches=[group.branch_id], subject="officer-repay")
    manager = client_as(roles=["branch_manager"], branches=[group.branch_id], subject="manager-repay")
    async with officer, manager:
        pid = next(p["id"] for p in (await officer.get("/v1/loan-products", params={"limit": 200})).json()["items"] if p["code"] == "GEN-MC")
        loan = await _loan(officer, manager, member, pid, business_today() - timedelta(days=3))
        # typed into lending, channel savings would book Dr 2120 while her savings stayed put
        r = await officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "100.00", "paid_on": business_today().isoformat(),
                                                                           "channel": "savings"})
        assert_problem(r, 422, "channel")

        runtime = app.state.runtime
        runner = ConsumerRunner("lending-savings", runtime.db, runtime.settings, CONSUMERS["lending-savings"])
        account_id = uuid.uuid4()

        async def withdrawn(amount: str, version: int) -> dict:
            fact = sev.WithdrawalPaid(account_id=str(account_id), number="VS-1", member_id=str(member.member_id), group_id=str(group.group_id),
                                      branch_id=str(group.branch_id), product_id=str(uuid.uuid4()), product_code="VS", kind="voluntary",
                                      status="active", on=business_today(), amount=amount, balance="0.00", channel="loan_repayment",
                                      reference=loan["id"], transaction_id=str(uuid.uuid4()), actor="officer-repay")
            envelope = new_event(fact, aggregate_id=account_id, aggregate_version=version)
            for offset in (1, 2):  # delivered and redelivered
                await runner.process(SimpleNamespace(value=envelope.model_dump_json().encode(), key=str(account_id).encode(), headers=[],
                                                     topic=envelope.topic, partition=0, offset=offset))
            return fact.model_dump()

        paid = await withdrawn("300.00", 2)
        events = await outbox_events(loan["id"])
        repaid = [p for t, p in events if t == "lending.loan.repayment_received"]
        assert len(repaid) == 1 and (repaid[0]["amount"], repaid[0]["channel"], repaid[0]["reference"]) == (
            "300.00", "savings", paid["transaction_id"])

        too_much = await withdrawn("999999.00", 3)
        refused = [p for t, p in await outbox_events(loan["id"]) if t == "lending.loan.repayment_refused"]
        assert len(refused) == 1
        assert (refused[0]["amount"], refused[0]["reference"], refused[0]["savings_account_id"]) == (
            "999999.00", too_much["transaction_id"], str(account_id))
        assert "outstanding" in refused[0]["reason"]
        after = (await officer.get(f"/v1/loans/{loan['id']}")).json()
        assert Decimal(after["outstanding_principal"]) + Decimal(after["outstanding_interest"]) < Decimal("5000.00") + Decimal("600.00")
