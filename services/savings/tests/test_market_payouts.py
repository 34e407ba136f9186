"""The marketplace's advances and payouts paid into a producer's voluntary savings: credited once
(channel `marketplace`), refused and parked for any account that is not her active voluntary one,
nothing for a payout that only recovered an advance or for money paid any other way."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest

from palli_common.clock import business_today
from palli_common.consumer import ConsumerRunner
from palli_common.events import new_event
from palli_common.money import format_poisha, to_poisha
from palli_marketplace.contracts import events as mkt
from palli_savings.consumers import CONSUMERS

from .conftest import GS, VS, events_of, payloads_of

GROUP = "savings-marketplace"


def runner_of(app, **settings) -> ConsumerRunner:  # noqa: ANN001, ANN003
    runtime = app.state.runtime
    return ConsumerRunner(GROUP, runtime.db, runtime.settings.model_copy(update=settings), CONSUMERS[GROUP])


def record(fact, aggregate_id: str) -> SimpleNamespace:  # noqa: ANN001
    """The event as the consumer receives it from the broker."""
    envelope = new_event(fact, aggregate_id=uuid.UUID(aggregate_id), aggregate_version=1)
    return SimpleNamespace(value=envelope.model_dump_json().encode(), key=aggregate_id.encode(), headers=[], topic=envelope.topic,
                           partition=0, offset=0)


def payout(member_id: uuid.UUID, account_id: str | None, amount: str = "1500.00", advance_recovered: str = "0.00",
           channel: str = "savings", **extra) -> mkt.PayoutPaid:  # noqa: ANN003
    gross = format_poisha(to_poisha(amount) + to_poisha(advance_recovered))  # what she was owed: paid plus recovered
    return mkt.PayoutPaid(payout_id=str(uuid.uuid4()), producer_id=str(uuid.uuid4()), member_id=str(member_id), on=business_today(),
                          gross=gross, advance_recovered=advance_recovered, amount=amount, channel=channel, savings_account_id=account_id,
                          statement={"sales": 12, "units": 30, "sales_share": gross}, **extra)


def advance(member_id: uuid.UUID, account_id: str | None, amount: str = "800.00") -> mkt.AdvancePaid:
    return mkt.AdvancePaid(advance_id=str(uuid.uuid4()), lot_id=str(uuid.uuid4()), producer_id=str(uuid.uuid4()), member_id=str(member_id),
                           on=business_today(), amount=amount, channel="savings", savings_account_id=account_id)


def test_the_marketplace_consumer_takes_advances_and_payouts_from_their_topics(app):
    assert set(CONSUMERS[GROUP]) == {mkt.AdvancePaid.event_type, mkt.PayoutPaid.event_type}
    assert runner_of(app).topics == ["marketplace.advance", "marketplace.payout"]


async def test_a_payout_and_an_advance_into_her_savings_are_credited_once(app, client, member, open_account):
    member_id, _ = await member()
    vs = await open_account(member_id, VS)
    runner = runner_of(app)
    paid, ahead = payout(member_id, vs["id"]), advance(member_id, vs["id"])
    for message in (record(ahead, ahead.advance_id), record(paid, paid.payout_id)):
        await runner.process(message)
        await runner.process(message)  # redelivered: still one deposit
    items = (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions")).json()["items"]
    assert [(t["kind"], t["amount"], t["balance_after"], t["channel"], t["reference"]) for t in items] == [
        ("deposit", "800.00", "800.00", "marketplace", f"advance {ahead.advance_id}"),
        ("deposit", "1500.00", "2300.00", "marketplace", f"payout {paid.payout_id}")]
    csv = (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions", params={"format": "csv"})).content.decode("utf-8-sig")
    assert [line.split(",")[1:6] for line in csv.splitlines()[1:]] == [
        ["deposit", "800.00", "800.00", "marketplace", f"advance {ahead.advance_id}"],
        ["deposit", "1500.00", "2300.00", "marketplace", f"payout {paid.payout_id}"]]
    deposits = await payloads_of(app, vs["id"], "savings.account.deposit_received")
    assert [(d["amount"], d["channel"], d["balance"]) for d in deposits] == [("800.00", "marketplace", "800.00"),
                                                                            ("1500.00", "marketplace", "2300.00")]


async def test_an_account_that_is_not_her_active_voluntary_one_is_refused_and_parked(app, client, member, open_account):
    member_id, _ = await member()
    other, _ = await member()
    vs, gs, theirs = await open_account(member_id, VS), await open_account(member_id, GS), await open_account(other, VS)
    blocked = await open_account(member_id, VS)
    assert (await client.post(f"/v1/savings/accounts/{blocked['id']}/block", json={"reason": "court order"})).status_code == 200
    runner = runner_of(app, consumer_max_attempts=1)
    parked: list[tuple[str, BaseException]] = []

    async def park(message, error) -> None:  # noqa: ANN001
        parked.append((message.topic, error))

    runner._park = park  # no broker here: what would go to <topic>.dlq
    refused = [payout(member_id, theirs["id"]), payout(member_id, gs["id"]), payout(member_id, blocked["id"]),
               payout(member_id, str(uuid.uuid4())), payout(member_id, None), payout(other, vs["id"]), advance(other, vs["id"])]
    for fact in refused:
        await runner.process(record(fact, getattr(fact, "payout_id", None) or fact.advance_id))
    assert [topic for topic, _ in parked] == ["marketplace.payout"] * 6 + ["marketplace.advance"]
    assert all(type(error).__name__ == "NotCreditable" for _, error in parked)
    assert f"of member {other}" in str(parked[-2][1])  # her account named on another member's payout
    for account in (vs, gs, theirs, blocked):
        assert (await client.get(f"/v1/savings/accounts/{account['id']}")).json()["balance"] == "0.00"
        assert "savings.account.deposit_received" not in await events_of(app, account["id"])


@pytest.mark.parametrize("paid", [
    {"amount": "0.00", "advance_recovered": "500.00"},  # her sales only repaid her advance
    {"channel": "mobile_wallet", "reference": "01712345678"},
    {"channel": "cash"},
])
async def test_nothing_is_credited_for_a_payout_of_nothing_or_paid_another_way(app, client, member, open_account, paid):
    member_id, _ = await member()
    vs = await open_account(member_id, VS)
    runner = runner_of(app, consumer_max_attempts=1)
    fact = payout(member_id, vs["id"] if paid.get("amount") == "0.00" else None, **paid)
    await runner.process(record(fact, fact.payout_id))  # parking would need a broker: none here, so it would raise
    assert (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions")).json()["items"] == []
    assert "savings.account.deposit_received" not in await events_of(app, vs["id"])
