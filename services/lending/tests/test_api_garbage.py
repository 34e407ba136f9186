"""Whatever a client sends, the answer is a 2xx or a problem+json 4xx, never a 5xx: every route
gets every field with values of the wrong type, size or shape."""

from __future__ import annotations

import itertools
import uuid

import pytest

GARBAGE = [None, "x", -1, 10**30, "1e9999", [], "2026-13-45", "১২৩"]
ROUTES = [
    ("POST", "/v1/loans/schedule-preview"), ("POST", "/v1/loans"), ("GET", "/v1/loans"), ("POST", "/v1/loan-products"),
    ("GET", "/v1/loan-products"), ("POST", "/v1/holidays"), ("GET", "/v1/holidays"), ("GET", "/v1/collection-sheets"),
    ("POST", "/v1/collection-sheets"), ("GET", "/v1/portfolio/par"), ("GET", "/v1/portfolio/arrears"),
    ("POST", "/v1/portfolio/close-of-business"),
]
FIELDS = ["product_id", "principal", "annual_rate", "installments", "frequency", "term_months", "member_id", "disbursed_on",
          "meeting_day", "first_due_on", "day", "name", "group_id", "meeting_on", "lines", "code", "min_amount", "max_rate",
          "limit", "cursor", "group_by", "branch_id", "status", "from", "to", "min_days"]
ITEM_ROUTES = ["/v1/loans/{id}", "/v1/loans/{id}/repayments", "/v1/loans/{id}/disburse", "/v1/loans/{id}/prepay",
               "/v1/loans/{id}/transactions/{id}/reverse", "/v1/loan-products/{id}", "/v1/holidays/{id}"]


def _refusal_ok(r) -> bool:  # noqa: ANN001
    return r.status_code < 300 or (r.status_code < 500 and r.headers["content-type"].startswith("application/problem+json"))


@pytest.mark.parametrize("lending_db_url", ["sqlite"], indirect=True)  # the parsing is the database's business only after it passed
async def test_no_input_gets_a_5xx(client):
    bad = []
    for (method, path), field, value in itertools.product(ROUTES, FIELDS, GARBAGE):
        if method == "GET":
            r = await client.get(path, params={field: str(value)})
        else:
            r = await client.request(method, path, json={field: value}, headers={"Idempotency-Key": "k"})
        if not _refusal_ok(r):
            bad.append((method, path, field, value, r.status_code, r.text[:200]))
    for template, ident, method in itertools.product(ITEM_ROUTES, ["x", str(uuid.uuid4()), "2026-02-30"], ("GET", "POST", "PATCH", "DELETE")):
        r = await client.request(method, template.replace("{id}", ident), json={"amount": "abc", "paid_on": "x", "reason": 5})
        if not _refusal_ok(r):
            bad.append((method, template, ident, r.status_code, r.text[:200]))
    assert not bad, bad[:10]
