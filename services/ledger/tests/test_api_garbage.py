"""Whatever a client sends to the posting core's routes, the answer is a 2xx or a problem+json 4xx,
never a 5xx: every field with values of the wrong type, size or shape."""

from __future__ import annotations

import itertools
import uuid

import pytest

GARBAGE = [None, "x", -1, 10**30, "1e9999", [], {}, "2026-13-45", "১২৩", "' OR 1=1 --", "x" * 5000]
PAGE = ["limit", "cursor"]
ROUTES = [  # each route with the fields it reads
    ("POST", "/v1/ledger/accounts", ["code", "name", "name_bn", "type", "parent_code", "is_header", "contra", "description"]),
    ("GET", "/v1/ledger/accounts", [*PAGE, "type", "active", "parent_code", "is_header"]),
    ("POST", "/v1/ledger/posting-rules", ["event_type", "channel", "description", "lines", "active"]),
    ("GET", "/v1/ledger/posting-rules", [*PAGE, "event_type", "channel", "active"]),
    ("GET", "/v1/ledger/journal-entries", [*PAGE, "branch_id", "from", "to", "account", "aggregate_id", "source_event_id", "kind", "status"]),
    ("POST", "/v1/ledger/manual-entries", ["posted_on", "branch_id", "description", "reference", "lines"]),
    ("GET", "/v1/ledger/manual-entries", [*PAGE, "status", "kind", "branch_id", "from", "to"]),
]
LINES = [[{"side": "debit", "account": "1310-{product_code}", "amount": v}] for v in GARBAGE[:4]] + [
    [{"account_code": v, "debit": v, "credit": v, "memo": v}] for v in GARBAGE] + [[None], ["x"], [[]]]
ITEM_ROUTES = ["/v1/ledger/accounts/{id}", "/v1/ledger/posting-rules/{id}", "/v1/ledger/journal-entries/{id}",
               "/v1/ledger/journal-entries/{id}/reverse", "/v1/ledger/manual-entries/{id}", "/v1/ledger/manual-entries/{id}/approve",
               "/v1/ledger/manual-entries/{id}/reject"]


def _refusal_ok(r) -> bool:  # noqa: ANN001
    return r.status_code < 300 or (r.status_code < 500 and r.headers["content-type"].startswith("application/problem+json"))


@pytest.mark.parametrize("ledger_db_url", ["sqlite"], indirect=True)  # parsing is the database's business only after it passed
async def test_no_input_gets_a_5xx(client):
    bad = []
    cases = [(method, path, field, value) for method, path, fields in ROUTES for field in fields for value in GARBAGE]
    for method, path, field, value in cases:
        if method == "GET":
            r = await client.get(path, params={field: str(value)})
        else:
            r = await client.request(method, path, json={field: value})
        if not _refusal_ok(r):
            bad.append((method, path, field, value, r.status_code, r.text[:200]))
    for lines in LINES:
        for path, extra in (("/v1/ledger/posting-rules", {"event_type": "lending.loan.x_y", "description": "d"}),
                            ("/v1/ledger/manual-entries", {"posted_on": "2026-11-01", "description": "d"})):
            r = await client.post(path, json={**extra, "lines": lines})
            if not _refusal_ok(r):
                bad.append(("POST", path, lines, r.status_code, r.text[:200]))
    for template, ident, method in itertools.product(ITEM_ROUTES, ["x", str(uuid.uuid4()), "1110", "2026-02-30", "%00"],
                                                    ("GET", "POST", "PATCH", "DELETE")):
        r = await client.request(method, template.replace("{id}", ident), json={"reason": 5, "posted_on": "x", "name": [],
                                                                                  "lines": "x", "type": None},
                                 headers={"If-Match": '"abc"'} if method == "PATCH" else {})
        if not _refusal_ok(r):
            bad.append((method, template, ident, r.status_code, r.text[:200]))
    assert not bad, bad[:10]
