"""Members and lending as real processes on a real broker: lending learns groups and members only
from members' events, so a member registered and admitted in members can borrow in lending, and
one who exits cannot; the loan's own events come out on `lending.loan`."""

from __future__ import annotations

import asyncio
import random
from palli_common.clock import business_today
from datetime import date

import httpx

GEN_MC = "1e4d0000-0000-4000-8000-000000000001"


async def _apply(lending: httpx.AsyncClient, member_id: str, *, until: float = 30.0) -> httpx.Response:
    """Applies until lending has heard of the member (events arrive a moment after the commit)."""
    body = {"member_id": member_id, "product_id": GEN_MC, "principal": "15000.00", "installments": 46, "frequency": "weekly"}
    deadline = asyncio.get_running_loop().time() + until
    while True:
        r = await lending.post("/v1/loans", json=body)
        if r.status_code != 422 or "unknown to lending" not in r.text or asyncio.get_running_loop().time() > deadline:
            return r
        await asyncio.sleep(0.3)


async def test_lending_borrowers_come_from_members_events(service_factory, await_event, internal_keys):
    members = service_factory("members").start()
    lending = service_factory("lending").start()
    admin = internal_keys.headers()
    async with httpx.AsyncClient(base_url=members.url, headers=admin) as m:
        branch = (await m.post("/v1/branches", json={"code": f"ML{random.randint(0, 10**7):07d}", "name": "Mirzapur",
                                                      "district": "Tangail", "upazila": "Mirzapur"})).json()
        group = (await m.post("/v1/groups", json={"branch_id": branch["id"], "name": "Bokul Mohila Samity", "meeting_day": "monday",
                                                   "meeting_place": "Mirzapur bazar", "formation_date": "2026-02-01"})).json()
        assert (await m.post(f"/v1/groups/{group['id']}/activate")).status_code == 200

        async def member(name: str) -> dict:
            r = await m.post("/v1/members", json={
                "group_id": group["id"], "name_bn": "শাহানা পারভীন", "name_en": name, "gender": "female", "date_of_birth": "1987-06-01",
                "nid": f"1987{random.randint(0, 10**13 - 1):013d}", "mobile": f"019{random.randint(0, 10**8 - 1):08d}",
                "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"},
                "household_monthly_income": "9500.00", "land_holding_decimals": "4.25"})
            assert r.status_code == 201, r.text
            assert (await m.post(f"/v1/members/{r.json()['id']}/activate")).status_code == 200
            return r.json()

        stays, leaves = await member("Shahana Parvin"), await member("Rokeya Begum")
        assert (await m.post(f"/v1/members/{leaves['id']}/exit", json={"reason": "moved to Dhaka"})).status_code == 200

    officer = internal_keys.headers(roles=["field_officer"], branches=[branch["id"]], subject="officer-it")
    manager = internal_keys.headers(roles=["branch_manager"], branches=[branch["id"]], subject="manager-it")
    async with httpx.AsyncClient(base_url=lending.url, headers=officer) as fo, httpx.AsyncClient(base_url=lending.url, headers=manager) as bm:
        r = await _apply(fo, stays["id"])
        assert r.status_code == 201, r.text
        loan = r.json()
        assert loan["branch_id"] == branch["id"] and loan["group_id"] == group["id"]
        r = await _apply(fo, leaves["id"])
        assert r.status_code == 422 and "exited" in r.text, r.text
        assert (await bm.post(f"/v1/loans/{loan['id']}/approve")).status_code == 200
        r = await bm.post(f"/v1/loans/{loan['id']}/disburse", json={"disbursed_on": business_today().isoformat(), "channel": "cash"})
        assert r.status_code == 200, r.text
    got = await await_event("lending.loan", lambda e: e.envelope.aggregate_id == loan["id"] and e.envelope.type.endswith("disbursed"))
    assert got.envelope.payload["principal"] == "15000.00" and got.envelope.payload["member_id"] == stays["id"]
    assert got.envelope.payload["branch_id"] == branch["id"] and got.envelope.payload["channel"] == "cash"
