"""The event backbone end to end, with the members service as a real process:
commit and event together, trace and correlation carried, relay crash, broker outage."""

from __future__ import annotations

import asyncio
import json
import random
import urllib.request

import httpx

from palli_common.testing.broker import free_port, start_tansu
from palli_common.testing.events import read_topic, wait_for_event

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"


def branch_body() -> dict:
    return {"code": f"IT{random.randint(0, 10**8):08d}", "name": "Mirzapur branch", "district": "Tangail", "upazila": "Mirzapur"}


async def test_api_call_event_carries_correlation_and_trace(service_factory, await_event, internal_keys):
    svc = service_factory("members").start()
    # stdlib client on purpose: httpx may be instrumented in this process and would replace the traceparent
    request = urllib.request.Request(
        f"{svc.url}/v1/branches", data=json.dumps(branch_body()).encode(), method="POST",
        headers={"Content-Type": "application/json", "X-Request-ID": "req-it-42",
                 "traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01", **internal_keys.headers()},
    )
    with await asyncio.to_thread(urllib.request.urlopen, request, timeout=10) as response:
        assert response.status == 201
        assert response.headers["x-request-id"] == "req-it-42"
        branch = json.loads(response.read())
    got = await await_event("members.branch", lambda e: e.envelope.aggregate_id == branch["id"])
    assert got.envelope.type == "members.branch.opened"
    assert got.envelope.correlation_id == "req-it-42" == got.headers["correlation_id"]
    assert got.envelope.causation_id == "req-it-42"
    assert got.headers["traceparent"].split("-")[1] == TRACE_ID
    assert got.envelope.payload["district"] == "Tangail" and got.envelope.payload["division"] == "Dhaka"


async def test_relay_dies_after_commit_event_published_once_after_restart(service_factory, kafka, internal_keys):
    svc = service_factory("members", MEMBERS_RELAY_ENABLED="false").start()
    async with httpx.AsyncClient(base_url=svc.url, headers=internal_keys.headers()) as http:
        r = await http.post("/v1/branches", json=branch_body())
    assert r.status_code == 201
    branch_id = r.json()["id"]
    svc.kill()  # the process dies with the row committed and never published

    def ours(events):
        return [e for e in events if e.envelope.aggregate_id == branch_id]

    assert ours(await read_topic(kafka.bootstrap, "members.branch")) == []
    svc.start(MEMBERS_RELAY_ENABLED="true")
    await wait_for_event(kafka.bootstrap, "members.branch", lambda e: e.envelope.aggregate_id == branch_id)
    await asyncio.sleep(1.5)  # several more sweeps: none may publish it again
    assert len(ours(await read_topic(kafka.bootstrap, "members.branch"))) == 1


async def test_broker_down_api_succeeds_event_arrives_when_broker_returns(service_factory, internal_keys):
    port = free_port()
    broker = start_tansu(port)
    svc = service_factory("members", KAFKA_BOOTSTRAP_SERVERS=broker.bootstrap, KAFKA_ENABLE_IDEMPOTENCE="false").start()
    broker.stop()
    try:
        async with httpx.AsyncClient(base_url=svc.url, timeout=10, headers=internal_keys.headers()) as http:
            r = await http.post("/v1/branches", json=branch_body())
            assert r.status_code == 201, r.text
            branch_id = r.json()["id"]
            ready = await http.get("/readyz")
            assert ready.status_code == 503
            assert ready.json()["checks"] == {"database": "ok", "broker": "unavailable"}
            broker = start_tansu(port)
            got = await wait_for_event(broker.bootstrap, "members.branch", lambda e: e.envelope.aggregate_id == branch_id, timeout=45)
            assert got.envelope.type == "members.branch.opened"
            assert (await http.get("/readyz")).status_code == 200
    finally:
        svc.stop()
        broker.stop()


async def test_member_lifecycle_events_in_order_with_consumer_fields(service_factory, await_event, kafka, internal_keys):
    svc = service_factory("members").start()
    async with httpx.AsyncClient(base_url=svc.url, headers=internal_keys.headers()) as http:
        branch = (await http.post("/v1/branches", json=branch_body())).json()
        group = (await http.post("/v1/groups", json={
            "branch_id": branch["id"], "name": "Bokul Mohila Samity", "meeting_day": "monday",
            "meeting_place": "Mirzapur bazar", "formation_date": "2026-02-01"})).json()
        member = (await http.post("/v1/members", json={
            "group_id": group["id"], "name_bn": "শাহানা পারভীন", "name_en": "Shahana Parvin", "gender": "female",
            "date_of_birth": "1987-06-01", "nid": f"1987{random.randint(0, 10**13 - 1):013d}", "mobile": "01912345678",
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"},
            "household_monthly_income": "9500.00", "land_holding_decimals": "4.25"})).json()
        assert (await http.post(f"/v1/members/{member['id']}/activate")).status_code == 200
        assert (await http.post(f"/v1/members/{member['id']}/exit", json={"reason": "moved to Dhaka"})).status_code == 200
    await await_event("members.member", lambda e: e.envelope.aggregate_id == member["id"] and e.envelope.type.endswith("exited"))
    mine = [e for e in await read_topic(kafka.bootstrap, "members.member") if e.envelope.aggregate_id == member["id"]]
    assert [e.envelope.type.rsplit(".", 1)[1] for e in mine] == ["registered", "activated", "exited"]
    assert [e.envelope.aggregate_version for e in mine] == [1, 2, 3]
    assert len({e.partition for e in mine}) == 1  # keyed by member id: one partition, in order
    payload = mine[-1].envelope.payload
    assert payload["branch_id"] == branch["id"] and payload["group_id"] == group["id"]
    assert payload["gender"] == "female" and payload["mobile"] == "+8801912345678" and payload["status"] == "exited"
    assert payload["reason"] == "moved to Dhaka" and "nid" not in payload
