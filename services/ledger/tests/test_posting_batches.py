"""A fetched batch posted in one transaction (the consumer's fast path): each event once, with its
own rule and branch, product sub-accounts opened once, an event already posted (a redelivery past
the inbox) left alone, and one ledger.journal event per new entry; anything refused falls back to
one event at a time, where the refusal parks only its own event."""

from __future__ import annotations

import types
import uuid
from datetime import date

from sqlalchemy import delete, func, select

from palli_common.consumer import ConsumerRunner
from palli_common.tables import InboxRecord, OutboxRecord
from palli_ledger.adapters.tables import Account, JournalEntry
from palli_ledger.consumers import CONSUMERS


def record(envelope, offset: int):  # noqa: ANN001, ANN201
    return types.SimpleNamespace(value=envelope.model_dump_json().encode(), headers=[], topic=envelope.topic, partition=0,
                                 offset=offset, key=envelope.aggregate_id.encode())


async def test_a_batch_posts_each_event_once_in_one_transaction(app, db, make_loan_event, apply_event, posted_for, outbox_of):
    runner = ConsumerRunner("ledger-lending", db, app.state.runtime.settings, CONSUMERS["ledger-lending"])
    branches = [str(uuid.uuid4()), str(uuid.uuid4())]
    code = f"B{uuid.uuid4().hex[:6].upper()}"  # a product the chart has no sub-account for yet
    events = [
        make_loan_event("lending.loan.repayment_received", branch_id=branches[i % 2], channel=("cash", "mobile_wallet")[i % 2],
                        product_code=code if i % 3 == 0 else "GEN-MC", amount="115.00", principal="100.00", interest="15.00",
                        on=date(2026, 11, 2), version=2 + i)
        for i in range(12)
    ]
    events.insert(4, make_loan_event("lending.loan.approved"))  # moves no money: nothing posted
    before = events[7]
    await apply_event(before)  # posted already; its inbox row is lost, so the batch sees it again
    async with db.sessions() as s:
        await s.execute(delete(InboxRecord).where(InboxRecord.event_id == before.id))
        await s.commit()
    first, _ = await posted_for(before.id)

    await runner.process_batch([record(e, n) for n, e in enumerate(events)])

    for e in events:
        entry, lines = await posted_for(e.id)
        if e.type == "lending.loan.approved":
            assert entry is None
            continue
        channel = "1110" if e.payload["channel"] == "cash" else "1130"
        assert lines == [(channel, 11_500, 0), (f"1310-{e.payload['product_code']}", 0, 10_000), ("4110", 0, 1_500)]
        assert str(entry.branch_id) == e.payload["branch_id"]
        assert [kind for kind, _ in await outbox_of(entry.id)] == ["ledger.journal.posted"]
    assert (await posted_for(before.id))[0].id == first.id  # the earlier entry stands, no second one
    async with db.sessions() as s:
        ids = [e.id for e in events]
        assert await s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.source_event_id.in_(ids))) == 12
        assert await s.scalar(select(func.count()).select_from(InboxRecord).where(InboxRecord.event_id.in_(ids))) == len(events)
        assert await s.scalar(select(func.count()).select_from(Account).where(Account.code == f"1310-{code}")) == 1
        assert await s.scalar(select(func.count()).select_from(OutboxRecord).where(
            OutboxRecord.event_type == "ledger.journal.posted", OutboxRecord.envelope["payload"]["source_event_id"].as_string().in_(
                [str(i) for i in ids]))) == 12


async def test_a_refused_event_falls_back_and_the_rest_of_the_batch_posts(app, db, make_loan_event, posted_for, monkeypatch):
    runner = ConsumerRunner("ledger-lending", db, app.state.runtime.settings, CONSUMERS["ledger-lending"])
    parked = []

    async def park(record, error):  # noqa: ANN001
        parked.append((record, error))

    monkeypatch.setattr(runner, "_park", park)
    good = [make_loan_event("lending.loan.repayment_received", channel="cash", amount="10.00", principal="10.00") for _ in range(3)]
    bad = make_loan_event("lending.loan.repayment_received", channel="carrier_pigeon", amount="10.00", principal="10.00")
    await runner.process_batch([record(e, n) for n, e in enumerate([good[0], bad, *good[1:]])])
    assert [r.offset for r, _ in parked] == [1]
    for e in good:
        assert (await posted_for(e.id))[0] is not None
    assert (await posted_for(bad.id))[0] is None
