"""Chaos: repayments through the gateway, each retried on its one Idempotency-Key until it gets an
answer, while lending is killed with SIGKILL mid-stream and, later, stalled (SIGSTOP) past the
gateway's timeout. Every intent is posted exactly once, every client gets the first answer, and
the ledger's portfolio for the branch equals lending's outstanding principal to the poisha.

This is the review's scenario: before keys were kept with the effect, a payment committed by a
lending that then died, or answered after the gateway's 504, was posted again by the retry."""

from __future__ import annotations

import asyncio
import json
import signal
import uuid
from collections import Counter
from palli_common.clock import business_today
from datetime import date
from decimal import Decimal

import asyncpg
import httpx

from palli_lending.testing import GEN_MC, seed_borrowers

LOANS, INTENTS, WORKERS = 8, 400, 8
GATEWAY_TIMEOUT = 2.0  # seconds lending may stay silent before the gateway answers 504
ADMINS = (("chaos-admin", "chaos-admin-password-1"), ("chaos-checker", "chaos-checker-password-1"))


def pg(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def fetch(db_url: str, sql: str, *args: object) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(pg(db_url))
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


async def wait_until(predicate, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = asyncio.get_running_loop().time() + timeout
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.1)


async def sign_in(http: httpx.AsyncClient, username: str, password: str) -> dict[str, str]:
    r = await http.post("/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def test_retried_repayments_post_once_through_kills_and_stalls(service_factory, internal_keys):
    gateway = service_factory(
        "gateway", ADMIN_USERNAME=ADMINS[0][0], ADMIN_PASSWORD=ADMINS[0][1], GATEWAY_KEY_SECRET="chaos-key-secret",
        GATEWAY_ARGON2_TIME_COST="1", GATEWAY_ARGON2_MEMORY_KIB="1024", GATEWAY_RATE_LIMIT_PER_ADDRESS="100000/minute",
        GATEWAY_RATE_LIMIT_PER_PRINCIPAL="100000/minute", GATEWAY_RATE_LIMIT_TOKEN_ENDPOINT="1000/minute",
    )
    # lending's own consumer is off: its copies are seeded, and a killed consumer would linger in the
    # broker's group for the next test's lending until its session expired
    lending = service_factory("lending", INTERNAL_JWKS=f"{gateway.url}/.well-known/jwks.json", LENDING_CONSUMERS_ENABLED="false")
    gateway.env["GATEWAY_ROUTES"] = json.dumps([{"prefix": "/v1/loans", "service": "lending", "url": lending.url, "timeout": GATEWAY_TIMEOUT}])
    lending_db = lending.env["LENDING_DATABASE_URL"]
    branch_id, members = await seed_borrowers(lending_db, LOANS)
    gateway.start()
    lending.start()
    ledger = service_factory("ledger").start()

    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        maker = await sign_in(http, *ADMINS[0])
        r = await http.post("/v1/auth/users", headers=maker, json={"username": ADMINS[1][0], "full_name": "Checker", "password": ADMINS[1][1],
                                                                    "roles": ["admin"], "branch_id": None})
        assert r.status_code == 201, r.text
        checker = await sign_in(http, *ADMINS[1])
        today = business_today().isoformat()

        async def open_loan(member: uuid.UUID) -> str:
            r = await http.post("/v1/loans", headers=maker, json={"member_id": str(member), "product_id": GEN_MC, "principal": "30000.00",
                                                                  "installments": 46, "frequency": "weekly"})
            assert r.status_code == 201, r.text
            assert (await http.post(f"/v1/loans/{r.json()['id']}/approve", headers=checker)).status_code == 200
            d = await http.post(f"/v1/loans/{r.json()['id']}/disburse", json={"disbursed_on": today, "channel": "cash"},
                                headers={**checker, "Idempotency-Key": str(uuid.uuid4())})
            assert d.status_code == 200, d.text
            return r.json()["id"]

        loans = list(await asyncio.gather(*(open_loan(m) for m in members)))
        run = uuid.uuid4().hex[:6]
        # odd amounts so interest and principal both move; each intent's reference names it in lending's books
        intents = [(loans[i % LOANS], {"amount": f"{31 + i % 13}.{i % 100:02d}", "paid_on": today, "channel": "cash",
                                       "reference": f"CH{run}{i:05d}"}, str(uuid.uuid4())) for i in range(INTENTS)]
        answers: dict[int, httpx.Response] = {}
        seen: Counter[str] = Counter()
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(INTENTS):
            queue.put_nowait(i)

        async def send_until_answered(i: int) -> None:
            loan_id, body, key = intents[i]
            for _ in range(400):
                r = await http.post(f"/v1/loans/{loan_id}/repayments", json=body, headers={**maker, "Idempotency-Key": key})
                if r.status_code == 201:
                    seen["replayed" if r.headers.get("idempotent-replayed") == "true" else "first"] += 1
                    answers[i] = r
                    return
                # lending down (502), silent past the timeout (504), or a twin of this key still in flight (409)
                assert r.status_code in (409, 502, 503, 504), r.text
                seen[str(r.status_code)] += 1
                await asyncio.sleep(0.1)
            raise AssertionError(f"intent {i} never answered")

        async def worker() -> None:
            while not queue.empty():
                await send_until_answered(queue.get_nowait())

        async def posted() -> int:
            rows = await fetch(lending_db, "SELECT count(*) FROM loan_transactions WHERE reference LIKE $1", f"CH{run}%")
            return rows[0][0]

        stream = asyncio.gather(*(worker() for _ in range(WORKERS)))
        # a crash mid-stream, with requests in flight: some committed, some not, none answered
        await wait_until(lambda: _at_least(posted, INTENTS // 5), 60, "first fifth posted")
        assert not stream.done(), "lending must die while repayments are still coming"
        lending.kill()
        await asyncio.sleep(0.5)
        lending.start()
        # a stall past the gateway's timeout: the gateway answers 504, lending then finishes what it held
        await wait_until(lambda: _at_least(posted, INTENTS // 2), 60, "half posted")
        assert not stream.done(), "lending must stall while repayments are still coming"
        lending.proc.send_signal(signal.SIGSTOP)
        await asyncio.sleep(GATEWAY_TIMEOUT + 1.5)
        lending.proc.send_signal(signal.SIGCONT)
        await asyncio.wait_for(stream, 180)
        print(f"chaos outcomes: {dict(seen)}")
        assert seen["504"] >= 1 and seen["502"] >= 1, seen  # both faults were felt by clients

        # exactly once: one transaction per intent, the one its client was answered with
        rows = await fetch(lending_db, "SELECT id, reference, amount FROM loan_transactions WHERE kind = 'repayment' AND reference LIKE $1",
                           f"CH{run}%")
        by_reference = Counter(r["reference"] for r in rows)
        assert len(rows) == INTENTS and set(by_reference.values()) == {1}, by_reference.most_common(3)
        ids = {r["reference"]: str(r["id"]) for r in rows}
        for i, (_, body, _) in enumerate(intents):
            assert answers[i].json()["id"] == ids[body["reference"]]
        assert sum(r["amount"] for r in rows) == sum(int(Decimal(b["amount"]) * 100) for _, b, _ in intents)

        outstanding = Decimal(0)
        for loan_id in loans:
            outstanding += Decimal((await http.get(f"/v1/loans/{loan_id}", headers=maker)).json()["outstanding_principal"])

    # the ledger: one entry per lending event of these loans, and the branch's portfolio equal to lending's
    ledger_db = ledger.env["LEDGER_DATABASE_URL"]
    expected_entries = LOANS + INTENTS  # a disbursement and the repayments (applications and approvals post nothing)

    async def entries() -> int:
        rows = await fetch(ledger_db, "SELECT count(*) FROM journal_entries WHERE aggregate_id = ANY($1::text[])", loans)
        return rows[0][0]

    await wait_until(lambda: _at_least(entries, expected_entries), 120, "ledger caught up")
    assert await entries() == expected_entries
    async with httpx.AsyncClient(base_url=ledger.url, headers=internal_keys.headers(roles=["accountant"]), timeout=30) as books:
        tb = (await books.get("/v1/ledger/reports/trial-balance", params={"branch_id": str(branch_id)})).json()
        portfolio = sum(Decimal(a["balance"]) for a in tb["accounts"] if a["code"].startswith("1310"))
        assert portfolio == outstanding and tb["balanced"]
        recon = (await books.get("/v1/ledger/reconciliation/loans", params={"branch_id": str(branch_id)})).json()
        assert recon["clean"] and recon["differences"] == [], recon
        assert Decimal(recon["ledger_total"]) == Decimal(recon["lending_total"]) == outstanding


async def _at_least(count, n: int) -> bool:  # noqa: ANN001
    return await count() >= n
