"""Transfers between a member's accounts, blocking, and closure with payout: each leg a
transaction and an event on its own account, refusals naming what stands in the way, and
nothing half-done when refused."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from decimal import Decimal


from palli_common.clock import business_today
from palli_common.testing.http import assert_problem

from .conftest import GS, VS, events_of, lending_events, payloads_of as _payloads

BACKDATED = "entered late from the branch's paper register"


async def _balance(client, account_id: str) -> str:
    return (await client.get(f"/v1/savings/accounts/{account_id}")).json()["balance"]


async def test_a_transfer_moves_money_between_her_accounts_once(app, client, member, open_account):
    member_id, _ = await member()
    vs, gs = await open_account(member_id, VS, "500.00"), await open_account(member_id, GS, "50.00")
    key = {"Idempotency-Key": f"tr-{uuid.uuid4()}"}
    body = {"to_account_id": gs["id"], "amount": "120.00"}
    first = await client.post(f"/v1/savings/accounts/{vs['id']}/transfers", json=body, headers=key)
    assert first.status_code == 201, first.text
    again = await client.post(f"/v1/savings/accounts/{vs['id']}/transfers", json=body, headers=key)
    assert again.content == first.content and again.headers["idempotent-replayed"] == "true"
    out, into = first.json()["transfer_out"], first.json()["transfer_in"]
    assert (out["kind"], out["amount"], out["balance_after"], out["reference"]) == ("transfer_out", "120.00", "380.00", gs["number"])
    assert (into["kind"], into["amount"], into["balance_after"], into["reference"]) == ("transfer_in", "120.00", "170.00", vs["number"])
    assert (await _balance(client, vs["id"]), await _balance(client, gs["id"])) == ("380.00", "170.00")
    [sent] = await _payloads(app, vs["id"], "savings.account.transferred_out")
    assert (sent["kind"], sent["to_kind"], sent["to_account_id"], sent["amount"]) == ("voluntary", "compulsory", gs["id"], "120.00")
    [got] = await _payloads(app, gs["id"], "savings.account.transferred_in")
    assert (got["from_kind"], got["balance"]) == ("voluntary", "170.00")


async def test_a_transfer_is_refused_whole_when_it_cannot_be_made(app, client, member, open_account):
    member_id, _ = await member()
    other, _ = await member()
    vs, gs = await open_account(member_id, VS, "100.00"), await open_account(member_id, GS, "0.00")
    hers_not = await open_account(other, VS, "0.00")
    path = f"/v1/savings/accounts/{vs['id']}/transfers"
    assert_problem(await client.post(path, json={"to_account_id": hers_not["id"], "amount": "10.00"}), 409, "to_account_id")
    assert_problem(await client.post(path, json={"to_account_id": vs["id"], "amount": "10.00"}), 422, "to_account_id")
    assert_problem(await client.post(path, json={"to_account_id": str(uuid.uuid4()), "amount": "10.00"}), 404, "to_account_id")
    assert_problem(await client.post(path, json={"to_account_id": gs["id"], "amount": "100.01"}), 409, "amount")
    assert_problem(await client.post(path, json={"to_account_id": gs["id"], "amount": "-1.00"}), 422, "amount")
    assert_problem(await client.post(path, json={"to_account_id": "not-a-uuid", "amount": "1.00"}), 422, "to_account_id")
    assert_problem(await client.post(path, json={"amount": "1.00"}), 422, "to_account_id")
    assert (await _balance(client, vs["id"]), await _balance(client, gs["id"]), await _balance(client, hers_not["id"])) == (
        "100.00", "0.00", "0.00")
    # compulsory savings stay while she owes a loan: a transfer out of them is a withdrawal too
    member2, branch2 = await member()
    gs2, vs2 = await open_account(member2, GS, "80.00"), await open_account(member2, VS, "0.00")
    from palli_lending.contracts import events as lev

    await lending_events(app, member2, branch2, uuid.uuid4())(lev.LoanApplied, 1, "applied", annual_rate="24.00", installments=46,
                                                              frequency="weekly")
    assert_problem(await client.post(f"/v1/savings/accounts/{gs2['id']}/transfers", json={"to_account_id": vs2["id"], "amount": "5.00"}),
                   409, "loan_id")


async def test_transfers_both_ways_at_once_neither_deadlock_nor_lose_a_poisha(app, client, member, open_account):
    member_id, _ = await member()
    a, b = await open_account(member_id, VS, "1000.00"), await open_account(member_id, GS, "1000.00")

    async def send(src: dict, dst: dict) -> int:
        r = await client.post(f"/v1/savings/accounts/{src['id']}/transfers", json={"to_account_id": dst["id"], "amount": "7.00"})
        return r.status_code

    codes = await asyncio.gather(*(send(a, b) if i % 2 else send(b, a) for i in range(16)))
    assert codes == [201] * 16
    assert Decimal(await _balance(client, a["id"])) + Decimal(await _balance(client, b["id"])) == Decimal("2000.00")
    for account in (a, b):
        rows = (await client.get(f"/v1/savings/accounts/{account['id']}/transactions", params={"limit": 100})).json()["items"]
        assert rows[-1]["balance_after"] == await _balance(client, account["id"])


async def test_a_blocked_account_takes_no_money_until_unblocked(app, client, client_as, member, open_account):
    member_id, branch_id = await member()
    vs = await open_account(member_id, VS, "100.00")
    path = f"/v1/savings/accounts/{vs['id']}"
    async with client_as(roles=["field_officer"], branches=[branch_id]) as officer:
        r = await officer.post(f"{path}/block", json={"reason": "court order"})
    assert r.status_code == 200 and r.json()["status"] == "blocked"  # the gateway keeps blocking to managers
    assert_problem(await client.post(f"{path}/block", json={"reason": "again"}), 409, "status")
    assert_problem(await client.post(f"{path}/deposits", json={"amount": "1.00"}), 409, "status")
    assert_problem(await client.post(f"{path}/withdrawals", json={"amount": "1.00"}), 409, "status")
    assert_problem(await client.post(f"{path}/closure", json={"channel": "cash"}), 409, "status")
    assert_problem(await client.post(f"{path}/unblock", json={"reason": ""}), 422, "reason")
    r = await client.post(f"{path}/unblock", json={"reason": "order lifted"})
    assert r.status_code == 200 and r.json()["status"] == "active"
    assert (await client.post(f"{path}/deposits", json={"amount": "1.00"})).status_code == 201
    assert await events_of(app, vs["id"]) == ["savings.account.opened", "savings.account.deposit_received", "savings.account.blocked",
                                              "savings.account.unblocked", "savings.account.deposit_received"]


async def test_closure_settles_interest_then_pays_out_everything(app, client, member):
    member_id, _ = await member()
    today = business_today()
    opened = today - timedelta(days=10)
    # its own product: other tests change the seeded products' rates on the shared database
    product = (await client.post("/v1/savings/products", json={
        "code": f"VS-{uuid.uuid4().hex[:6].upper()}", "name": "Voluntary savings (closure test)", "name_bn": "স্বেচ্ছা সঞ্চয়",
        "kind": "voluntary", "annual_rate": "5.00"})).json()
    r = await client.post("/v1/savings/accounts", json={"member_id": str(member_id), "product_id": product["id"], "opening_deposit": "36500.00",
                                                        "opened_on": opened.isoformat(), "backdate_reason": BACKDATED})
    assert r.status_code == 201, r.text
    vs = r.json()
    r = await client.post(f"/v1/savings/accounts/{vs['id']}/closure", json={"channel": "cash", "reason": "moving to Dhaka"},
                          headers={"Idempotency-Key": f"close-{vs['id']}"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["account"]["status"] == "closed" and body["account"]["balance"] == "0.00" and body["account"]["closed_on"] == today.isoformat()
    postings = (await client.get(f"/v1/savings/accounts/{vs['id']}/interest-postings")).json()
    # the job's periods up to the day before closure (a month's end between them is its own posting), no day twice or missed
    assert postings[0]["period_start"] == opened.isoformat() and postings[-1]["period_end"] == (today - timedelta(days=1)).isoformat()
    assert all(timedelta(days=1) == (date.fromisoformat(b["period_start"]) - date.fromisoformat(a["period_end"]))
               for a, b in zip(postings, postings[1:]))
    earned = sum(Decimal(p["amount"]) for p in postings)
    # 36,500.00 x 5% / 365 = 5.00 a day for 10 days, and a poisha or two if a month's posting compounded in between
    assert Decimal("50.00") <= earned <= Decimal("50.05"), [(p["period_start"], p["period_end"], p["interest"], p["amount"]) for p in postings]
    assert (body["payout"]["kind"], Decimal(body["payout"]["amount"]), body["payout"]["balance_after"]) == (
        "closure", Decimal("36500.00") + earned, "0.00")
    [closed] = await _payloads(app, vs["id"], "savings.account.closed")
    assert (Decimal(closed["amount"]), Decimal(closed["interest"]), closed["channel"], closed["balance"], closed["status"]) == (
        Decimal("36500.00") + earned, earned, "cash", "0.00", "closed")
    assert_problem(await client.post(f"/v1/savings/accounts/{vs['id']}/closure", json={"channel": "cash"}), 409, "status")
    assert_problem(await client.post(f"/v1/savings/accounts/{vs['id']}/deposits", json={"amount": "1.00"}), 409, "status")


async def test_closure_into_another_account_and_its_refusals(app, client, member, open_account):
    member_id, branch_id = await member()
    vs, gs = await open_account(member_id, VS, "300.00"), await open_account(member_id, GS, "20.00")
    path = f"/v1/savings/accounts/{vs['id']}/closure"
    assert_problem(await client.post(path, json={"channel": "transfer"}), 422, "to_account_id")
    assert_problem(await client.post(path, json={"channel": "cash", "to_account_id": gs["id"]}), 422, "to_account_id")
    assert_problem(await client.post(path, json={"channel": "cheque"}), 422, "channel")
    held = (await client.post(f"/v1/savings/accounts/{vs['id']}/holds", json={"amount": "50.00", "reason": "pledged"})).json()
    problem = assert_problem(await client.post(path, json={"channel": "cash"}), 409, "holds")
    assert problem["on_hold"] == "50.00"
    await client.post(f"/v1/savings/accounts/{vs['id']}/holds/{held['id']}/release")
    r = await client.post(path, json={"channel": "transfer", "to_account_id": gs["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["payout"]["amount"] == "300.00"
    assert (await _balance(client, gs["id"])) == "320.00"
    [closed] = await _payloads(app, vs["id"], "savings.account.closed")
    assert (closed["channel"], closed["to_kind"], closed["to_account_id"]) == ("transfer", "compulsory", gs["id"])
    # her compulsory savings do not close while she owes a loan
    from palli_lending.contracts import events as lev

    await lending_events(app, member_id, branch_id, uuid.uuid4())(lev.LoanApplied, 1, "applied", annual_rate="24.00", installments=46,
                                                                  frequency="weekly")
    assert_problem(await client.post(f"/v1/savings/accounts/{gs['id']}/closure", json={"channel": "cash"}), 409, "loan_id")
    assert (await _balance(client, gs["id"])) == "320.00"
