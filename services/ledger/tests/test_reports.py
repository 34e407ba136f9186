"""Trial balance, account statement, general ledger, balance sheet and income statement, checked
by hand against a small set of entries in two fresh branches (the database is shared by the whole
session, so every figure is asked for those branches only), plus branch scope and bad input."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

R = "/v1/ledger/reports"


@pytest.fixture
async def books(write_entry):
    """Branch A: capital, a loan paid out and partly repaid, salaries in October; a provision in
    November. Branch B: savings by mobile wallet and rent. Amounts in poisha."""
    a, b = uuid.uuid4(), uuid.uuid4()
    loan = str(uuid.uuid4())
    await write_entry(date(2026, 10, 1), a, [("1110", 500000, 0), ("3100", 0, 500000)], description="capital")
    await write_entry(date(2026, 10, 5), a, [("1310-ME", 200000, 0), ("1110", 0, 200000)], aggregate_id=loan, description="loan paid out")
    await write_entry(date(2026, 10, 12), a, [("1110", 55000, 0), ("1310-ME", 0, 50000), ("4110", 0, 5000)], aggregate_id=loan,
                      description="repayment")
    await write_entry(date(2026, 10, 20), a, [("5210", 30000, 0), ("1110", 0, 30000)], description="salaries")
    await write_entry(date(2026, 11, 2), a, [("5120", 10000, 0), ("1390", 0, 10000)], description="provision")
    await write_entry(date(2026, 10, 3), b, [("1130", 80000, 0), ("2120", 0, 80000)], description="savings by bKash")
    await write_entry(date(2026, 10, 15), b, [("5220", 12000, 0), ("1130", 0, 12000)], description="রেন্ট")
    return {"a": a, "b": b, "loan": loan}


def by_code(rows: list[dict]) -> dict[str, dict]:
    return {r["code"]: r for r in rows}


# -- trial balance ------------------------------------------------------------------------------

async def test_trial_balance_of_one_branch_as_of_a_date(client, books):
    r = await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-31", "branch_id": str(books["a"])})
    assert r.status_code == 200, r.text
    tb = r.json()
    rows = by_code(tb["accounts"])
    assert list(rows) == ["1110", "1310-ME", "3100", "4110", "5210"]  # the November provision is after the date
    assert (rows["1110"]["debit"], rows["1110"]["credit"], rows["1110"]["balance"]) == (
        "5550.00", "2300.00", "3250.00")
    assert rows["1110"]["name_bn"] == "হাতে নগদ" and rows["1110"]["normal_side"] == "debit"
    assert (rows["1310-ME"]["balance"], rows["3100"]["balance"], rows["4110"]["balance"], rows["5210"]["balance"]) == (
        "1500.00", "5000.00", "50.00", "300.00")
    assert (rows["3100"]["debit_balance"], rows["3100"]["credit_balance"]) == ("0.00", "5000.00")
    assert (tb["total_debit"], tb["total_credit"]) == ("7850.00", "7850.00")
    assert (tb["total_debit_balance"], tb["total_credit_balance"]) == ("5050.00", "5050.00")
    assert tb["balanced"] is True and tb["as_of"] == "2026-10-31"


async def test_trial_balance_contra_account_balance_is_its_credit(client, books):
    tb = (await client.get(f"{R}/trial-balance", params={"as_of": "2026-11-30", "branch_id": str(books["a"])})).json()
    provision = by_code(tb["accounts"])["1390"]
    assert (provision["type"], provision["contra"], provision["normal_side"]) == ("asset", True, "credit")
    assert (provision["credit"], provision["balance"], provision["credit_balance"]) == ("100.00", "100.00", "100.00")
    assert tb["total_debit"] == tb["total_credit"] == "7950.00"


async def test_trial_balance_as_of_is_inclusive(client, books):
    tb = (await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-05", "branch_id": str(books["a"])})).json()
    assert by_code(tb["accounts"])["1110"]["balance"] == "3000.00"
    tb = (await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-04", "branch_id": str(books["a"])})).json()
    assert by_code(tb["accounts"])["1110"]["balance"] == "5000.00" and "1310-ME" not in by_code(tb["accounts"])


async def test_branch_scoped_caller_sees_only_their_branches(client_as, books, write_entry):
    a, b = books["a"], books["b"]
    await write_entry(date(2026, 10, 2), None, [("1120", 9900000, 0), ("2410", 0, 9900000)], description="head office borrowing")
    async with client_as(roles=["branch_manager"], branches=[str(a), str(b)]) as both:
        tb = (await both.get(f"{R}/trial-balance", params={"as_of": "2026-10-31"})).json()
        rows = by_code(tb["accounts"])
        assert "2410" not in rows and "1120" not in rows  # head-office lines need an every-branch caller
        assert (rows["1130"]["balance"], rows["2120"]["balance"], rows["1110"]["balance"]) == ("680.00", "800.00", "3250.00")
        assert tb["total_debit"] == tb["total_credit"] == "8770.00"
    async with client_as(roles=["branch_manager"], branches=[str(a)]) as only_a:
        r = await only_a.get(f"{R}/trial-balance", params={"as_of": "2026-10-31", "branch_id": str(b)})
        assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json")
        mine = (await only_a.get(f"{R}/trial-balance", params={"as_of": "2026-10-31"})).json()
        assert "1130" not in by_code(mine["accounts"]) and mine["total_debit"] == "7850.00"
        for path, params in [("account-statement", {"account": "1110", "from": "2026-10-01"}),
                             ("general-ledger", {"from": "2026-10-01"}), ("balance-sheet", {}),
                             ("income-statement", {"from": "2026-10-01"})]:
            r = await only_a.get(f"{R}/{path}", params={**params, "branch_id": str(b)})
            assert r.status_code == 403, (path, r.text)
        r = await only_a.get("/v1/ledger/reconciliation/loans", params={"branch_id": str(b)})
        assert r.status_code == 403


async def test_every_branch_caller_sees_head_office_lines(client, write_entry):
    await write_entry(date(2026, 10, 2), None, [("1120", 4242, 0), ("2410", 0, 4242)], description="head office")
    tb = (await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-31"})).json()
    rows = by_code(tb["accounts"])
    assert int(rows["2410"]["credit"].replace(".", "")) >= 4242
    assert tb["balanced"] is True and tb["total_debit"] == tb["total_credit"]


# -- account statement --------------------------------------------------------------------------

async def _all_pages(client, path: str, params: dict) -> tuple[list[dict], list[dict]]:  # noqa: ANN001
    pages, items, cursor = [], [], None
    while True:
        r = await client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        pages.append(page)
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return pages, items


async def test_account_statement_running_balance_across_pages(client, books):
    params = {"account": "1110", "from": "2026-10-05", "to": "2026-10-31", "branch_id": str(books["a"]), "limit": 1}
    pages, items = await _all_pages(client, f"{R}/account-statement", params)
    assert len(pages) == 3
    assert [(i["posted_on"], i["debit"], i["credit"], i["balance"]) for i in items] == [
        ("2026-10-05", "0.00", "2000.00", "3000.00"), ("2026-10-12", "550.00", "0.00", "3550.00"),
        ("2026-10-20", "0.00", "300.00", "3250.00"),
    ]
    assert [i["description"] for i in items] == ["loan paid out", "repayment", "salaries"]
    for page in pages:  # every page carries the period's figures
        assert (page["opening_balance"], page["closing_balance"]) == ("5000.00", "3250.00")
        assert (page["period_debit"], page["period_credit"]) == ("550.00", "2300.00")
    assert pages[0]["account"]["name_bn"] == "হাতে নগদ" and pages[0]["from"] == "2026-10-05"
    _, whole = await _all_pages(client, f"{R}/account-statement", {**params, "limit": 200})
    assert whole == items


async def test_header_account_statement_includes_sub_accounts_and_contra(client, books):
    params = {"account": "1300", "from": "2026-10-01", "to": "2026-11-30", "branch_id": str(books["a"]), "limit": 2}
    pages, items = await _all_pages(client, f"{R}/account-statement", params)
    assert [(i["account_code"], i["balance"]) for i in items] == [("1310-ME", "2000.00"), ("1310-ME", "1500.00"), ("1390", "1400.00")]
    assert {"1300", "1310", "1310-ME", "1390"} <= set(pages[0]["accounts_included"])
    assert pages[-1]["closing_balance"] == "1400.00" and pages[0]["account"]["is_header"] is True


async def test_statement_opening_balance_of_a_credit_account(client, books):
    page = (await client.get(f"{R}/account-statement", params={
        "account": "3100", "from": "2026-11-01", "to": "2026-11-30", "branch_id": str(books["a"])})).json()
    assert (page["opening_balance"], page["closing_balance"], page["items"]) == ("5000.00", "5000.00", [])


# -- general ledger -----------------------------------------------------------------------------

async def test_general_ledger_by_account_with_opening_and_running_balances(client, books):
    params = {"from": "2026-10-10", "to": "2026-11-30", "branch_id": str(books["a"]), "limit": 200}
    page = (await client.get(f"{R}/general-ledger", params=params)).json()
    assert [(i["account_code"], i["posted_on"], i["balance"]) for i in page["items"]] == [
        ("1110", "2026-10-12", "3550.00"), ("1110", "2026-10-20", "3250.00"), ("1310-ME", "2026-10-12", "1500.00"),
        ("1390", "2026-11-02", "100.00"), ("4110", "2026-10-12", "50.00"), ("5120", "2026-11-02", "100.00"),
        ("5210", "2026-10-20", "300.00"),
    ]
    openings = {a["code"]: a["opening_balance"] for a in page["accounts"]}
    assert openings == {"1110": "3000.00", "1310-ME": "2000.00", "1390": "0.00", "4110": "0.00", "5120": "0.00", "5210": "0.00"}
    pages, items = await _all_pages(client, f"{R}/general-ledger", {**params, "limit": 1})
    assert len(pages) == 7 and items == page["items"]  # the running balance continues across pages
    only = (await client.get(f"{R}/general-ledger", params={**params, "account": "1300"})).json()
    assert [i["account_code"] for i in only["items"]] == ["1310-ME", "1390"]


# -- balance sheet and income statement -----------------------------------------------------------

def _find(nodes: list[dict], code: str | None) -> dict:
    for n in nodes:
        if n["code"] == code:
            return n
        found = _find(n["children"], code)
        if found:
            return found
    return {}


async def test_balance_sheet_balances_with_surplus_in_equity(client, books):
    bs = (await client.get(f"{R}/balance-sheet", params={"as_of": "2026-11-30", "branch_id": str(books["a"])})).json()
    assets = bs["assets"]["accounts"]
    assert [n["code"] for n in assets] == ["1000"] and assets[0]["amount"] == "4650.00"
    assert _find(assets, "1100")["amount"] == "3250.00"
    assert (_find(assets, "1300")["amount"], _find(assets, "1310")["amount"], _find(assets, "1390")["amount"]) == (
        "1400.00", "1500.00", "-100.00")  # the provision nets off inside the assets
    assert bs["liabilities"]["total"] == "0.00" and bs["liabilities"]["accounts"] == []
    equity = bs["equity"]["accounts"]
    assert _find(equity, "3100")["amount"] == "5000.00"
    assert equity[-1]["code"] is None and equity[-1]["amount"] == "-350.00" and bs["surplus"] == "-350.00"
    assert (bs["assets"]["total"], bs["equity"]["total"], bs["total_liabilities_and_equity"]) == ("4650.00", "4650.00", "4650.00")
    assert bs["balanced"] is True


async def test_balance_sheet_of_both_branches(client_as, books):
    async with client_as(roles=["auditor"], branches=[str(books["a"]), str(books["b"])]) as c:
        bs = (await c.get(f"{R}/balance-sheet", params={"as_of": "2026-10-31"})).json()
    # assets 3250 + 1500 + 680; liabilities 800 savings; equity 5000 + (50 - 300 - 120)
    assert (bs["total_assets"], bs["liabilities"]["total"], bs["surplus"], bs["equity"]["total"]) == (
        "5430.00", "800.00", "-370.00", "4630.00")
    assert bs["balanced"] is True and _find(bs["liabilities"]["accounts"], "2100")["amount"] == "800.00"


async def test_income_statement_for_a_period(client, books):
    branch = str(books["a"])
    october = (await client.get(f"{R}/income-statement", params={"from": "2026-10-01", "to": "2026-10-31", "branch_id": branch})).json()
    assert (october["total_income"], october["total_expenses"], october["surplus"]) == ("50.00", "300.00", "-250.00")
    assert _find(october["income"]["accounts"], "4110")["amount"] == "50.00"
    assert _find(october["expenses"]["accounts"], "5000")["amount"] == "300.00"
    november = (await client.get(f"{R}/income-statement", params={"from": "2026-11-01", "to": "2026-11-30", "branch_id": branch})).json()
    assert (november["total_income"], november["total_expenses"], november["surplus"]) == ("0.00", "100.00", "-100.00")
    assert november["income"]["accounts"] == [] and november["from"] == "2026-11-01"


# -- bad input ----------------------------------------------------------------------------------

def _problem(r, status: int, field: str | None = None) -> None:  # noqa: ANN001
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    if field:
        assert field in [e["field"] for e in r.json().get("errors") or []], r.json()


async def test_dates_must_be_iso_and_in_order(client):
    for bad in ["2026-13-45", "23/11/2026", "20261123", "1700000000", "2026-02-30", ""]:
        _problem(await client.get(f"{R}/trial-balance", params={"as_of": bad}), 422, "as_of")
        _problem(await client.get(f"{R}/income-statement", params={"from": bad}), 422, "from")
    _problem(await client.get(f"{R}/income-statement", params={"from": "2026-11-01", "to": "nope"}), 422, "to")
    _problem(await client.get(f"{R}/income-statement", params={"from": "2026-11-02", "to": "2026-11-01"}), 422, "from")
    _problem(await client.get(f"{R}/general-ledger", params={"from": "2026-11-02", "to": "2026-11-01"}), 422, "from")
    _problem(await client.get(f"{R}/account-statement", params={"account": "1110", "from": "2026-11-02", "to": "2026-11-01"}), 422, "from")
    _problem(await client.get(f"{R}/account-statement", params={"account": "1110"}), 422, "from")


async def test_unknown_account_and_bad_format_and_cursor(client):
    r = await client.get(f"{R}/account-statement", params={"account": "9999", "from": "2026-11-01"})
    _problem(r, 404, "account")
    assert "9999" in r.json()["detail"]
    _problem(await client.get(f"{R}/general-ledger", params={"account": "9999", "from": "2026-11-01"}), 404, "account")
    _problem(await client.get(f"{R}/trial-balance", params={"format": "xml"}), 422, "format")
    _problem(await client.get(f"{R}/trial-balance", params={"branch_id": "branch-1"}), 422, "branch_id")
    for cursor in ["x", "WzFd", "WyIyMDI2LTEwLTAxIiwxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwLDBd"]:  # junk, [1], a 10**24 id
        _problem(await client.get(f"{R}/account-statement", params={"account": "1110", "from": "2026-11-01", "cursor": cursor}), 422, "cursor")
        _problem(await client.get(f"{R}/general-ledger", params={"from": "2026-11-01", "cursor": cursor}), 422, "cursor")


GARBAGE = [None, "x", -1, 10**30, "1e9999", [], "2026-13-45", "১২৩", "0001-01-01", "9999-12-31", "'; DROP TABLE accounts; --", "a" * 500]
ROUTES = [f"{R}/trial-balance", f"{R}/account-statement", f"{R}/general-ledger", f"{R}/balance-sheet", f"{R}/income-statement",
          "/v1/ledger/reconciliation/loans"]
FIELDS = ["as_of", "from", "to", "branch_id", "account", "format", "limit", "cursor"]
VALID = {"account": "1110", "from": "2026-10-01", "to": "2026-10-31"}


@pytest.mark.parametrize("ledger_db_url", ["sqlite"], indirect=True)  # the parsing is the database's business only after it passed
async def test_no_input_gets_a_5xx(client, client_as):
    import itertools

    def ok(r) -> bool:  # noqa: ANN001
        return r.status_code < 300 or (r.status_code < 500 and r.headers["content-type"].startswith("application/problem+json"))

    bad = []
    async with client_as(roles=["branch_manager"], branches=[str(uuid.uuid4())]) as scoped:
        for n, (path, field, value) in enumerate(itertools.product(ROUTES, FIELDS, GARBAGE)):
            who, accept = (scoped if n % 3 == 0 else client), ("text/csv" if n % 2 else "application/json")  # each mix, not every pair
            r = await who.get(path, params={**VALID, field: str(value)}, headers={"Accept": accept})
            if not ok(r):
                bad.append((path, field, value, r.status_code, r.text[:200]))
        for path in ROUTES:  # nothing at all
            r = await client.get(path)
            if not ok(r):
                bad.append((path, None, None, r.status_code, r.text[:200]))
    assert not bad, bad[:10]
