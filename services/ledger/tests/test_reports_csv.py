"""Every report as CSV: asked for by ?format=csv or Accept: text/csv, streamed with a header row,
money as decimal strings, Bangla names in UTF-8, and the same figures as the JSON (the paged
reports stream every row, across keyset batches)."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date

import pytest

from palli_ledger.service import csv_export

R = "/v1/ledger/reports"


@pytest.fixture
async def branch(write_entry) -> str:
    a = uuid.uuid4()
    await write_entry(date(2026, 10, 1), a, [("1110", 500000, 0), ("3100", 0, 500000)], description="মূলধন জমা")
    await write_entry(date(2026, 10, 5), a, [("1310-ME", 200000, 0), ("1110", 0, 200000)], description="loan, \"ME\"; paid out")
    await write_entry(date(2026, 10, 12), a, [("1110", 55000, 0), ("1310-ME", 0, 50000), ("4110", 0, 5000)], description="repayment")
    await write_entry(date(2026, 10, 12), a, [("1110", 1050, 0), ("4120", 0, 1050)], description="late fee")
    await write_entry(date(2026, 10, 20), a, [("5210", 30000, 0), ("1110", 0, 30000)], description="salaries")
    await write_entry(date(2026, 11, 2), a, [("5120", 10000, 0), ("1390", 0, 10000)], description="provision")
    return str(a)


def parse(r) -> list[dict]:  # noqa: ANN001
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))


def disposition(r) -> str:  # noqa: ANN001
    return r.headers["content-disposition"]


async def test_trial_balance_csv_equals_json(client, branch):
    params = {"as_of": "2026-10-31", "branch_id": branch}
    data = (await client.get(f"{R}/trial-balance", params=params)).json()
    r = await client.get(f"{R}/trial-balance", params={**params, "format": "csv"})
    rows = parse(r)
    assert disposition(r) == f'attachment; filename="trial-balance-2026-10-31-branch-{branch}.csv"'
    fields = ["code", "name", "name_bn", "type", "normal_side", "debit", "credit", "balance", "debit_balance", "credit_balance"]
    assert list(rows[0]) == fields
    assert rows[:-1] == [{k: str(a[k]) for k in fields} for a in data["accounts"]]
    assert (rows[-1]["name"], rows[-1]["debit"], rows[-1]["credit"]) == ("Total", data["total_debit"], data["total_credit"])
    assert rows[0]["name_bn"] == "হাতে নগদ" and rows[0]["balance"] == "3260.50"


async def test_accept_header_asks_for_csv_and_format_json_wins(client, branch):
    r = await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-31", "branch_id": branch}, headers={"Accept": "text/csv"})
    assert parse(r)[0]["code"] == "1110"
    r = await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-31", "branch_id": branch, "format": "json"},
                         headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("application/json")
    r = await client.get(f"{R}/trial-balance", params={"as_of": "2026-10-31", "branch_id": branch})
    assert r.headers["content-type"].startswith("application/json")


async def test_statement_csv_streams_every_line_across_batches(client, branch, monkeypatch):
    monkeypatch.setattr(csv_export, "BATCH", 2)  # several keyset batches out of five lines
    params = {"account": "1110", "from": "2026-10-01", "to": "2026-10-31", "branch_id": branch}
    items, cursor = [], None
    while True:
        page = (await client.get(f"{R}/account-statement", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})})).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    r = await client.get(f"{R}/account-statement", params={**params, "format": "csv"})
    rows = parse(r)
    assert disposition(r) == f'attachment; filename="account-statement-1110-2026-10-01-to-2026-10-31-branch-{branch}.csv"'
    assert (rows[0]["description"], rows[0]["balance"]) == ("Opening balance", "0.00")
    assert (rows[-1]["description"], rows[-1]["debit"], rows[-1]["credit"], rows[-1]["balance"]) == (
        "Closing balance", page["period_debit"], page["period_credit"], page["closing_balance"])
    fields = ["posted_on", "entry_id", "line_id", "account_code", "description", "memo", "reference", "debit", "credit", "balance"]
    assert len(items) == 5
    assert rows[1:-1] == [{k: "" if i[k] is None else str(i[k]) for k in fields} for i in items]
    assert rows[1]["description"] == "মূলধন জমা" and rows[2]["description"] == 'loan, "ME"; paid out'
    assert rows[-2]["balance"] == page["closing_balance"] == "3260.50"  # the running balance carried across batches


async def test_general_ledger_csv_equals_json(client, branch, monkeypatch):
    monkeypatch.setattr(csv_export, "BATCH", 3)
    params = {"from": "2026-10-05", "to": "2026-11-30", "branch_id": branch}
    page = (await client.get(f"{R}/general-ledger", params={**params, "limit": 200})).json()
    r = await client.get(f"{R}/general-ledger", params={**params, "format": "csv"})
    rows = parse(r)
    assert disposition(r) == f'attachment; filename="general-ledger-2026-10-05-to-2026-11-30-branch-{branch}.csv"'
    openings = [(x["account_code"], x["balance"]) for x in rows if x["description"] == "Opening balance"]
    assert openings == [(a["code"], a["opening_balance"]) for a in page["accounts"]]
    lines = [x for x in rows if x["description"] != "Opening balance"]
    assert [(x["account_code"], x["line_id"], x["debit"], x["credit"], x["balance"]) for x in lines] == [
        (i["account_code"], str(i["line_id"]), i["debit"], i["credit"], i["balance"]) for i in page["items"]]
    assert rows[0]["account_name_bn"] == "হাতে নগদ"


def _flatten(section: dict, level: int = 0, nodes: list | None = None) -> list[tuple]:
    out = []
    for n in section["accounts"] if nodes is None else nodes:
        out.append((section["type"], str(level), n["code"] or "", n["name"], n["amount"]))
        out += _flatten(section, level + 1, n["children"])
    return out


async def test_balance_sheet_and_income_statement_csv_equal_json(client, branch):
    bs = (await client.get(f"{R}/balance-sheet", params={"as_of": "2026-11-30", "branch_id": branch})).json()
    r = await client.get(f"{R}/balance-sheet", params={"as_of": "2026-11-30", "branch_id": branch, "format": "csv"})
    rows = parse(r)
    assert disposition(r) == f'attachment; filename="balance-sheet-2026-11-30-branch-{branch}.csv"'
    accounts = [(x["section"], x["level"], x["code"], x["name"], x["amount"]) for x in rows if x["level"] != ""]
    assert accounts == _flatten(bs["assets"]) + _flatten(bs["liabilities"]) + _flatten(bs["equity"])
    totals = [(x["name"], x["amount"]) for x in rows if x["level"] == ""]
    assert totals == [("Total assets", bs["total_assets"]), ("Total liabilities", "0.00"), ("Total equity", bs["equity"]["total"]),
                      ("Total liabilities and equity", bs["total_liabilities_and_equity"])]
    assert bs["total_assets"] == bs["total_liabilities_and_equity"] == "4660.50"

    params = {"from": "2026-10-01", "to": "2026-10-31", "branch_id": branch}
    inc = (await client.get(f"{R}/income-statement", params=params)).json()
    r = await client.get(f"{R}/income-statement", params=params, headers={"Accept": "text/csv"})
    rows = parse(r)
    assert disposition(r) == f'attachment; filename="income-statement-2026-10-01-to-2026-10-31-branch-{branch}.csv"'
    accounts = [(x["section"], x["level"], x["code"], x["name"], x["amount"]) for x in rows if x["level"] != ""]
    assert accounts == _flatten(inc["income"]) + _flatten(inc["expenses"])
    assert rows[-1]["amount"] == inc["surplus"] == "-239.50"


async def test_csv_refusals_are_problems_not_broken_files(client):
    r = await client.get(f"{R}/account-statement", params={"account": "9999", "from": "2026-10-01", "format": "csv"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    r = await client.get(f"{R}/general-ledger", params={"from": "2026-10-02", "to": "2026-10-01"}, headers={"Accept": "text/csv"})
    assert r.status_code == 422
