"""What producers are owed and paid: her share of each sale owed to her, her chosen way of being
paid, payouts on demand (whole or part, never twice under concurrent requests) and settlement runs
with statements, purchased lots paid on acceptance, advances paid ahead on orders and recovered
from her payouts; each change carried on the events with her balance's version."""

from __future__ import annotations

import asyncio
import uuid

from typer.testing import CliRunner

from sqlalchemy import select

from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_marketplace import cli
from palli_marketplace.testing import post_ok, sale_body


async def _events(app, event_type: str) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        rows = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == event_type).order_by(OutboxRecord.id))).all()
    return [r.envelope["payload"] for r in rows]


async def _to_savings(client, producer_id: str, account: str | None = None) -> dict:  # noqa: ANN001
    r = await client.put(f"/v1/marketplace/producers/{producer_id}/payout-destination",
                         json={"channel": "savings", "savings_account_id": account or str(uuid.uuid4())})
    assert r.status_code == 200, r.text
    return r.json()


async def test_her_share_is_owed_and_paid_into_her_savings_with_a_statement(app, client, shop):
    outlet, item, _ = await shop.stocked(quantity=10)
    producer_id = item["producer_id"]
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 2), 201)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 1), 201)
    statement = (await client.get(f"/v1/marketplace/producers/{producer_id}/statement")).json()
    # 3 x 1,050.00 at 5% VAT and 10% commission: 900.00 a unit is hers
    assert (statement["balance"], len(statement["open"]), statement["payouts"]) == ("2700.00", 2, [])
    assert_problem(await client.post(f"/v1/marketplace/producers/{producer_id}/payouts", json={}), 409, "producer_id")  # no destination yet
    account = str(uuid.uuid4())
    assert (await _to_savings(client, producer_id, account))["payout_channel"] == "savings"
    assert_problem(await client.post(f"/v1/marketplace/producers/{producer_id}/payouts", json={"amount": "2700.01"}), 409, "amount")
    part = await post_ok(client, f"/v1/marketplace/producers/{producer_id}/payouts", {"amount": "700.00"}, 201)
    assert (part["gross"], part["amount"], part["savings_account_id"]) == ("700.00", "700.00", account)
    assert part["statement"]["sales"] == 2 and part["statement"]["units"] == 3 and part["statement"]["sales_share"] == "2700.00"
    rest = await post_ok(client, f"/v1/marketplace/producers/{producer_id}/payouts", {}, 201)
    assert rest["gross"] == "2000.00" and rest["statement"]["sales"] == 0
    statement = (await client.get(f"/v1/marketplace/producers/{producer_id}/statement")).json()
    assert (statement["balance"], statement["open"], [p["gross"] for p in statement["payouts"]]) == ("0.00", [], ["2000.00", "700.00"])
    paid = await _events(app, "marketplace.payout.paid")
    mine = [p for p in paid if p["producer_id"] == producer_id]
    assert [(p["gross"], p["channel"], p["savings_account_id"]) for p in mine] == [("700.00", "savings", account), ("2000.00", "savings", account)]
    assert [b["balance"] for p in mine for b in p["balances"]] == ["2000.00", "0.00"]
    sold = [p for p in await _events(app, "marketplace.sale.recorded") if p["lines"][0]["producer_id"] == producer_id]
    versions = [b["version"] for p in sold for b in p["balances"]] + [b["version"] for p in mine for b in p["balances"]]
    assert versions == sorted(versions) and len(set(versions)) == 4


async def test_two_payouts_at_once_pay_her_balance_once(client, shop):
    outlet, item, _ = await shop.stocked(quantity=4)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 4), 201)
    await _to_savings(client, item["producer_id"])
    codes = await asyncio.gather(*(client.post(f"/v1/marketplace/producers/{item['producer_id']}/payouts", json={}) for _ in range(6)))
    assert sorted(r.status_code for r in codes) == [201] + [409] * 5
    payouts = (await client.get(f"/v1/marketplace/producers/{item['producer_id']}/payouts")).json()
    assert [p["gross"] for p in payouts] == ["3600.00"]


async def test_a_settlement_run_pays_who_is_owed_enough_and_names_who_has_no_destination(app, client, shop):
    branch = None
    owed = []
    for quantity in (1, 3):
        outlet, item, _ = await shop.stocked(quantity=5)
        await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, quantity), 201)
        await _to_savings(client, item["producer_id"])
        owed.append(item["producer_id"])
    outlet, stranger, _ = await shop.stocked(quantity=5)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(stranger, 5), 201)  # no destination chosen
    run = await post_ok(client, "/v1/marketplace/settlement-runs", {"minimum": "1000.00", "branch_id": branch}, 201)
    assert run["payouts"] >= 1 and run["skipped"] >= 1 and run["finished_at"]
    small, large = [(await client.get(f"/v1/marketplace/producers/{p}/statement")).json() for p in owed]
    assert (small["balance"], large["balance"]) == ("900.00", "0.00")  # 900.00 waits for the next run
    assert large["payouts"][0]["run_id"] == run["id"] and large["payouts"][0]["gross"] == "2700.00"
    again = await post_ok(client, "/v1/marketplace/settlement-runs", {"minimum": "1000.00"}, 201)
    assert again["payouts"] == 0  # who was paid owes nothing now
    assert_problem(await client.post("/v1/marketplace/settlement-runs", json={"minimum": "0.00"}), 422, "minimum")


