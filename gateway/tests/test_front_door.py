"""Routing, request ids, limits (429, 413), CORS, a downed service (502), idempotency and the
audit log, through the running gateway and members service."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest

from palli_common.testing.broker import free_port
from palli_common.testing.http import assert_problem
from palli_gateway.main import create_app


async def _lone_settings(tmp_path, **over):  # noqa: ANN001, ANN003
    from palli_common.migrations import upgrade
    from palli_gateway.settings import GatewaySettings, Upstream

    url = f"sqlite+aiosqlite:///{tmp_path}/gw.db"
    await asyncio.to_thread(upgrade, "palli_gateway", url)  # alembic runs its own event loop
    values = dict(
        database_url=url, environment="test", log_json=False, log_level="WARNING", key_secret="t",
        routes=[Upstream(prefix="/v1/members", service="members", url=f"http://127.0.0.1:{free_port()}", timeout=2)],
        admin_username="boss", admin_password="boss-password-1", argon2_time_cost=1, argon2_memory_kib=1024,
        rate_limit_per_address="1000/minute", rate_limit_per_principal="1000/minute", rate_limit_token_endpoint="1000/minute",
    )
    values.update(over)
    return GatewaySettings(**values)


async def _client(app) -> httpx.AsyncClient:  # noqa: ANN001
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.1.2.3", 5000)), base_url="http://gw")


async def _admin_headers(c: httpx.AsyncClient) -> dict[str, str]:
    r = await c.post("/v1/auth/token", data={"grant_type": "password", "username": "boss", "password": "boss-password-1"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def test_a_downed_service_gives_502_quickly(tmp_path):
    app = create_app(await _lone_settings(tmp_path))
    async with app.router.lifespan_context(app), await _client(app) as c:
        headers = await _admin_headers(c)
        started = time.perf_counter()
        r = await c.get("/v1/members", headers=headers)
        assert_problem(r, 502)
        assert "members" in r.json()["detail"]
        assert time.perf_counter() - started < 1.0
        assert_problem(await c.get("/v1/loans", headers=headers), 404)  # not in the table: nothing to route


async def test_rate_limit_trips_with_retry_after_and_recovers(tmp_path):
    app = create_app(await _lone_settings(tmp_path, rate_limit_per_address="3/second", rate_limit_token_endpoint="3/second"))
    async with app.router.lifespan_context(app), await _client(app) as c:
        statuses = [(await c.get("/v1/auth/me")).status_code for _ in range(4)]
        assert statuses == [401, 401, 401, 429]
        r = await c.get("/v1/auth/me")
        assert_problem(r, 429)
        assert 1 <= int(r.headers["retry-after"]) <= 2
        await asyncio.sleep(int(r.headers["retry-after"]) + 0.1)
        assert (await c.get("/v1/auth/me")).status_code == 401  # recovered: back to the token check


async def test_body_size_limit_gives_413(tmp_path):
    app = create_app(await _lone_settings(tmp_path, max_body_bytes=1000))
    async with app.router.lifespan_context(app), await _client(app) as c:
        headers = await _admin_headers(c)
        r = await c.post("/v1/auth/users", content=b"{" + b" " * 5000 + b"}", headers={**headers, "Content-Type": "application/json"})
        assert_problem(r, 413)

        async def chunks():
            for _ in range(10):
                yield b" " * 500

        r = await c.post("/v1/auth/users", content=chunks(), headers={**headers, "Content-Type": "application/json"})
        assert_problem(r, 413)


async def test_cors_preflight_allows_configured_origins_only(tmp_path):
    app = create_app(await _lone_settings(tmp_path, cors_origins=["https://app.palli.example.org"]))
    async with app.router.lifespan_context(app), await _client(app) as c:
        ask = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,idempotency-key"}
        r = await c.options("/v1/members", headers={"Origin": "https://app.palli.example.org", **ask})
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "https://app.palli.example.org"
        r = await c.options("/v1/members", headers={"Origin": "https://evil.example.com", **ask})
        assert "access-control-allow-origin" not in r.headers


async def test_request_id_kept_or_made_and_passed_on(api):
    headers = await api.admin()
    r = await api.http.get("/v1/branches", headers={**headers, "X-Request-ID": "field-visit-42"})
    assert r.status_code == 200 and r.headers.get_list("x-request-id") == ["field-visit-42"]
    r = await api.http.get("/v1/branches", headers=headers)
    made = r.headers["x-request-id"]
    assert len(made) == 36
    assert_problem(await api.http.get("/v1/nowhere", headers=headers), 404)
    assert_problem(await api.http.put("/v1/branches", headers=headers), 405)
    # the service saw the same id: the audit row carries it
    audit = (await api.http.get("/v1/audit", params={"request_id": "field-visit-42"}, headers=headers)).json()
    assert [a["route"] for a in audit["items"]] == ["/v1/branches"]


async def test_idempotent_post_replays_and_refuses_a_different_body(api):
    headers = await api.admin()
    key = {"Idempotency-Key": f"open-branch-{uuid.uuid4()}"}
    body = {"code": f"I{uuid.uuid4().hex[:8]}", "name": "Gopalpur", "district": "Tangail", "upazila": "Gopalpur"}
    first = await api.http.post("/v1/branches", json=body, headers={**headers, **key})
    assert first.status_code == 201, first.text
    again = await api.http.post("/v1/branches", json=body, headers={**headers, **key})
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert_problem(await api.http.post("/v1/branches", json=body, headers=headers), 409)  # it exists, once
    r = await api.http.post("/v1/branches", json={**body, "name": "Other"}, headers={**headers, **key})
    assert_problem(r, 422, "Idempotency-Key")
    # keys belong to a caller: another user's same key is a new request
    other = await api.headers_for(["admin"])
    r = await api.http.post("/v1/branches", json={**body, "code": body["code"] + "B"}, headers={**other, **key})
    assert r.status_code == 201 and "idempotent-replayed" not in r.headers
    assert_problem(await api.http.post("/v1/branches", json=body, headers={**headers, "Idempotency-Key": "x" * 300}), 422, "Idempotency-Key")


async def test_concurrent_duplicates_create_once(api):
    headers = {**(await api.admin()), "Idempotency-Key": f"dup-{uuid.uuid4()}"}
    body = {"code": f"C{uuid.uuid4().hex[:8]}", "name": "Kalihati", "district": "Tangail", "upazila": "Kalihati"}
    results = await asyncio.gather(*(api.http.post("/v1/branches", json=body, headers=headers) for _ in range(8)))
    fresh = [r for r in results if r.status_code == 201 and "idempotent-replayed" not in r.headers]
    assert len(fresh) == 1
    for r in results:
        assert r.status_code == 409 or r.json() == fresh[0].json(), r.text
    assert_problem(await api.http.post("/v1/branches", json=body, headers=await api.admin()), 409)  # created exactly once


async def test_auditors_query_who_did_what(api):
    officer = await api.user(["field_officer"])
    tokens = await api.token(officer["username"])
    r = await api.http.get("/v1/auth/users", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert_problem(r, 403)
    auditor = await api.headers_for(["auditor"])
    for _ in range(100):  # the audit writer flushes in the background (every 0.05 s here; later on a loaded machine)
        rows = (await api.http.get("/v1/audit", params={"username": officer["username"]}, headers=auditor)).json()["items"]
        if len(rows) >= 2:
            break
        await asyncio.sleep(0.05)
    assert [(a["method"], a["route"], a["status"]) for a in rows] == [("GET", "/v1/auth/users", 403), ("POST", "/v1/auth/token", 200)]
    assert rows[0]["subject"] == officer["id"] and rows[0]["request_id"]
    assert_problem(await api.http.post("/v1/auth/users", json={}, headers=auditor), 403)  # read only
    assert_problem(await api.http.get("/v1/audit", params={"cursor": "bad"}, headers=auditor), 422, "cursor")
    # an HTTP status beyond the column's range was a 500 (found by the schemathesis run)
    assert_problem(await api.http.get("/v1/audit", params={"status": 4739495239631}, headers=auditor), 422, "status")
    assert (await api.http.get("/v1/audit", params={"status": 403, "username": officer["username"]}, headers=auditor)).json()["items"] == rows[:1]


async def test_openapi_merges_services_and_auth(api):
    doc = (await api.http.get("/openapi.json")).json()
    assert {"/v1/auth/token", "/v1/members", "/v1/groups/{group_id}", "/v1/branches"} <= set(doc["paths"])
    assert "/healthz" not in doc["paths"]
    flows = doc["components"]["securitySchemes"]["oauth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"].endswith("/v1/auth/token") and "members:read" in flows["clientCredentials"]["scopes"]
    assert doc["paths"]["/v1/auth/token"]["post"]["security"] == []
    assert {"oauth2": ["members:read"]} in doc["paths"]["/v1/members"]["get"]["security"]
    assert "text/html" in (await api.http.get("/docs")).headers["content-type"]
    from openapi_spec_validator import validate

    validate(doc)  # a partner's generator will accept it


async def test_nul_text_is_a_422_for_the_gateways_own_routes_and_proxied_ones(api):
    """PostgreSQL cannot store U+0000: a NUL in a user's name (the gateway's own table) or in a
    proxied member body is refused with a 422 naming the field, and nothing is created."""
    admin = await api.admin()
    body = {"username": "nul-user", "full_name": "Salma\u0000Akter", "password": "a long enough password", "roles": ["field_officer"]}
    r = await api.http.post("/v1/auth/users", json=body, headers=admin)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "full_name", r.text
    users = (await api.http.get("/v1/auth/users", headers=admin, params={"limit": 200})).json()["items"]
    assert "nul-user" not in {u["username"] for u in users}
    r = await api.http.post("/v1/branches", json={"code": "NUL01", "name": "Tangail\u0000", "district": "Tangail", "upazila": "Mirzapur"},
                            headers=admin)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name", r.text


@pytest.mark.parametrize("status, retry_after", [(409, "1"), (422, None), (500, None)])
async def test_only_a_success_is_kept_as_the_keys_answer(tmp_path, status, retry_after):
    """A service's 409 "a twin with this key is in progress" (with Retry-After), a 422 "member not
    known to savings yet" that the events will cure, a 500: none moved money, so the retry with the
    same key must reach the service again instead of being answered that refusal for a day. The
    success after it is kept and replayed."""
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    from palli_common.testing.servers import ServerThread
    from palli_gateway.settings import Upstream

    calls: list[int] = []
    upstream = FastAPI()

    @upstream.post("/v1/members")
    async def create() -> JSONResponse:
        calls.append(1)
        if len(calls) == 1:
            return JSONResponse({"type": "about:blank", "title": "Refused", "status": status, "detail": "not now"}, status_code=status,
                                headers={"Retry-After": retry_after} if retry_after else None, media_type="application/problem+json")
        return JSONResponse({"id": "m-1"}, status_code=201)

    port = free_port()
    with ServerThread(upstream, port):
        routes = [Upstream(prefix="/v1/members", service="members", url=f"http://127.0.0.1:{port}", timeout=2)]
        app = create_app(await _lone_settings(tmp_path, routes=routes))
        async with app.router.lifespan_context(app), await _client(app) as c:
            headers = {**(await _admin_headers(c)), "Idempotency-Key": f"twin-{uuid.uuid4()}"}
            body = {"name": "Rahima"}
            assert_problem(await c.post("/v1/members", json=body, headers=headers), status)
            retry = await c.post("/v1/members", json=body, headers=headers)
            assert retry.status_code == 201 and "idempotent-replayed" not in retry.headers
            again = await c.post("/v1/members", json=body, headers=headers)
            assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert len(calls) == 2
