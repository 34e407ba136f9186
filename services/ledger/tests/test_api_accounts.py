"""The chart of accounts through the API: the seeded chart, opening accounts under headers of
their own type, If-Match edits, and an account's type fixed once something is posted to it."""

from __future__ import annotations

import random
import uuid
from datetime import date

from palli_common.testing.http import assert_problem, each_case


def suffix() -> str:
    return uuid.uuid4().hex[:8].upper()


async def open_top_level(books, type_: str = "income") -> dict:  # noqa: ANN001
    """A new account with no parent, under a free four-digit code."""
    for _ in range(50):
        r = await books.post("/v1/ledger/accounts", json={"code": str(random.randint(6000, 9999)), "name": "Test account", "type": type_})
        if r.status_code == 200:
            return r.json()
        assert r.status_code == 409, r.text
    raise AssertionError("no free code")


async def test_the_seeded_chart(client):
    r = await client.get("/v1/ledger/accounts", params={"limit": 200})
    assert r.status_code == 200, r.text
    chart = {a["code"]: a for a in r.json()["items"]}
    for code in ("1000", "1100", "1110", "1120", "1130", "1300", "1310", "1390", "1410", "2000", "2100", "2110", "2120", "2130",
                 "2140", "2210", "2310", "2410", "3000", "3100", "3200", "4000", "4110", "4120", "4130", "4140", "5000", "5110",
                 "5120", "5130", "5210", "5220", "5230", *(f"1310-{pc}" for pc in ("GEN-MC", "ME", "WE", "AGRI", "HOUSING", "COVID-SME"))):
        assert code in chart, code
    assert {c for c, a in chart.items() if a["is_header"]} >= {"1000", "1100", "1300", "1310", "2000", "2100", "3000", "4000", "5000"}
    assert (chart["1110"]["name_bn"], chart["1310"]["name_bn"], chart["4110"]["name_bn"], chart["2110"]["name_bn"]) == (
        "হাতে নগদ", "ঋণ পোর্টফোলিও", "সার্ভিস চার্জ আয়", "বাধ্যতামূলক সাপ্তাহিক সঞ্চয়")
    assert chart["1310-ME"]["parent_code"] == "1310" and chart["1310-ME"]["type"] == "asset"
    assert chart["1390"]["contra"] and chart["1390"]["normal_balance"] == "credit"
    assert [chart[c]["normal_balance"] for c in ("1110", "2110", "3100", "4110", "5130")] == ["debit", "credit", "credit", "credit", "debit"]
    assert list(chart) == sorted(chart)


