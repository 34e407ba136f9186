"""Lending and the ledger as real processes on a real broker. The ledger is killed (SIGKILL) in the
middle of a stream of 1,000 repayments and restarted, and afterwards every lending event is
delivered a second time: the books still hold exactly one entry per event, the loan portfolio in
the trial balance equals lending's outstanding principal to the poisha, debits equal credits, and
reconciliation finds no difference."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from decimal import Decimal

import asyncpg
import httpx
from aiokafka import AIOKafkaProducer

from palli_common.clock import business_today
from palli_common.testing.events import read_topic
from palli_lending.testing import seed_borrowers

GEN_MC = "1e4d0000-0000-4000-8000-000000000001"
LOANS, REPAYMENTS = 20, 1000


def pg(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def count(db_url: str, sql: str) -> int:
    conn = await asyncpg.connect(pg(db_url))
    try:
        return int(await conn.fetchval(sql))
    finally:
        await conn.close()


async def wait_for_count(db_url: str, sql: str, at_least: int, timeout: float = 90) -> int:
    deadline = asyncio.get_running_loop().time() + timeout
    while (n := await count(db_url, sql)) < at_least:
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{sql}: {n} < {at_least} after {timeout}s")
        await asyncio.sleep(0.2)
    return n


def entries_of(loans: list[str], extra: str = "kind = 'event'") -> str:
    """This test's entries only: the broker is shared by the session's tests, and the ledger's
    consumer also posts other tests' loans it finds on lending.loan."""
    ids = ", ".join(f"'{loan}'" for loan in loans)
    return f"SELECT count(*) FROM journal_entries WHERE {extra} AND aggregate_id IN ({ids})"


async def rows(db_url: str, sql: str) -> list[tuple]:
    conn = await asyncpg.connect(pg(db_url))
    try:
        return [tuple(r) for r in await conn.fetch(sql)]
    finally:
        await conn.close()


