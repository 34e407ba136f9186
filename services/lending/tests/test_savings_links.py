"""Lending and savings without a synchronous call: lending keeps copies of her savings accounts
from `savings.account` events (built from savings' own contracts), shows each member's savings due
on the collection sheet, sends the savings collected to savings in the sheet's own event, and
checks `min_compulsory_savings` against the balance savings last published."""

from __future__ import annotations

import uuid

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
