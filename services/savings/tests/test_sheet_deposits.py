"""Savings collected on lending's collection sheet (its `lending.collection_sheet.posted` event,
built from lending's own contracts): each deposit credited once, dated the meeting, referencing the
sheet; an account that is not hers is refused alone, with an event, and the rest still go in."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from sqlalchemy import select

from palli_common.clock import business_today
from palli_common.consumer import ConsumerRunner
from palli_common.events import new_event
from palli_common.tables import OutboxRecord
from palli_lending.contracts import events as lev
from palli_savings.consumers import CONSUMERS

from .conftest import GS, VS


async def test_the_sheets_savings_are_credited_once_each(app, client, member, open_account):
    rahima, branch_id = await member()
    salma, _ = await member(branch_id=branch_id)
    gs_r, gs_s, vs_s = await open_account(rahima, GS), await open_account(salma, GS), await open_account(salma, VS)
    sheet_id = uuid.uuid4()
    fact = lev.CollectionSheetPosted(
        collection_sheet_id=str(sheet_id), group_id=str(uuid.uuid4()), branch_id=str(branch_id), meeting_on=business_today(),
        posted_by="officer-sheet", savings=[
            lev.SheetSavings(member_id=str(rahima), account_id=gs_r["id"], amount="50.00"),
            lev.SheetSavings(member_id=str(salma), account_id=gs_s["id"], amount="120.00"),
            lev.SheetSavings(member_id=str(rahima), account_id=vs_s["id"], amount="10.00"),  # Salma's account, not Rahima's
        ])
    envelope = new_event(fact, aggregate_id=sheet_id, aggregate_version=1)
    runtime = app.state.runtime
    runner = ConsumerRunner("savings-lending", runtime.db, runtime.settings, CONSUMERS["savings-lending"])
    for offset in (1, 2):  # delivered, then redelivered
        await runner.process(SimpleNamespace(value=envelope.model_dump_json().encode(), key=str(sheet_id).encode(), headers=[],
                                             topic=envelope.topic, partition=0, offset=offset))
    balances = {a: (await client.get(f"/v1/savings/accounts/{a}")).json()["balance"] for a in (gs_r["id"], gs_s["id"], vs_s["id"])}
    assert balances == {gs_r["id"]: "50.00", gs_s["id"]: "120.00", vs_s["id"]: "0.00"}
    [txn] = (await client.get(f"/v1/savings/accounts/{gs_s['id']}/transactions")).json()["items"]
    assert (txn["on"], txn["channel"], txn["reference"], txn["created_by"]) == (business_today().isoformat(), "cash", f"sheet {sheet_id}",
                                                                               "officer-sheet")
    async with runtime.db.sessions() as s:
        refused = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == vs_s["id"],
                                                             OutboxRecord.event_type == "savings.account.deposit_refused"))).all()
    assert len(refused) == 1 and refused[0].envelope["payload"]["reason"] == "the account is not hers"
    assert refused[0].envelope["payload"]["amount"] == "10.00"