async def test_trial_balance_equals_lending_portfolio_after_crash_and_duplicates(service_factory, internal_keys, kafka):
    lending = service_factory("lending")
    branch, members = await seed_borrowers(lending.env["LENDING_DATABASE_URL"], LOANS)
    lending.start()
    ledger = service_factory("ledger").start()
    ledger_db = ledger.env["LEDGER_DATABASE_URL"]
    officer, manager = internal_keys.headers(subject="officer"), internal_keys.headers(subject="manager")
    async with httpx.AsyncClient(base_url=lending.url, headers=officer, timeout=30) as fo, \
            httpx.AsyncClient(base_url=lending.url, headers=manager, timeout=30) as bm:

        async def open_loan(member: uuid.UUID) -> str:
            r = await fo.post("/v1/loans", json={"member_id": str(member), "product_id": GEN_MC, "principal": "20000.00",
                                                 "installments": 46, "frequency": "weekly"})
            assert r.status_code == 201, r.text
            assert (await bm.post(f"/v1/loans/{r.json()['id']}/approve")).status_code == 200
            on = (business_today() - timedelta(days=30)).isoformat()
            d = await bm.post(f"/v1/loans/{r.json()['id']}/disburse", json={"disbursed_on": on, "channel": "cash",
                                                                               "backdate_reason": "entered from the paper register"})
            assert d.status_code == 200, d.text
            return r.json()["id"]

        loans = list(await asyncio.gather(*(open_loan(m) for m in members)))
        ENTRIES = entries_of(loans)  # noqa: N806
        # the ledger consuming first (its consumer group may still be settling after an earlier test's
        # ledger left it): the crash below must land mid-stream, not before the ledger has started
        await wait_for_count(ledger_db, ENTRIES, LOANS)
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(REPAYMENTS):
            queue.put_nowait(i)

        async def repay_worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                # odd amounts so interest and principal both move; every fifth by mobile wallet
                body = {"amount": f"{37 + i % 11}.{i % 100:02d}", "paid_on": business_today().isoformat(),
                        "channel": "mobile_wallet" if i % 5 == 0 else "cash", "reference": f"TRX{i:06d}" if i % 5 == 0 else None}
                key = {"Idempotency-Key": f"repay-{i}"}  # a retry after a dropped connection cannot pay twice
                for attempt in range(3):
                    try:
                        r = await fo.post(f"/v1/loans/{loans[i % LOANS]}/repayments", json=body, headers=key)
                        break
                    except httpx.TransportError:  # a kept-alive connection the busy server closed as we sent
                        if attempt == 2:
                            raise
                assert r.status_code == 201, r.text

        stream = asyncio.gather(*(repay_worker() for _ in range(8)))
        # kill the ledger mid-stream, with postings in flight, and bring it back while repayments go on
        await wait_for_count(ledger_db, ENTRIES, LOANS + 300)
        assert not stream.done(), "the ledger must die while repayments are still coming"
        ledger.kill()
        await asyncio.sleep(1.0)
        ledger.start()
        await stream
        await wait_for_count(ledger_db, ENTRIES, LOANS + REPAYMENTS, timeout=120)

        # every lending event once more, as a broker redelivery or a replay would bring them
        # (the broker is shared by the session's tests: only this test's loans)
        events = [e for e in await read_topic(kafka.bootstrap, "lending.loan") if e.envelope.aggregate_id in loans]
        assert len(events) >= LOANS * 3 + REPAYMENTS
        producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap, enable_idempotence=kafka.idempotence)
        await producer.start()
        try:
            for e in events:
                await producer.send(e.topic, value=e.envelope.model_dump_json().encode(), key=e.envelope.aggregate_id.encode(),
                                    headers=[(k, v.encode()) for k, v in e.headers.items()])
            await producer.flush()
        finally:
            await producer.stop()
        # one more repayment per loan lands behind the duplicates on every partition: once these are
        # posted, the ledger has been through every duplicate
        for loan_id in loans:
            r = await fo.post(f"/v1/loans/{loan_id}/repayments", json={"amount": "10.00", "paid_on": business_today().isoformat()})
            assert r.status_code == 201, r.text
        posted = await wait_for_count(ledger_db, ENTRIES, LOANS * 2 + REPAYMENTS)
        if posted != LOANS * 2 + REPAYMENTS:  # say where the extra entries came from: lending's doubles, or the ledger's
            by_type = await rows(ledger_db, ENTRIES.replace("count(*)", "source_event_type, count(*)") + " GROUP BY source_event_type ORDER BY 1")
            money = await rows(lending.env["LENDING_DATABASE_URL"], "SELECT kind, count(*) FROM loan_transactions GROUP BY kind ORDER BY 1")
            keys = await count(lending.env["LENDING_DATABASE_URL"], "SELECT count(*) FROM idempotent_requests WHERE key LIKE 'repay-%'")
            raise AssertionError(f"{posted} entries for {LOANS * 2 + REPAYMENTS} money events: ledger by type {by_type}; "
                                 f"lending's transactions {money}; repayment keys {keys}")
        outstanding = Decimal(0)
        for loan_id in loans:
            loan = (await fo.get(f"/v1/loans/{loan_id}")).json()
            outstanding += Decimal(loan["outstanding_principal"])

    async with httpx.AsyncClient(base_url=ledger.url, headers=internal_keys.headers(roles=["accountant"]), timeout=30) as books:
        r = await books.get("/v1/ledger/reports/trial-balance", params={"branch_id": str(branch)})
        assert r.status_code == 200, r.text
        tb = r.json()
        portfolio = sum(Decimal(a["balance"]) for a in tb["accounts"] if a["code"].startswith("1310"))
        assert portfolio == outstanding
        assert tb["balanced"] and Decimal(tb["total_debit"]) == Decimal(tb["total_credit"])
        assert await count(ledger_db, entries_of(loans, "source_event_id IS NOT NULL")) == LOANS * 2 + REPAYMENTS
        assert await count(ledger_db, "SELECT coalesce(sum(debit) - sum(credit), 0) FROM journal_lines") == 0
        recon = (await books.get("/v1/ledger/reconciliation/loans", params={"branch_id": str(branch)})).json()
        assert recon["clean"] and recon["differences"] == [], recon
        assert Decimal(recon["ledger_total"]) == Decimal(recon["lending_total"]) == outstanding
