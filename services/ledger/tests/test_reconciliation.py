"""Reconciliation with lending: per loan and per (branch, product), the ledger's portfolio balance
against lending's outstanding principal (0 expected once a loan is written off); clean when the two
agree, and every planted difference found, by the API and by `palli-ledger reconcile`."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime

import pytest
from typer.testing import CliRunner

from palli_ledger.adapters.tables import LoanPosition
from palli_ledger.cli import app as cli

URL = "/v1/ledger/reconciliation/loans"
D = date(2026, 10, 5)


@pytest.fixture
def position(db):
    async def add(loan_id: str, branch_id: uuid.UUID, product_code: str, status: str, outstanding: int) -> None:
        async with db.sessions() as s:
            s.add(LoanPosition(loan_id=loan_id, branch_id=branch_id, product_code=product_code, status=status,
                               outstanding_principal=outstanding, aggregate_version=1, updated_at=datetime.now(UTC)))
            await s.commit()

    return add


@pytest.fixture
async def consistent(write_entry, position) -> dict:
    """An active ME loan partly repaid, a written-off WE loan and a closed ME loan: all agreeing."""
    branch = uuid.uuid4()
    active, written_off, closed = (str(uuid.uuid4()) for _ in range(3))
    await write_entry(D, branch, [("1310-ME", 200000, 0), ("1110", 0, 200000)], aggregate_id=active)
    await write_entry(D, branch, [("1110", 55000, 0), ("1310-ME", 0, 50000), ("4110", 0, 5000)], aggregate_id=active)
    await position(active, branch, "ME", "active", 150000)
    await write_entry(D, branch, [("1310-WE", 80000, 0), ("1110", 0, 80000)], aggregate_id=written_off)
    await write_entry(D, branch, [("5130", 80000, 0), ("1310-WE", 0, 80000)], aggregate_id=written_off)
    await position(written_off, branch, "WE", "written_off", 80000)  # lending still reports what was owed
    await write_entry(D, branch, [("1310-ME", 30000, 0), ("1110", 0, 30000)], aggregate_id=closed)
    await write_entry(D, branch, [("1110", 30000, 0), ("1310-ME", 0, 30000)], aggregate_id=closed)
    await position(closed, branch, "ME", "closed", 0)
    return {"branch": branch, "active": active, "written_off": written_off}


async def test_consistent_books_reconcile_clean(client, consistent):
    r = await client.get(URL, params={"branch_id": str(consistent["branch"])})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["clean"] is True and body["differences"] == [] and body["differences_count"] == 0
    assert (body["loans_checked"], body["ledger_total"], body["lending_total"], body["difference"]) == (3, "1500.00", "1500.00", "0.00")
    products = {p["product_code"]: p for p in body["by_product"]}
    assert (products["ME"]["loans"], products["ME"]["ledger"], products["ME"]["lending"]) == (2, "1500.00", "1500.00")
    assert (products["WE"]["loans"], products["WE"]["ledger"], products["WE"]["lending"], products["WE"]["difference"]) == (
        1, "0.00", "0.00", "0.00")


async def test_planted_differences_are_found(client, consistent, write_entry, position):
    branch = consistent["branch"]
    short, unposted, stray = (str(uuid.uuid4()) for _ in range(3))
    await write_entry(D, branch, [("1310-ME", 100000, 0), ("1110", 0, 100000)], aggregate_id=short)
    await position(short, branch, "ME", "active", 90000)  # lending says 900.00, the ledger holds 1000.00
    await position(unposted, branch, "AGRI", "active", 70000)  # never posted
    await write_entry(D, branch, [("1310-GEN-MC", 25000, 0), ("1110", 0, 25000)], aggregate_id=stray)  # lending never said
    await write_entry(D, branch, [("1310-ME", 0, 1234), ("1110", 1234, 0)])  # a manual adjustment with no loan id

    body = (await client.get(URL, params={"branch_id": str(branch)})).json()
    assert body["clean"] is False
    assert body["counts"] == {"mismatch": 1, "no_postings": 1, "no_position": 1} and body["differences_count"] == 3
    found = {d["loan_id"]: d for d in body["differences"]}
    assert (found[short]["kind"], found[short]["ledger"], found[short]["lending"], found[short]["difference"]) == (
        "mismatch", "1000.00", "900.00", "100.00")
    assert (found[unposted]["kind"], found[unposted]["ledger"], found[unposted]["difference"], found[unposted]["product_code"]) == (
        "no_postings", "0.00", "-700.00", "AGRI")
    assert (found[stray]["kind"], found[stray]["ledger"], found[stray]["status"], found[stray]["product_code"],
            found[stray]["branch_id"]) == ("no_position", "250.00", None, "GEN-MC", str(branch))
    assert [d["loan_id"] for d in body["differences"]] == [unposted, stray, short]  # largest first
    assert body["unattributed_ledger"] == "-12.34"
    # ledger: 1500 + 1000 + 250 - 12.34; lending: 1500 + 900 + 700
    assert (body["ledger_total"], body["lending_total"], body["difference"], body["loans_checked"]) == (
        "2737.66", "3100.00", "-362.34", 6)
    products = {p["product_code"]: p for p in body["by_product"]}
    assert products["ME"]["difference"] == "87.66" and products["AGRI"]["difference"] == "-700.00"
    assert products["GEN-MC"]["loans"] == 0 and products["GEN-MC"]["difference"] == "250.00"

    capped = (await client.get(URL, params={"branch_id": str(branch), "limit": 1})).json()
    assert [d["loan_id"] for d in capped["differences"]] == [unposted] and capped["differences_count"] == 3


async def test_branch_scoped_caller_reconciles_only_their_branches(client_as, consistent, write_entry, position):
    other = uuid.uuid4()
    await position(str(uuid.uuid4()), other, "ME", "active", 50000)
    async with client_as(roles=["branch_manager"], branches=[str(consistent["branch"])]) as c:
        body = (await c.get(URL)).json()
    assert body["clean"] is True and body["loans_checked"] == 3
    async with client_as(roles=["branch_manager"], branches=[str(consistent["branch"]), str(other)]) as c:
        body = (await c.get(URL)).json()
    assert body["counts"]["no_postings"] == 1 and body["lending_total"] == "2000.00"


async def test_events_posted_by_the_consumer_reconcile(client, apply_event, make_loan_event):
    """Lending's own events through the posting rules: disbursed, repaid, another loan written off."""
    branch = str(uuid.uuid4())
    kept, lost = str(uuid.uuid4()), str(uuid.uuid4())
    for envelope in [
        make_loan_event("lending.loan.disbursed", loan_id=kept, branch_id=branch, product_code="ME", version=3, channel="cash",
                        principal="10000.00", amount="10000.00", outstanding_principal="10000.00"),
        make_loan_event("lending.loan.repayment_received", loan_id=kept, branch_id=branch, product_code="ME", version=4,
                        channel="cash", amount="1150.00", principal="1000.00", interest="150.00", outstanding_principal="9000.00"),
        make_loan_event("lending.loan.disbursed", loan_id=lost, branch_id=branch, product_code="WE", version=3, channel="mobile_wallet",
                        principal="5000.00", amount="5000.00", outstanding_principal="5000.00"),
        make_loan_event("lending.loan.written_off", loan_id=lost, branch_id=branch, product_code="WE", version=5,
                        status="written_off", principal="5000.00", amount="5000.00", outstanding_principal="5000.00"),
    ]:
        await apply_event(envelope)
    body = (await client.get(URL, params={"branch_id": branch})).json()
    assert body["clean"] is True, body
    assert (body["loans_checked"], body["ledger_total"], body["lending_total"]) == (2, "9000.00", "9000.00")


async def test_cli_prints_differences_and_exits_1(consistent, position, ledger_db_url):
    runner = CliRunner()
    env = {"LEDGER_DATABASE_URL": ledger_db_url, "COLUMNS": "200"}
    branch = str(consistent["branch"])
    clean = await asyncio.to_thread(runner.invoke, cli, ["reconcile", "--branch-id", branch], env=env)
    assert clean.exit_code == 0, clean.output
    assert "agrees with lending" in clean.output and "1500.00" in clean.output
    loan = str(uuid.uuid4())
    await position(loan, consistent["branch"], "HOUSING", "active", 12345)
    result = await asyncio.to_thread(runner.invoke, cli, ["reconcile", "--branch-id", branch], env=env)
    assert result.exit_code == 1, result.output
    assert loan in result.output and "-123.45" in result.output and "no postings" in result.output
    bad = await asyncio.to_thread(runner.invoke, cli, ["reconcile", "--branch-id", "nope"], env=env)
    assert bad.exit_code == 2 and "--branch-id" in bad.output