async def test_a_purchased_lot_is_paid_on_acceptance_and_its_sales_are_the_outlets_own(app, client, shop):
    producer = await shop.producer()
    await client.put(f"/v1/marketplace/producers/{producer['id']}/payout-destination", json={"channel": "mobile_wallet", "wallet": "01712 345678"})
    item, outlet = await shop.product(producer, category="handicraft", retail="215.00", producer_price="150.00"), await shop.outlet()
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "purchase", "quantity": 10}, 201)
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 8}, 200)
    checked = [p for p in await _events(app, "marketplace.lot.checked") if p["lot_id"] == lot["id"]]
    assert (checked[0]["channel"], checked[0]["value"], checked[0]["accepted"]) == ("purchase", "1200.00", 8)
    payout = (await client.get(f"/v1/marketplace/producers/{producer['id']}/payouts")).json()
    assert [(p["gross"], p["channel"], p["reference"]) for p in payout] == [("1200.00", "mobile_wallet", "+8801712345678")]
    sale = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 2), 201)
    # 430.00 with 7.5% VAT inside: 30.00 VAT, 400.00 the outlet's own sale, 300.00 what the two cost
    assert (sale["vat"], sale["commission"], sale["producer_share"], sale["owned_sales"], sale["owned_cost"]) == (
        "30.00", "0.00", "0.00", "400.00", "300.00")
    assert (await client.get(f"/v1/marketplace/producers/{producer['id']}/statement")).json()["balance"] == "0.00"
    consignment = await shop.outlet()
    assert_problem(await client.put(f"/v1/marketplace/producers/{producer['id']}/payout-destination", json={"channel": "mobile_wallet"}),
                   422, "wallet")
    assert_problem(await client.put(f"/v1/marketplace/producers/{producer['id']}/payout-destination", json={"channel": "savings"}),
                   422, "savings_account_id")
    assert_problem(await client.put(f"/v1/marketplace/producers/{producer['id']}/payout-destination", json={"channel": "bank"}), 422, "channel")
    assert_problem(await client.put(f"/v1/marketplace/producers/{uuid.uuid4()}/payout-destination", json={"channel": "cash"}), 404, "producer_id")
    assert consignment


async def test_an_advance_is_paid_ahead_within_its_share_and_recovered_from_her_payouts(app, client, shop):
    producer = await shop.producer()
    await _to_savings(client, producer["id"])
    item, outlet = await shop.product(producer, retail="1050.00", producer_price="800.00"), await shop.outlet()
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "advance", "quantity": 10}, 201)
    assert (lot["status"], lot["received"]) == ("ordered", 0)
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/quality-check", json={"accepted": 1}), 409, "lot_id")
    # 10 x 800.00 ordered: up to 50% ahead, 4,000.00
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/advances", json={"amount": "4000.01"}), 409, "amount")
    advance = await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/advances", {"amount": "2500.00"}, 201)
    assert (advance["amount"], advance["channel"]) == ("2500.00", "savings")
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/advances", json={"amount": "1500.01"}), 409, "amount")
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/advances", json={"amount": "-5.00"}), 422, "amount")
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/arrival", {"quantity": 10}, 200)
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/advances", json={"amount": "100.00"}), 409, "lot_id")
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 10}, 200)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 2), 201)  # 1,800.00 hers
    first = await post_ok(client, f"/v1/marketplace/producers/{producer['id']}/payouts", {}, 201)
    assert (first["gross"], first["advance_recovered"], first["amount"]) == ("1800.00", "1800.00", "0.00")
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 1), 201)  # 900.00 more
    second = await post_ok(client, f"/v1/marketplace/producers/{producer['id']}/payouts", {}, 201)
    assert (second["gross"], second["advance_recovered"], second["amount"]) == ("900.00", "700.00", "200.00")
    assert (await client.get(f"/v1/marketplace/producers/{producer['id']}/statement")).json()["advance_outstanding"] == "0.00"
    paid = [p for p in await _events(app, "marketplace.advance.paid") if p["lot_id"] == lot["id"]]
    assert [(p["amount"], p["channel"], p["member_id"]) for p in paid] == [("2500.00", "savings", producer["member_id"])]
    consignment_outlet, consignment_item, consignment_lot = await shop.stocked(quantity=2)
    assert_problem(await client.post(f"/v1/marketplace/lots/{consignment_lot['id']}/advances", json={"amount": "1.00"}), 409, "lot_id")


async def test_the_scheduled_settlement_pays_from_the_command_line(client, shop, marketplace_db_url):
    outlet, item, _ = await shop.stocked(quantity=2)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 2), 201)
    await _to_savings(client, item["producer_id"])
    run = await asyncio.to_thread(CliRunner().invoke, cli.app, ["settle", "--minimum", "1.00"], env={"MARKETPLACE_DATABASE_URL": marketplace_db_url})
    assert run.exit_code == 0, run.output
    assert (await client.get(f"/v1/marketplace/producers/{item['producer_id']}/statement")).json()["balance"] == "0.00"
    assert_problem(await client.post(f"/v1/marketplace/outlets/{outlet['id']}/sales", json=sale_body(item, 1, client="order-x")), 422, "client_id")
