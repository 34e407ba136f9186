"""A service process reached around the gateway gets nothing: without the gateway's internal
identity token, or with one signed by any other key, every business route is 401."""

from __future__ import annotations

import httpx

from palli_common.testing.http import assert_problem
from palli_common.testing.identity import InternalKeys


async def test_members_process_refuses_calls_without_a_gateway_token(service_factory, internal_keys, tmp_path):
    svc = service_factory("members").start()
    forged = InternalKeys(tmp_path)  # a key pair the service was never told about
    same_kid = InternalKeys(tmp_path)
    same_kid.kid = internal_keys.kid  # another key claiming the gateway's key id
    branch = {"code": "FORGED01", "name": "Forged branch", "district": "Tangail", "upazila": "Mirzapur"}
    async with httpx.AsyncClient(base_url=svc.url, timeout=10) as http:
        for headers in ({}, {"Authorization": "Bearer not-a-token"}, forged.headers(), same_kid.headers()):
            assert_problem(await http.get("/v1/members", headers=headers), 401)
            assert_problem(await http.post("/v1/branches", json=branch, headers=headers), 401)
        assert (await http.get("/healthz")).status_code == 200
        # the genuine token works, and nothing the forgers sent was written
        listed = await http.get("/v1/branches", params={"limit": 200}, headers=internal_keys.headers())
        assert listed.status_code == 200, listed.text
        assert all(b["code"] != "FORGED01" for b in listed.json()["items"])
