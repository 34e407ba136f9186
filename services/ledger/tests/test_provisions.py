"""Loan-loss provisions booked from lending's events: raised and released as the loan's
classification changes, used by a write-off, released by a close; the held amount kept on the loan
position equal to the loan's 1390 balance; redeliveries and older events moving nothing; the trial
balance balancing; and migration 0003 leaving rules an accountant edited alone."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from palli_common.testing.http import assert_problem
from palli_ledger.adapters.tables import JournalLine, LoanPosition
from palli_ledger.domain.rules import PostingRefused
from palli_ledger.service.posting import post_event

CLASSIFIED = "lending.loan.classification_changed"
PRODUCT = "ME"
PORTFOLIO = f"1310-{PRODUCT}"


class Loan:
    """One loan's events in order (aggregate versions 1, 2, ...), as lending publishes them."""

    def __init__(self, make_loan_event, apply_event) -> None:
        self.id, self.branch = str(uuid.uuid4()), str(uuid.uuid4())
        self.version, self._make, self._apply = 0, make_loan_event, apply_event

    def event(self, event_type: str, *, version: int | None = None, **payload):
        if version is None:
            self.version += 1
            version = self.version
        return self._make(event_type, loan_id=self.id, branch_id=self.branch, product_code=PRODUCT, version=version,
                          on=date(2026, 11, 1), **payload)

    async def apply(self, event_type: str, **payload):
        event = self.event(event_type, **payload)
        await self._apply(event)
        return event

    async def disburse(self, principal: str):
        return await self.apply("lending.loan.disbursed", channel="cash", principal=principal, amount=principal,
                                outstanding_principal=principal)

    async def repay(self, principal: str, outstanding: str):
        return await self.apply("lending.loan.repayment_received", channel="cash", amount=principal, principal=principal,
                                outstanding_principal=outstanding)

    def classified(self, classification: str, percent: str, outstanding: str, **kw):
        return self.event(CLASSIFIED, classification=classification, provision_percent=percent, outstanding_principal=outstanding,
                          previous="standard", days_past_due=90, status="active", **kw)


@pytest.fixture
def loan(make_loan_event, apply_event) -> Loan:
    return Loan(make_loan_event, apply_event)


@pytest.fixture
def provision_of(db):
    """`(held, classification, ledger_1390) = await provision_of(loan_id)`: what the position says the loan
    holds, and the loan's credit balance on 1390 in the journal; the two must agree."""

    async def read(loan_id: str) -> tuple[int, str | None, int]:
        async with db.sessions() as s:
            position = await s.get(LoanPosition, loan_id)
            booked = await s.scalar(select(func.coalesce(func.sum(JournalLine.credit - JournalLine.debit), 0))
                                    .where(JournalLine.aggregate_id == loan_id, JournalLine.account_code == "1390"))
        return position.provision, position.classification, int(booked)

    return read


async def test_provisions_follow_the_classification_up_and_down_then_the_close_releases_the_rest(
        loan, apply_event, posted_for, provision_of, client):
    await loan.disburse("10000.00")
    await loan.repay("2000.00", outstanding="8000.00")

    substandard = loan.classified("substandard", "25.00", "8000.00")
    await apply_event(substandard)
    entry, lines = await posted_for(substandard.id)
    assert lines == [("5120", 200_000, 0), ("1390", 0, 200_000)] and entry.total == 200_000
    assert entry.aggregate_id == loan.id and str(entry.branch_id) == loan.branch
    assert await provision_of(loan.id) == (200_000, "substandard", 200_000)

    doubtful = loan.classified("doubtful", "50.00", "8000.00")
    await apply_event(doubtful)
    assert (await posted_for(doubtful.id))[1] == [("5120", 200_000, 0), ("1390", 0, 200_000)]  # only the difference
    assert await provision_of(loan.id) == (400_000, "doubtful", 400_000)

    standard = loan.classified("standard", "1.00", "8000.00")  # lending's standard bucket still needs 1%
    await apply_event(standard)
    assert (await posted_for(standard.id))[1] == [("1390", 392_000, 0), ("5120", 0, 392_000)]
    assert await provision_of(loan.id) == (8_000, "standard", 8_000)

    closed = await loan.apply("lending.loan.closed", status="closed", outstanding_principal="0.00")
    assert (await posted_for(closed.id))[1] == [("1390", 8_000, 0), ("5120", 0, 8_000)]
    assert await provision_of(loan.id) == (0, "standard", 0)

    tb = (await client.get("/v1/ledger/reports/trial-balance", params={"branch_id": loan.branch, "as_of": "2026-11-30"})).json()
    rows = {row["code"]: row for row in tb["accounts"]}
    assert tb["balanced"] is True and tb["total_debit"] == tb["total_credit"]
    assert rows["1390"]["balance"] == "0.00" and rows["5120"]["balance"] == "0.00"  # raised 4,000.00, released all of it
    assert rows[PORTFOLIO]["balance"] == "8000.00"  # lending's closing repayment is not in this test