async def test_pages_walk_the_chart_once(client):
    seen, cursor = [], None
    while True:
        page = (await client.get("/v1/ledger/accounts", params={"limit": 7, **({"cursor": cursor} if cursor else {})})).json()
        seen += [a["code"] for a in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert len(seen) == len(set(seen)) >= 39 and seen == sorted(seen)
    r = await client.get("/v1/ledger/accounts", params={"type": "expense", "is_header": "false"})
    assert {a["type"] for a in r.json()["items"]} == {"expense"} and "5130" in [a["code"] for a in r.json()["items"]]


async def test_open_an_account_under_a_header(client, books):
    code = f"2120-{suffix()}"
    r = await books.post("/v1/ledger/accounts", json={"code": code, "name": "Eid savings", "name_bn": "ঈদ সঞ্চয়", "type": "liability",
                                                       "parent_code": "2100"})
    assert r.status_code == 200, r.text
    account = r.json()
    assert (account["parent_code"], account["active"], account["normal_balance"], r.headers["ETag"]) == ("2100", True, "credit", '"1"')
    assert (await client.get(f"/v1/ledger/accounts/{code}")).json()["name_bn"] == "ঈদ সঞ্চয়"
    assert_problem(await client.post("/v1/ledger/accounts", json={"code": code, "name": "again", "type": "liability", "parent_code": "2100"}), 409, "code")
    # a suffixed code sits under its four digits unless told otherwise
    r = await books.post("/v1/ledger/accounts", json={"code": f"1310-{suffix()}", "name": "Loan portfolio — TEST", "type": "asset"})
    assert r.status_code == 200 and r.json()["parent_code"] == "1310"


async def test_bad_accounts_are_refused_naming_the_field(client):
    base = {"code": f"5299-{suffix()}", "name": "Stationery", "type": "expense", "parent_code": "5000"}
    cases = [
        ("lower-case code", {"code": "5299-abc"}, 422, "code"),
        ("three digits", {"code": "529"}, 422, "code"),
        ("unknown type", {"type": "revenue"}, 422, "type"),
        ("no name", {"name": " "}, 422, "name"),
        ("unknown parent", {"parent_code": "5999"}, 422, "parent_code"),
        ("parent not a header", {"parent_code": "5210"}, 422, "parent_code"),
        ("parent of another type", {"parent_code": "4000"}, 422, "parent_code"),
        ("unknown field", {"colour": "red"}, 422, "colour"),
        ("not a boolean", {"is_header": "maybe"}, 422, "is_header"),
    ]

    async def check(change: dict, status: int, field: str) -> None:
        assert_problem(await client.post("/v1/ledger/accounts", json={**base, **change}), status, field)

    await each_case(cases, check)
    assert_problem(await client.get("/v1/ledger/accounts/9999-NOPE"), 404)


async def test_edits_need_the_current_version(client, books):
    code = f"5299-{suffix()}"
    r = await books.post("/v1/ledger/accounts", json={"code": code, "name": "Stationery", "type": "expense", "parent_code": "5000"})
    etag = r.headers["ETag"]
    r = await books.patch(f"/v1/ledger/accounts/{code}", json={"name": "Stationery and printing"}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["name"] == "Stationery and printing" and r.headers["ETag"] == '"2"'
    assert_problem(await client.patch(f"/v1/ledger/accounts/{code}", json={"name": "x"}, headers={"If-Match": etag}), 412)
    assert_problem(await client.patch(f"/v1/ledger/accounts/{code}", json={"name": None}), 422, "name")
    assert_problem(await client.patch(f"/v1/ledger/accounts/{code}", json={"type": "income"}), 422, "type")  # its parent is an expense header
    r = await books.patch(f"/v1/ledger/accounts/{code}", json={"active": False, "description": None})
    assert r.status_code == 200 and r.json()["active"] is False
    assert_problem(await client.patch("/v1/ledger/accounts/9999-NOPE", json={"name": "x"}), 404)


async def test_an_account_with_postings_keeps_its_type(client, write_entry, books):
    account = await open_top_level(books, "income")
    r = await books.patch(f"/v1/ledger/accounts/{account['code']}", json={"type": "expense"})  # nothing posted yet: allowed
    assert r.status_code == 200 and r.json()["type"] == "expense" and r.json()["normal_balance"] == "debit"
    await write_entry(date(2026, 11, 1), None, [(account["code"], 10_000, 0), ("1110", 0, 10_000)])
    assert_problem(await client.patch(f"/v1/ledger/accounts/{account['code']}", json={"type": "income"}), 409, "type")
    assert_problem(await client.patch(f"/v1/ledger/accounts/{account['code']}", json={"contra": True}), 409, "contra")
    r = await books.patch(f"/v1/ledger/accounts/{account['code']}", json={"name": "Renamed is fine"})
    assert r.status_code == 200


async def test_a_header_with_sub_accounts_keeps_its_type(client):
    assert_problem(await client.patch("/v1/ledger/accounts/4000", json={"type": "equity"}), 409, "type")


async def test_only_an_admin_proposes_and_another_approves(client_as, client, books):
    code = f"5299-{suffix()}"
    body = {"code": code, "name": "Fuel", "type": "expense", "parent_code": "5000"}
    async with client_as(roles=["accountant"]) as accountant:
        assert_problem(await accountant.post("/v1/ledger/accounts", json=body), 403)
    r = await books.maker.post("/v1/ledger/accounts", json=body)
    assert r.status_code == 202, r.text
    change = r.json()
    assert (change["status"], change["target"], change["action"], change["target_key"]) == ("pending", "account", "create", code)
    assert r.headers["Location"] == f"/v1/ledger/book-changes/{change['id']}"
    assert_problem(await client.get(f"/v1/ledger/accounts/{code}"), 404)  # nothing in the chart yet
    assert_problem(await books.maker.post(f"/v1/ledger/book-changes/{change['id']}/approve"), 403)  # the maker
    r = await books.checker.post(f"/v1/ledger/book-changes/{change['id']}/approve")
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["decided_by"], r.json()["result"]["code"]) == ("applied", "admin-checker", code)
    assert (await client.get(f"/v1/ledger/accounts/{code}")).json()["created_by"] == "admin-maker"
