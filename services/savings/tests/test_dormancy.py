"""Dormancy: an account idle for its product's days is inactive, then dormant; a dormant one pays
nothing out until a manager reactivates it; a deposit of hers wakes it; the run is safe to repeat."""

from __future__ import annotations

import uuid
from datetime import timedelta

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem
from palli_savings.service import daily

from .conftest import VS, events_of

BACKDATED = "entered late from the branch's paper register"


async def _open_idle(client, member_id, days: int) -> dict:  # noqa: ANN001
    r = await client.post("/v1/savings/accounts", json={
        "member_id": str(member_id), "product_id": VS, "opening_deposit": "300.00",
        "opened_on": (business_today() - timedelta(days=days)).isoformat(), "backdate_reason": BACKDATED})
    assert r.status_code == 201, r.text
    return r.json()


async def test_idle_accounts_go_inactive_then_dormant_once(app, client, member):
    member_id, _ = await member()
    fresh, idle, asleep = (await _open_idle(client, member_id, 10), await _open_idle(client, member_id, 200),
                           await _open_idle(client, member_id, 366))
    result = await daily.run_day(app.state.runtime.db)
    assert uuid.UUID(idle["id"]) in result.inactive and uuid.UUID(asleep["id"]) in result.dormant
    assert uuid.UUID(fresh["id"]) not in result.inactive + result.dormant
    states = {a["id"]: a["activity"] for a in (await client.get("/v1/savings/accounts", params={"member_id": str(member_id)})).json()["items"]}
    assert states == {fresh["id"]: None, idle["id"]: "inactive", asleep["id"]: "dormant"}
    again = await daily.run_day(app.state.runtime.db)
    assert {uuid.UUID(idle["id"]), uuid.UUID(asleep["id"])}.isdisjoint(again.inactive + again.dormant)
    assert (await events_of(app, asleep["id"]))[-1] == "savings.account.dormant"


async def test_a_dormant_account_pays_out_only_after_a_manager_reactivates_it(app, client, client_as, member):
    member_id, branch_id = await member()
    asleep = await _open_idle(client, member_id, 366)
    await daily.run_day(app.state.runtime.db)
    path = f"/v1/savings/accounts/{asleep['id']}"
    assert_problem(await client.post(f"{path}/withdrawals", json={"amount": "10.00"}), 409, "activity")
    assert_problem(await client.post(f"{path}/closure", json={"channel": "cash"}), 409, "activity")
    assert_problem(await client.post(f"{path}/reactivate", json={}), 422, "reason")
    r = await client.post(f"{path}/reactivate", json={"reason": "she came with her passbook and NID"})
    assert r.status_code == 200 and r.json()["activity"] is None
    assert_problem(await client.post(f"{path}/reactivate", json={"reason": "again"}), 409, "activity")
    assert (await client.post(f"{path}/withdrawals", json={"amount": "10.00"})).status_code == 201
    assert (await client.get(path)).json()["last_active_on"] == business_today().isoformat()


async def test_a_deposit_of_hers_wakes_an_idle_account(app, client, member):
    member_id, _ = await member()
    idle = await _open_idle(client, member_id, 366)
    await daily.run_day(app.state.runtime.db)
    r = await client.post(f"/v1/savings/accounts/{idle['id']}/deposits", json={"amount": "20.00"})
    assert r.status_code == 201, r.text
    account = (await client.get(f"/v1/savings/accounts/{idle['id']}")).json()
    assert account["activity"] is None and account["balance"] == "320.00"
    assert (await events_of(app, idle["id"]))[-2:] == ["savings.account.reactivated", "savings.account.deposit_received"]


async def test_the_run_refuses_a_future_day(client):
    r = await client.post("/v1/savings/daily-runs", json={"on": (business_today() + timedelta(days=1)).isoformat()})
    assert_problem(r, 422, "on")
    assert (await client.post("/v1/savings/daily-runs", json={})).status_code == 200