async def test_a_write_off_uses_the_provision_then_books_the_rest_as_loss(loan, apply_event, posted_for, provision_of, client):
    await loan.disburse("8000.00")
    await apply_event(loan.classified("doubtful", "50.00", "8000.00"))
    await loan.repay("2000.00", outstanding="6000.00")  # no true-up between classifications: 4,000.00 still held
    assert (await provision_of(loan.id))[0] == 400_000

    written_off = await loan.apply("lending.loan.written_off", status="written_off", amount="6300.00", principal="6000.00",
                                   interest="300.00", outstanding_principal="0.00", reason="member died", requested_by="fo-1")
    entry, lines = await posted_for(written_off.id)
    assert lines == [("1390", 400_000, 0), ("5130", 200_000, 0), (PORTFOLIO, 0, 600_000)] and entry.total == 600_000
    assert await provision_of(loan.id) == (0, "doubtful", 0)
    tb = (await client.get("/v1/ledger/reports/trial-balance", params={"branch_id": loan.branch, "as_of": "2026-11-30"})).json()
    rows = {row["code"]: row for row in tb["accounts"]}
    assert tb["balanced"] is True and rows[PORTFOLIO]["balance"] == "0.00" and rows["1390"]["balance"] == "0.00"
    assert (rows["5120"]["balance"], rows["5130"]["balance"]) == ("4000.00", "2000.00")  # the loss: 6,000.00 in all


async def test_a_write_off_releases_what_is_held_beyond_the_principal(loan, apply_event, posted_for, provision_of):
    await loan.disburse("8000.00")
    await apply_event(loan.classified("bad", "100.00", "8000.00"))
    await loan.repay("500.00", outstanding="7500.00")
    written_off = await loan.apply("lending.loan.written_off", status="written_off", principal="7500.00", amount="7500.00",
                                   outstanding_principal="0.00", reason="absconded", requested_by="fo-1")
    assert (await posted_for(written_off.id))[1] == [("1390", 750_000, 0), (PORTFOLIO, 0, 750_000), ("1390", 50_000, 0), ("5120", 0, 50_000)]
    assert await provision_of(loan.id) == (0, "bad", 0)


async def test_a_redelivery_or_an_older_classification_changes_nothing(loan, apply_event, posted_for, provision_of, db):
    await loan.disburse("8000.00")
    substandard = loan.classified("substandard", "25.00", "8000.00")
    doubtful = loan.classified("doubtful", "50.00", "8000.00")
    await apply_event(substandard)
    await apply_event(doubtful)
    await apply_event(doubtful)  # redelivered: the inbox skips it
    async with db.uow() as uow:  # and straight to the handler
        await post_event(uow, doubtful)
        await uow.commit()
    assert await provision_of(loan.id) == (400_000, "doubtful", 400_000)

    late = loan.classified("bad", "100.00", "8000.00", version=doubtful.aggregate_version - 1)  # older than the doubtful one
    await apply_event(late)
    assert await posted_for(late.id) == (None, [])
    assert await provision_of(loan.id) == (400_000, "doubtful", 400_000)


async def test_a_classification_replayed_after_a_newer_repayment_still_books(loan, apply_event, posted_for, provision_of, db):
    """Parked on the DLQ while the loan's next repayment posted: it is still the newest
    classification, so replaying it books it (the position's own version guard would skip it)."""
    await loan.disburse("8000.00")
    parked = loan.classified("substandard", "25.00", "8000.00")
    await loan.repay("1000.00", outstanding="7000.00")
    await apply_event(parked)
    assert (await posted_for(parked.id))[1] == [("5120", 200_000, 0), ("1390", 0, 200_000)]
    assert await provision_of(loan.id) == (200_000, "substandard", 200_000)
    async with db.sessions() as s:  # the position itself stays with the newer repayment
        position = await s.get(LoanPosition, loan.id)
    assert (position.outstanding_principal, position.aggregate_version) == (700_000, loan.version)


