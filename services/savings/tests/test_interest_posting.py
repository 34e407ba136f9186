"""The interest job end to end, on PostgreSQL (set-based SQL) and SQLite (account by account): both
must post what the domain functions say for random histories, once per period however often
the job runs, with effective-dated rates, events for every credit, and back-dated money making an
explicit adjustment instead of reopening a posted period."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_common.tables import OutboxRecord
from palli_common.testing.events import outbox_events
from palli_common.testing.http import assert_problem
from palli_savings.adapters.tables import InterestPosting, ProductRate, SavingsAccount, SavingsProduct, SavingsTransaction
from palli_savings.contracts import events as ev
from palli_savings.domain.interest import Segment, period_interest, post
from palli_savings.domain.periods import period_end_on_or_before, period_ends, period_start
from palli_savings.service import accounts as accounts_service
from palli_savings.service import backdating
from palli_savings.service import common
from palli_savings.service import interest as interest_service
from palli_savings.service.common import business_today, now
from .conftest import GS, VS

YESTERDAY = business_today() - timedelta(days=1)
LAST_END = period_end_on_or_before("monthly", YESTERDAY)  # the last month that is over


async def seed_history(db, account_id: str, opened_on: date, moves: list[tuple[date, int]]) -> None:  # noqa: ANN001
    """Back-dated history as years of use would leave it (the API only takes today and yesterday)."""
    async with db.uow() as uow:
        account = await uow.session.get(SavingsAccount, uuid.UUID(account_id))
        account.opened_on = opened_on
        for on, signed in moves:
            account.balance += signed
            uow.session.add(SavingsTransaction(id=uuid7(), account_id=account.id, kind="deposit" if signed > 0 else "withdrawal", on=on,
                                               amount=abs(signed), balance_after=account.balance, created_by="test", created_at=now()))
        await uow.commit()


def expected(product: SavingsProduct, rates: list[tuple[date, Decimal]], opened_on: date, moves: list[tuple[date, int]],
             through: date) -> list[tuple[date, int]]:
    """(period end, poisha credited) from the domain functions alone, carrying the remainder."""
    result, carry, credited = [], Decimal(0), 0
    for end in period_ends(product.posting_period, opened_on - timedelta(days=1), through):
        start = max(period_start(product.posting_period, end), opened_on)
        balance = credited + sum(a for d, a in moves if d < start)
        days: dict[date, int] = {}
        for d, a in moves:
            if start <= d <= end:
                balance += a
                days[d] = balance
        standing = [r for r in rates if r[0] <= start][-1:] + [r for r in rates if start < r[0] <= end]
        segments = [Segment(max(f, start), standing[i + 1][0] - timedelta(days=1) if i + 1 < len(standing) else end, rate)
                    for i, (f, rate) in enumerate(standing)]
        opening = credited + sum(a for d, a in moves if d < start)
        earned = period_interest(opening, days, start, end, segments, method=product.interest_method, days_in_year=product.days_in_year,
                                 min_balance=product.min_balance_for_interest)
        amount, carry = post(earned, carry)
        credited += amount
        result.append((end, amount))
    return result


def random_moves(rng: random.Random, opened_on: date, through: date) -> list[tuple[date, int]]:
    moves, balance, day = [(opened_on, rng.randrange(0, 5_000_00))], 0, opened_on
    balance = moves[0][1]
    while True:
        day += timedelta(days=rng.choice([1, 3, 7, 7, 14]))
        if day > through:
            return moves
        amount = rng.randrange(1, 3_000_00)
        if rng.random() < 0.3 and balance > 0:
            amount = -rng.randrange(1, balance + 1)
        balance += amount
        moves.append((day, amount))


async def product_with_rates(db, product_id: str) -> tuple[SavingsProduct, list[tuple[date, Decimal]]]:  # noqa: ANN001
    async with db.sessions() as s:
        product = await s.get(SavingsProduct, uuid.UUID(product_id))
        rates = (await s.scalars(select(ProductRate).where(ProductRate.product_id == product.id).order_by(ProductRate.effective_from))).all()
        return product, [(r.effective_from, Decimal(r.annual_rate)) for r in rates]


async def credited(db, account_id: str) -> list[tuple[date, int]]:  # noqa: ANN001
    async with db.sessions() as s:
        rows = (await s.scalars(select(InterestPosting).where(InterestPosting.account_id == uuid.UUID(account_id),
                                InterestPosting.kind == "posting").order_by(InterestPosting.period_end))).all()
        return [(r.period_end, r.amount) for r in rows]


async def test_random_histories_post_what_the_domain_says_once_however_often_the_job_runs(app, client, member, open_account):
    db, rng = app.state.runtime.db, random.Random(20261206)
    r = await client.post("/v1/savings/products", json={
        "code": f"ADB-{uuid.uuid4().hex[:6].upper()}", "name": "Quarterly average balance", "name_bn": "ত্রৈমাসিক গড় স্থিতি", "kind": "voluntary",
        "annual_rate": "7.25", "interest_method": "average_daily_balance", "days_in_year": 360, "posting_period": "quarterly",
        "min_balance_for_interest": "100.00"})
    assert r.status_code == 201, r.text
    adb = r.json()["id"]
    # a rate change one month back, as an admin would have made it that day
    async with db.uow() as uow:
        uow.session.add(ProductRate(product_id=uuid.UUID(VS), effective_from=LAST_END.replace(day=10), annual_rate=Decimal("5.50"),
                                    created_by="test", created_at=now()))
        await uow.commit()
    cases = []
    for product_id in (GS, VS, adb) * 4:
        member_id, _ = await member()
        account = await open_account(member_id, product_id)
        opened_on = LAST_END - timedelta(days=rng.randrange(40, 200))
        moves = random_moves(rng, opened_on, LAST_END)
        await seed_history(db, account["id"], opened_on, moves)
        cases.append((account["id"], product_id, opened_on, moves))

    first = await interest_service.post_interest(db, "test", LAST_END)
    assert first.periods and all(p.period_end <= LAST_END for p in first.periods)
    for account_id, product_id, opened_on, moves in cases:
        product, rates = await product_with_rates(db, product_id)
        want = expected(product, rates, opened_on, moves, LAST_END)
        got = await credited(db, account_id)
        assert got == want, (product.code, opened_on, moves)
        async with db.sessions() as s:
            account = await s.get(SavingsAccount, uuid.UUID(account_id))
            last = (await s.scalars(select(SavingsTransaction).where(SavingsTransaction.account_id == account.id)
                                    .order_by(SavingsTransaction.id.desc()).limit(1))).first()
        assert account.balance == sum(a for _, a in moves) + sum(a for _, a in want)
        assert last.balance_after == account.balance  # the passbook still ends at the balance

    again = await interest_service.post_interest(db, "test", LAST_END)
    assert all(p.accounts == 0 for p in again.periods)
    for account_id, product_id, opened_on, moves in cases:
        product, rates = await product_with_rates(db, product_id)
        assert await credited(db, account_id) == expected(product, rates, opened_on, moves, LAST_END)

    async with db.sessions() as s:
        ids = {uuid.UUID(c[0]) for c in cases}
        events = [EventEnvelope.model_validate(e) for e in await outbox_events(s, event_type="savings.account.interest_posted")]
    mine = [e for e in events if uuid.UUID(e.aggregate_id) in ids]
    posted = {(c[0], end): amount for c in cases for end, amount in await credited(db, c[0]) if amount}
    assert len(mine) == len(posted)
    for e in mine:
        fact = ev.InterestPosted.model_validate(e.payload)
        assert Decimal(fact.amount) * 100 == posted[(fact.account_id, fact.period_end)]
        assert e.aggregate_type == "account" and fact.reference.startswith("interest ")


async def test_the_admin_route_runs_the_job_and_refuses_a_day_that_is_not_over(client, member, open_account):
    r = await client.post("/v1/savings/interest-postings", json={})
    assert r.status_code == 200, r.text
    assert r.json()["through"] == YESTERDAY.isoformat()
    assert_problem(await client.post("/v1/savings/interest-postings", json={"on": business_today().isoformat()}), 422, "on")
    assert_problem(await client.post("/v1/savings/interest-postings", json={"on": "last month"}), 422, "on")
    assert_problem(await client.post("/v1/savings/interest-postings", json={"through": "2026-01-01"}), 422, "through")


async def test_a_rate_change_applies_from_its_day_never_to_the_past(client):
    today = business_today()
    assert_problem(await client.post(f"/v1/savings/products/{VS}/rates", json={"effective_from": (today - timedelta(days=1)).isoformat(),
                                                                               "annual_rate": "4.00"}), 422, "effective_from")
    assert_problem(await client.post(f"/v1/savings/products/{GS}/rates", json={"effective_from": today.isoformat(), "annual_rate": "5.99"}),
                   422, "annual_rate")
    later = today + timedelta(days=30)
    r = await client.post(f"/v1/savings/products/{VS}/rates", json={"effective_from": later.isoformat(), "annual_rate": "4.50"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert {"effective_from": later.isoformat(), "annual_rate": "4.50"} in body["rates"]
    assert body["annual_rate"] != "4.50"  # what stands today is unchanged until that day


async def test_money_dated_into_a_posted_period_is_an_explicit_adjustment_paid_next_time(app, client, member, open_account, monkeypatch):
    db = app.state.runtime.db
    first_of_month = LAST_END + timedelta(days=1)
    for module in (common, accounts_service, backdating, interest_service):
        monkeypatch.setattr(module, "business_today", lambda: first_of_month)  # "yesterday" is the posted month's last day
    member_id, _ = await member()
    account = await open_account(member_id, GS)
    await seed_history(db, account["id"], LAST_END.replace(day=1), [(LAST_END.replace(day=1), 10_000_00)])
    await interest_service.post_interest(db, "test", LAST_END)
    [(_, posted)] = await credited(db, account["id"])
    assert posted > 0

    r = await client.post(f"/v1/savings/accounts/{account['id']}/deposits", json={"amount": "3650.00", "on": LAST_END.isoformat()})
    assert r.status_code == 201, r.text
    late = r.json()["id"]
    r = await client.get(f"/v1/savings/accounts/{account['id']}/interest-postings")
    rows = r.json()
    assert [p["kind"] for p in rows] == ["posting", "adjustment"]
    assert rows[0]["amount"] == f"{posted / 100:.2f}"  # the posted period stands as it was
    assert Decimal(rows[1]["interest"]) == Decimal("0.600000000")  # 3,650.00 x 6% / 365 x 1 day
    assert rows[1]["caused_by"] == late and rows[1]["amount"] == "0.00"
    async with db.sessions() as s:
        adjusted = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == "savings.account.interest_adjusted",
                                                              OutboxRecord.key == account["id"]))).all()
    assert len(adjusted) == 1 and adjusted[0].envelope["payload"]["interest"] == "0.600000000"

    month_after = (first_of_month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    for module in (common, accounts_service, backdating, interest_service):
        monkeypatch.setattr(module, "business_today", lambda: month_after + timedelta(days=1))
    carry_in = Decimal(rows[1]["carry_out"])
    await interest_service.post_interest(db, "test", month_after)
    postings = await interest_service.postings(db, uuid.UUID(account["id"]))
    last = postings[-1]
    assert last.kind == "posting" and last.period_end == month_after
    assert Decimal(last.carried_in) == carry_in  # the adjustment is paid with the next posting
    balance = 10_000_00 + posted + 3650_00
    segment = [Segment(first_of_month, month_after, Decimal("6.00"))]
    month = period_interest(balance, {}, first_of_month, month_after, segment, method="daily_balance", days_in_year=365)
    assert (last.amount, Decimal(last.carry_out)) == post(month, carry_in)


@pytest.mark.parametrize("body", [{"on": 5}, {"on": None, "extra": 1}])
async def test_bad_bodies_name_the_field(client, body):
    r = await client.post("/v1/savings/interest-postings", json=body)
    assert r.status_code == 422
