"""A NUL character anywhere in a request is a 422 naming the field on both databases (PostgreSQL
cannot store one: without the guard it was a 500), and nothing is written."""

from __future__ import annotations

import uuid


async def test_nul_in_a_manual_entry_account_or_query_is_a_422(client, books):
    mark = uuid.uuid4().hex
    body = {"posted_on": "2026-11-01", "branch_id": None, "description": f"rent {mark}\u0000",
            "lines": [{"account_code": "5220", "debit": "100.00", "memo": "ok"}, {"account_code": "1110", "credit": "100.00", "memo": "x\u0000"}]}
    r = await client.post("/v1/ledger/manual-entries", json=body)
    assert r.status_code == 422, r.text
    assert [e["field"] for e in r.json()["errors"]] == ["description", "lines.1.memo"]
    listed, cursor = [], None  # every page: the database is shared by the session's tests
    while True:
        page = (await client.get("/v1/ledger/manual-entries", params={"limit": 200, **({"cursor": cursor} if cursor else {})})).json()
        listed += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    assert not [e for e in listed if mark in e["description"]]
    r = await books.post("/v1/ledger/accounts", json={"code": "5291", "name": "Fuel\u0000", "type": "expense", "parent_code": "5000"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name"
    assert (await client.get("/v1/ledger/accounts/5291")).status_code == 404
    r = await client.get("/v1/ledger/reports/account-statement", params={"account": "1110\u0000", "from": "2026-01-01"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "account"
    assert (await client.get("/v1/ledger/accounts/11%0010")).status_code == 422
