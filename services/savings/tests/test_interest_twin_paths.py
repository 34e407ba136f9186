"""The interest job's two paths on the same PostgreSQL database: the set-based SQL (what
PostgreSQL runs) and account by account (what SQLite runs) must write the same postings, balances,
passbook rows and events for twin accounts, period after period with the carry, in chunks that mix
interest methods and rates changing mid-period."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from palli_common.tables import BATCH_KEY, OutboxRecord
from palli_common.testing.events import outbox_events
from palli_savings.adapters.tables import InterestPosting, ProductRate, SavingsAccount, SavingsTransaction
from palli_savings.domain.periods import period_ends
from palli_savings.adapters import interest_sql
from palli_savings.service import interest as interest_service
from palli_savings.service.common import now
from .test_interest_posting import LAST_END, random_moves, seed_history  # importlib mode: that module is collected first (name order)

OWN = {"account_id", "number", "member_id", "group_id", "product_id", "product_code", "transaction_id"}  # differ between twins


async def twin_products(client, db, side: str) -> list[str]:  # noqa: ANN001
    ids = []
    for method, rate, floor in (("daily_balance", "6.00", "0.00"), ("average_daily_balance", "7.25", "100.00")):
        r = await client.post("/v1/savings/products", json={
            "code": f"{side}{method[:3].upper()}-{uuid.uuid4().hex[:5].upper()}", "name": f"{method} {side}", "name_bn": "সঞ্চয়",
            "kind": "voluntary", "annual_rate": rate, "interest_method": method, "days_in_year": 365, "posting_period": "monthly",
            "min_balance_for_interest": floor})
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
        async with db.uow() as uow:  # a rate change in the last month, from its 12th day
            uow.session.add(ProductRate(product_id=uuid.UUID(ids[-1]), effective_from=LAST_END.replace(day=12),
                                        annual_rate=Decimal("5.10"), created_by="test", created_at=now()))
            await uow.commit()
    return ids


async def state(db, account_id: str) -> dict:  # noqa: ANN001
    async with db.sessions() as s:
        account = await s.get(SavingsAccount, uuid.UUID(account_id))
        postings = (await s.scalars(select(InterestPosting).where(InterestPosting.account_id == account.id)
                                    .order_by(InterestPosting.period_end))).all()
        txns = (await s.scalars(select(SavingsTransaction).where(SavingsTransaction.account_id == account.id,
                                                                 SavingsTransaction.kind == "interest").order_by(SavingsTransaction.id))).all()
        events = await outbox_events(s, key=account_id, event_type="savings.account.interest_posted")
    assert [t.id for t in txns] == [p.transaction_id for p in postings if p.amount]
    envelopes = []
    for env in events:
        assert env["aggregate_id"] == account_id == env["payload"]["account_id"]
        envelopes.append({**{k: v for k, v in env.items() if k not in {"id", "aggregate_id", "occurred_at", "payload"}},
                          "payload": {k: v for k, v in env["payload"].items() if k not in OWN}})
    return dict(
        account=(account.balance, account.version, account.interest_posted_to, Decimal(account.interest_carry)),
        postings=[(p.kind, p.period_start, p.period_end, Decimal(p.interest), Decimal(p.carried_in), p.amount, Decimal(p.carry_out))
                  for p in postings],
        passbook=[(t.on, t.amount, t.balance_after, t.reference, t.channel, t.created_by) for t in txns],
        events=envelopes,
    )


async def test_the_set_based_path_writes_what_the_account_by_account_path_writes(app, client, member, open_account, monkeypatch):
    monkeypatch.setattr(interest_sql, "EVENTS_PER_ROW", 2)  # chunks of 5 accounts: several batch rows each
    db = app.state.runtime.db
    async with db.sessions() as s:
        if s.bind.dialect.name != "postgresql":
            pytest.skip("the set-based path is PostgreSQL's")
    rng = random.Random(20261207)
    sides = {"S": await twin_products(client, db, "S"), "A": await twin_products(client, db, "A")}
    member_id, _ = await member()
    twins, earliest = [], LAST_END
    for i in range(24):
        method = i % 2  # accounts of both methods interleave by id: a chunk holds both
        opened_on = LAST_END - timedelta(days=rng.randrange(20, 120))
        moves = random_moves(rng, opened_on, LAST_END)
        pair = []
        for side in ("S", "A"):
            account = await open_account(member_id, sides[side][method])
            await seed_history(db, account["id"], opened_on, moves)
            pair.append(account["id"])
        twins.append(pair)
        earliest = min(earliest, opened_on)

    for end in period_ends("monthly", earliest - timedelta(days=1), LAST_END):
        for side, set_based in (("S", True), ("A", False)):
            result = await interest_service._post_period(db, "test", "monthly", [uuid.UUID(p) for p in sides[side]], end, 5,
                                                         set_based=set_based)
            assert result.credited_accounts <= result.accounts
    credited = 0
    for ours, theirs in twins:
        a, b = await state(db, ours), await state(db, theirs)
        assert a == b
        credited += len(a["events"])
    assert credited > 24  # most months paid something
    async with db.sessions() as s:
        batches = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == BATCH_KEY))).all()
    ours = {ours for ours, _ in twins}
    batches = [r for r in batches if {e["aggregate_id"] for e in r.envelope} & ours]  # the database is shared with other tests
    # the set-based path's events go out in batch rows, in order: a row's id is its first event's
    assert batches and {len(r.envelope) for r in batches} == {1, 2}
    for row in batches:
        ids = [uuid.UUID(e["id"]) for e in row.envelope]
        assert row.id == ids[0] and ids == sorted(ids)
        assert {(e["type"], row.event_type, row.topic) for e in row.envelope} == {
            ("savings.account.interest_posted", "savings.account.interest_posted", "savings.account")}
