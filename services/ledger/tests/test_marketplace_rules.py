"""Posting the marketplace's money events (built from its own contracts) and reconciling producer
payables: sales split into VAT, commission, her share and the outlet's own purchased goods (with
their cost), refunds the exact reverse, purchased lots bought and written off at cost, advances and
payouts by her channel, zero parts left out; 2310 against the balances the events carry, the
newest version per producer kept whatever order they arrive in.

Every event here carries the balances a real producer's would, so the books stay reconciled
across tests (the reconciliation spans the whole test database)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime

import pytest
from typer.testing import CliRunner

from palli_common.events import new_event
from palli_common.money import format_poisha, to_poisha
from palli_common.testing.http import assert_problem
from palli_ledger.adapters.tables import MarketplacePosition
from palli_ledger.cli import app as cli
from palli_ledger.domain.rules import PostingRefused
from palli_marketplace.contracts import events as mev
from palli_savings.contracts import events as sev

D = date(2026, 11, 4)
URL = "/v1/ledger/reconciliation/marketplace"
SALE_CHANNELS = [("cash", "1110"), ("bkash", "1130"), ("nagad", "1130"), ("bangla_qr", "1130"), ("bank", "1120")]
PAYOUT_CHANNELS = [("savings", "2120"), ("mobile_wallet", "1130"), ("cash", "1110")]


class Producer:
    """One producer as the marketplace sees her: each change of what she is owed bumps her version,
    and the event that made it carries her balance after it."""

    def __init__(self) -> None:
        self.id, self.member_id, self.branch_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        self.balance, self.version = 0, 0

    def owes(self, change: int) -> list[dict]:
        if not change:
            return []
        self.version += 1
        self.balance += change
        return [{"producer_id": str(self.id), "balance": format_poisha(self.balance), "version": self.version}]


def sale(her: Producer, cls=mev.SaleRecorded, *, channel: str = "cash", vat: str = "150.00", commission: str = "100.00",  # noqa: ANN001
         share: str = "900.00", owned_sales: str = "0.00", owned_cost: str = "0.00", branch_id: uuid.UUID | None = None, **extra):  # noqa: ANN003
    """amount = vat + commission + producer_share + owned_sales, as the contract says."""
    sale_id, sign = uuid.uuid4(), -1 if cls is mev.SaleRefunded else 1
    amount = format_poisha(sum(to_poisha(x) for x in (vat, commission, share, owned_sales)))
    fact = cls(sale_id=str(sale_id), outlet_id=str(uuid.uuid4()), branch_id=str(branch_id or uuid.uuid4()), on=D, channel=channel,
               amount=amount, vat=vat, commission=commission, producer_share=share, owned_sales=owned_sales, owned_cost=owned_cost,
               lines=[], balances=her.owes(sign * to_poisha(share)), **extra)
    return new_event(fact, aggregate_id=sale_id, aggregate_version=1)


def refund(her: Producer, **parts):  # noqa: ANN003
    return sale(her, mev.SaleRefunded, return_id=str(uuid.uuid4()), restocked=True, **parts)


def _lot(cls, her: Producer, mode: str, **fields):  # noqa: ANN001, ANN003
    lot_id = uuid.uuid4()
    fact = cls(lot_id=str(lot_id), product_id=str(uuid.uuid4()), producer_id=str(her.id), outlet_id=str(uuid.uuid4()),
               branch_id=str(uuid.uuid4()), on=D, channel=mode, **fields)
    return new_event(fact, aggregate_id=lot_id, aggregate_version=2)


def lot_checked(her: Producer, mode: str, value: str = "0.00"):
    return _lot(mev.LotChecked, her, mode, accepted=10, rejected=0, unit_price="35.00", value=value, balances=her.owes(to_poisha(value)))


def stock_adjusted(her: Producer, mode: str, kind: str = "shrinkage", written_off: str = "0.00", **extra):  # noqa: ANN003
    return _lot(mev.StockAdjusted, her, mode, adjustment_id=str(uuid.uuid4()), kind=kind, quantity=2, reason="damaged by rain",
                written_off=written_off, **extra)


def _paid_to(her: Producer, channel: str) -> dict:
    return dict(producer_id=str(her.id), member_id=str(her.member_id), branch_id=str(her.branch_id), on=D, channel=channel,
                reference="+8801711000000" if channel == "mobile_wallet" else None,
                savings_account_id=str(uuid.uuid4()) if channel == "savings" else None)


def advance(her: Producer, channel: str, amount: str):
    advance_id = uuid.uuid4()
    fact = mev.AdvancePaid(advance_id=str(advance_id), lot_id=str(uuid.uuid4()), amount=amount, **_paid_to(her, channel))
    return new_event(fact, aggregate_id=advance_id, aggregate_version=1)


def payout(her: Producer, channel: str, gross: str, recovered: str = "0.00"):
    payout_id = uuid.uuid4()
    fact = mev.PayoutPaid(payout_id=str(payout_id), gross=gross, advance_recovered=recovered,
                          amount=format_poisha(to_poisha(gross) - to_poisha(recovered)), balances=her.owes(-to_poisha(gross)),
                          **_paid_to(her, channel))
    return new_event(fact, aggregate_id=payout_id, aggregate_version=1)


def balanced(lines: list[tuple[str, int, int]]) -> bool:
    return sum(d for _, d, _ in lines) == sum(c for _, _, c in lines) > 0


async def _position(db, producer: Producer) -> tuple[int, int] | None:  # noqa: ANN001
    async with db.sessions() as s:
        row = await s.get(MarketplacePosition, producer.id)
    return None if row is None else (row.balance, row.version)


async def _reconcile(client) -> dict:  # noqa: ANN001
    r = await client.get(URL)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize(("channel", "cash"), SALE_CHANNELS)
async def test_a_sale_of_her_goods_books_vat_commission_and_her_share(channel, cash, apply_event, posted_for, db):
    her = Producer()
    event = sale(her, channel=channel)
    await apply_event(event)
    entry, lines = await posted_for(event.id)
    assert lines == [(cash, 115_000, 0), ("2320", 0, 15_000), ("4140", 0, 10_000), ("2310", 0, 90_000)] and balanced(lines)
    assert (str(entry.branch_id), entry.posted_on, entry.aggregate_id) == (event.payload["branch_id"], D, event.payload["sale_id"])
    assert await _position(db, her) == (90_000, 1)


async def test_a_sale_of_purchased_units_books_the_outlets_own_sale_and_its_cost(apply_event, posted_for):
    her = Producer()
    mixed = sale(her, channel="bkash", vat="180.00", commission="60.00", share="540.00", owned_sales="600.00", owned_cost="420.00")
    await apply_event(mixed)
    lines = (await posted_for(mixed.id))[1]
    assert lines == [("1130", 138_000, 0), ("2320", 0, 18_000), ("4140", 0, 6_000), ("2310", 0, 54_000), ("4150", 0, 60_000),
                     ("5240", 42_000, 0), ("1510", 0, 42_000)] and balanced(lines)
    # only the outlet's own units: nothing owed to a producer, no commission; the zero parts are left out
    ours = sale(her, vat="75.00", commission="0.00", share="0.00", owned_sales="500.00", owned_cost="350.00")
    await apply_event(ours)
    lines = (await posted_for(ours.id))[1]
    assert lines == [("1110", 57_500, 0), ("2320", 0, 7_500), ("4150", 0, 50_000), ("5240", 35_000, 0), ("1510", 0, 35_000)]
    assert balanced(lines) and ours.payload["balances"] == []


@pytest.mark.parametrize(("channel", "cash"), SALE_CHANNELS)
async def test_a_refund_is_the_exact_reverse_of_its_sale(channel, cash, apply_event, posted_for):
    her = Producer()
    parts = dict(channel=channel, vat="180.00", commission="60.00", share="540.00", owned_sales="600.00", owned_cost="420.00")
    sold, back = sale(her, **parts), refund(her, **parts)
    for event in (sold, back):
        await apply_event(event)
    sold_lines, back_lines = (await posted_for(sold.id))[1], (await posted_for(back.id))[1]
    assert sorted(back_lines) == sorted((code, credit, debit) for code, debit, credit in sold_lines) and balanced(back_lines)
    assert (cash, 0, 138_000) in back_lines and ("2310", 54_000, 0) in back_lines and ("1510", 42_000, 0) in back_lines


async def test_a_purchased_lot_is_bought_into_stock_and_paid_by_the_payout_that_follows(apply_event, posted_for):
    her = Producer()
    bought = lot_checked(her, "purchase", value="350.00")
    await apply_event(bought)
    assert (await posted_for(bought.id))[1] == [("1510", 35_000, 0), ("2310", 0, 35_000)]
    paid = payout(her, "savings", gross="350.00")
    await apply_event(paid)
    assert (await posted_for(paid.id))[1] == [("2310", 35_000, 0), ("2120", 0, 35_000)]
    for mode in ("consignment", "advance"):  # her goods stay hers until sold
        checked = lot_checked(her, mode)
        await apply_event(checked)
        assert await posted_for(checked.id) == (None, [])


async def test_only_a_purchased_lots_shrinkage_is_written_off(apply_event, posted_for):
    her = Producer()
    lost = stock_adjusted(her, "purchase", written_off="70.00")
    await apply_event(lost)
    assert (await posted_for(lost.id))[1] == [("5250", 7_000, 0), ("1510", 0, 7_000)]
    consent = {"by": "her", "on": "2026-11-04", "reference": "call"}
    for quiet in (stock_adjusted(her, "consignment", consent=consent), stock_adjusted(her, "advance", kind="returned_to_producer"),
                  stock_adjusted(her, "purchase", kind="markdown", retail_price="30.00")):
        await apply_event(quiet)
        assert await posted_for(quiet.id) == (None, [])


@pytest.mark.parametrize(("channel", "account"), PAYOUT_CHANNELS)
async def test_an_advance_is_paid_by_her_channel_at_her_branch(channel, account, apply_event, posted_for):
    her = Producer()
    paid = advance(her, channel, "2000.00")
    await apply_event(paid)
    entry, lines = await posted_for(paid.id)
    assert lines == [("1420", 200_000, 0), (account, 0, 200_000)] and entry.branch_id == her.branch_id
    # savings' own deposit of it (channel marketplace) was booked here, with the marketplace's event
    deposit = sev.DepositReceived(account_id=str(uuid.uuid4()), number="VS-1", member_id=str(her.member_id), group_id=str(uuid.uuid4()),
                                  branch_id=str(her.branch_id), product_id=str(uuid.uuid4()), product_code="VS", kind="voluntary",
                                  status="active", on=D, amount="2000.00", balance="2000.00", channel="marketplace")
    credited = new_event(deposit, aggregate_id=deposit.account_id, aggregate_version=2)
    await apply_event(credited)
    assert await posted_for(credited.id) == (None, [])


@pytest.mark.parametrize(("channel", "account"), PAYOUT_CHANNELS)
async def test_a_payout_pays_what_she_is_owed_less_the_advance_it_recovers(channel, account, apply_event, posted_for, db):
    her = Producer()
    paid = payout(her, channel, gross="1500.00", recovered="400.00")
    await apply_event(paid)
    lines = (await posted_for(paid.id))[1]
    assert lines == [("2310", 150_000, 0), ("1420", 0, 40_000), (account, 0, 110_000)] and balanced(lines)
    # her share only repaid her advance: nothing is paid out, so no channel line
    recovering = payout(her, channel, gross="300.00", recovered="300.00")
    await apply_event(recovering)
    assert (await posted_for(recovering.id))[1] == [("2310", 30_000, 0), ("1420", 0, 30_000)]
    assert await _position(db, her) == (-180_000, 2)  # a balance may go below zero: kept signed


async def test_a_branchless_outlet_books_at_head_office_but_a_payout_needs_her_branch(apply_event, posted_for):
    her = Producer()
    event = sale(her)
    event.payload["branch_id"] = None  # an outlet with no branch
    await apply_event(event)
    entry, lines = await posted_for(event.id)
    assert entry.branch_id is None and balanced(lines)
    for paid in (advance(her, "savings", "100.00"), payout(her, "savings", gross="900.00")):
        paid.payload["branch_id"] = None
        with pytest.raises(PostingRefused, match="names no branch_id"):
            await apply_event(paid)
        assert await posted_for(paid.id) == (None, [])


async def test_orders_are_not_taken_and_a_rule_may_post_the_marketplaces_amounts(apply_event, client):
    order_id = uuid.uuid4()
    order = mev.OrderReserved(order_id=str(order_id), outlet_id=str(uuid.uuid4()), channel="online", status="reserved", customer_name="R",
                              customer_mobile="+8801711000000", hold_until=datetime(2026, 11, 5, tzinfo=UTC), total="115.00", vat="15.00",
                              lines=[])
    await apply_event(new_event(order, aggregate_id=order_id, aggregate_version=1))  # no handler, nothing refused
    r = await client.post("/v1/ledger/posting-rules", json={
        "event_type": "marketplace.sale.recorded", "channel": "rocket", "description": "Marketplace sale paid by Rocket",
        "lines": [{"side": "debit", "account": "1130", "amount": "amount"}, {"side": "credit", "account": "2320", "amount": "vat"},
                  {"side": "credit", "account": "4140", "amount": "commission"}, {"side": "credit", "account": "2310", "amount": "producer_share"},
                  {"side": "credit", "account": "4150", "amount": "owned_sales"}]})
    assert r.status_code == 202, r.text  # proposed; nobody approves it here


@pytest.mark.parametrize(("change", "expected"), [
    ({"amount": "abc"}, "amount is 'abc'"),
    ({"vat": "-1.00"}, "vat is '-1.00'"),
    ({"producer_share": None}, "producer_share is None"),
    ({"branch_id": "outlet-7"}, "branch_id is 'outlet-7'"),
    ({"amount": "1000.00"}, "debits 1000.00, credits 1150.00"),
    ({"channel": "barter"}, "no active posting rule for marketplace.sale.recorded with channel barter"),
    ({"balances": {"producer_id": "x"}}, "not a list"),
    ({"balances": [{"producer_id": "p-1", "balance": "5.00", "version": 1}]}, "balances.0.producer_id is 'p-1'"),
    ({"balances": [{"producer_id": str(uuid.uuid4()), "balance": "abc", "version": 1}]}, "balance is 'abc'"),
    ({"balances": [{"producer_id": str(uuid.uuid4()), "balance": "5.00", "version": "2"}]}, "a version (a positive integer)"),
])
async def test_a_malformed_marketplace_event_is_refused_and_books_nothing(change, expected, apply_event, posted_for, db):
    her = Producer()
    event = sale(her)
    event.payload.update(change)
    with pytest.raises(PostingRefused, match="marketplace.sale.recorded") as refused:
        await apply_event(event)
    assert expected in str(refused.value)
    assert await posted_for(event.id) == (None, []) and await _position(db, her) is None


async def test_payables_reconcile_after_a_sale_and_its_payout(apply_event, client, db):
    her, outlet_branch = Producer(), uuid.uuid4()
    for event in (sale(her, branch_id=outlet_branch), payout(her, "mobile_wallet", gross="900.00")):
        await apply_event(event)
    body = await _reconcile(client)
    assert body["clean"] is True and body["difference"] == "0.00" and body["ledger_total"] == body["marketplace_total"]
    assert body["producers_checked"] >= 1
    branches = {b["branch_id"]: b["ledger"] for b in body["by_branch"]}  # raised at the outlet's branch, paid at hers
    assert (branches[str(outlet_branch)], branches[str(her.branch_id)]) == ("900.00", "-900.00")
    assert await _position(db, her) == (0, 2)


async def test_a_late_balance_never_replaces_a_newer_one_and_a_missing_event_shows(apply_event, client, db):
    her = Producer()
    first = sale(her, share="500.00")  # she is owed 500.00 (version 1)
    late = payout(her, "cash", gross="500.00")  # 0.00 (version 2), delivered last (say, replayed from the DLQ)
    second = sale(her, share="200.00")  # 200.00 (version 3)
    await apply_event(first)
    await apply_event(second)
    body = await _reconcile(client)
    assert (body["clean"], body["difference"]) == (False, "500.00")  # the books still owe her the unpaid 500.00
    await apply_event(late)
    assert await _position(db, her) == (20_000, 3)
    assert (await _reconcile(client))["clean"] is True


async def test_only_an_every_branch_caller_reconciles_the_marketplace(client_as):
    async with client_as(roles=["accountant"], branches=[uuid.uuid4()]) as c:
        assert_problem(await c.get(URL), 403)
    async with client_as(roles=["auditor"]) as c:
        assert (await c.get(URL)).status_code == 200


async def test_the_cli_exits_1_on_a_difference(ledger_db_url, db):
    runner, env = CliRunner(), {"LEDGER_DATABASE_URL": ledger_db_url, "COLUMNS": "200"}
    clean = await asyncio.to_thread(runner.invoke, cli, ["reconcile-marketplace"], env=env)
    assert clean.exit_code == 0, clean.output
    assert "agrees with the marketplace" in clean.output
    stray = MarketplacePosition(producer_id=uuid.uuid4(), balance=12_345, version=1, updated_at=datetime.now(UTC))
    async with db.sessions() as s:
        s.add(stray)
        await s.commit()
    try:
        result = await asyncio.to_thread(runner.invoke, cli, ["reconcile-marketplace"], env=env)
        assert result.exit_code == 1, result.output
        assert "-123.45" in result.output
    finally:
        async with db.sessions() as s:
            await s.delete(await s.get(MarketplacePosition, stray.producer_id))
            await s.commit()