async def test_a_bad_percentage_is_refused_and_nothing_moves(loan, apply_event, posted_for, provision_of):
    await loan.disburse("8000.00")
    await apply_event(loan.classified("substandard", "25.00", "8000.00"))
    bad = loan.classified("doubtful", "fifty", "8000.00")
    with pytest.raises(PostingRefused, match="provision_percent is 'fifty'") as refused:
        await apply_event(bad)
    assert CLASSIFIED in str(refused.value)
    assert await posted_for(bad.id) == (None, [])
    assert await provision_of(loan.id) == (200_000, "substandard", 200_000)


async def test_rules_may_name_only_the_derived_amounts_their_event_offers(client, books):
    r = await client.get("/v1/ledger/posting-rules", params={"event_type": "lending.loan.closed"})
    [closed] = r.json()["items"]
    assert_problem(await books.patch(f"/v1/ledger/posting-rules/{closed['id']}", json={"lines": [
        {"side": "debit", "account": "1390", "amount": "provision_release"},
        {"side": "credit", "account": "5130", "amount": "write_off_loss"}]}), 422, "lines.1.amount")
    assert_problem(await books.post("/v1/ledger/posting-rules", json={
        "event_type": f"lending.loan.test_{uuid.uuid4().hex[:8]}", "description": "x", "lines": [
            {"side": "debit", "account": "1390", "amount": "provision_release"},
            {"side": "credit", "account": "5120", "amount": "provision_release"}]}), 422, "lines.0.amount")
    assert (await client.get(f"/v1/ledger/posting-rules/{closed['id']}")).json() == closed


# --- migration 0003 ---------------------------------------------------------------------------------

def _sql(url: str, statement: str, **params) -> list:
    async def run() -> list:
        engine = create_async_engine(url)
        try:
            async with engine.begin() as conn:
                result = await conn.execute(text(statement), params)
                return result.fetchall() if result.returns_rows else []
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_migration_0003_changes_only_unedited_rules_and_goes_back(dialect, make_database, tmp_path):
    from alembic import command

    from palli_common.migrations import alembic_config, upgrade

    url = make_database("ledger_0003") if dialect == "postgresql" else f"sqlite+aiosqlite:///{tmp_path}/ledger.db"
    upgrade("palli_ledger", url, "0002")
    _sql(url, "INSERT INTO loan_positions (loan_id, product_code, status, outstanding_principal, aggregate_version, updated_at) "
              "VALUES ('old-loan', 'ME', 'active', 500000, 7, CURRENT_TIMESTAMP)")
    edited = [{"side": "debit", "account": "5130", "amount": "amount"}, {"side": "credit", "account": "1310-{product_code}", "amount": "amount"}]
    _sql(url, "UPDATE posting_rules SET lines = :lines, version = 2 WHERE event_type = 'lending.loan.written_off'", lines=json.dumps(edited))

    def rules() -> dict:
        rows = _sql(url, "SELECT event_type, lines, version FROM posting_rules WHERE event_type IN "
                         "('lending.loan.written_off', 'lending.loan.closed', 'lending.loan.classification_changed')")
        return {t: (json.loads(lines) if isinstance(lines, str) else lines, version) for t, lines, version in rows}

    upgrade("palli_ledger", url)
    after = rules()
    assert after["lending.loan.written_off"] == (edited, 2)  # the accountant's edit stands
    assert after["lending.loan.closed"] == ([{"side": "debit", "account": "1390", "amount": "provision_release"},
                                             {"side": "credit", "account": "5120", "amount": "provision_release"}], 2)
    assert [line["amount"] for line in after[CLASSIFIED][0]] == ["provision_increase"] * 2 + ["provision_release"] * 2
    assert after[CLASSIFIED][1] == 2
    assert _sql(url, "SELECT provision, provision_version, classification FROM loan_positions") == [(0, 0, None)]

    command.downgrade(alembic_config("palli_ledger", url), "0002")
    back = rules()
    assert back == {"lending.loan.written_off": (edited, 2), "lending.loan.closed": ([], 1), CLASSIFIED: ([], 1)}
    upgrade("palli_ledger", url)  # and up again
    assert rules()["lending.loan.closed"][1] == 2
