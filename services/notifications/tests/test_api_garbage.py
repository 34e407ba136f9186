"""Whatever a client sends, the answer is a 2xx or a problem+json 4xx, never a 5xx: every route
gets every field with values of the wrong type, size or shape."""

from __future__ import annotations

import itertools
import uuid

GARBAGE = [None, "x", -1, 10**30, "1e9999", [], {}, "2026-13-45", "১২৩", "{", "}", "{nid}", "x" * 6000, "\x00"]
ROUTES = [
    ("GET", "/v1/notifications/messages"), ("GET", "/v1/notifications/templates"), ("POST", "/v1/notifications/templates/preview"),
    ("PUT", "/v1/notifications/templates/lending.loan.closed/bn"), ("POST", "/v1/notifications/delivery-reports"),
]
FIELDS = ["member_id", "branch_id", "status", "event_type", "limit", "cursor", "language", "body", "enabled", "reference",
          "provider_message_id", "at", "error"]
ITEM_ROUTES = ["/v1/notifications/messages/{id}", "/v1/notifications/messages/{id}/resend", "/v1/notifications/contacts/{id}",
               "/v1/notifications/templates/{id}/bn", "/v1/notifications/templates/lending.loan.closed/{id}"]


def _refusal_ok(r) -> bool:  # noqa: ANN001
    return r.status_code < 300 or (r.status_code < 500 and r.headers["content-type"].startswith("application/problem+json"))


async def test_no_input_gets_a_5xx(client):
    """Both databases: PostgreSQL refuses text SQLite stores (NUL, lone surrogates), so it must be refused first."""
    seeded = (await client.get("/v1/notifications/templates/lending.loan.closed/bn")).json()["body"]
    bad = []
    for (method, path), field, value in itertools.product(ROUTES, FIELDS, GARBAGE):
        if method == "GET":
            r = await client.get(path, params={field: str(value)})
        else:
            body = {field: value}
            if path.endswith("/bn") and field != "body":
                body["body"] = "{name}"  # keep the template valid: the seeded text must survive this test
            r = await client.request(method, path, json=body)
        if not _refusal_ok(r):
            bad.append((method, path, field, value, r.status_code, r.text[:200]))
    for template, ident, method in itertools.product(ITEM_ROUTES, ["x", str(uuid.uuid4()), "2026-02-30", "a" * 300], ("GET", "POST", "PUT", "DELETE")):
        r = await client.request(method, template.replace("{id}", ident), json={"body": 5, "status": "x"})
        if not _refusal_ok(r):
            bad.append((method, template, ident, r.status_code, r.text[:200]))
    for raw in (b"not json", b"[]", b"null", b'{"body": "\\ud800"}'):
        for method, path in ROUTES[2:]:
            r = await client.request(method, path, content=raw, headers={"content-type": "application/json"})
            if not _refusal_ok(r):
                bad.append((method, path, raw, r.status_code, r.text[:200]))
    await client.put("/v1/notifications/templates/lending.loan.closed/bn", json={"body": seeded})  # tests share the database
    assert not bad, bad[:10]
