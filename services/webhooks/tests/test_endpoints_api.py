"""Registering, listing, deleting endpoints and rotating their secrets, as partners and admins; and
every bad input answered with a 4xx that names the field, never a 5xx."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr

from palli_common.errors import ValidationFailed
from palli_webhooks.service.endpoints import check_url
from palli_webhooks.settings import WebhooksSettings
from palli_webhooks.testing import BRANCH_A, register


def _problem(r, status: int, field: str) -> dict:  # noqa: ANN001
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert field in [e["field"] for e in body.get("errors") or []], body
    return body


async def test_a_partner_registers_an_endpoint_and_sees_only_its_own(partner, partner_id, client_as, client):
    created = await register(partner, types=["lending.loan.disbursed", "lending.loan.*", "lending.loan.disbursed"])
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 40
    assert created["owner"] == partner_id and created["owner_kind"] == "partner" and created["status"] == "active"
    assert created["event_types"] == ["lending.loan.disbursed", "lending.loan.*"]  # duplicates dropped, order kept
    assert created["branch_ids"] is None

    listed = (await partner.get("/v1/webhooks/endpoints")).json()
    assert [e["id"] for e in listed["items"]] == [created["id"]]
    assert "secret" not in listed["items"][0]
    assert (await partner.get(f"/v1/webhooks/endpoints/{created['id']}")).json()["url"] == created["url"]

    async with client_as(partner=f"other-{uuid.uuid4().hex[:6]}", scopes=["loans:read"]) as other:
        assert (await other.get("/v1/webhooks/endpoints")).json()["items"] == []
        for method, path in (("GET", ""), ("DELETE", ""), ("POST", "/rotate-secret"), ("GET", "/deliveries")):
            r = await other.request(method, f"/v1/webhooks/endpoints/{created['id']}{path}")
            assert r.status_code == 404, (method, path, r.text)

    mine = (await client.get("/v1/webhooks/endpoints", params={"owner": partner_id})).json()["items"]
    assert [e["id"] for e in mine] == [created["id"]]


async def test_a_branch_scoped_partner_endpoint_keeps_its_branches(client_as):
    async with client_as(partner=f"p-{uuid.uuid4().hex[:8]}", scopes=["loans:read"], branches=[BRANCH_A]) as c:
        created = await register(c)
    assert created["branch_ids"] == [str(BRANCH_A)]


async def test_bad_urls_are_refused_naming_the_field(partner):
    for url in ("http://partner.example.org/hooks", "ftp://partner.example.org/x", "https://10.1.2.3/hooks", "https://169.254.169.254/x",
                "https://[fd00::1]/x", "https://user:pw@partner.example.org/x", "https://partner.example.org:99999/x", "https://intranet/x",
                "https://svc.internal/x", "not a url", "https:///nohost", "javascript:alert(1)"):
        r = await partner.post("/v1/webhooks/endpoints", json={"url": url, "event_types": ["lending.loan.*"]})
        _problem(r, 422, "url")


def test_plain_http_to_this_machine_only_when_the_setting_allows():
    off = WebhooksSettings(database_url="sqlite+aiosqlite://", environment="test", secret_key=SecretStr("k"))
    on = off.model_copy(update={"allow_local_http": True})
    for url in ("http://127.0.0.1:9000/hooks", "http://localhost/hooks", "http://[::1]:8080/x"):
        with pytest.raises(ValidationFailed):
            check_url(url, off)
        assert check_url(url, on) == url
    with pytest.raises(ValueError):
        WebhooksSettings(environment="production", allow_local_http=True, secret_key=SecretStr("k"))
    assert check_url("https://partner.example.org/hooks?x=1", off)


async def test_event_types_must_be_known_and_within_the_partners_scopes(partner, client_as):
    r = await partner.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["lending.loan.exploded"]})
    _problem(r, 422, "event_types.0")
    r = await partner.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h",
                                                           "event_types": ["lending.loan.closed", "ledger.journal.posted", "*"]})
    body = _problem(r, 422, "event_types.1")
    assert "event_types.2" in [e["field"] for e in body["errors"]]
    r = await partner.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h",
                                                           "event_types": ["lending.loan.closed", "members.member.*"]})
    body = _problem(r, 403, "event_types.1")
    assert body["required_scopes"] == ["members:read"]
    r = await partner.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["marketplace.*"]})
    _problem(r, 403, "event_types.0")
    async with client_as(partner=f"m-{uuid.uuid4().hex[:8]}", scopes=["marketplace:orders"]) as orders_only:
        await register(orders_only, types=["marketplace.order.*"])  # their own orders
        r = await orders_only.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["marketplace.sale.*"]})
        _problem(r, 403, "event_types.0")
    for body in ({"url": "https://p.example.org/h", "event_types": []}, {"url": "https://p.example.org/h"},
                 {"url": "https://p.example.org/h", "event_types": ["lending.loan.*"], "secret": "mine"}):
        r = await partner.post("/v1/webhooks/endpoints", json=body)
        assert r.status_code == 422, r.text


async def test_event_types_say_what_the_caller_may_subscribe_to(partner, client):
    types = {t["event_type"]: t for t in (await partner.get("/v1/webhooks/event-types")).json()}
    assert types["lending.loan.disbursed"] == {"event_type": "lending.loan.disbursed", "scopes": ["loans:read"], "allowed": True}
    assert types["members.member.registered"]["allowed"] is False
    assert types["marketplace.order.reserved"]["scopes"] == ["marketplace:orders", "marketplace:read"]
    assert all(t["allowed"] for t in (await client.get("/v1/webhooks/event-types")).json())


async def test_staff_other_than_admins_are_refused(client_as):
    async with client_as(roles=["field_officer"], branches=[BRANCH_A]) as officer:
        r = await officer.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["lending.loan.*"]})
        assert r.status_code == 403, r.text
        assert (await officer.get("/v1/webhooks/endpoints")).status_code == 403
    async with client_as(roles=["auditor"]) as auditor:
        assert (await auditor.get("/v1/webhooks/endpoints")).status_code == 200
        r = await auditor.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["lending.loan.*"]})
        assert r.status_code == 403


async def test_an_admin_registers_for_any_event_type(client):
    created = await register(client, types=["members.member.*", "savings.account.*", "marketplace.*"])
    assert created["owner_kind"] == "staff"


async def test_deleting_an_endpoint(partner):
    created = await register(partner)
    r = await partner.delete(f"/v1/webhooks/endpoints/{created['id']}")
    assert r.status_code == 204, r.text
    assert (await partner.get("/v1/webhooks/endpoints")).json()["items"] == []
    gone = (await partner.get("/v1/webhooks/endpoints", params={"include_deleted": "true"})).json()["items"]
    assert gone[0]["status"] == "deleted" and gone[0]["deleted_at"]
    assert (await partner.delete(f"/v1/webhooks/endpoints/{created['id']}")).status_code == 404
    assert (await partner.post(f"/v1/webhooks/endpoints/{created['id']}/rotate-secret")).status_code == 404
    assert (await partner.get(f"/v1/webhooks/endpoints/{created['id']}/deliveries")).status_code == 200  # its log stays


async def test_rotating_a_secret_keeps_the_old_one_for_the_grace_period(partner):
    created = await register(partner)
    r = await partner.post(f"/v1/webhooks/endpoints/{created['id']}/rotate-secret")
    assert r.status_code == 200, r.text
    rotated = r.json()
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != created["secret"]
    expires = datetime.fromisoformat(rotated["previous_secret_expires_at"])
    assert abs(expires - (datetime.now(UTC) + timedelta(hours=24))) < timedelta(minutes=1)
    shown = (await partner.get(f"/v1/webhooks/endpoints/{created['id']}")).json()
    assert shown["secret_rotated_at"] and shown["previous_secret_expires_at"] == rotated["previous_secret_expires_at"]


async def test_an_owner_has_at_most_so_many_endpoints(partner, settings):
    for _ in range(settings.max_endpoints_per_owner):
        await register(partner)
    r = await partner.post("/v1/webhooks/endpoints", json={"url": "https://p.example.org/h", "event_types": ["lending.loan.*"]})
    assert r.status_code == 409, r.text


GARBAGE = [None, "x", -1, 10**30, "1e9999", [], {}, [None], [5], ["x" * 500], "2026-13-45", "১২৩", "{", "x" * 6000, "\x00",
           ["lending.loan.\x00"], "https://exa\x00mple.org/", "https://xn--ls8h.example.org/"]
FIELDS = ["url", "event_types", "description", "limit", "cursor", "owner", "state", "event_id", "include_deleted"]


def _refusal_ok(r) -> bool:  # noqa: ANN001
    return r.status_code < 300 or (r.status_code < 500 and r.headers["content-type"].startswith("application/problem+json"))


async def test_no_input_gets_a_5xx(partner, client):
    created = await register(partner)
    base = {"url": "https://p.example.org/h", "event_types": ["lending.loan.*"]}
    bad = []
    for c, field, value in itertools.product((partner, client), FIELDS, GARBAGE):
        for method, path in (("POST", "/v1/webhooks/endpoints"), ("GET", "/v1/webhooks/endpoints"),
                             ("GET", f"/v1/webhooks/endpoints/{created['id']}/deliveries")):
            if method == "GET":
                r = await c.get(path, params={field: str(value)})
            else:
                r = await c.post(path, json={**base, field: value})
            if not _refusal_ok(r):
                bad.append((method, path, field, value, r.status_code, r.text[:200]))
    for template, ident, method in itertools.product(
            ["/v1/webhooks/endpoints/{id}", "/v1/webhooks/endpoints/{id}/rotate-secret", "/v1/webhooks/endpoints/{id}/deliveries",
             "/v1/webhooks/deliveries/{id}/replay"], ["x", str(uuid.uuid4()), "a" * 300, "%00"], ("GET", "POST", "PUT", "DELETE")):
        r = await partner.request(method, template.replace("{id}", ident), json={"url": 5})
        if not _refusal_ok(r):
            bad.append((method, template, ident, r.status_code, r.text[:200]))
    for raw in (b"not json", b"[]", b"null", b'{"url": "\\ud800", "event_types": ["lending.loan.*"]}',
                b'{"url": "https://p.example.org/h", "event_types": ["\\ud800"]}', b'{"url": "https://p.example.org/\\udfff", "event_types": ["lending.loan.*"]}'):
        r = await partner.post("/v1/webhooks/endpoints", content=raw, headers={"content-type": "application/json"})
        if not _refusal_ok(r):
            bad.append(("POST", raw, r.status_code, r.text[:200]))
    assert not bad, bad[:10]
