"""Lending's own events for a prepaid loan whose first repayment is reversed, posted by the ledger
exactly as its consumer applies them: the loan's portfolio and interest income in the books equal
lending's figures, and reconciliation is clean. Both services run in-process (no broker)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import func, select

from palli_common.clock import business_today
from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope
from palli_common.migrations import upgrade
from palli_common.money import to_poisha
from palli_common.tables import OutboxRecord
from palli_ledger.adapters.tables import JournalLine
from palli_ledger.consumers import CONSUMERS as LEDGER_CONSUMERS
from palli_ledger.main import create_app as ledger_app
from palli_ledger.settings import LedgerSettings
from palli_lending.main import create_app as lending_app
from palli_lending.settings import LendingSettings
from palli_lending.testing import BACKDATED, product_id, seed_borrowers

QUIET = dict(relay_enabled=False, consumers_enabled=False, environment="test", log_json=False, log_level="WARNING")


def client(app, internal_keys, **identity) -> httpx.AsyncClient:  # noqa: ANN001, ANN003
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://svc", headers=internal_keys.headers(**identity))


@pytest.fixture
def databases(make_database) -> tuple[str, str]:  # noqa: ANN001
    """Fresh, migrated lending and ledger databases (migrating runs its own event loop: not in the test's)."""
    urls = make_database("lending"), make_database("ledger")
    upgrade("palli_lending", urls[0])
    upgrade("palli_ledger", urls[1])
    return urls


async def test_the_ledger_agrees_with_lending_after_a_reversal_on_a_prepaid_loan(databases, internal_keys):
    lending_url, ledger_url = databases
    lending = lending_app(LendingSettings(database_url=lending_url, internal_jwks=str(internal_keys.jwks_path), **QUIET))
    ledger = ledger_app(LedgerSettings(database_url=ledger_url, internal_jwks=str(internal_keys.jwks_path), **QUIET))
    branch_id, [member] = await seed_borrowers(lending_url, 1)
    try:
        async with (client(lending, internal_keys, roles=["field_officer"], branches=[branch_id], subject="fo") as officer,
                    client(lending, internal_keys, roles=["branch_manager"], branches=[branch_id], subject="bm") as manager):
            r = await officer.post("/v1/loans", json={"member_id": str(member), "product_id": await product_id(officer, "ME"),
                                                      "principal": "50000.00", "installments": 12, "frequency": "monthly"})
            loan_id = r.json()["id"]
            assert (await manager.post(f"/v1/loans/{loan_id}/approve")).status_code == 200
            on = date.fromordinal(business_today().toordinal() - 60).isoformat()
            r = await manager.post(f"/v1/loans/{loan_id}/disburse", json={"disbursed_on": on, "channel": "cash", "backdate_reason": BACKDATED})
            assert r.status_code == 200, r.text
            today = business_today().isoformat()
            first = (await officer.post(f"/v1/loans/{loan_id}/repayments", json={"amount": r.json()["schedule"][0]["total"], "paid_on": today})).json()
            assert (await officer.post(f"/v1/loans/{loan_id}/repayments", json={"amount": "3000.00", "paid_on": today})).status_code == 201
            q = (await officer.get(f"/v1/loans/{loan_id}/prepayment-quote")).json()
            assert (await officer.post(f"/v1/loans/{loan_id}/prepay", json={"amount": q["total"], "paid_on": today})).status_code == 200
            r = await manager.post(f"/v1/loans/{loan_id}/transactions/{first['id']}/reverse", json={"reason": "bounced"})
            assert r.status_code == 200, r.text
            after = (await officer.get(f"/v1/loans/{loan_id}")).json()

        async with lending.state.runtime.db.sessions() as s:
            records = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == loan_id).order_by(OutboxRecord.created_at, OutboxRecord.id))).all()
            envelopes = [EventEnvelope.model_validate(r.envelope) for r in records]
        assert "lending.loan.repayment_reallocated" in {e.type for e in envelopes}
        db = ledger.state.runtime.db
        runner = ConsumerRunner("ledger-lending", db, ledger.state.runtime.settings, LEDGER_CONSUMERS["ledger-lending"])
        for envelope in envelopes:
            handler = runner.handlers.get(envelope.type) or runner.handlers.get("lending.loan.*")
            await runner._apply(handler, envelope)

        async def balance(code: str) -> int:
            async with db.sessions() as s:
                return (await s.execute(select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
                                        .where(JournalLine.aggregate_id == loan_id, JournalLine.account_code == code))).scalar_one()

        assert after["status"] == "active" and after["outstanding_principal"] == first["amount"]
        assert await balance("1310-ME") == to_poisha(after["outstanding_principal"])
        assert -await balance("4110") == to_poisha(after["paid_interest"])
        async with client(ledger, internal_keys, roles=["admin"]) as books:
            r = await books.get("/v1/ledger/reconciliation/loans", params={"branch_id": str(branch_id)})
        assert r.status_code == 200 and r.json()["clean"] is True, r.text
    finally:
        await lending.state.runtime.db.dispose()
        await ledger.state.runtime.db.dispose()
